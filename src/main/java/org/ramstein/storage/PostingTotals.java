package org.ramstein.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.ramstein.ledger.domain.LedgerEntry;

/**
 * Keeps the running totals of the postings ({@code posting_month_totals}, {@code posting_item_totals}; see migration V3)
 * in step with ledger_entry: a unit of work adds up what it posts, then adds those sums to the stored ones just before
 * it commits, so the totals and the postings they sum are committed together or not at all. Keys are written in sorted
 * order, so two transactions adding to the same totals wait for each other instead of deadlocking.
 */
public final class PostingTotals {
    /** UTC day of a recorded_at in microseconds. */
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    private static final List<String> SUMS = List.of("quantity", "ceiling", "n_exact", "n_unspecified", "n_up_to", "n_other", "postings");
    /** The item totals' measures; the month totals' add the same sums of the month's first half (days 1-15), "early_". */
    private static final String MEASURES = String.join(", ", SUMS);
    private static final String MONTH_MEASURES = MEASURES + ", " + String.join(", ", SUMS.stream().map(m -> "early_" + m).toList());
    /** The day of the month up to which a posting counts in its month's first half. */
    public static final int FIRST_HALF_LAST_DAY = 15;
    private static final String MONTH_KEYS = "kind, donor_code, category, visibility, happened_month, recorded_day";
    private static final String ITEM_KEYS = "kind, donor_code, category, item_id, visibility, recorded_day";

    /** Sums of this many keys or more go to PostgreSQL as one COPY and one set-based upsert instead of a batch of upserts. */
    static final int COPY_AT = 2_000;

    private Map<Key, long[]> byMonth = new HashMap<>();
    private Map<Key, long[]> byItem = new HashMap<>();
    /** The sums in key order, as {@link #sort()} left them; null once a sum has changed since. */
    private List<Map.Entry<Key, long[]>> sortedMonths;
    private List<Map.Entry<Key, long[]>> sortedItems;
    private final IsoDates dates = new IsoDates();

