package org.ramstein.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ramstein.access.domain.Principal;
import org.ramstein.audit.AuditTrail;
import org.ramstein.audit.Payloads;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.common.FieldError;
import org.ramstein.storage.CommitWitness;
import org.ramstein.web.pages.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every request that may write (anything but GET, HEAD and OPTIONS; API calls and form posts alike) in the audit
 * trail: who sent it ({@link Caller}), from which address, the method and path, the entity the path names, the body or
 * form fields (secrets redacted), and the outcome. A request whose write commits is recorded inside that write's
 * transaction, as its last row ({@link AuditTrail#recording}): the write and its record stand or fall together, and
 * the outcome names what was written. One that commits nothing (refused, failed, or nothing to do) is recorded once it
 * has been answered, in a transaction of its own, with the status and the problem's title and detail or the page's
 * errors; so is a failure answered after a write had committed.
 */
final class AuditRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCOPE = "ramstein.audit.scope";

    private final AuditTrail trail;

    AuditRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    /** Before the handler: the writes this request commits carry its record. */
    void begin(Context ctx) {
        if (!writes(ctx)) return;
        ctx.attribute(SCOPE, trail.recording(written -> command(ctx, written)));
    }

    /** After the handler, before the answer is sent: records the request unless its write already did. */
    void record(Context ctx) {
        if (!writes(ctx)) return;
        CommitWitness.Scope scope = ctx.attribute(SCOPE);
        int commits = 0;
        if (scope != null) {
            commits = scope.commits();
            scope.close();
        }
        if (commits > 0 && ctx.statusCode() < 400) return;
        try {
            AuditCommand c = command(ctx);
            if (commits > 0) c = new AuditCommand(c.actor(), c.role(), c.origin(), c.action(), c.entityType(), c.entityId(), c.payload(),
                    c.outcome() + " (answered after its write had committed)");
            trail.append(c);
        } catch (RuntimeException e) {
            // the request is answered (or refused) by now: its answer stands, and the missing record is reported loudly
            LOG.error("audit record of {} {} ({}) could not be written", ctx.method(), ctx.path(), ctx.statusCode(), e);
        }
    }

    private static boolean writes(Context ctx) {
        HandlerType method = ctx.method();
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    /** The record of a request that committed nothing, from its answer. */
    AuditCommand command(Context ctx) {
        return command(ctx, null);
    }

    /**
     * The record of a request: with {@code written} (what its committing transaction wrote), the record that commits with
     * it, naming what it wrote; without (null), the record of its answer.
     */
    private AuditCommand command(Context ctx, List<CommitWitness.Written> written) {
        Principal who = Caller.of(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
        String payload;
        UnaryOperator<String> field;
        try {
            RequestChecks.requireReadableBody(ctx);
            if (form) {
                Map<String, List<String>> fields = ctx.formParamMap();
                payload = Payloads.form(fields, files(ctx, type));
                field = name -> first(fields.get(name));
            } else {
                String body = ctx.body();
                payload = Payloads.json(body);
                field = name -> jsonField(body, name);
            }
        } catch (RuntimeException unreadable) {
            // a body the server could not read (a broken multipart upload): the request is still recorded, without it
            payload = Payloads.of(Map.of("_unreadable", String.valueOf(unreadable.getMessage())));
            field = name -> null;
        }
        String location = written == null ? ctx.res().getHeader("Location") : null;
        Subject s = subject(ctx.path(), location, field);
        if (s != null && s.id() == null && ctx.path().startsWith("/account") && who.signedIn()) s = new Subject(s.type(), who.name());
        if (written != null) {
            String[] named = AuditTrail.entity(s == null ? null : s.type(), s == null ? null : s.id(), written);
            s = named[0] == null ? null : new Subject(named[0], named[1]);
        }
        return new AuditCommand(who.actor(), who.role().code(), ctx.ip(), ctx.method().name() + " " + ctx.path(), s == null ? null : s.type(),
                s == null ? null : s.id(), payload, written != null ? AuditTrail.committed(written) : outcome(ctx, location));
    }

    private static List<Map<String, Object>> files(Context ctx, String type) {
        if (!type.startsWith("multipart/form-data")) return List.of();
        List<Map<String, Object>> out = new ArrayList<>();
        for (UploadedFile f : ctx.uploadedFiles()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.filename());
            m.put("size", f.size());
            out.add(m);
        }
        return out;
    }

    /** "201 Created → /api/v1/pledges/p1"; "400 Invalid input: donor: 'Atlantis' is not a known donor"; "422 …: quantity: …". */
    static String outcome(Context ctx, String location) {
        int status = ctx.statusCode();
        StringBuilder sb = new StringBuilder().append(status).append(' ').append(HttpStatus.forStatus(status).getMessage());
        Refusal refusal = Refusal.of(ctx);
        if (refusal != null) {
            sb.setLength(0);
            sb.append(status).append(' ').append(refusal.title());
            String errors = FieldError.join(refusal.errors().stream().map(e -> e.field().isEmpty() ? new FieldError("form", e.message()) : e).toList());
            String detail = refusal.detail() != null && !refusal.detail().isBlank() ? refusal.detail() : errors;
            if (!detail.isBlank()) sb.append(": ").append(detail);
        } else if (status >= 400) {
            JsonNode problem = problem(ctx);
            if (problem != null) {
                sb.setLength(0);
                sb.append(status).append(' ').append(problem.path("title").asText(HttpStatus.forStatus(status).getMessage()));
                String detail = problem.path("detail").asText("");
                if (!detail.isBlank()) sb.append(": ").append(detail);
            }
        } else if (location != null) {
            sb.append(" → ").append(location);
        }
        return sb.toString();
    }

    private static JsonNode problem(Context ctx) {
        String contentType = ctx.res().getContentType();
        String result = ctx.result();
        if (contentType == null || !contentType.startsWith(Problems.CONTENT_TYPE) || result == null) return null;
        try {
            return MAPPER.readTree(result);
        } catch (Exception e) {
            return null;
        }
    }

    /** The entity a request names: its type (singular) and id, where the path, the answer's Location or the input says. */
    record Subject(String type, String id) {
    }

    static Subject subject(String path, String location, UnaryOperator<String> field) {
        List<String> seg = segments(path);
        if (seg.isEmpty()) return null;
        if (seg.size() >= 2 && seg.get(0).equals("api") && seg.get(1).startsWith("v")) {
            seg = seg.subList(2, seg.size());
            if (seg.isEmpty()) return null;
            String collection = seg.get(0);
            String id = seg.size() > 1 ? seg.get(1) : null;
            if (id == null && location != null) {
                List<String> loc = segments(location.replaceAll("[?#].*", ""));
                int i = loc.indexOf(collection);
                if (i >= 0 && i + 1 < loc.size()) id = loc.get(i + 1);
            }
            if (id == null) id = field.apply("id");
            return new Subject(singular(collection), id);
        }
        String second = seg.size() > 1 ? seg.get(1) : null;
        return switch (seg.get(0)) {
            case "review" -> new Subject("claim", second);
            case "enter" -> switch (second == null ? "" : second) {
                case "pledge" -> new Subject("pledge", location == null ? null : queryValue(location, "added"));
                case "delivery" -> new Subject("pledge", field.apply("pledge"));
                case "" -> null;
                default -> new Subject(second, null);
            };
            case "correct" -> switch (second == null ? "" : second) {
                case "entry" -> new Subject("entry", field.apply("entry"));
                case "commitment" -> new Subject("pledge", field.apply("pledge"));
                case "" -> null;
                default -> new Subject(second, null);
            };
            case "import" -> new Subject("import", field.apply("format"));
            case "sign-in" -> new Subject("user", field.apply("name"));
            case "sign-out" -> new Subject("session", null);
            // one's own account: the caller fills in the id
            case "account" -> seg.size() >= 3 && "tokens".equals(second) ? new Subject("token", seg.get(2)) : new Subject("user", null);
            case "admin" -> "users".equals(second) ? new Subject("user", seg.size() >= 3 ? seg.get(2) : field.apply("name"))
                    : new Subject(second == null ? "admin" : singular(second), seg.size() >= 3 ? seg.get(2) : null);
            default -> new Subject(singular(seg.get(0)), second);
        };
    }

    static String singular(String collection) {
        if (collection.endsWith("ies")) return collection.substring(0, collection.length() - 3) + "y";
        if (collection.endsWith("s") && !collection.endsWith("ss")) return collection.substring(0, collection.length() - 1);
        return collection;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) if (!s.isEmpty()) out.add(s);
        return out;
    }

    private static String queryValue(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) return null;
        String query = url.substring(q + 1).replaceAll("#.*", "");
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).trim();
    }

    private static String jsonField(String body, String name) {
        if (body == null || body.isBlank()) return null;
        try {
            JsonNode v = MAPPER.readTree(body).get(name);
            return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
