package org.ramstein.storage;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** Runs one unit of work as a single transaction: all of it is written, or none of it. */
public final class Ledger {
    private final Database database;
    private final RecordingClock clock;

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
        // SQLite takes one writer at a time: the others wait here, in turn, rather than on the database's lock (failing as
        // busy once its timeout runs out), and on a connection of their own rather than one the readers need
        ReentrantLock turn = database.writeTurn();
        if (turn != null) turn.lock();
        try {
            return database.writeJdbi().inTransaction(handle -> {
                LedgerWriter writer = new LedgerWriter(handle, database.dialect());
                try {
                    T result = work.apply(writer);
                    writer.finish();
                    return result;
                } finally {
                    writer.close();
                }
            });
        } finally {
            if (turn != null) turn.unlock();
        }
    }
}
