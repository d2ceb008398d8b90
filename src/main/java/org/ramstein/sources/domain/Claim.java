package org.ramstein.sources.domain;

/**
 * A stored claim: what was read, where, what it resolved to, the review's decision (null while pending), and its version
 * (1 as read; a decision makes it 2).
 */
public record Claim(String id, long version, String sourceId, ClaimDraft draft, String donorCode, String itemId, long recordedAt, Review review) {

    public boolean pending() {
        return review == null;
    }

    /** The same claim at another version (as a decision leaves it, before its revision is stored). */
    public Claim withVersion(long v) {
        return new Claim(id, v, sourceId, draft, donorCode, itemId, recordedAt, review);
    }

    /** A reviewer's decision on a claim, and what it created or joined in the ledger. */
    public record Review(Decision decision, String reason, String pledgeId, Long entryId, String observationId, long recordedAt,
                         String recordedBy) {
    }

    public enum Decision {
        ACCEPTED("accepted"), REJECTED("rejected"), ATTACHED("attached");

        public final String code;

        Decision(String code) {
            this.code = code;
        }

        public static Decision fromCode(String code) {
            for (Decision d : values()) if (d.code.equals(code)) return d;
            return null;
        }
    }
}
