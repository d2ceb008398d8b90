package org.ramstein.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.web.pages.Dashboard;

/**
 * What every request must be before a handler reads it: a body of a stated length within the limits (1 MiB for JSON
 * and forms, 32 MiB for a file upload), a JSON body in valid UTF-8, and a path, query and form fields free of control
 * characters.
 * A request that is not is refused with the status that says why (413, 411 or 400) before anything is read or written.
 */
public final class RequestChecks {
    /** The largest JSON or form body taken. */
    public static final long MAX_BODY = 1L << 20;
    /** The largest multipart upload taken (the import page's file). */
    public static final long MAX_UPLOAD = 32L << 20;

    private static final String REFUSED_UNREAD = "ramstein.body-refused-unread";
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9A-Fa-f]|7[Ff])");

    private RequestChecks() {
    }

    static void check(Context ctx) {
        boolean multipart = ctx.isMultipart();
        long length = ctx.req().getContentLengthLong();
        if (length < 0 && ctx.header("Transfer-Encoding") != null) {
            ctx.attribute(REFUSED_UNREAD, true);
            throw new HttpResponseException(411, "a request body must state its length (Content-Length); bodies of unstated length are not taken",
                    Map.of());
        }
        long limit = multipart ? MAX_UPLOAD : MAX_BODY;
        if (length > limit) {
            ctx.attribute(REFUSED_UNREAD, true);
            throw new HttpResponseException(413, "the request body is " + size(length) + "; at most " + size(limit) + " ("
                    + limit + " bytes) " + (multipart ? "can be uploaded" : "are taken"), Map.of());
        }
        List<FieldError> errors = new ArrayList<>();
        if (ENCODED_CONTROL.matcher(ctx.path()).find()) errors.add(new FieldError("path", "must not contain control characters"));
        checkTexts(ctx.queryParamMap(), "query", errors);
        if (multipart || isForm(ctx.contentType())) checkTexts(ctx.formParamMap(), "form", errors);
        if (!errors.isEmpty()) throw new ValidationException(errors);
        if (length > 0 && !multipart && !Dashboard.isPage(ctx) && isUtf8(ctx.contentType())) {
            String bad = utf8Problem(ctx.bodyAsBytes());
            if (bad != null) throw new ValidationException("body", bad);
        }
    }

    /** Throws when the request's body was refused for its size or unstated length: whoever records it must not read it. */
    static void requireReadableBody(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(REFUSED_UNREAD))) throw new IllegalStateException("the body was refused unread (" + ctx.statusCode() + ")");
    }

    /** Names each parameter whose name or value is no fit text (see {@link JsonBody#textProblem}). */
    private static void checkTexts(Map<String, List<String>> params, String where, List<FieldError> errors) {
        params.forEach((name, values) -> {
            String problem = JsonBody.textProblem(name);
            for (String v : values) if (problem == null) problem = JsonBody.textProblem(v);
            if (problem != null) errors.add(new FieldError(name.isBlank() || JsonBody.textProblem(name) != null ? where : name, problem));
        });
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** JSON is UTF-8 (RFC 8259); a body declared in another charset is left to that charset. */
    private static boolean isUtf8(String contentType) {
        if (contentType == null) return true;
        String t = contentType.toLowerCase(Locale.ROOT);
        int at = t.indexOf("charset=");
        return at < 0 || t.substring(at + 8).replace("\"", "").trim().startsWith("utf-8");
    }

    /** Where the bytes stop being UTF-8, or null when they are. */
    static String utf8Problem(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        try {
            decoder.decode(in);
            return null;
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 (a malformed sequence at or after byte " + in.position() + ")";
        }
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20)).replace(".0 ", " ");
        if (bytes >= 1L << 10) return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10)).replace(".0 ", " ");
        return bytes + " bytes";
    }
}
