package org.ramstein.access.domain;

import java.time.Instant;

/** An API token as listed: its public id, never its secret. */
public record ApiToken(String id, String userName, String label, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
