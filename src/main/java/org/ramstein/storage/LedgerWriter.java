package org.ramstein.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Meeting;
import org.ramstein.ledger.domain.Need;
import org.ramstein.ledger.domain.NeedStatusChange;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.PledgeLine;
import org.ramstein.ledger.domain.PledgeLink;
import org.ramstein.ledger.domain.Retraction;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.revisions.domain.Expected;
import org.ramstein.revisions.domain.Revision;
import org.ramstein.revisions.domain.Subject;
import org.ramstein.revisions.domain.SubjectType;
import org.ramstein.revisions.domain.VersionPolicy;
import org.ramstein.sources.domain.Citation;
import org.ramstein.sources.domain.ImportBatch;
import org.ramstein.sources.domain.Observation;
import org.ramstein.sources.domain.Source;

/**
 * Appends rows to the ledger inside one transaction, in JDBC batches. Rows wait in per-table batches that are flushed
 * parents-first (batch, source, meeting, pledge, line, entry, ...), so foreign keys hold at every flush. Only inserts:
 * the ledger is append-only. Reference data (donors, catalogue) is upserted, being a dictionary, not a fact.
 */
public final class LedgerWriter {

    /** Rows waiting across all tables before they are written: large enough that a bulk load's batches take the fast paths. */
    private static final int FLUSH_AT = 16_384;
    /** PostgreSQL: a table's batch of at least this many rows travels as COPY instead of INSERTs. */
    static final int COPY_AT = 1_000;
    /** SQLite: rows per multi-row INSERT (64 x 23 parameters stays far below SQLite's 32,766 limit). */
    static final int ROWS_PER_STATEMENT = 64;

    private final Handle handle;
    private final Connection connection;
    private final Dialect dialect;
    private final List<Batch> order = new ArrayList<>();
    private int pending;
    private boolean multiRow;
    private final PostingTotals totals = new PostingTotals();
    /** Whether every ledger_entry row written so far repeats a line written before it (see {@link #tablesToVerify()}). */
    private boolean entriesOnlyMirrorLines = true;
    private final IsoDates dates = new IsoDates();
    private PreparedStatement commitmentsFromLines;

    private final Batch batches = table("INSERT INTO import_batch (id, format, file_name, sha256, row_count, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?)", "TTTTILT");
    private final Batch sources = table("INSERT INTO source (id, kind, title, publisher, url, published_on, content_hash, entered_by, batch_id, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)", "TTTTTTTTTL");
    private final Batch meetings = table("INSERT INTO meeting (id, held_on, place, title, format, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?)", "TTTTTLT");
    private final Batch pledges = table("INSERT INTO pledge (id, donor_code, aid_type, title, announced_on, announced_precision, meeting_id, visibility, supersedes_id, batch_id, source_row, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", "TTTTTTTTTTILT");
    private final Batch lines = table("INSERT INTO pledge_line (id, pledge_id, line_no, item_id, item_text, category, qualifier, quantity, quantity_max, value_cents, value_currency, funding_route, supersedes_id, batch_id, source_row, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", "TTITTTTLLLTTTTILT");
    private final Batch entries = table("INSERT INTO ledger_entry (kind, pledge_id, line_id, donor_code, aid_type, item_id, category, qualifier, quantity, quantity_max, amount_cents, currency, happened_on, happened_precision, route, visibility, reverses_id, note, batch_id, source_row, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", "TTTTTTTTLLLTTTTTLTTILT");
    private final Batch links = table("INSERT INTO pledge_link (pledge_id, same_as_id, reason, recorded_at, recorded_by) VALUES (?,?,?,?,?)", "TTTLT");
    private final Batch retractions = table("INSERT INTO retraction (subject_type, subject_id, reason, recorded_at, recorded_by) VALUES (?,?,?,?,?)", "TTTLT");
    private final Batch needs = table("INSERT INTO need (id, capability, item_id, category, description, qualifier, quantity, quantity_max, priority, needed_by, stated_on, stated_precision, visibility, supersedes_id, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", "TTTTTTLLITTTTTLT");
    private final Batch needStatuses = table("INSERT INTO need_status (need_id, status, changed_on, note, recorded_at, recorded_by) VALUES (?,?,?,?,?,?)", "TTTTLT");
    private final Batch observations = table("INSERT INTO observation (id, dataset, source_id, batch_id, source_row, donor_code, donor_text, item_id, item_text, category, measure, qualifier, quantity, quantity_max, unit, amount_cents, currency, observed_on, observed_precision, status_text, url, quote, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", "TTTTITTTTTTTLLTLTTTTTTL");
    private final Batch citations = table("INSERT INTO citation (source_id, subject_type, subject_id, quote, locator, recorded_at) VALUES (?,?,?,?,?,?)", "TTTTTL");
    private final Batch revisions = table("INSERT INTO revision (" + Revisions.COLUMNS + ") VALUES (?,?,?,?,?,?,?)", "TTLTTLT");

