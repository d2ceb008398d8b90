package org.ramstein.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private static List<Instant> failures(int n, Duration apart) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(NOW.minus(apart.multipliedBy(n - 1 - i)));
        return out;
    }

    @Test
    void aFewMistakesCostNothing() {
        assertThat(SignInThrottle.waitBeforeNextAttempt(List.of(), NOW)).isZero();
        assertThat(SignInThrottle.waitBeforeNextAttempt(failures(SignInThrottle.FREE_FAILURES - 1, Duration.ofSeconds(1)), NOW)).isZero();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        Duration previous = Duration.ZERO;
        for (int n = SignInThrottle.FREE_FAILURES; n < SignInThrottle.FREE_FAILURES + 8; n++) {
            Duration wait = SignInThrottle.waitBeforeNextAttempt(failures(n, Duration.ZERO), NOW);
            assertThat(wait).as("after %d failures", n).isPositive().isGreaterThan(previous);
            previous = wait;
        }
        assertThat(SignInThrottle.waitBeforeNextAttempt(failures(60, Duration.ZERO), NOW)).isEqualTo(SignInThrottle.MAX_WAIT);
    }

    @Test
    void theWaitRunsFromTheLastFailureAndOldFailuresAreForgotten() {
        List<Instant> three = failures(SignInThrottle.FREE_FAILURES, Duration.ZERO);
        Duration fresh = SignInThrottle.waitBeforeNextAttempt(three, NOW);
        assertThat(SignInThrottle.waitBeforeNextAttempt(three, NOW.plus(fresh))).isZero();
        List<Instant> old = three.stream().map(t -> t.minus(SignInThrottle.WINDOW).minusSeconds(1)).toList();
        assertThat(SignInThrottle.waitBeforeNextAttempt(old, NOW)).isZero();
    }
}
