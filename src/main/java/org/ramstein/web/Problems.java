package org.ramstein.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become RFC 9457 problem documents: a {@link DomainException} answers with its own status
 * and title (field errors listed one by one), anything unexpected answers 500 without a stack trace and is logged.
 */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String WRITTEN = "ramstein.problem-written";

    private final ObjectMapper mapper;

    Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void domain(DomainException e, Context ctx) {
        List<FieldError> errors = e instanceof ValidationException v ? v.errors() : List.of();
        write(ctx, e.status(), e.title(), e.getMessage(), errors);
    }

    void javalin(HttpResponseException e, Context ctx) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        write(ctx, e.getStatus(), status.getMessage(), e.getMessage(), List.of());
    }

    void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        write(ctx, 500, "Internal error", "the server could not answer this request; it has been logged", List.of());
    }

    /** Status codes Javalin sets itself (no route, wrong method) get a problem body unless one is already written. */
    void status(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(WRITTEN))) return;
        int code = ctx.statusCode();
        String detail = code == 404 ? "no resource at " + ctx.method() + " " + ctx.path() : ctx.method() + " " + ctx.path();
        write(ctx, code, HttpStatus.forStatus(code).getMessage(), detail, List.of());
    }

    void write(Context ctx, int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ramstein:problem:" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            json = "{\"title\":\"Internal error\",\"status\":500}";
        }
        ctx.attribute(WRITTEN, true);
        ctx.status(status).contentType(CONTENT_TYPE).result(json);
    }
}
