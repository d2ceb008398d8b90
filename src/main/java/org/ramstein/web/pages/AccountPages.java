package org.ramstein.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramstein.access.AccountService;
import org.ramstein.access.domain.ApiToken;
import org.ramstein.access.domain.Permission;
import org.ramstein.access.domain.Principal;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.User;
import org.ramstein.common.AccessDeniedException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.web.Authentication;
import org.ramstein.web.Caller;

/** Signing in and out, one's own account (password, API tokens), and the administrators' list of users. */
public final class AccountPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Dashboard d;
    private final AccountService accounts;

    AccountPages(Dashboard d) {
        this.d = d;
        this.accounts = d.app.accounts();
    }

    /** A line of a table with at most one button (a POST to {@code action}). */
    public record Row(List<String> cells, String action, String actionLabel) {
    }

    public record Panel(String id, String heading, List<String> columns, List<Row> rows, String empty, EntryForm form) {
    }

    public record Fact(String label, String value) {
    }

    public record AccountView(View view, String heading, String notice, String secret, List<Fact> facts, List<Panel> panels) {
    }

    void register(JavalinDefaultRouting router) {
        router.get("/sign-in", ctx -> d.html(ctx, "form.jte", Map.of("form", signInForm(ctx, Map.of("next", safeNext(ctx.queryParam("next"))), List.of()))));
        router.post("/sign-in", this::signIn);
        router.post("/sign-out", this::signOut);
        router.get("/account", ctx -> account(ctx, 200, null, null, Map.of(), List.of()));
        router.post("/account/password", this::changePassword);
        router.post("/account/tokens", this::issueToken);
        router.post("/account/tokens/{id}/revoke", this::revokeToken);
        router.get("/admin/users", ctx -> users(ctx, 200, null, Map.of(), List.of()));
        router.post("/admin/users", this::addUser);
        router.post("/admin/users/{name}/disable", this::disableUser);
    }

    // ---------------------------------------------------------------- signing in and out

    private EntryForm signInForm(Context ctx, Map<String, String> values, List<FieldError> errors) {
        View v = d.view(ctx, "Sign in", null);
        return form(v, "Sign in", "Coordinators, donor liaisons, requirement officers and analysts sign in here. "
                        + "Everything public can be read without an account.", "/sign-in",
                List.of(new EntryForm.Section(null, null, List.of(
                        Forms.text("name", "User name", null, true),
                        Forms.of("password", "password", "Password", null, true),
                        Forms.of("hidden", "next", "", null, false)))),
                values, errors, "Sign in");
    }

    private void signIn(Context ctx) {
        String name = ctx.formParam("name");
        String next = safeNext(ctx.formParam("next"));
        try {
            AccountService.SignedIn s = accounts.signIn(name, ctx.formParam("password"), ctx.ip());
            Authentication.setSessionCookie(ctx, s.sessionId(), (int) AccountService.SESSION_LIFETIME.toSeconds());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (AccessDeniedException e) {
            if (e.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("name", name == null ? "" : name);
            values.put("next", next);
            ctx.status(e.status());
            d.html(ctx, "form.jte", Map.of("form", signInForm(ctx, values, List.of(new FieldError("password", e.getMessage())))));
        }
    }

    private void signOut(Context ctx) {
        accounts.signOut(ctx.cookie(Authentication.SESSION_COOKIE));
        ctx.removeCookie(Authentication.SESSION_COOKIE, "/");
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** Only a path of this site: never an absolute or protocol-relative address (an open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    // ---------------------------------------------------------------- one's own account

    private void account(Context ctx, int status, String notice, String secret, Map<String, String> values, List<FieldError> errors) {
        Principal me = Caller.of(ctx);
        View v = d.view(ctx, "Your account", null);
        List<Fact> facts = List.of(new Fact("User name", me.name()), new Fact("Role", me.role().code()),
                new Fact("Donor", me.donorCode() == null ? "—" : me.donorCode()));
        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel("password", "Change your password", null, null, null,
                form(v, null, null, "/account/password", List.of(new EntryForm.Section(null,
                        "At least 12 characters. Your other sessions are signed out.", List.of(
                        Forms.of("password", "currentPassword", "Current password", null, true),
                        Forms.of("password", "newPassword", "New password", null, true),
                        Forms.of("password", "confirmPassword", "New password again", null, true)))), Map.of(),
                        errors.stream().filter(e -> e.field().endsWith("Password")).toList(), "Change password")));
        List<Row> rows = new ArrayList<>();
        for (ApiToken t : accounts.tokens(me.name())) {
            rows.add(new Row(List.of(t.id(), t.label() == null ? "" : t.label(), WHEN.format(t.createdAt()),
                    t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()), t.revoked() ? "revoked " + WHEN.format(t.revokedAt()) : "active"),
                    t.revoked() ? null : "/account/tokens/" + t.id() + "/revoke", "Revoke"));
        }
        panels.add(new Panel("tokens", "API tokens", List.of("Id", "Label", "Created", "Last used", "State"), rows,
                "You have no API tokens.", form(v, null, null, "/account/tokens", List.of(new EntryForm.Section(null,
                        "For scripts: a token acts with your role until you revoke it.", List.of(Forms.text("label", "Label", "what the token is for", false)))),
                        values, errors.stream().filter(e -> e.field().equals("label")).toList(), "Create a token")));
        ctx.status(status);
        d.html(ctx, "account.jte", Map.of("a", new AccountView(v, "Your account", notice, secret, facts, panels)));
    }

    private void changePassword(Context ctx) {
        Principal me = Caller.of(ctx);
        String next = ctx.formParam("newPassword");
        try {
            if (next != null && !next.equals(ctx.formParam("confirmPassword"))) {
                throw new ValidationException("confirmPassword", "does not match the new password");
            }
            accounts.changePassword(me.name(), ctx.formParam("currentPassword"), next, ctx.cookie(Authentication.SESSION_COOKIE));
            account(ctx, 200, "Your password has been changed; your other sessions are signed out.", null, Map.of(), List.of());
        } catch (ValidationException e) {
            account(ctx, 400, null, null, Map.of(), e.errors());
        }
    }

    private void issueToken(Context ctx) {
        String label = ctx.formParam("label");
        if (label != null && label.length() > 100) {
            account(ctx, 400, null, null, Map.of("label", label), List.of(new FieldError("label", "a label has at most 100 characters")));
            return;
        }
        AccountService.IssuedToken t = accounts.issueToken(Caller.of(ctx).name(), label == null || label.isBlank() ? null : label.trim());
        account(ctx, 201, null, t.secret(), Map.of(), List.of());
    }

    private void revokeToken(Context ctx) {
        Principal me = Caller.of(ctx);
        String id = ctx.pathParam("id");
        boolean own = accounts.tokens(me.name()).stream().anyMatch(t -> t.id().equals(id));
        if (!own && !me.may(Permission.MANAGE_USERS)) throw AccessDeniedException.forbidden("token " + id + " is not one of yours");
        accounts.revokeToken(id);
        account(ctx, 200, "Token " + id + " is revoked.", null, Map.of(), List.of());
    }

    // ---------------------------------------------------------------- administrators: users

    private void users(Context ctx, int status, String notice, Map<String, String> values, List<FieldError> errors) {
        View v = d.view(ctx, "Users", "users");
        List<Row> rows = new ArrayList<>();
        for (User u : accounts.users()) {
            rows.add(new Row(List.of(u.name(), u.displayName() == null ? "" : u.displayName(), u.role().code(),
                    u.donorCode() == null ? "" : u.donorCode(), WHEN.format(u.createdAt()),
                    u.disabled() ? "disabled " + WHEN.format(u.disabledAt()) : "active", Integer.toString(u.recentFailedSignIns())),
                    u.disabled() ? null : "/admin/users/" + u.name() + "/disable", "Disable"));
        }
        List<EntryForm.Option> roles = new ArrayList<>();
        for (Role r : Role.values()) if (r != Role.PUBLIC) roles.add(new EntryForm.Option(r.code(), r.code().replace('-', ' ')));
        Panel list = new Panel("users", "Accounts", List.of("Name", "Full name", "Role", "Donor", "Created", "State",
                "Failed sign-ins, last 15 min"), rows, "There are no accounts yet.", null);
        Panel add = new Panel("add", "Add an account", null, null, null, form(v, null, null, "/admin/users", List.of(new EntryForm.Section(null,
                        "A donor liaison is bound to one donor (its code, e.g. DEU). Give the person their password by a safe channel.", List.of(
                        Forms.text("name", "User name", "lower-case letters, digits, '.', '_' or '-'", true),
                        Forms.text("displayName", "Full name", null, false),
                        Forms.select("role", "Role", roles, null, true),
                        Forms.text("donor", "Donor code", "donor liaisons only", false),
                        Forms.of("password", "password", "Initial password", "at least 12 characters", true)))),
                values, errors, "Add account"));
        ctx.status(status);
        d.html(ctx, "account.jte", Map.of("a", new AccountView(v, "Users", notice, null, null, List.of(list, add))));
    }

    private void addUser(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("name", "displayName", "role", "donor")) values.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
        try {
            Role role;
            try {
                role = Role.fromCode(values.get("role"));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("role", e.getMessage());
            }
            User u = accounts.addUser(values.get("name").trim(), blankToNull(values.get("displayName")), role, blankToNull(values.get("donor")),
                    ctx.formParam("password"), Caller.of(ctx).actor());
            users(ctx, 201, "Account " + u.name() + " (" + u.role().code() + ") added.", Map.of(), List.of());
        } catch (ValidationException e) {
            users(ctx, 400, null, values, e.errors());
        } catch (org.ramstein.common.ConflictException e) {
            users(ctx, 409, null, values, List.of(new FieldError("name", e.getMessage())));
        }
    }

    private void disableUser(Context ctx) {
        User u = accounts.disable(ctx.pathParam("name"));
        users(ctx, 200, "Account " + u.name() + " is disabled: its sessions ended and its tokens stopped working.", Map.of(), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static EntryForm form(View v, String heading, String intro, String action, List<EntryForm.Section> sections,
                                  Map<String, String> values, List<FieldError> errors, String submit) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) byField.merge(e.field(), e.message(), (a, b) -> a + "; " + b);
        return new EntryForm(v, heading, intro, action, false, sections, values, byField, List.of(), null, submit);
    }
}