    /**
     * A key of either totals table, in its primary-key order: five texts and the recording day (month totals: kind,
     * donor, category, visibility, month; item totals: kind, donor, category, item, visibility).
     */
    /** " DO UPDATE SET m = table.m + excluded.m, ..." over the measures given. */
    private static String addTo(String table, String measures) {
        StringBuilder sb = new StringBuilder(" DO UPDATE SET ");
        String[] names = measures.split(", ");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names[i]).append(" = ").append(table).append('.').append(names[i]).append(" + excluded.").append(names[i]);
        }
        return sb.toString();
    }

    private record Key(String k1, String k2, String k3, String k4, String k5, long day) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = k1.compareTo(o.k1);
            if (c == 0) c = k2.compareTo(o.k2);
            if (c == 0) c = k3.compareTo(o.k3);
            if (c == 0) c = k4.compareTo(o.k4);
            if (c == 0) c = k5.compareTo(o.k5);
            return c != 0 ? c : Long.compare(day, o.day);
        }

        void bind(PreparedStatement ps, int offset) throws SQLException {
            ps.setString(offset + 1, k1);
            ps.setString(offset + 2, k2);
            ps.setString(offset + 3, k3);
            ps.setString(offset + 4, k4);
            ps.setString(offset + 5, k5);
            ps.setLong(offset + 6, day);
        }

        Object[] values() {
            return new Object[] {k1, k2, k3, k4, k5, day};
        }
    }

    /** Adds one posting to the pending sums. */
    void add(LedgerEntry e) {
        sortedMonths = null;
        sortedItems = null;
        String kind = e.kind().code();
        String visibility = e.visibility().code();
        String month = dates.month(e.happened());
        java.time.LocalDate date = e.happened().date();
        boolean firstHalf = date != null && date.getDayOfMonth() <= FIRST_HALF_LAST_DAY;
        long day = Math.floorDiv(e.recordedAt(), MICROS_PER_DAY);
        String item = e.itemId() == null ? "" : e.itemId();
        long sign = e.reversesId() == null ? 1 : -1;
        Long q = e.quantity().value();
        Long max = e.quantity().max();
        long quantity = q == null ? 0 : q;
        long ceiling = max != null ? max : quantity;
        int qualifierClass = switch (e.quantity().qualifier()) {
            case EXACT -> 2;
            case UNSPECIFIED -> 3;
            case UP_TO -> 4;
            default -> 5; // more than, about, range
        };
        long[] monthSums = byMonth.computeIfAbsent(new Key(kind, e.donorCode(), e.category(), visibility, month, day), k -> new long[14]);
        addTo(monthSums, 0, quantity, ceiling, qualifierClass, sign);
        if (firstHalf) addTo(monthSums, 7, quantity, ceiling, qualifierClass, sign);
        addTo(byItem.computeIfAbsent(new Key(kind, e.donorCode(), e.category(), item, visibility, day), k -> new long[7]),
                0, quantity, ceiling, qualifierClass, sign);
    }

    /** Measures from {@code at}: quantity, ceiling, n_exact, n_unspecified, n_up_to, n_other (each net of reversals), postings. */
    private static void addTo(long[] s, int at, long quantity, long ceiling, int qualifierClass, long sign) {
        s[at] += quantity;
        s[at + 1] += ceiling;
        s[at + qualifierClass] += sign;
        s[at + 6]++;
    }

    /** Adds sums gathered elsewhere (another thread's share of the same unit of work) to these. */
    void addAll(PostingTotals other) {
        if (byMonth.isEmpty() && byItem.isEmpty()) { // take them over as they are, sorted or not
            byMonth = other.byMonth;
            byItem = other.byItem;
            sortedMonths = other.sortedMonths;
            sortedItems = other.sortedItems;
            other.byMonth = new HashMap<>();
            other.byItem = new HashMap<>();
            other.sortedMonths = null;
            other.sortedItems = null;
            return;
        }
        sortedMonths = null;
        sortedItems = null;
        other.byMonth.forEach((k, v) -> merge(byMonth, k, v));
        other.byItem.forEach((k, v) -> merge(byItem, k, v));
    }

    /**
     * Puts the pending sums in key order now, on the calling thread (a bulk load's parser, once it has summed the
     * whole file), so that {@link #write} need not; any later change undoes it.
     */
    void sort() {
        sortedMonths = sorted(byMonth);
        sortedItems = sorted(byItem);
    }

    private static <K> void merge(Map<K, long[]> into, K key, long[] delta) {
        long[] s = into.putIfAbsent(key, delta);
        if (s != null) for (int i = 0; i < delta.length; i++) s[i] += delta[i];
    }

    boolean isEmpty() {
        return byMonth.isEmpty();
    }

    /** Adds the pending sums to the stored totals, on the unit of work's connection, and forgets them. */
    void write(Connection c, Dialect dialect) {
        if (byMonth.isEmpty()) return;
        try {
            List<Map.Entry<Key, long[]>> months = sortedMonths != null ? sortedMonths : sorted(byMonth);
            List<Map.Entry<Key, long[]>> items = sortedItems != null ? sortedItems : sorted(byItem);
            if (dialect == Dialect.POSTGRES && months.size() + items.size() >= COPY_AT) {
                copyUpsert(c, "posting_month_totals", MONTH_KEYS, MONTH_MEASURES, months, Key::values);
                copyUpsert(c, "posting_item_totals", ITEM_KEYS, MEASURES, items, Key::values);
            } else {
                upsert(c, dialect, "posting_month_totals", MONTH_KEYS, MONTH_MEASURES, months, Key::bind);
                upsert(c, dialect, "posting_item_totals", ITEM_KEYS, MEASURES, items, Key::bind);
            }
        } catch (SQLException ex) {
            throw new StorageException("cannot update the posting totals: " + ex.getMessage(), ex);
        } finally {
            byMonth.clear();
            byItem.clear();
            sortedMonths = null;
            sortedItems = null;
        }
    }

    private static <K extends Comparable<K>> List<Map.Entry<K, long[]>> sorted(Map<K, long[]> sums) {
        List<Map.Entry<K, long[]>> rows = new ArrayList<>(sums.entrySet());
        rows.sort(Map.Entry.comparingByKey());
        return rows;
    }

    private interface Binder<K> {
        /** Binds the key's six columns from parameter {@code offset + 1} on. */
        void bind(K key, PreparedStatement ps, int offset) throws SQLException;
    }

    /** SQLite: sums per multi-row upsert (one native step for all of them, still applied in their order). */
    private static final int ROWS_PER_UPSERT = 64;

    private static <K> void upsert(Connection c, Dialect dialect, String table, String keys, String measures, List<Map.Entry<K, long[]>> rows,
                                   Binder<K> binder) throws SQLException {
        String insert = "INSERT INTO " + table + " (" + keys + ", " + measures + ") VALUES ";
        int columns = 6 + measures.split(", ").length;
        String one = "(" + String.join(",", java.util.Collections.nCopies(columns, "?")) + ")";
        String onConflict = " ON CONFLICT (" + keys + ")" + addTo(table, measures);
        int from = 0;
        if (dialect == Dialect.SQLITE && rows.size() >= ROWS_PER_UPSERT) { // PostgreSQL's driver rewrites batches so already
            try (PreparedStatement ps = c.prepareStatement(insert + String.join(",", java.util.Collections.nCopies(ROWS_PER_UPSERT, one)) + onConflict)) {
                for (; from + ROWS_PER_UPSERT <= rows.size(); from += ROWS_PER_UPSERT) {
                    for (int r = 0; r < ROWS_PER_UPSERT; r++) bindRow(ps, rows.get(from + r), binder, r * columns);
                    ps.executeUpdate();
                }
            }
        }
        if (from == rows.size()) return;
        try (PreparedStatement ps = c.prepareStatement(insert + one + onConflict)) {
            int n = 0;
            for (Map.Entry<K, long[]> row : rows.subList(from, rows.size())) {
                bindRow(ps, row, binder, 0);
                ps.addBatch();
                if (++n % 4_096 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    private static <K> void bindRow(PreparedStatement ps, Map.Entry<K, long[]> row, Binder<K> binder, int offset) throws SQLException {
        binder.bind(row.getKey(), ps, offset);
        long[] m = row.getValue();
        for (int i = 0; i < m.length; i++) ps.setLong(offset + 7 + i, m[i]);
    }

    /**
     * PostgreSQL, many keys: the sums travel as one COPY into a transaction-local table, numbered in their sorted
     * order, and are added to the stored totals by one INSERT ... SELECT ... ORDER BY that number, so the rows are still
     * locked in the same order as by {@link #upsert}.
     */
    private static <K> void copyUpsert(Connection c, String table, String keys, String measures, List<Map.Entry<K, long[]>> rows,
                                       java.util.function.Function<K, Object[]> key) throws SQLException {
        String staging = "pg_temp." + table + "_delta";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + table + "_delta (seq integer, LIKE " + table + ") ON COMMIT DELETE ROWS");
            s.execute("TRUNCATE " + staging);
        }
        StringBuilder text = new StringBuilder(1 << 16);
        int seq = 0;
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + staging + " (seq, " + keys + ", " + measures + ") FROM STDIN");
        try {
            for (Map.Entry<K, long[]> row : rows) {
                text.append(seq++).append('\t');
                PgCopyText.appendRow(text, key.apply(row.getKey()), false);
                for (long m : row.getValue()) text.append('\t').append(m);
                text.append('\n');
                if (text.length() >= 60 * 1024) send(in, text);
            }
            send(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " (" + keys + ", " + measures + ") SELECT " + keys + ", " + measures + " FROM " + staging
                    + " ORDER BY seq ON CONFLICT (" + keys + ")" + addTo(table, measures));
        }
    }

    private static void send(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length > 0) in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /**
     * Recomputes every total from ledger_entry, for loads that write postings without this writer (a restored export).
     * The same arithmetic as migrations V3 and V10.
     */
    public static void rebuild(Connection c) {
        String sums = sums("1 = 1");
        String firstHalf = sums("substr(happened_on, 9, 2) <= '" + FIRST_HALF_LAST_DAY + "'");
        String month = "COALESCE(substr(happened_on, 1, 7), '')";
        String day = "recorded_at / " + MICROS_PER_DAY;
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM posting_month_totals");
            s.execute("DELETE FROM posting_item_totals");
            s.execute("INSERT INTO posting_month_totals (" + MONTH_KEYS + ", " + MONTH_MEASURES + ") SELECT kind, donor_code, category, visibility, "
                    + month + ", " + day + ", " + sums + ", " + firstHalf + " FROM ledger_entry GROUP BY kind, donor_code, category, visibility, "
                    + month + ", " + day);
            s.execute("INSERT INTO posting_item_totals (" + ITEM_KEYS + ", " + MEASURES + ") SELECT kind, donor_code, category, "
                    + "COALESCE(item_id, ''), visibility, " + day + ", " + sums + " FROM ledger_entry "
                    + "GROUP BY kind, donor_code, category, COALESCE(item_id, ''), visibility, " + day);
        } catch (SQLException ex) {
            throw new StorageException("cannot rebuild the posting totals: " + ex.getMessage(), ex);
        }
    }

    /** The seven sums over the postings that meet {@code condition}. */
    private static String sums(String condition) {
        String net = "(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)";
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN quantity ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " THEN COALESCE(quantity_max, quantity) ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " AND qualifier = 'exact' THEN " + net + " ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " AND qualifier = 'unspecified' THEN " + net + " ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " AND qualifier = 'up_to' THEN " + net + " ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " AND qualifier IN ('more_than', 'about', 'range') THEN " + net + " ELSE 0 END), 0), "
                + "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }
}
