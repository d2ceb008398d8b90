package org.ramstein.sources.domain;

import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Quantity;

/**
 * What one source says about a donor's system, kept as said: Kiel's item row, Oryx's count, SIPRI's order, a quoted
 * aggregate. Reconciliation sets these beside the ledger's own figure.
 */
public record Observation(
        String id,
        String dataset,
        String sourceId,
        String batchId,
        Integer sourceRow,
        String donorCode,
        String donorText,
        String itemId,
        String itemText,
        String category,
        String measure,
        Quantity quantity,
        String unit,
        Long amountCents,
        String currency,
        FuzzyDate observed,
        String statusText,
        String url,
        String quote,
        long recordedAt) {

    public static final String PLEDGED = "pledged";
    public static final String DELIVERED = "delivered";
    public static final String ORDERED = "ordered";
    public static final String AGGREGATE = "aggregate";
    public static final String VALUE = "value";
    /** The unit of an observation that is an increment (a tracker's dated "+20"), meaningful only summed with the others. */
    public static final String INCREMENT_UNIT = "units added";
}
