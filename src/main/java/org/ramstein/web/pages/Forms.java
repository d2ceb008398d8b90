package org.ramstein.web.pages;

import io.javalin.router.JavalinDefaultRouting;

/** Entry and correction forms. */
final class Forms {
    private final Dashboard d;

    Forms(Dashboard d) {
        this.d = d;
    }

    void register(JavalinDefaultRouting router) {
    }
}
