package org.ramstein.ledger.domain;

/** Marks {@code pledgeId} as the same package as {@code sameAsId}, announced again: totals count it once. */
public record PledgeLink(Long id, String pledgeId, String sameAsId, String reason, long recordedAt, String recordedBy) {
}
