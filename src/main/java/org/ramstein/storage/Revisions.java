package org.ramstein.storage;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.ramstein.revisions.domain.Expected;
import org.ramstein.revisions.domain.Revision;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.Subject;
import org.ramstein.revisions.domain.SubjectType;
import org.ramstein.revisions.domain.VersionPolicy;
import org.ramstein.revisions.domain.VersionRequiredException;

/**
 * Reads of the revision table: a subject's current version, and what changed after a version. A subject with no stored
 * revision is at version 1: a posting's first version is the posting itself, and so is that of a row an import or a
 * restore wrote (no row is written for them, so a million-line load writes no million more rows); the first change
 * appends version 2.
 */
public final class Revisions {
    private Revisions() {
    }

    static final String COLUMNS = "subject_type, subject_id, version, action, summary, recorded_at, recorded_by";

    /** The version of each of {@code ids} as the ledger knew it at {@code knownAt} (1 for those with no revision stored). */
    public static Map<String, Long> current(Handle h, SubjectType type, Collection<String> ids, long knownAt) {
        Map<String, Long> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        h.createQuery("SELECT subject_id, MAX(version) FROM revision WHERE subject_type = :t AND subject_id IN (<ids>) "
                        + "AND recorded_at <= :knownAt GROUP BY subject_id")
                .bind("t", type.code).bindList("ids", List.copyOf(ids)).bind("knownAt", knownAt)
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    /**
     * Applies {@link VersionPolicy} to a change of {@code s}, now at {@code current}: returns when the writer read the
     * current version (or asked for no check), else throws what the writer must be told, with the revisions it missed.
     */
    public static void check(Handle h, Subject s, Expected expected, long current) {
        if (!expected.checked()) return;
        switch (VersionPolicy.judge(expected.version(), current)) {
            case CURRENT -> { }
            case MISSING -> throw new VersionRequiredException(s, current, latest(h, s));
            case STALE -> throw new StaleVersionException(s, expected.version(), current, after(h, s, expected.version()));
            case UNKNOWN -> throw new StaleVersionException(s, expected.version(), current, List.of());
        }
    }

    /** {@link #check(Handle, Subject, Expected, long)} outside a write, against the stored version. */
    public static void check(org.jdbi.v3.core.Jdbi jdbi, Subject s, Expected expected) {
        if (!expected.checked()) return;
        jdbi.useHandle(h -> check(h, s, expected, current(h, s)));
    }

    /** A subject's current version (1 when no revision is stored). */
    public static long current(Handle h, Subject s) {
        Long v = h.createQuery("SELECT MAX(version) FROM revision WHERE subject_type = :t AND subject_id = :id")
                .bind("t", s.type().code).bind("id", s.id()).mapTo(Long.class).one();
        return v == null ? 1 : v;
    }

    /** The revisions of {@code s} after version {@code version}, oldest first. */
    public static List<Revision> after(Handle h, Subject s, long version) {
        return h.createQuery("SELECT " + COLUMNS + " FROM revision WHERE subject_type = :t AND subject_id = :id AND version > :v ORDER BY version")
                .bind("t", s.type().code).bind("id", s.id()).bind("v", version)
                .map((rs, ctx) -> new Revision(s, rs.getLong("version"), rs.getString("action"), rs.getString("summary"),
                        rs.getLong("recorded_at"), rs.getString("recorded_by")))
                .list();
    }

    /** The latest stored revision of {@code s}, or null when none is stored. */
    public static Revision latest(Handle h, Subject s) {
        return h.createQuery("SELECT " + COLUMNS + " FROM revision WHERE subject_type = :t AND subject_id = :id ORDER BY version DESC LIMIT 1")
                .bind("t", s.type().code).bind("id", s.id())
                .map((rs, ctx) -> new Revision(s, rs.getLong("version"), rs.getString("action"), rs.getString("summary"),
                        rs.getLong("recorded_at"), rs.getString("recorded_by")))
                .findFirst().orElse(null);
    }

    /** Every revision of {@code s}, oldest first. */
    public static List<Revision> history(Handle h, Subject s) {
        return after(h, s, 0);
    }
}
