package org.ramstein.exchange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.LedgerWriter;
import org.ramstein.storage.StorageException;

/**
 * SQLite settings for one bulk load, restored afterwards (the connection goes back to the pool). A large page cache
 * keeps the growing indexes of a million-row load in memory instead of spilling pages mid-transaction. Durability is
 * untouched: journal and synchronous modes stay as the database was opened.
 */
public final class BulkPragmas implements AutoCloseable {
    private final Connection connection;
    private final long previousCache;

    private BulkPragmas(Connection connection, long previousCache) {
        this.connection = connection;
        this.previousCache = previousCache;
    }

    public static BulkPragmas apply(LedgerWriter w) {
        if (w.dialect() != Dialect.SQLITE) return new BulkPragmas(null, 0);
        Connection c = w.handle().getConnection();
        try (Statement s = c.createStatement()) {
            long previous;
            try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                previous = rs.next() ? rs.getLong(1) : -2000;
            }
            s.execute("PRAGMA cache_size = -524288"); // 512 MiB
            return new BulkPragmas(c, previous);
        } catch (SQLException e) {
            throw new StorageException("cannot prepare the bulk load: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (connection == null) return;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = " + previousCache);
        } catch (SQLException ignored) {
            // a larger cache on a pooled connection costs memory, not correctness
        }
    }
}
