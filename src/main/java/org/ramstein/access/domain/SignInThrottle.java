package org.ramstein.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows repeated failed sign-ins for one account: the first few failures in the window cost nothing, each further one
 * doubles the wait before the next attempt is even checked (capped), so guessing a password takes years, while a user
 * who mistypes twice is never held up.
 */
public final class SignInThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int FREE_FAILURES = 3;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /** How long to wait from {@code now} before the next attempt, given the failures recorded (any order). */
    public static Duration waitBeforeNextAttempt(List<Instant> failures, Instant now) {
        Instant since = now.minus(WINDOW);
        List<Instant> recent = failures.stream().filter(f -> f.isAfter(since)).sorted().toList();
        if (recent.size() < FREE_FAILURES) return Duration.ZERO;
        int extra = recent.size() - FREE_FAILURES;
        Duration wait = Duration.ofSeconds(1L << Math.min(extra, 20));
        if (wait.compareTo(MAX_WAIT) > 0) wait = MAX_WAIT;
        Instant allowedFrom = recent.get(recent.size() - 1).plus(wait);
        return allowedFrom.isAfter(now) ? Duration.between(now, allowedFrom) : Duration.ZERO;
    }
}
