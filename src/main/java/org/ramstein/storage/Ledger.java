package org.ramstein.storage;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.Subject;

/**
 * Runs one unit of work as a single transaction: all of it is written, or none of it. A write begun inside another on the
 * same thread joins it (one command made of several, such as deciding a claim that records a pledge, is one transaction).
 */
public final class Ledger {
    private final Database database;
    private final RecordingClock clock;
    private final ThreadLocal<LedgerWriter> open = new ThreadLocal<>();

    public Ledger(Database database, RecordingClock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Database database() {
        return database;
    }

    public RecordingClock clock() {
        return clock;
    }

    public <T> T write(Function<LedgerWriter, T> work) {
        LedgerWriter joined = open.get();
        if (joined != null) return work.apply(joined);
        LedgerWriter[] used = new LedgerWriter[1];
        T result;
        // SQLite takes one writer at a time: the others wait here, in turn, rather than on the database's lock (failing as
        // busy once its timeout runs out), and on a connection of their own rather than one the readers need
        ReentrantLock turn = database.writeTurn();
        if (turn != null) turn.lock();
        try {
            result = database.writeJdbi().inTransaction(handle -> {
                LedgerWriter writer = new LedgerWriter(handle, database.dialect());
                used[0] = writer;
                open.set(writer);
                try {
                    T r = work.apply(writer);
                    writer.finish();
                    // the command's audit record, last: it commits with the write or not at all
                    database.beforeCommit(handle, writer::written);
                    return r;
                } finally {
                    open.remove();
                    writer.close();
                }
            });
        } catch (RuntimeException e) {
            if (used[0] != null && !(e instanceof StaleVersionException)) throwIfChangedMeanwhile(used[0].versionsRead(), e);
            throw e;
        } finally {
            if (turn != null) turn.unlock();
        }
        for (Runnable r : used[0].afterCommit()) r.run();
        return result;
    }

    /**
     * Runs {@code r} after the write open on this thread commits (never if it rolls back), or now when none is open:
     * what announces a change must not announce one that a larger unit of work may still undo.
     */
    public void afterCommit(Runnable r) {
        LedgerWriter w = open.get();
        if (w == null) r.run();
        else w.afterCommit(r);
    }

    /**
     * A write that failed (rolled back) after reading subjects at some version: when one of them has meanwhile moved on,
     * another writer changed it at the same time (its revision took the key this one needed, or its rows the ids), and
     * the failure is that conflict, reported with what the other writer did.
     */
    private void throwIfChangedMeanwhile(Map<Subject, Long> read, RuntimeException failure) {
        if (read.isEmpty()) return;
        try {
            database.jdbi().useHandle(h -> {
                for (var e : read.entrySet()) {
                    long now = Revisions.current(h, e.getKey());
                    if (now > e.getValue()) {
                        throw new StaleVersionException(e.getKey(), e.getValue(), now, Revisions.after(h, e.getKey(), e.getValue()));
                    }
                }
            });
        } catch (StaleVersionException stale) {
            stale.addSuppressed(failure);
            throw stale;
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
        }
    }
}
