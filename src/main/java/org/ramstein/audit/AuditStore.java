package org.ramstein.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditHead;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.StorageException;

/**
 * The audit tables: {@code audit_record}, numbered without gaps, and its one-row {@code audit_head}. An append first
 * updates the head row, which locks it until the transaction ends (a row lock on PostgreSQL; on SQLite every write
 * transaction already holds the database's write lock), so two appends never read the same head and the chain cannot
 * fork. Nothing here updates or deletes a record.
 */
public final class AuditStore {
    private static final String COLUMNS = "seq, recorded_at, actor, role, origin, action, entity_type, entity_id, payload, outcome, prev_hash, hash";
    private static final int FETCH = 1_000;

    private final Jdbi jdbi;
    private final Dialect dialect;

    public AuditStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** Appends {@code command} as the next record, inside the caller's transaction; {@code clock} is read once the head is locked. */
    public AuditRecord append(Handle h, AuditCommand command, LongSupplier clock) {
        int locked = h.createUpdate("UPDATE audit_head SET seq = seq WHERE id = 1").execute();
        if (locked != 1) {
            throw new StorageException("the audit trail's head row is missing: nothing can be appended (see ./ramstein audit verify)", null);
        }
        AuditHead head = h.createQuery("SELECT seq, hash, recorded_at FROM audit_head WHERE id = 1").map(AuditStore::headRow).one();
        // never dated before the record it follows, even if this process's clock is behind another's
        long at = Math.max(clock.getAsLong(), head.recordedAt());
        AuditRecord r = AuditRecord.chained(command, head.seq() + 1, at, head.hash());
        h.createUpdate("INSERT INTO audit_record (" + COLUMNS + ") VALUES (:seq, :at, :actor, :role, :origin, :action, :entityType, :entityId, "
                        + ":payload, :outcome, :prevHash, :hash)")
                .bind("seq", r.seq()).bind("at", r.recordedAt()).bind("actor", r.actor()).bind("role", r.role()).bind("origin", r.origin())
                .bind("action", r.action()).bind("entityType", r.entityType()).bind("entityId", r.entityId()).bind("payload", r.payload())
                .bind("outcome", r.outcome()).bind("prevHash", r.prevHash()).bind("hash", r.hash())
                .execute();
        h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash, recorded_at = :at WHERE id = 1")
                .bind("seq", r.seq()).bind("hash", r.hash()).bind("at", r.recordedAt()).execute();
        return r;
    }

    /** The head row; empty when it has been deleted. */
    public Optional<AuditHead> head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, hash, recorded_at FROM audit_head WHERE id = 1").map(AuditStore::headRow).findOne());
    }

    /** The head and the highest record number, read in one statement (one snapshot). */
    public record HeadAndMax(AuditHead head, long maxSeq) {
    }

    public HeadAndMax headAndMax() {
        return jdbi.withHandle(h -> h.createQuery("SELECT h.seq, h.hash, h.recorded_at, m.max_seq FROM (SELECT COALESCE(MAX(seq), 0) AS max_seq "
                        + "FROM audit_record) m LEFT JOIN audit_head h ON h.id = 1")
                .map((rs, ctx) -> new HeadAndMax(rs.getString("hash") == null ? null : headRow(rs, ctx), rs.getLong("max_seq"))).one());
    }

    /**
     * Every record numbered up to {@code maxSeq} (all of them when null), in order, one at a time: rows are fetched in
     * batches (a cursor on PostgreSQL, stepped rows on SQLite), never all held at once.
     */
    public void forEach(Long maxSeq, Consumer<AuditRecord> each) {
        String sql = "SELECT " + COLUMNS + " FROM audit_record" + (maxSeq == null ? "" : " WHERE seq <= :max") + " ORDER BY seq";
        jdbi.useHandle(h -> {
            // PostgreSQL streams only inside a transaction; SQLite steps through rows without one (and a transaction
            // there would take the write lock and hold up appends for the whole check)
            boolean tx = dialect == Dialect.POSTGRES;
            if (tx) h.begin();
            try {
                Query q = h.createQuery(sql).setFetchSize(FETCH);
                if (maxSeq != null) q.bind("max", maxSeq);
                q.map(AuditStore::record).useStream(s -> s.forEach(each));
            } finally {
                if (tx) h.rollback();
            }
        });
    }

    /** One page of records matching the filter, newest first; {@code limit + 1} rows are read to know whether more follow. */
    public List<AuditRecord> list(AuditFilter f) {
        Where w = where(f);
        if (f.before() != null) w.and("seq < :before", "before", f.before());
        return jdbi.withHandle(h -> w.bindTo(h.createQuery("SELECT " + COLUMNS + " FROM audit_record" + w.sql + " ORDER BY seq DESC LIMIT :limit"))
                .bind("limit", f.limit() + 1).map(AuditStore::record).list());
    }

    /** How many records match the filter (its cursor and limit ignored). */
    public long count(AuditFilter f) {
        Where w = where(f);
        return jdbi.withHandle(h -> w.bindTo(h.createQuery("SELECT COUNT(*) FROM audit_record" + w.sql)).mapTo(Long.class).one());
    }

    private static Where where(AuditFilter f) {
        Where w = new Where();
        if (f.actor() != null) w.and("actor = :actor", "actor", f.actor());
        if (f.entityType() != null) w.and("entity_type = :entityType", "entityType", f.entityType());
        if (f.entityId() != null) w.and("entity_id = :entityId", "entityId", f.entityId());
        if (f.from() != null) w.and("recorded_at >= :from", "from", startOf(f.from()));
        if (f.to() != null) w.and("recorded_at < :to", "to", startOf(f.to().plusDays(1)));
        if (f.action() != null) w.and("LOWER(action) LIKE :action ESCAPE '!'", "action", "%" + likeEscaped(f.action().toLowerCase(java.util.Locale.ROOT)) + "%");
        return w;
    }

    private static long startOf(LocalDate day) {
        return Micros.of(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    static String likeEscaped(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A WHERE clause of the filters given, with their bindings; column names are never user input. */
    private static final class Where {
        private String sql = "";
        private final Map<String, Object> binds = new LinkedHashMap<>();

        void and(String condition, String name, Object value) {
            sql += (sql.isEmpty() ? " WHERE " : " AND ") + condition;
            binds.put(name, value);
        }

        Query bindTo(Query q) {
            binds.forEach(q::bind);
            return q;
        }
    }

    private static AuditHead headRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new AuditHead(rs.getLong("seq"), rs.getString("hash"), rs.getLong("recorded_at"));
    }

    private static AuditRecord record(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getLong("recorded_at"), rs.getString("actor"), rs.getString("role"), rs.getString("origin"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("payload"), rs.getString("outcome"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
