package org.ramstein.audit.domain;

/** The head of the chain as stored beside it: the last record's number, hash and time (0, the genesis hash, 0 when empty). */
public record AuditHead(long seq, String hash, long recordedAt) {

    public static final AuditHead EMPTY = new AuditHead(0, AuditChain.GENESIS, 0);
}
