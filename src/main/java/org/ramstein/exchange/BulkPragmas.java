package org.ramstein.exchange;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.LedgerWriter;
import org.ramstein.storage.PgDeferredKeys;
import org.ramstein.storage.StorageException;

/**
 * Settings for one bulk load, restored afterwards (the connection goes back to the pool), all inside the load's one
 * transaction. SQLite: a large page cache keeps the growing indexes of a million-row load in memory instead of spilling
 * pages mid-transaction; and when the load is at least as large as the ledger already is, the secondary indexes of
 * pledge, pledge_line and ledger_entry are dropped for the load and rebuilt from their own definitions before commit
 * (one sort instead of a million random inserts; the write lock is held either way, readers keep their snapshot, and a
 * failed load rolls the drop back with everything else; partial indexes over the few restricted rows stay, as a public
 * load adds nothing to them). Primary keys, unique and foreign-key checks stay on. Durability
 * is untouched: journal and synchronous modes stay as the database was opened. PostgreSQL: the foreign keys of the
 * load are checked set-based before commit instead of row by row, where the role may ({@link PgDeferredKeys}); the same
 * index rule applies (PostgreSQL's DROP INDEX locks the three tables against readers until the load commits, which is
 * why it is kept to loads at least as large as the ledger they go into).
 */
public final class BulkPragmas implements AutoCloseable {
    /** Loads below this many rows keep the indexes: rebuilding costs more than it saves. */
    static final long REBUILD_INDEXES_AT = 50_000;
    private static final String BULK_TABLES = "('pledge', 'pledge_line', 'ledger_entry')";

    private final LedgerWriter writer;
    private final Connection connection;
    private final long previousCache;
    private final PgDeferredKeys keys;
    private final List<String> dropped;

    private BulkPragmas(LedgerWriter writer, Connection connection, long previousCache, PgDeferredKeys keys, List<String> dropped) {
        this.writer = writer;
        this.connection = connection;
        this.previousCache = previousCache;
        this.keys = keys;
        this.dropped = dropped;
    }

    public static BulkPragmas apply(LedgerWriter w) {
        return apply(w, 0);
    }

    /** As {@link #apply(LedgerWriter)}, for a load of about {@code expectedRows} pledge lines or entries. */
    public static BulkPragmas apply(LedgerWriter w, long expectedRows) {
        Connection c = w.handle().getConnection();
        if (w.dialect() == Dialect.POSTGRES) {
            PgDeferredKeys keys = PgDeferredKeys.defer(w);
            try (Statement s = c.createStatement()) {
                List<String> dropped = new ArrayList<>();
                if (expectedRows >= REBUILD_INDEXES_AT && expectedRows >= existingEntries(s)) {
                    s.execute("SET LOCAL maintenance_work_mem = '256MB'");
                    dropped = dropIndexes(s, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                            + "AND tablename IN " + BULK_TABLES + " AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                            + "AND indexdef NOT LIKE '% WHERE %' ORDER BY indexname");
                }
                return new BulkPragmas(w, c, 0, keys, dropped);
            } catch (SQLException e) {
                throw new StorageException("cannot prepare the bulk load: " + e.getMessage(), e);
            }
        }
        try (Statement s = c.createStatement()) {
            long previous;
            try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                previous = rs.next() ? rs.getLong(1) : -2000;
            }
            s.execute("PRAGMA cache_size = -524288"); // 512 MiB
            List<String> dropped = new ArrayList<>();
            if (expectedRows >= REBUILD_INDEXES_AT && expectedRows >= existingEntries(s)) {
                dropped = dropIndexes(s, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                        + "AND tbl_name IN " + BULK_TABLES + " AND sql NOT LIKE '% WHERE %' ORDER BY name");
                if (!dropped.isEmpty()) w.multiRowInserts(true);
            }
            return new BulkPragmas(w, c, previous, null, dropped);
        } catch (SQLException e) {
            throw new StorageException("cannot prepare the bulk load: " + e.getMessage(), e);
        }
    }

    /** Drops the indexes the query names (name, definition) and returns their definitions, to be run again at the end. */
    private static List<String> dropIndexes(Statement s, String query) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) indexes.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        List<String> definitions = new ArrayList<>();
        for (String[] index : indexes) {
            s.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
            definitions.add(index[1]);
        }
        return definitions;
    }

    private static long existingEntries(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM ledger_entry")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * SQLite builds an index by sorting its keys, in memory runs as large as the page cache, one thread. Runs of a few
     * megabytes, sorted by two helper threads and then merged, take about a third less time on the wide indexes of a
     * large load (measured: 3.3 s down to 2.0-2.5 s for a million lines); so while the indexes are built the cache size
     * is small and the cache may grow past it instead of writing pages of the open transaction out early
     * (cache_spill). Both settings are restored; neither touches durability.
     */
    private void rebuildSqlite(Statement s) throws SQLException {
        long threads = pragma(s, "threads");
        long spill = pragma(s, "cache_spill");
        s.execute("PRAGMA cache_spill = OFF");
        s.execute("PRAGMA cache_size = -2000");
        s.execute("PRAGMA threads = 2");
        try {
            for (String sql : dropped) s.execute(sql);
        } finally {
            s.execute("PRAGMA threads = " + threads);
            s.execute("PRAGMA cache_spill = " + spill);
            s.execute("PRAGMA cache_size = -524288");
        }
    }

    private static long pragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Writes what waits, rebuilds any dropped index (SQLite) or verifies the foreign keys of everything the load wrote
     * (PostgreSQL), then restores the settings. A failure here fails the load.
     */
    @Override
    public void close() {
        if (!dropped.isEmpty()) {
            writer.multiRowInserts(false); // writes what waits
            writer.flush();
            try (Statement s = connection.createStatement()) {
                if (writer.dialect() == Dialect.SQLITE) rebuildSqlite(s);
                else for (String sql : dropped) s.execute(sql);
            } catch (SQLException e) {
                throw new StorageException("cannot rebuild an index after the bulk load: " + e.getMessage(), e);
            }
        }
        if (keys != null) keys.verify();
        if (writer.dialect() != Dialect.SQLITE) return;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = " + previousCache);
        } catch (SQLException ignored) {
            // a larger cache on a pooled connection costs memory, not correctness
        }
    }
}
