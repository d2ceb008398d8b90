package org.ramstein.storage;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.ramstein.ledger.domain.Micros;

/**
 * The ledger's second clock: when a fact was recorded. Strictly increasing within a process, so two entries recorded
 * one after the other never share a knownAt instant.
 */
public final class RecordingClock {
    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public RecordingClock(Clock clock) {
        this.clock = clock;
    }

    public static RecordingClock system() {
        return new RecordingClock(Clock.systemUTC());
    }

    public long nowMicros() {
        long now = Micros.of(clock.instant());
        return last.updateAndGet(prev -> Math.max(prev + 1, now));
    }
}