    /** Changes this unit of work made to recorded subjects: one revision each, written at commit in subject order. */
    private final java.util.TreeMap<Subject, Change> changes = new java.util.TreeMap<>();
    /** The version at which this unit of work read each subject it changes (the writer's own, when it gave one). */
    private final Map<Subject, Long> read = new java.util.LinkedHashMap<>();
    /** What runs once this unit of work has committed. */
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** What this unit of work recorded or changed, in the order it did: what its audit record names. */
    private final Map<String, CommitWitness.Written> written = new java.util.LinkedHashMap<>();

    /** A change to one subject: its next version; several changes in one unit of work make one revision. */
    private static final class Change {
        final long version;
        final String action;
        final StringBuilder summary;
        final long recordedAt;
        final String recordedBy;

        Change(long version, String action, String summary, long recordedAt, String recordedBy) {
            this.version = version;
            this.action = action;
            this.summary = new StringBuilder(summary);
            this.recordedAt = recordedAt;
            this.recordedBy = recordedBy;
        }
    }

    public LedgerWriter(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.connection = handle.getConnection();
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The transaction's handle, for reads that must see what this unit of work has written (flush first). */
    public Handle handle() {
        flush();
        return handle;
    }

    /**
     * SQLite: write full chunks of a batch as multi-row INSERTs. Measured faster into tables whose secondary indexes are
     * dropped for a bulk load, slower into indexed ones (so off unless a bulk load turns it on).
     */
    public void multiRowInserts(boolean on) {
        flush();
        this.multiRow = on;
    }

    /** The ledger tables this writer has written rows to so far (reference-data upserts not counted). */
    Set<String> tablesWritten() {
        Set<String> tables = new LinkedHashSet<>();
        for (Batch b : order) if (b.written) tables.add(b.table);
        return tables;
    }

    /**
     * The ledger tables this writer has written rows to so far whose references the database must check (reference-data
     * upserts not counted): every table written, except ledger_entry while each of its rows was a commitment that only
     * repeats a line written before it and that line's pledge (their references are the line's, which are checked).
     */
    Set<String> tablesToVerify() {
        Set<String> tables = new LinkedHashSet<>();
        for (Batch b : order) if (b.written && !(b == entries && entriesOnlyMirrorLines)) tables.add(b.table);
        return tables;
    }

    /** Releases the prepared statements; the transaction itself is the caller's. */
    void close() {
        for (Batch b : order) b.close();
        try {
            if (commitmentsFromLines != null) commitmentsFromLines.close();
        } catch (SQLException ignored) {
            // closing a statement of a finished transaction: nothing left to lose
        }
    }

    private Batch table(String sql, String types) {
        Batch b = new Batch(sql, types);
        order.add(b);
        return b;
    }

    public void batch(ImportBatch b) {
        wrote("import", b.id(), 0, b.format() + ": " + b.rowCount() + " rows from " + b.fileName());
        add(batches, b.id(), b.format(), b.fileName(), b.sha256(), b.rowCount(), b.recordedAt(), b.recordedBy());
    }

    public void source(Source s) {
        if (s.batchId() == null) wrote("source", s.id(), 0, "recorded");
        add(sources, s.id(), s.kind().code(), s.title(), s.publisher(), s.url(),
                s.publishedOn() == null ? null : s.publishedOn().toString(), s.contentHash(), s.enteredBy(), s.batchId(), s.recordedAt());
    }

    public void meeting(Meeting m) {
        wrote("meeting", m.id(), 0, "recorded");
        add(meetings, m.id(), m.heldOn().toString(), m.place(), m.title(), m.format(), m.recordedAt(), m.recordedBy());
    }

    public void pledge(Pledge p) {
        add(pledges, pledgeParams(p, dates));
        firstVersion(Subject.pledge(p.id()), p.batchId(), "pledge recorded", p.recordedAt(), p.recordedBy());
    }

    public void line(PledgeLine l) {
        add(lines, lineParams(l));
        firstVersion(Subject.line(l.id()), l.batchId(), "line recorded", l.recordedAt(), l.recordedBy());
    }

    public void entry(LedgerEntry e) {
        totals.add(e);
        entriesOnlyMirrorLines = false;
        add(entries, entryParams(e, dates));
    }

    private static Object[] pledgeParams(Pledge p, IsoDates dates) {
        return new Object[] {p.id(), p.donorCode(), p.aidType().code(), p.title(), dates.iso(p.announced()), p.announced().precision().code(),
            p.meetingId(), p.visibility().code(), p.supersedesId(), p.batchId(), p.sourceRow(), p.recordedAt(), p.recordedBy()};
    }

    private static Object[] lineParams(PledgeLine l) {
        return new Object[] {l.id(), l.pledgeId(), l.lineNo(), l.itemId(), l.itemText(), l.category(), l.quantity().qualifier().code(),
            l.quantity().value(), l.quantity().max(), l.value() == null ? null : l.value().cents(),
            l.value() == null ? null : l.value().currency(), l.fundingRoute().code(), l.supersedesId(), l.batchId(),
            l.sourceRow(), l.recordedAt(), l.recordedBy()};
    }

    /**
     * A bulk load's pledges, lines and postings, gathered on another thread than the transaction's (a parser's) and
     * written with {@link #write(BulkRows)}: the rows are turned into parameters (PostgreSQL: into COPY data) and the
     * postings summed for the running totals there, so the transaction's thread only hands them to the database.
     */
    public BulkRows bulkRows() {
        return new BulkRows(dialect == Dialect.POSTGRES, new PostingTotals(), null, new int[] {16, 16, 16});
    }

    /**
     * Rows of pledge, pledge_line and ledger_entry prepared off the transaction's thread; one thread fills one, then
     * goes on with {@link #next()}. The sums of the postings stay with the last of such a sequence, so they are added up
     * once, not once per chunk.
     */
    public final class BulkRows {
        private final boolean copy;
        private final IsoDates rowDates = new IsoDates();
        private final PostingTotals rowTotals;
        private boolean carriesTotals = true;
        private final List<Object[]> pledgeRows;
        private final List<Object[]> lineRows;
        private final List<Object[]> entryRows;
        private final CopyText pledgeCopy;
        private final CopyText lineCopy;
        private final CopyText entryCopy;
        private int pledgeCount;
        private int lineCount;
        private int entryCount;
        /** The pledge most recently added (in this sequence): the parent of the lines that follow it. */
        private Pledge lastPledge;
        /** SQLite: commitments left to the database to derive from their lines, while every one so far could be. */
        private final List<LedgerEntry> derived;
        private boolean deriving;
        /** Whether every entry so far is the commitment of the line added just before it, repeating it and its pledge. */
        private boolean mirrorsLines = true;
        /** Revision rows (version 1) of the pledges and lines of no import batch. */
        private final List<Object[]> firstVersions = new ArrayList<>(0);

        /** {@code sizes}: rows of each table the previous rows of the sequence had (room made at once, not grown). */
        private BulkRows(boolean copy, PostingTotals totals, Pledge lastPledge, int[] sizes) {
            this.copy = copy;
            this.rowTotals = totals;
            this.lastPledge = lastPledge;
            this.deriving = !copy;
            this.pledgeRows = new ArrayList<>(copy ? 0 : sizes[0]);
            this.lineRows = new ArrayList<>(copy ? 0 : sizes[1]);
            this.entryRows = new ArrayList<>(copy ? 0 : sizes[2]);
            this.derived = new ArrayList<>(copy ? 0 : sizes[1]);
            this.pledgeCopy = copy ? new CopyText() : null;
            this.lineCopy = copy ? new CopyText() : null;
            this.entryCopy = copy ? new CopyText() : null;
        }

        public void pledge(Pledge p) {
            Object[] row = pledgeParams(p, rowDates);
            if (copy) pledgeCopy.add(row);
            else pledgeRows.add(row);
            pledgeCount++;
            lastPledge = p;
            versioned(p.batchId(), Subject.pledge(p.id()), "pledge recorded", p.recordedAt(), p.recordedBy());
        }

        public void line(PledgeLine l) {
            Object[] row = lineParams(l);
            if (copy) lineCopy.add(row);
            else lineRows.add(row);
            lineCount++;
            versioned(l.batchId(), Subject.line(l.id()), "line recorded", l.recordedAt(), l.recordedBy());
        }

        /** A row of an import batch is at version 1 with no revision row (its batch says who recorded it, and when). */
        private void versioned(String batchId, Subject s, String summary, long at, String by) {
            if (batchId == null) firstVersions.add(new Object[] {s.type().code, s.id(), 1L, Revision.RECORDED, summary, at, by});
        }

        public void entry(LedgerEntry e) {
            rowTotals.add(e);
            mirrorsLines = false;
            stopDeriving();
            addEntryRow(e);
        }

        /**
         * A line and the commitment that posts it. On SQLite, when the commitment says nothing but what the line and
         * its pledge (added before it) already say, as a pledge-lines load's do, its row is not bound value by value:
         * the database copies it from the line and the pledge once they are written ({@link #write(BulkRows)}).
         */
        public void line(PledgeLine l, LedgerEntry commitment) {
            line(l);
            rowTotals.add(commitment);
            boolean mirror = isCommitmentOf(commitment, l, lastPledge);
            if (deriving && mirror) {
                derived.add(commitment);
                entryCount++;
                return;
            }
            if (!mirror) mirrorsLines = false;
            stopDeriving();
            addEntryRow(commitment);
        }

        private void addEntryRow(LedgerEntry e) {
            Object[] row = entryParams(e, rowDates);
            if (copy) entryCopy.add(row);
            else entryRows.add(row);
            entryCount++;
        }

        /** From here on every entry is written as given; those derived so far become rows, in their order. */
        private void stopDeriving() {
            deriving = false;
            if (derived.isEmpty()) return;
            entryCount -= derived.size();
            for (LedgerEntry d : derived) addEntryRow(d);
            derived.clear();
        }

        /** Rows gathered, all tables. */
        public int size() {
            return pledgeCount + lineCount + entryCount;
        }

        /**
         * Empty rows that continue these (to be written after them): the postings' sums go on there, so whatever is
         * written, the last of the sequence must be too, even empty.
         */
        public BulkRows next() {
            carriesTotals = false;
            encode();
            return new BulkRows(copy, rowTotals, lastPledge, new int[] {pledgeCount, lineCount, entryCount});
        }

        /**
         * Marks these as the last rows of their sequence: what is left to prepare (the COPY data, the order of the
         * postings' sums) is done here, on the filling thread, rather than on the writing one.
         */
        public void last() {
            encode();
            if (carriesTotals) rowTotals.sort();
        }

        private void encode() {
            if (copy) {
                pledgeCopy.seal();
                lineCopy.seal();
                entryCopy.seal();
            }
        }
    }

    /**
     * Whether {@code e} is exactly the commitment that {@link #COMMITMENTS_FROM_LINES} copies from line {@code l} and its
     * pledge {@code p}: every column of the entry equal to the one it would be copied from.
     */
    private static boolean isCommitmentOf(LedgerEntry e, PledgeLine l, Pledge p) {
        return p != null && e.kind() == EntryKind.COMMITMENT && e.id() == null && p.id().equals(l.pledgeId())
                && l.pledgeId().equals(e.pledgeId()) && l.id().equals(e.lineId())
                && p.donorCode().equals(e.donorCode()) && p.aidType() == e.aidType() && p.announced().equals(e.happened())
                && Objects.equals(l.itemId(), e.itemId()) && l.category().equals(e.category()) && l.quantity().equals(e.quantity())
                && Objects.equals(l.value() == null ? null : l.value().cents(), e.amountCents())
                && Objects.equals(l.value() == null ? null : l.value().currency(), e.currency())
                && e.route() == null && e.visibility() == Visibility.PUBLIC && e.reversesId() == null && e.note() == null
                && Objects.equals(l.batchId(), e.batchId()) && Objects.equals(l.sourceRow(), e.sourceRow())
                && l.recordedAt() == e.recordedAt() && Objects.equals(l.recordedBy(), e.recordedBy());
    }

    /**
     * SQLite: the commitments of the lines written after pledge_line's row ?4, copied from each line and its pledge, in
     * the lines' order (so their ids follow the file). Kind, visibility and the empty columns are parameters.
     */
    private static final String COMMITMENTS_FROM_LINES = "INSERT INTO ledger_entry (kind, pledge_id, line_id, donor_code, aid_type, "
            + "item_id, category, qualifier, quantity, quantity_max, amount_cents, currency, happened_on, happened_precision, route, "
            + "visibility, reverses_id, note, batch_id, source_row, recorded_at, recorded_by) "
            + "SELECT ?1, l.pledge_id, l.id, p.donor_code, p.aid_type, l.item_id, l.category, l.qualifier, l.quantity, l.quantity_max, "
            + "l.value_cents, l.value_currency, p.announced_on, p.announced_precision, ?2, ?3, ?2, ?2, l.batch_id, l.source_row, "
            + "l.recorded_at, l.recorded_by FROM pledge_line l JOIN pledge p ON p.id = l.pledge_id WHERE l.rowid > ?4 ORDER BY l.rowid";

    /** PostgreSQL: rows as COPY text, encoded as UTF-8 once they are complete. */
    private static final class CopyText {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private byte[] bytes;

        void add(Object[] row) {
            PgCopyText.appendRow(text, row);
        }

        void seal() {
            if (bytes == null) bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes rows gathered by {@link #bulkRows()}, after what already waits, parents first. PostgreSQL: one COPY per
     * table; SQLite: the rows join the waiting batches, and derived commitments follow their lines at once.
     */
    public void write(BulkRows rows) {
        if (rows.carriesTotals) totals.addAll(rows.rowTotals);
        for (Object[] r : rows.firstVersions) add(revisions, r);
        if (rows.size() == 0) return;
        if (rows.entryCount > 0 && !rows.mirrorsLines) entriesOnlyMirrorLines = false;
        if (rows.copy) {
            flush();
            pledges.copy(connection, rows.pledgeCopy, rows.pledgeCount);
            lines.copy(connection, rows.lineCopy, rows.lineCount);
            entries.copy(connection, rows.entryCopy, rows.entryCount);
        } else if (!rows.derived.isEmpty()) {
            flush();
            long after = lastRowid("pledge_line");
            pledges.rows.addAll(rows.pledgeRows);
            lines.rows.addAll(rows.lineRows);
            pending += rows.pledgeCount + rows.lineCount;
            flush();
            insertCommitments(after, rows.derived.size());
            return;
        } else {
            pledges.rows.addAll(rows.pledgeRows);
            lines.rows.addAll(rows.lineRows);
            entries.rows.addAll(rows.entryRows);
            pending += rows.size();
        }
        if (pending >= FLUSH_AT) flush();
    }

    private long lastRowid(String table) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(rowid), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException ex) {
            throw new StorageException("cannot write: " + ex.getMessage(), ex);
        }
    }

    /** SQLite: the commitments of the lines written after row {@code after} of pledge_line; there must be {@code expected}. */
    private void insertCommitments(long after, int expected) {
        try {
            if (commitmentsFromLines == null) commitmentsFromLines = connection.prepareStatement(COMMITMENTS_FROM_LINES);
            commitmentsFromLines.setString(1, EntryKind.COMMITMENT.code());
            commitmentsFromLines.setNull(2, Types.VARCHAR);
            commitmentsFromLines.setString(3, Visibility.PUBLIC.code());
            commitmentsFromLines.setLong(4, after);
            int n = commitmentsFromLines.executeUpdate();
            entries.written = true;
            if (n != expected) throw new StorageException("cannot write: " + n + " commitments for " + expected + " lines", null);
        } catch (SQLException ex) {
            throw new StorageException("cannot write: " + ex.getMessage(), ex);
        }
    }

    /** Inserts one entry at once and returns its id (for citing it, or reversing it later). */
    public long entryReturningId(LedgerEntry e) {
        flush();
        entriesOnlyMirrorLines = false;
        try (PreparedStatement ps = connection.prepareStatement(entries.sql, Statement.RETURN_GENERATED_KEYS)) {
            entries.bind(ps, entryParams(e, dates));
            ps.executeUpdate();
            totals.add(e);
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new IllegalStateException("the database returned no id for a new entry");
                return keys.getLong(1);
            }
        } catch (SQLException ex) {
            throw new StorageException("cannot record a ledger entry: " + ex.getMessage(), ex);
        }
    }

    private static Object[] entryParams(LedgerEntry e, IsoDates dates) {
        return new Object[] {e.kind().code(), e.pledgeId(), e.lineId(), e.donorCode(), e.aidType().code(), e.itemId(),
            e.category(), e.quantity().qualifier().code(), e.quantity().value(), e.quantity().max(), e.amountCents(),
            e.currency(), dates.iso(e.happened()), e.happened().precision().code(), e.route(), e.visibility().code(),
            e.reversesId(), e.note(), e.batchId(), e.sourceRow(), e.recordedAt(), e.recordedBy()};
    }

    public void link(PledgeLink l) {
        add(links, l.pledgeId(), l.sameAsId(), l.reason(), l.recordedAt(), l.recordedBy());
    }

    public void retraction(Retraction r) {
        add(retractions, r.subjectType(), r.subjectId(), r.reason(), r.recordedAt(), r.recordedBy());
    }

    public void need(Need n) {
        add(needs, n.id(), n.capability(), n.itemId(), n.category(), n.description(), n.quantity().qualifier().code(),
                n.quantity().value(), n.quantity().max(), n.priority(), n.neededBy() == null ? null : n.neededBy().toString(),
                n.stated().isoDate(), n.stated().precision().code(), n.visibility().code(), n.supersedesId(), n.recordedAt(), n.recordedBy());
        created(Subject.need(n.id()), "need recorded", n.recordedAt(), n.recordedBy());
    }

    public void needStatus(NeedStatusChange s) {
        add(needStatuses, s.needId(), s.status().code(), s.changedOn() == null ? null : s.changedOn().toString(), s.note(),
                s.recordedAt(), s.recordedBy());
    }

    public void observation(Observation o) {
        add(observations, o.id(), o.dataset(), o.sourceId(), o.batchId(), o.sourceRow(), o.donorCode(), o.donorText(),
                o.itemId(), o.itemText(), o.category(), o.measure(), o.quantity().qualifier().code(), o.quantity().value(),
                o.quantity().max(), o.unit(), o.amountCents(), o.currency(), o.observed().isoDate(), o.observed().precision().code(),
                o.statusText(), o.url(), o.quote(), o.recordedAt());
    }

    public void citation(Citation c) {
        add(citations, c.sourceId(), c.subjectType(), c.subjectId(), c.quote(), c.locator(), c.recordedAt());
    }

    // ---------------------------------------------------------------- versions

    /**
     * Version 1 of a subject recorded in this unit of work: a revision row naming who recorded it. A row of an import
     * batch has none: like a posting, it is at version 1 while no revision is stored ({@link Revisions}), and its batch
     * says who recorded it and when, so a million-line load writes no million more rows.
     */
    private void firstVersion(Subject s, String batchId, String summary, long at, String by) {
        if (batchId == null) created(s, summary, at, by);
    }

    /** Version 1 of a subject this unit of work recorded (with a table of its own, such as a claim). */
    public void created(Subject s, String summary, long at, String by) {
        wrote(s.type().code, s.id(), 1, Revision.RECORDED);
        add(revisions, s.type().code, s.id(), 1L, Revision.RECORDED, summary, at, by);
    }

    /**
     * Checks a change against the version of {@code s} its writer read (policy: {@link VersionPolicy}), before anything
     * of the change is written: refused with what changed since when stale ({@code StaleVersionException}), or for want
     * of a version ({@code VersionRequiredException}). Returns the current version.
     */
    public long expect(Subject s, Expected expected) {
        long current = version(s);
        read.putIfAbsent(s, current);
        Revisions.check(handle(), s, expected, current);
        return current;
    }

    /**
     * Records that this unit of work relies on {@code s} being at {@code version} (known from what it read, e.g. a posting
     * found unreversed is at version 1), without reading it: its change is then that version's next.
     */
    public void basedOn(Subject s, long version) {
        read.putIfAbsent(s, version);
    }

    /**
     * Appends the next version of {@code s}, recording a change made in this unit of work (written at commit): the next
     * of the version this unit of work read it at ({@link #expect}, {@link #basedOn}; read now if neither was called, so
     * a change that depends on what it reads of a subject must read its version first). Two writers who read the same
     * version cannot both succeed: the revision's key (subject, version) takes one of them. Several changes to one subject
     * in one unit of work are one revision, their summaries joined.
     */
    public void revise(Subject s, String action, String summary, long at, String by) {
        Change c = changes.get(s);
        if (c != null) {
            c.summary.append("; ").append(summary);
            return;
        }
        Long base = read.get(s);
        if (base == null) {
            base = version(s);
            read.put(s, base);
        }
        Change change = new Change(VersionPolicy.next(base), action, summary, at, by);
        changes.put(s, change);
        wrote(s.type().code, s.id(), change.version, action);
    }

    /** The version of {@code s} as this unit of work sees it. */
    public long version(Subject s) {
        Change c = changes.get(s);
        return c != null ? c.version : Revisions.current(handle(), s);
    }

    /** The version at which this unit of work read each subject it checked or changed. */
    Map<Subject, Long> versionsRead() {
        return read;
    }

    private void wrote(String type, String id, long version, String what) {
        written.put(type + "\u0000" + id, new CommitWitness.Written(type, id, version, what));
    }

    /** What this unit of work recorded or changed: each subject once, as it last stood. */
    List<CommitWitness.Written> written() {
        return List.copyOf(written.values());
    }

    /** Runs {@code r} once this unit of work has committed (never, if it rolls back). */
    void afterCommit(Runnable r) {
        afterCommit.add(r);
    }

    List<Runnable> afterCommit() {
        return afterCommit;
    }

    /** The changes' revisions, in subject order. */
    private void writeRevisions() {
        for (var e : changes.entrySet()) {
            Change c = e.getValue();
            add(revisions, e.getKey().type().code, e.getKey().id(), c.version, c.action, c.summary.toString(), c.recordedAt, c.recordedBy);
        }
        changes.clear();
        flush();
    }

    /** Donors are reference data: insert, or refresh name and aliases. */
    public void donor(Donor d) {
        flush();
        String sql = "INSERT INTO donor (code, name, kind, iso2, aliases) VALUES (?,?,?,?,?) "
                + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, iso2 = excluded.iso2, aliases = excluded.aliases";
        execute(sql, "TTTTT", d.code(), d.name(), d.kind(), d.iso2(), String.join("|", d.aliases()));
    }

    /** Catalogue entries are reference data: insert, or refresh. */
    public void catalogItem(CatalogItem c) {
        flush();
        String sql = "INSERT INTO catalog_item (id, name, category, coalition, origin, aliases, unit_price_eur, unit_price_source, verified, notes) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?) "
                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, category = excluded.category, coalition = excluded.coalition, "
                + "origin = excluded.origin, aliases = excluded.aliases, unit_price_eur = excluded.unit_price_eur, "
                + "unit_price_source = excluded.unit_price_source, verified = excluded.verified, notes = excluded.notes";
        execute(sql, "TTTTTTLTIT", c.id(), c.name(), c.category(), c.coalition(), c.origin(), String.join("|", c.aliases()),
                c.unitPriceEurCents(), c.unitPriceSource(), c.verified() ? 1 : 0, c.notes());
    }

    private void execute(String sql, String types, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            new Batch(sql, types).bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StorageException("cannot write: " + ex.getMessage(), ex);
        }
    }

