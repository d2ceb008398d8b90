package org.ramstein.revisions.domain;

/**
 * What can change after it is recorded, and so carries a version. Declared in the order in which a unit of work writes
 * its revisions (then by id), the same order for every writer, so that two writers waiting on each other's revisions
 * cannot each hold what the other needs.
 */
public enum SubjectType {
    CLAIM("claim", "claim"),
    PLEDGE("pledge", "pledge"),
    NEED("need", "need"),
    ENTRY("entry", "entry"),
    LINE("line", "pledge line");

    /** As stored in revision.subject_type (the same words as citation.subject_type). */
    public final String code;
    /** As a sentence names it. */
    public final String noun;

    SubjectType(String code, String noun) {
        this.code = code;
        this.noun = noun;
    }

    public static SubjectType fromCode(String code) {
        for (SubjectType t : values()) if (t.code.equals(code)) return t;
        throw new IllegalArgumentException("'" + code + "' is not a kind of versioned subject");
    }
}
