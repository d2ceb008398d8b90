package org.ramstein.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two clocks of every question: {@code asOf} keeps what had happened by that date; {@code knownAt} keeps what the
 * ledger had recorded by that instant. Null means "no limit" (everything that happened, as known now).
 */
public record TimeFilter(LocalDate asOf, Instant knownAt) {

    public static final TimeFilter NOW = new TimeFilter(null, null);

    /** Stored happened_on upper bound (inclusive), or null. */
    public String asOfIso() {
        return asOf == null ? null : asOf.toString();
    }

    /** Stored recorded_at upper bound (inclusive) in epoch microseconds; Long.MAX_VALUE when unbounded. */
    public long knownAtMicros() {
        return knownAt == null ? Long.MAX_VALUE : Micros.of(knownAt);
    }
}
