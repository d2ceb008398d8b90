package org.ramstein.revisions.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ramstein.common.DomainException;

/**
 * A change refused because its subject is no longer at the version its writer read. Says what changed in between: the
 * revisions after that version, each with its action, summary, author and time. Nothing of the change was written.
 */
public final class StaleVersionException extends DomainException {
    private final Subject subject;
    private final long expected;
    private final long current;
    private final List<Revision> changes;

    public StaleVersionException(Subject subject, long expected, long current, List<Revision> changes) {
        super(message(subject, expected, current, changes));
        this.subject = subject;
        this.expected = expected;
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    private static String message(Subject subject, long expected, long current, List<Revision> changes) {
        StringBuilder m = new StringBuilder("nothing was recorded: ");
        if (expected < 1 || expected > current) {
            m.append(subject.label()).append(" has no version ").append(expected).append("; it is at version ").append(current)
                    .append(": read it again");
            return m.toString();
        }
        m.append(subject.label()).append(" has changed since version ").append(expected).append(" was read; it is now at version ")
                .append(current);
        for (Revision r : changes) {
            m.append("; version ").append(r.version()).append(": ").append(r.summary());
            if (r.recordedBy() != null) m.append(", by ").append(r.recordedBy());
            m.append(", ").append(Instant.EPOCH.plus(r.recordedAt(), ChronoUnit.MICROS).truncatedTo(ChronoUnit.SECONDS));
        }
        return m.toString();
    }

    public Subject subject() {
        return subject;
    }

    public long expectedVersion() {
        return expected;
    }

    public long currentVersion() {
        return current;
    }

    /** The revisions after the version the writer read, oldest first. */
    public List<Revision> changes() {
        return changes;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
