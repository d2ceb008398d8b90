package org.ramstein.revisions.domain;

/**
 * What a change is checked against: the version of its subject the writer last read ({@link #version(Long)}, null when
 * it gave none), or no check at all ({@link #UNCHECKED}) for writers that act on the ledger as it stands rather than on
 * something a person read: loaders of whole datasets, the demo data, a step inside a larger command that checked its
 * own subject.
 */
public record Expected(Long version, boolean checked) {

    public static final Expected UNCHECKED = new Expected(null, false);

    /** The version the writer says it read; null when it said none (refused: {@link VersionPolicy.Verdict#MISSING}). */
    public static Expected version(Long version) {
        return new Expected(version, true);
    }
}
