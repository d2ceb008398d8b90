package org.ramstein.audit;

import java.util.List;
import java.util.Optional;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditHead;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.audit.domain.ChainVerifier;
import org.ramstein.audit.domain.Verification;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.view.Cursor;
import org.ramstein.ledger.view.LedgerViews.Page;
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

    private final Database database;
    private final RecordingClock clock;
    private final AuditStore store;

    public AuditTrail(Database database, RecordingClock clock) {
        this.database = database;
        this.clock = clock;
        this.store = new AuditStore(database.jdbi(), database.dialect());
    }

    /** Records one command in its own transaction, as the next record of the chain. */
    public AuditRecord append(AuditCommand command) {
        return database.jdbi().inTransaction(h -> store.append(h, command, clock::nowMicros));
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
