package org.ramstein.audit.domain;

/**
 * One record of the trail: its number (1, 2, 3 … without gaps), when it was recorded (microseconds since the epoch),
 * the command's fields, the previous record's hash and its own. {@link AuditChain#hash(AuditRecord)} recomputes the hash
 * from the content; a stored hash that differs means the record was edited.
 */
public record AuditRecord(long seq, long recordedAt, String actor, String role, String origin, String action, String entityType,
                          String entityId, String payload, String outcome, String prevHash, String hash) {

    /** The record {@code command} becomes as number {@code seq}, following a record whose hash is {@code prevHash}. */
    public static AuditRecord chained(AuditCommand command, long seq, long recordedAt, String prevHash) {
        AuditRecord unhashed = new AuditRecord(seq, recordedAt, command.actor(), command.role(), command.origin(), command.action(),
                command.entityType(), command.entityId(), command.payload(), command.outcome(), prevHash, null);
        return unhashed.withHash(AuditChain.hash(unhashed));
    }

    public AuditRecord withHash(String h) {
        return new AuditRecord(seq, recordedAt, actor, role, origin, action, entityType, entityId, payload, outcome, prevHash, h);
    }
}
