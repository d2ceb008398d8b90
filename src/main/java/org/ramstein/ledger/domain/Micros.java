package org.ramstein.ledger.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Recorded times are stored as microseconds since the epoch. */
public final class Micros {
    private Micros() {
    }

    public static long of(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant toInstant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
