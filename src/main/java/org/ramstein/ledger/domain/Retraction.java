package org.ramstein.ledger.domain;

/** Withdraws a pledge, need or meeting from the current view; the original stays readable with knownAt. */
public record Retraction(Long id, String subjectType, String subjectId, String reason, long recordedAt, String recordedBy) {
}
