package org.ramstein.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock (UTC) that a test sets or moves forward by hand: {@code clock.now = clock.now.plusSeconds(60)}. */
public final class HandClock extends Clock {
    public volatile Instant now;

    public HandClock(String start) {
        this.now = Instant.parse(start);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
