package org.ramstein.revisions.domain;

/**
 * One version of a subject: what the change was ({@code action}: recorded, delivery, reversal, retraction, status,
 * accepted...), a short summary for a person, when it was recorded (microseconds since the epoch) and by whom.
 * Version 1 is the subject as first recorded; each change appends the next.
 */
public record Revision(Subject subject, long version, String action, String summary, long recordedAt, String recordedBy) {

    /** The action of every version 1. */
    public static final String RECORDED = "recorded";

    public Revision {
        if (version < 1) throw new IllegalArgumentException("versions start at 1");
    }
}
