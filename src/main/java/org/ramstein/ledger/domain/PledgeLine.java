package org.ramstein.ledger.domain;

/**
 * One item (or sum of money) of a pledge, as first stated. Later changes to its quantity are postings
 * (commitment entries), so the line's current figure is derived, never overwritten.
 */
public record PledgeLine(
        String id,
        String pledgeId,
        int lineNo,
        String itemId,
        String itemText,
        String category,
        Quantity quantity,
        Money value,
        FundingRoute fundingRoute,
        String supersedesId,
        String batchId,
        Integer sourceRow,
        long recordedAt,
        String recordedBy) {
}
