package org.ramstein.sources.domain;

/** Ties a source, with the exact quote (or the dataset row as locator), to one ledger subject. */
public record Citation(Long id, String sourceId, String subjectType, String subjectId, String quote, String locator, long recordedAt) {

    public static final String PLEDGE = "pledge";
    public static final String LINE = "line";
    public static final String ENTRY = "entry";
    public static final String NEED = "need";
    public static final String MEETING = "meeting";
    public static final String OBSERVATION = "observation";
}
