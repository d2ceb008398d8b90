package org.ramstein.access.domain;

import java.time.Instant;

/** An account as listed: never its password hash. */
public record User(String name, String displayName, Role role, String donorCode, Instant createdAt, String createdBy,
                   Instant disabledAt, int recentFailedSignIns) {

    public boolean disabled() {
        return disabledAt != null;
    }

    public Principal principal() {
        return new Principal(name, role, donorCode);
    }
}
