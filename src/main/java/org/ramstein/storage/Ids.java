package org.ramstein.storage;

import java.security.SecureRandom;

/** Time-ordered, collision-resistant text identifiers: prefix, 11 base-36 time digits, 6 random ones. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix) {
        String time = Long.toString(System.currentTimeMillis(), 36);
        String rnd = Long.toString(Math.floorMod(RANDOM.nextLong(), 2_176_782_336L), 36); // 36^6
        return prefix + "-" + "0".repeat(Math.max(0, 9 - time.length())) + time + "0".repeat(6 - rnd.length()) + rnd;
    }
}
