package org.ramstein.web;

import io.javalin.http.Context;
import org.ramstein.access.domain.Principal;

/** The principal of the request being handled, as resolved once before any handler runs. */
public final class Caller {
    static final String ATTRIBUTE = "ramstein.principal";

    /** Works out who sends a request: from its credentials, or the public when it has none. */
    @FunctionalInterface
    public interface Resolver {
        Principal resolve(Context ctx);
    }

    private Caller() {
    }

    public static Principal of(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        return p == null ? Principal.PUBLIC : p;
    }

    static void set(Context ctx, Principal principal) {
        ctx.attribute(ATTRIBUTE, principal);
    }
}
