package org.ramstein.audit.domain;

import java.time.LocalDate;

/**
 * Which records a list shows (each filter null when not given), newest first: the actor's name, the entity type and id,
 * recorded between {@code from} and {@code to} (whole UTC days, both included), an action starting with {@code action}.
 * {@code before}: the keyset cursor, the number of the last record of the previous page.
 */
public record AuditFilter(String actor, String entityType, String entityId, LocalDate from, LocalDate to, String action, int limit, Long before) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 5_000;

    public AuditFilter {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
        if (limit <= 0) limit = DEFAULT_LIMIT;
        limit = Math.min(limit, MAX_LIMIT);
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, DEFAULT_LIMIT, null);
    }

    public AuditFilter after(Long lastSeq) {
        return new AuditFilter(actor, entityType, entityId, from, to, action, limit, lastSeq);
    }

    public AuditFilter withLimit(int n) {
        return new AuditFilter(actor, entityType, entityId, from, to, action, n, before);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
