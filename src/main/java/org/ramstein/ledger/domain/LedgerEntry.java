package org.ramstein.ledger.domain;

/**
 * A posting against a pledge line: a commitment, allocation or delivery, as a signed delta. A correction is a new
 * entry that {@code reverses} an earlier one (and usually a second one with the right figure); nothing is updated.
 * Donor, aid type, item and category are copied from the line so that totals read one table.
 */
public record LedgerEntry(
        Long id,
        EntryKind kind,
        String pledgeId,
        String lineId,
        String donorCode,
        AidType aidType,
        String itemId,
        String category,
        Quantity quantity,
        Long amountCents,
        String currency,
        FuzzyDate happened,
        String route,
        Visibility visibility,
        Long reversesId,
        String note,
        String batchId,
        Integer sourceRow,
        long recordedAt,
        String recordedBy) {

    /** The entry that cancels this one, dated as the original (so as-of totals see the correction where it belongs). */
    public LedgerEntry reversal(String reason, long recordedAt, String recordedBy) {
        Quantity negated = quantity.value() == null ? quantity
                : new Quantity(-quantity.value(), quantity.max() == null ? null : -quantity.max(), quantity.qualifier());
        return new LedgerEntry(null, kind, pledgeId, lineId, donorCode, aidType, itemId, category, negated,
                amountCents == null ? null : -amountCents, currency, happened, route, visibility, id, reason,
                null, null, recordedAt, recordedBy);
    }
}
