package org.ramstein.revisions.domain;

/**
 * Whether a change may be made to a subject, given the version its writer last read ({@code expected}) and the version
 * the subject is at now. Nothing is overwritten on a guess: no version given is refused (the writer must say what it
 * saw), an older one is refused (someone changed the subject since), and one that was never recorded is refused.
 */
public final class VersionPolicy {
    private VersionPolicy() {
    }

    public enum Verdict {
        /** The writer saw the current version: the change is made, as the next version. */
        CURRENT,
        /** The writer did not say which version it saw. */
        MISSING,
        /** The subject has changed since the version the writer saw. */
        STALE,
        /** The writer names a version the subject never had (0, negative, or beyond the current one). */
        UNKNOWN
    }

    public static Verdict judge(Long expected, long current) {
        if (current < 1) throw new IllegalArgumentException("a recorded subject is at version 1 or later");
        if (expected == null) return Verdict.MISSING;
        if (expected == current) return Verdict.CURRENT;
        if (expected >= 1 && expected < current) return Verdict.STALE;
        return Verdict.UNKNOWN;
    }

    /** The version a change made to a subject at {@code current} becomes. */
    public static long next(long current) {
        return Math.addExact(current, 1);
    }
}
