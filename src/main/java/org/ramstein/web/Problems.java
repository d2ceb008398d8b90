package org.ramstein.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.revisions.domain.Revision;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.VersionRequiredException;
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
        if (e instanceof StaleVersionException stale) {
            write(ctx, e.status(), e.title(), e.getMessage(), List.of(), stale(stale));
            return;
        }
        List<FieldError> errors = e instanceof ValidationException v ? v.errors()
                : e instanceof VersionRequiredException r ? r.errors() : List.of();
        write(ctx, e.status(), e.title(), e.getMessage(), errors);
    }

    /** What a stale writer is told besides the detail: the versions, and every revision it had not seen. */
    private static Map<String, Object> stale(StaleVersionException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", e.subject().type().code);
        subject.put("id", e.subject().id());
        m.put("subject", subject);
        m.put("expectedVersion", e.expectedVersion());
        m.put("currentVersion", e.currentVersion());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Revision r : e.changes()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("version", r.version());
            c.put("action", r.action());
            c.put("summary", r.summary());
            c.put("recordedBy", r.recordedBy());
            c.put("recordedAt", Micros.toInstant(r.recordedAt()).toString());
            changes.add(c);
        }
        m.put("changes", changes);
        return m;
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
        write(ctx, status, title, detail, errors, Map.of());
    }

    /** {@code members}: the problem type's own members (RFC 9457 extensions), after the standard ones. */
    void write(Context ctx, int status, String title, String detail, List<FieldError> errors, Map<String, Object> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:ramstein:problem:" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        body.putAll(members);
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
