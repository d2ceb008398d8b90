package org.ramstein.storage;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What a command writes last in each transaction it commits, in that same transaction: its audit record. So a write and
 * its record commit together or not at all; a crash can lose neither one without the other. A witness is set for the
 * thread carrying out one command ({@link Database#witnessCommits}); writes outside any command (bookkeeping, such as a
 * token's last use) have none.
 */
@FunctionalInterface
public interface CommitWitness {

    /** Called inside the transaction, once its own writes are done, with what it wrote; throwing rolls it back. */
    void witness(Handle transaction, List<Written> written);

    /** One thing a transaction wrote: a subject (type and id), its new version where it has one (else 0), and how. */
    record Written(String type, String id, long version, String what) {
        public Written {
            if (type == null || id == null || what == null) throw new IllegalArgumentException("type, id and what are required");
        }

        /** "pledge p-1 v2 (corrected)", "user alice (added, analyst)". */
        public String describe() {
            return type + " " + id + (version > 0 ? " v" + version : "") + " (" + what + ")";
        }
    }

    /** A witness's time on one thread: closed when the command is done; says how many transactions it witnessed. */
    interface Scope extends AutoCloseable {
        int commits();

        @Override
        void close();
    }
}
