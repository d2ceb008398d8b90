package org.ramstein.storage;

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
        return database.jdbi().inTransaction(handle -> {
            LedgerWriter writer = new LedgerWriter(handle, database.dialect());
            try {
                T result = work.apply(writer);
                writer.finish();
                return result;
            } finally {
                writer.close();
            }
        });
    }
}