    private void add(Batch batch, Object... params) {
        batch.rows.add(params);
        if (++pending >= FLUSH_AT) flush();
    }

    /** Writes every waiting row and adds this unit of work's postings to the running totals: the last step before commit. */
    void finish() {
        flush();
        writeRevisions();
        totals.write(connection, dialect);
    }

    /** Writes every waiting row, parents first. Called before reads inside the transaction and at commit. */
    public void flush() {
        if (pending == 0) return;
        for (Batch b : order) b.flush(connection, dialect, multiRow);
        pending = 0;
    }

    private static final class Batch {
        /** SQLite: distinct multi-row statements kept per batch (one per set of columns bound once per chunk). */
        private static final int MAX_SHAPES = 16;

        final String sql;
        final String types;
        final String table;
        final String columns;
        final List<Object[]> rows = new ArrayList<>();
        PreparedStatement statement;
        /** SQLite: multi-row INSERTs by the set of columns whose value is bound once for the whole chunk (bit i: column i). */
        final Map<Long, PreparedStatement> multiRow = new HashMap<>();
        boolean written;

        Batch(String sql, String types) {
            this.sql = sql;
            this.types = types;
            int into = sql.indexOf("INTO ") + 5;
            int open = sql.indexOf('(', into);
            this.table = sql.substring(into, open).trim();
            this.columns = sql.substring(open + 1, sql.indexOf(')', open));
        }

