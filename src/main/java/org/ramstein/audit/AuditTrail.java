package org.ramstein.audit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditHead;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.audit.domain.ChainVerifier;
import org.ramstein.audit.domain.Verification;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.view.Cursor;
import org.ramstein.ledger.view.LedgerViews.Page;
import org.ramstein.storage.CommitWitness;
import org.ramstein.storage.Database;
import org.ramstein.storage.RecordingClock;

/**
 * The tamper-evident audit trail: every write recorded as a command (who, when, from where, what, how it ended),
 * appended to a hash chain; verification reads the whole trail in order, in constant memory, and names every record
 * edited, deleted or out of place. Who may read it: coordinators and admins ({@code Permission.READ_AUDIT}).
 */
public final class AuditTrail {
    /** The role recorded for commands run on the command line (the operator, with the database at hand). */
    public static final String CLI = "cli";
    /** Subjects an outcome names before "and N more". */
    private static final int OUTCOME_SUBJECTS = 12;

    private final Database database;
    private final RecordingClock clock;
    private final AuditStore store;

    public AuditTrail(Database database, RecordingClock clock) {
        this.database = database;
        this.clock = clock;
        this.store = new AuditStore(database.jdbi(), database.dialect());
    }

    /**
     * Records one command in a transaction of its own, as the next record of the chain: for a command that committed
     * no write (a refusal, a failure, or nothing to do). One that writes is recorded by {@link #recording} instead.
     */
    public AuditRecord append(AuditCommand command) {
        return database.writeTransaction(h -> store.append(h, command, clock::nowMicros), null);
    }

    /**
     * Records a command in each write transaction it commits, in that transaction, until the scope closes: the record
     * is the transaction's last write, so the write and its record commit together or not at all. {@code record} makes
     * the command's record from what the transaction wrote.
     */
    public CommitWitness.Scope recording(Function<List<CommitWitness.Written>, AuditCommand> record) {
        return database.witnessCommits((h, written) -> store.append(h, record.apply(written), clock::nowMicros));
    }

    /**
     * The entity a committed command names, as {type, id}: the one it names itself, its id taken from what was written of
     * that type when it names none; the first thing written when it names no type.
     */
    public static String[] entity(String type, String id, List<CommitWitness.Written> written) {
        if (written.isEmpty() || (type != null && id != null)) return new String[] {type, id};
        if (type == null) return new String[] {written.get(0).type(), written.get(0).id()};
        for (CommitWitness.Written w : written) if (w.type().equals(type)) return new String[] {type, w.id()};
        return new String[] {type, null};
    }

    /** The outcome of a command whose write committed: "committed: pledge p-1 v1 (recorded); line p-1-1 v1 (recorded)". */
    public static String committed(List<CommitWitness.Written> written) {
        if (written.isEmpty()) return "committed";
        StringBuilder sb = new StringBuilder("committed: ");
        int shown = Math.min(written.size(), OUTCOME_SUBJECTS);
        for (int i = 0; i < shown; i++) sb.append(i == 0 ? "" : "; ").append(written.get(i).describe());
        if (written.size() > shown) sb.append("; and ").append(written.size() - shown).append(" more");
        return sb.toString();
    }

    /** The actor a command-line run is recorded under: "cli:" and the operating-system user. */
    public static String cliActor() {
        String user = System.getProperty("user.name");
        return "cli:" + (user == null || user.isBlank() ? "unknown" : user);
    }

    /**
     * Checks the whole trail: the head is read first and records up to it streamed in order; the head and highest number
     * are read again at the end, so appends made meanwhile are not findings but records written around the head are.
     */
    public Verification verify() {
        Optional<AuditHead> head = store.head();
        ChainVerifier verifier = new ChainVerifier(head.orElse(null));
        store.forEach(head.map(AuditHead::seq).orElse(null), verifier::accept);
        AuditStore.HeadAndMax after = store.headAndMax();
        return verifier.finish(after.head(), after.maxSeq());
    }

    /** One page of records, newest first; {@code nextCursor} (null on the last page) continues after it. */
    public Page<AuditRecord> list(AuditFilter filter) {
        List<AuditRecord> rows = store.list(filter);
        String next = null;
        if (rows.size() > filter.limit()) {
            rows = rows.subList(0, filter.limit());
            next = Cursor.encode(String.valueOf(rows.get(rows.size() - 1).seq()));
        }
        return new Page<>(List.copyOf(rows), next);
    }

    public long count(AuditFilter filter) {
        return store.count(filter);
    }

    /** The head: the last record's number and hash (0 and the genesis hash when nothing is recorded); empty if deleted. */
    public Optional<AuditHead> head() {
        return store.head();
    }

    /** The record number a cursor this trail gave out stands for; a 400 on "cursor" for anything else. */
    public static Long cursor(String cursor) {
        if (cursor == null || cursor.isBlank()) return null;
        try {
            return Long.parseLong(Cursor.decode(cursor.trim(), 1).get(0));
        } catch (NumberFormatException e) {
            throw new ValidationException("cursor", "is not a cursor this list gave out (pass nextCursor back unchanged)");
        }
    }
}
