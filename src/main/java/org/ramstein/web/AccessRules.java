package org.ramstein.web;

import static org.ramstein.access.domain.Permission.IMPORT_DATA;
import static org.ramstein.access.domain.Permission.MANAGE_USERS;
import static org.ramstein.access.domain.Permission.OWN_ACCOUNT;
import static org.ramstein.access.domain.Permission.READ_AUDIT;
import static org.ramstein.access.domain.Permission.READ_INTERNAL;
import static org.ramstein.access.domain.Permission.READ_PUBLIC;
import static org.ramstein.access.domain.Permission.RECORD_MEETINGS;
import static org.ramstein.access.domain.Permission.RECORD_NEEDS;
import static org.ramstein.access.domain.Permission.RECORD_PLEDGES;
import static org.ramstein.access.domain.Permission.REVIEW_CLAIMS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ramstein.access.domain.Permission;

/**
 * Who may call what: one permission per route (method and path pattern), in one table, so a reviewer sees every rule
 * at once. The server refuses to start with a route that has no rule here. Donor scope (a liaison acting for their
 * own donor only) is checked where the donor is known, in the handlers.
 */
final class AccessRules {
    private static final Map<String, Permission> RULES = new LinkedHashMap<>();

    static {
        String v1 = "/api/v1";
        // public reads: the API
        for (String path : List.of("/donors", "/catalogue", "/pledges", "/pledges/{id}", "/allocations", "/deliveries", "/entries/{id}",
                "/needs", "/needs/{id}", "/meetings", "/meetings/{id}", "/sources", "/sources/{id}", "/me")) {
            rule("GET", v1 + path, READ_PUBLIC);
        }
        for (String report : List.of("donors", "fulfilment", "values", "reconciliation", "meetings", "needs")) rule("GET", v1 + "/reports/" + report, READ_PUBLIC);
        rule("GET", WebServer.OPENAPI_PATH, READ_PUBLIC);
        // public reads: the pages
        for (String path : List.of("/", "/donors", "/donors/{code}", "/systems", "/systems/{id}", "/provenance/figure",
                "/provenance/{type}/{id}", "/meetings", "/needs", "/changes", "/sign-in")) {
            rule("GET", path, READ_PUBLIC);
        }
        rule("POST", "/sign-in", READ_PUBLIC);

        // the ledger's writes
        for (String path : List.of("/pledges", "/pledges/{id}/lines/{lineNo}/allocations", "/pledges/{id}/lines/{lineNo}/deliveries",
                "/pledges/{id}/lines/{lineNo}/restatement", "/pledges/{id}/retraction", "/pledges/{id}/same-as", "/entries/{id}/reversal")) {
            rule("POST", v1 + path, RECORD_PLEDGES);
        }
        rule("POST", v1 + "/needs", RECORD_NEEDS);
        rule("POST", v1 + "/needs/{id}/status", RECORD_NEEDS);
        rule("POST", v1 + "/meetings", RECORD_MEETINGS);
        for (String path : List.of("/enter/pledge", "/enter/delivery", "/correct/entry", "/correct/commitment")) {
            rule("GET", path, RECORD_PLEDGES);
            rule("POST", path, RECORD_PLEDGES);
        }
        rule("GET", "/enter/need", RECORD_NEEDS);
        rule("POST", "/enter/need", RECORD_NEEDS);
        rule("GET", "/enter/meeting", RECORD_MEETINGS);
        rule("POST", "/enter/meeting", RECORD_MEETINGS);
        rule("GET", "/enter", READ_INTERNAL);
        rule("GET", "/import", IMPORT_DATA);
        rule("POST", "/import", IMPORT_DATA);

        // the review queue: read by any signed-in user, decided by coordinators
        rule("GET", v1 + "/claims", READ_INTERNAL);
        rule("GET", v1 + "/claims/{id}", READ_INTERNAL);
        rule("GET", "/review", READ_INTERNAL);
        rule("GET", "/review/{id}", READ_INTERNAL);
        for (String decision : List.of("accept", "reject", "attach")) {
            rule("POST", v1 + "/claims/{id}/" + decision, REVIEW_CLAIMS);
            rule("POST", "/review/{id}/" + decision, REVIEW_CLAIMS);
        }

        // accounts
        rule("POST", "/sign-out", OWN_ACCOUNT);
        rule("GET", "/account", OWN_ACCOUNT);
        rule("POST", "/account/password", OWN_ACCOUNT);
        rule("POST", "/account/tokens", OWN_ACCOUNT);
        rule("POST", "/account/tokens/{id}/revoke", OWN_ACCOUNT);
        rule("GET", "/admin/users", MANAGE_USERS);
        rule("POST", "/admin/users", MANAGE_USERS);
        rule("POST", "/admin/users/{name}/disable", MANAGE_USERS);

        // the audit trail
        rule("GET", v1 + "/audit", READ_AUDIT);
        rule("GET", "/audit", READ_AUDIT);
    }

    private AccessRules() {
    }

    private static void rule(String method, String path, Permission permission) {
        if (RULES.put(method + " " + path, permission) != null) throw new IllegalStateException("two rules for " + method + " " + path);
    }

    /** The permission a route needs; empty when the route has no rule (a programming error the server refuses). */
    static Optional<Permission> of(String method, String path) {
        return Optional.ofNullable(RULES.get(method + " " + path));
    }

    /** Refuses a server with a route no rule covers: a new route must say who may call it. */
    static void requireRuleForEvery(io.javalin.Javalin javalin) {
        List<String> missing = new java.util.ArrayList<>();
        javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            String method = e.getEndpoint().getMethod().name();
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) return;
            if (of(method, e.getEndpoint().getPath()).isEmpty()) missing.add(method + " " + e.getEndpoint().getPath());
        });
        if (!missing.isEmpty()) throw new IllegalStateException("routes without an access rule: " + missing);
    }

    static Map<String, Permission> all() {
        return Map.copyOf(RULES);
    }
}