        void bind(PreparedStatement ps, Object[] params) throws SQLException {
            for (int i = 0; i < params.length; i++) bindValue(ps, i + 1, params[i], types.charAt(i));
        }

        static void bindValue(PreparedStatement ps, int at, Object v, char t) throws SQLException {
            if (v == null) {
                ps.setNull(at, t == 'T' ? Types.VARCHAR : t == 'I' ? Types.INTEGER : Types.BIGINT);
            } else if (t == 'T') {
                ps.setString(at, v.toString());
            } else if (t == 'I') {
                ps.setInt(at, ((Number) v).intValue());
            } else {
                ps.setLong(at, ((Number) v).longValue());
            }
        }

        void flush(Connection connection, Dialect dialect, boolean multiRowAllowed) {
            if (rows.isEmpty()) return;
            written = true;
            try {
                int from = 0;
                if (dialect == Dialect.POSTGRES && rows.size() >= COPY_AT) {
                    copy(connection);
                    from = rows.size();
                } else if (multiRowAllowed && dialect == Dialect.SQLITE && rows.size() >= ROWS_PER_STATEMENT) {
                    from = insertMultiRow(connection);
                }
                if (from < rows.size()) {
                    if (statement == null) statement = connection.prepareStatement(sql);
                    for (int r = from; r < rows.size(); r++) {
                        bind(statement, rows.get(r));
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
            } catch (SQLException ex) {
                throw new StorageException("cannot write: " + rootMessage(ex), ex);
            } finally {
                rows.clear();
            }
        }

        private CopyIn startCopy(Connection connection) throws SQLException {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        }

        /** PostgreSQL: the waiting rows as one COPY in text format, on the transaction's own connection. */
        private void copy(Connection connection) throws SQLException {
            CopyIn in = startCopy(connection);
            try {
                StringBuilder text = new StringBuilder(64 * 1024);
                for (Object[] row : rows) {
                    PgCopyText.appendRow(text, row);
                    if (text.length() >= 60 * 1024) {
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        in.writeToCopy(bytes, 0, bytes.length);
                        text.setLength(0);
                    }
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                if (bytes.length > 0) in.writeToCopy(bytes, 0, bytes.length);
                in.endCopy();
            } finally {
                if (in.isActive()) in.cancelCopy();
            }
        }

        /** PostgreSQL: rows already in COPY text form, as one COPY. */
        void copy(Connection connection, CopyText data, int count) {
            if (count == 0) return;
            written = true;
            data.seal();
            try {
                CopyIn in = startCopy(connection);
                try {
                    in.writeToCopy(data.bytes, 0, data.bytes.length);
                    in.endCopy();
                } finally {
                    if (in.isActive()) in.cancelCopy();
                }
            } catch (SQLException ex) {
                throw new StorageException("cannot write: " + rootMessage(ex), ex);
            }
        }

        /**
         * SQLite: whole chunks of rows as one multi-row INSERT each (one native step per chunk); returns rows written. A
         * value that every row of a chunk shares (the batch, the recording time, a code, a NULL) is bound once, as a
         * numbered parameter the chunk's rows all name, instead of once per row: fewer calls into the driver.
         */
        private int insertMultiRow(Connection connection) throws SQLException {
            int chunks = rows.size() / ROWS_PER_STATEMENT;
            int width = types.length();
            for (int c = 0; c < chunks; c++) {
                int first = c * ROWS_PER_STATEMENT;
                long bound = shapeFor(connection, sharedColumns(first, width));
                PreparedStatement ps = multiRow.get(bound);
                int at = 1;
                Object[] head = rows.get(first);
                for (int i = 0; i < width; i++) if ((bound & 1L << i) != 0) bindValue(ps, at++, head[i], types.charAt(i));
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                    Object[] row = rows.get(first + r);
                    for (int i = 0; i < width; i++) if ((bound & 1L << i) == 0) bindValue(ps, at++, row[i], types.charAt(i));
                }
                ps.executeUpdate();
            }
            return chunks * ROWS_PER_STATEMENT;
        }

        /** Columns (bit i: column i, for the first 64) whose value is the same in every row of the chunk at {@code first}. */
        private long sharedColumns(int first, int width) {
            long shared = width >= 64 ? -1L : (1L << width) - 1;
            Object[] head = rows.get(first);
            for (int r = 1; r < ROWS_PER_STATEMENT && shared != 0; r++) {
                Object[] row = rows.get(first + r);
                for (int i = 0; i < width && i < 64; i++) {
                    if ((shared & 1L << i) != 0 && !java.util.Objects.equals(head[i], row[i])) shared &= ~(1L << i);
                }
            }
            return shared;
        }

        /**
         * The columns bound once for a chunk sharing {@code shared}, with its statement prepared: those very columns while
         * there is room for another statement, else the kept statement's that shares the most of them (at worst none:
         * every value bound per row).
         */
        private long shapeFor(Connection connection, long shared) throws SQLException {
            if (multiRow.containsKey(shared)) return shared;
            if (multiRow.size() < MAX_SHAPES - 1 || shared == 0) return prepareMultiRow(connection, shared);
            long best = 0;
            int bestBits = -1;
            for (long m : multiRow.keySet()) {
                if ((m & ~shared) == 0 && Long.bitCount(m) > bestBits) {
                    best = m;
                    bestBits = Long.bitCount(m);
                }
            }
            return multiRow.containsKey(best) ? best : prepareMultiRow(connection, 0);
        }

        private long prepareMultiRow(Connection connection, long shared) throws SQLException {
            int width = types.length();
            int[] sharedAt = new int[width];
            int next = 1;
            for (int i = 0; i < width; i++) if ((shared & 1L << i) != 0) sharedAt[i] = next++;
            StringBuilder s = new StringBuilder(sql.substring(0, sql.indexOf(" VALUES ") + 8));
            for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                s.append(r == 0 ? "(" : ",(");
                for (int i = 0; i < width; i++) {
                    if (i > 0) s.append(',');
                    s.append('?').append(sharedAt[i] != 0 ? sharedAt[i] : next++);
                }
                s.append(')');
            }
            multiRow.put(shared, connection.prepareStatement(s.toString()));
            return shared;
        }

        void close() {
            try {
                if (statement != null) statement.close();
                for (PreparedStatement ps : multiRow.values()) ps.close();
            } catch (SQLException ignored) {
                // closing a statement of a finished transaction: nothing left to lose
            }
        }

        private static String rootMessage(SQLException ex) {
            SQLException next = ex.getNextException();
            return next != null ? next.getMessage() : ex.getMessage();
        }
    }
}
