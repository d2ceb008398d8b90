package org.ramstein.revisions.domain;

import java.util.Comparator;

/** One versioned thing: a pledge, a pledge line, a posting, a need or a claim, by its id. */
public record Subject(SubjectType type, String id) implements Comparable<Subject> {

    private static final Comparator<Subject> ORDER = Comparator.comparing(Subject::type).thenComparing(Subject::id);

    public Subject {
        if (type == null || id == null || id.isBlank()) throw new IllegalArgumentException("a subject has a type and an id");
    }

    public static Subject pledge(String id) {
        return new Subject(SubjectType.PLEDGE, id);
    }

    public static Subject line(String id) {
        return new Subject(SubjectType.LINE, id);
    }

    public static Subject entry(long id) {
        return new Subject(SubjectType.ENTRY, String.valueOf(id));
    }

    public static Subject need(String id) {
        return new Subject(SubjectType.NEED, id);
    }

    public static Subject claim(String id) {
        return new Subject(SubjectType.CLAIM, id);
    }

    /** "pledge line 'pl-1/2'", "entry #42": how a message names it. */
    public String label() {
        return type == SubjectType.ENTRY ? "entry #" + id : type.noun + " '" + id + "'";
    }

    /** The order in which one unit of work writes the revisions of several subjects. */
    @Override
    public int compareTo(Subject o) {
        return ORDER.compare(this, o);
    }
}
