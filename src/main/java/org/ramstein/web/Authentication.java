package org.ramstein.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.ramstein.access.AccountService;
import org.ramstein.access.domain.Permission;
import org.ramstein.access.domain.Principal;
import org.ramstein.common.AccessDeniedException;

/**
 * Who sends a request, and whether they may: an API token ({@code Authorization: Bearer rst_…}) for scripts, a session
 * cookie for people using the pages, otherwise the public. Requests carried by the session cookie must also carry the
 * session's CSRF token ({@code _csrf} form field or {@code X-CSRF-Token} header) on anything but a read; the one form
 * the public may post (sign-in) carries a token that must match a cookie of its own (double submit).
 */
public final class Authentication implements Caller.Resolver {
    public static final String SESSION_COOKIE = "ramstein_session";
    public static final String CSRF_COOKIE = "ramstein_csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_ATTRIBUTE = "ramstein.csrf";
    private static final String VIA_SESSION = "ramstein.via-session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;

    public Authentication(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Principal resolve(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && !header.isBlank()) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw AccessDeniedException.signInRequired("the Authorization header must be 'Bearer <API token>'");
            }
            return accounts.authenticateToken(header.substring(7).trim());
        }
        String sessionId = ctx.cookie(SESSION_COOKIE);
        if (sessionId != null) {
            var session = accounts.session(sessionId);
            if (session.isPresent()) {
                ctx.attribute(CSRF_ATTRIBUTE, session.get().csrfToken());
                ctx.attribute(VIA_SESSION, true);
                return session.get().principal();
            }
            ctx.removeCookie(SESSION_COOKIE, "/");
        }
        if (!ctx.path().startsWith("/api/") && !ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.attribute(CSRF_ATTRIBUTE, anonymousCsrf(ctx));
        }
        return Principal.PUBLIC;
    }

    /** The CSRF token the request's forms carry: the session's, or the public's double-submit cookie. */
    public static String csrfToken(Context ctx) {
        String t = ctx.attribute(CSRF_ATTRIBUTE);
        return t == null ? "" : t;
    }

    /** Checks the matched route's rule and, for writes made with a cookie, the CSRF token. */
    static void authorise(Context ctx) {
        String method = ctx.method().name();
        // the stylesheet, script and WebJars (Javalin's static file handler matches "*"): public, read-only
        if (ctx.endpointHandlerPath().equals("*") && SAFE_METHODS.contains(method)) return;
        Permission needed = AccessRules.of(method.equals("HEAD") ? "GET" : method, ctx.endpointHandlerPath())
                .orElseThrow(() -> new IllegalStateException("no access rule for " + method + " " + ctx.endpointHandlerPath()));
        Principal caller = Caller.of(ctx);
        boolean cookieCarried = Boolean.TRUE.equals(ctx.attribute(VIA_SESSION)) || !caller.signedIn();
        if (!SAFE_METHODS.contains(method) && cookieCarried && (caller.signedIn() || needed == Permission.READ_PUBLIC)) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) sent = ctx.formParam(CSRF_FIELD);
            if (sent == null || !constantTimeEquals(sent, csrfToken(ctx))) {
                throw AccessDeniedException.forbidden("the form's security token is missing or stale: reload the page and try again");
            }
        }
        if (!caller.may(needed)) {
            if (!caller.signedIn()) throw AccessDeniedException.signInRequired("sign in to " + describe(method) + " " + ctx.path());
            throw AccessDeniedException.forbidden("the role " + caller.role().code() + " may not " + describe(method) + " " + ctx.path());
        }
    }

    /** A donor liaison may act only for their own donor; others with the right to record pledges act for any. */
    public static void requireActFor(Context ctx, String donorCode) {
        Principal caller = Caller.of(ctx);
        if (!caller.mayActFor(donorCode)) {
            throw AccessDeniedException.forbidden(caller.actor() + " may not record or correct entries of donor " + donorCode);
        }
    }

    /** Sets the session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
    public static void setSessionCookie(Context ctx, String sessionId, int maxAgeSeconds) {
        ctx.cookie(new Cookie(SESSION_COOKIE, sessionId, "/", maxAgeSeconds, secure(ctx), 0, true, null, null, SameSite.LAX));
    }

    static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static String anonymousCsrf(Context ctx) {
        String existing = ctx.cookie(CSRF_COOKIE);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{20,64}")) return existing;
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        ctx.cookie(new Cookie(CSRF_COOKIE, token, "/", -1, secure(ctx), 0, true, null, null, SameSite.STRICT));
        return token;
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }

    private static String describe(String method) {
        return method.equals("GET") ? "read" : "send " + method + " to";
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
