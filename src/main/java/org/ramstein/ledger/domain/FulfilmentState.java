package org.ramstein.ledger.domain;

/** Derived from committed and delivered quantities; never stored. */
public enum FulfilmentState {
    NONE, PARTIAL, COMPLETE, UNKNOWN;

    public String code() {
        return Codes.of(this);
    }

    /**
     * The state of a line: unknown when nothing countable was committed but something may have been (an unspecified
     * quantity), none when nothing is delivered, complete once the delivered count reaches the committed count.
     */
    public static FulfilmentState of(Long committed, long delivered) {
        if (committed == null || committed <= 0) {
            return delivered > 0 ? PARTIAL : (committed == null ? UNKNOWN : NONE);
        }
        if (delivered <= 0) return NONE;
        return delivered >= committed ? COMPLETE : PARTIAL;
    }
}
