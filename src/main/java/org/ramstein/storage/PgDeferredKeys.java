package org.ramstein.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL, bulk loads only: foreign keys verified once per table, set-based, before the transaction commits, instead
 * of by one trigger call per inserted row. While the load runs the transaction sets {@code session_replication_role}
 * to {@code replica} (transaction-local, so other sessions keep their checks); {@link #verify()} then finds every row
 * this transaction wrote (by {@code xmin}) whose reference has no parent, and fails the whole load if there is one.
 * Referenced rows of tables the load did not write (donors, catalogue items, ...) are locked FOR KEY SHARE as the
 * triggers would have locked them. Needs the right to set that parameter (a superuser, or GRANT SET on PostgreSQL
 * 15+); without it nothing changes and the triggers check each row as usual.
 */
public final class PgDeferredKeys {
    private final LedgerWriter writer;
    private final String xid;

    private PgDeferredKeys(LedgerWriter writer, String xid) {
        this.writer = writer;
        this.xid = xid;
    }

    /** Defers the checks for the rest of this load, or returns null where the role may not. */
    public static PgDeferredKeys defer(LedgerWriter w) {
        if (w.dialect() != Dialect.POSTGRES) return null;
        Connection c = w.handle().getConnection();
        try (Statement s = c.createStatement()) {
            boolean allowed;
            try (ResultSet rs = s.executeQuery("SELECT rolsuper OR (current_setting('server_version_num')::int >= 150000 "
                    + "AND has_parameter_privilege('session_replication_role', 'SET')) FROM pg_roles WHERE rolname = current_user")) {
                allowed = rs.next() && rs.getBoolean(1);
            } catch (SQLException e) {
                return null; // older servers without has_parameter_privilege and no superuser: keep the triggers
            }
            if (!allowed) return null;
            String xid;
            try (ResultSet rs = s.executeQuery("SELECT (txid_current() % 4294967296)::text")) {
                rs.next();
                xid = rs.getString(1);
            }
            s.execute("SET LOCAL session_replication_role = replica");
            return new PgDeferredKeys(w, xid);
        } catch (SQLException e) {
            throw new StorageException("cannot prepare the bulk load: " + e.getMessage(), e);
        }
    }

    private record ForeignKey(String name, String child, String column, String parent, String parentColumn, boolean nullable,
                              long parentBytes) {
    }

    /**
     * A nullable reference to a large table (a self-reference such as supersedes_id, mostly) that a bulk load leaves
     * empty would still cost a hash or a sort of the whole parent: first ask, in one scan, which of them the new rows
     * use at all.
     */
    private static final long LARGE_PARENT = 8L << 20;

    /**
     * Writes what waits, checks every foreign key of the rows this transaction wrote (a commitment that repeats its line
     * through that line), then turns the triggers back on.
     */
    public void verify() {
        Connection c = writer.handle().getConnection();
        Set<String> written = writer.tablesWritten();
        Set<String> toVerify = writer.tablesToVerify();
        try {
            Map<String, List<ForeignKey>> byChild = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.conname, cl.relname, a.attname, pcl.relname, pa.attname, "
                    + "array_length(k.conkey, 1), NOT a.attnotnull, pg_relation_size(k.confrelid) FROM pg_constraint k "
                    + "JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pcl ON pcl.oid = k.confrelid "
                    + "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                    + "JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1] "
                    + "WHERE k.contype = 'f' AND cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY (?) "
                    + "ORDER BY cl.relname, k.conname")) {
                ps.setArray(1, c.createArrayOf("text", toVerify.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(6) != 1) throw new StorageException("cannot verify the multi-column foreign key " + rs.getString(1), null);
                        ForeignKey fk = new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getBoolean(7), rs.getLong(8));
                        byChild.computeIfAbsent(fk.child(), k -> new ArrayList<>()).add(fk);
                    }
                }
            }
            // the planner guesses few rows for an xmin filter and would probe the parents row by row: ask for hash or merge joins
            String nestloop;
            String workMem;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('enable_nestloop'), current_setting('work_mem')")) {
                rs.next();
                nestloop = rs.getString(1);
                workMem = rs.getString(2);
                s.execute("SET LOCAL enable_nestloop = off");
                s.execute("SET LOCAL work_mem = '256MB'");
            }
            for (Map.Entry<String, List<ForeignKey>> child : byChild.entrySet()) {
                List<ForeignKey> used = withoutUnused(c, child.getValue());
                child.setValue(used);
                if (!used.isEmpty()) checkTable(c, used);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('enable_nestloop', ?, true), set_config('work_mem', ?, true)")) {
                ps.setString(1, nestloop);
                ps.setString(2, workMem);
                ps.executeQuery().close();
            }
            for (List<ForeignKey> fks : byChild.values()) {
                for (ForeignKey fk : fks) if (!written.contains(fk.parent())) lockParents(c, fk);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL session_replication_role = origin");
            }
        } catch (SQLException e) {
            throw new StorageException("cannot verify the bulk load: " + e.getMessage(), e);
        }
    }

    /** The child's keys less the nullable ones to a large parent that no new row sets (nothing to check or lock). */
    private List<ForeignKey> withoutUnused(Connection c, List<ForeignKey> fks) throws SQLException {
        List<ForeignKey> optional = new ArrayList<>();
        for (ForeignKey fk : fks) if (fk.nullable() && fk.parentBytes() >= LARGE_PARENT) optional.add(fk);
        if (optional.isEmpty()) return fks;
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < optional.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("COALESCE(bool_or(c.").append(optional.get(i).column()).append(" IS NOT NULL), false)");
        }
        sql.append(" FROM ").append(fks.get(0).child()).append(" c WHERE c.xmin = ?::xid");
        List<ForeignKey> used = new ArrayList<>(fks);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, xid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < optional.size(); i++) if (!rs.getBoolean(i + 1)) used.remove(optional.get(i));
            }
        }
        return used;
    }

    /** One scan of the child table's new rows, each reference joined to its parent; any unmatched one fails the load. */
    private void checkTable(Connection c, List<ForeignKey> fks) throws SQLException {
        String child = fks.get(0).child();
        StringBuilder select = new StringBuilder("SELECT ");
        StringBuilder from = new StringBuilder(" FROM " + child + " c");
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < fks.size(); i++) {
            ForeignKey fk = fks.get(i);
            String p = "p" + i;
            select.append(i == 0 ? "" : ", ").append("CASE WHEN c.").append(fk.column()).append(" IS NOT NULL AND ").append(p).append('.')
                    .append(fk.parentColumn()).append(" IS NULL THEN c.").append(fk.column()).append("::text END");
            from.append(" LEFT JOIN ").append(fk.parent()).append(' ').append(p).append(" ON ").append(p).append('.').append(fk.parentColumn())
                    .append(" = c.").append(fk.column());
            missing.append(i == 0 ? "" : " OR ").append("(c.").append(fk.column()).append(" IS NOT NULL AND ").append(p).append('.')
                    .append(fk.parentColumn()).append(" IS NULL)");
        }
        String sql = select + from.toString() + " WHERE c.xmin = ?::xid AND (" + missing + ") LIMIT 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, xid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return;
                for (int i = 0; i < fks.size(); i++) {
                    String value = rs.getString(i + 1);
                    if (value != null) {
                        ForeignKey fk = fks.get(i);
                        throw new StorageException("cannot write: insert or update on table \"" + child + "\" violates foreign key constraint \""
                                + fk.name() + "\": " + fk.column() + " '" + value + "' is not present in table \"" + fk.parent() + "\"", null);
                    }
                }
            }
        }
    }

    /** Locks the referenced parent rows against deletion until commit, as the per-row checks would have. */
    private void lockParents(Connection c, ForeignKey fk) throws SQLException {
        String sql = "SELECT 1 FROM " + fk.parent() + " p WHERE p." + fk.parentColumn() + " IN (SELECT c." + fk.column() + " FROM "
                + fk.child() + " c WHERE c.xmin = ?::xid) FOR KEY SHARE OF p";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, xid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // the rows are locked as they are read
                }
            }
        }
    }
}
