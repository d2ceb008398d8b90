package org.ramstein.access;

import org.ramstein.App;
import org.ramstein.access.domain.Role;

/** Accounts for tests that talk to the server as a given role, through a real API token. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery";

    private TestAccounts() {
    }

    /** An account named {@code name} with {@code role} (added if absent) and a new API token of it. */
    public static String token(App app, String name, Role role, String donor) {
        if (app.accounts().users().stream().noneMatch(u -> u.name().equals(name))) {
            app.accounts().addUser(name, null, role, donor, PASSWORD, "test");
        }
        return app.accounts().issueToken(name, "test").secret();
    }

    /** The header value of a coordinator's token: "Bearer rst_…". */
    public static String coordinator(App app) {
        return "Bearer " + token(app, "coordinator", Role.COORDINATOR, null);
    }
}
