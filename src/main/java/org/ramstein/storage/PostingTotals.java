package org.ramstein.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Qualifier;

/**
 * Keeps the running totals of the postings ({@code posting_month_totals}, {@code posting_item_totals}; see migration V3)
 * in step with ledger_entry: a unit of work adds up what it posts, then adds those sums to the stored ones just before
 * it commits, so the totals and the postings they sum are committed together or not at all. Keys are written in sorted
 * order, so two transactions adding to the same totals wait for each other instead of deadlocking.
 */
public final class PostingTotals {
    /** UTC day of a recorded_at in microseconds. */
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    private static final String MEASURES = "quantity, ceiling, n_exact, n_unspecified, n_up_to, n_other, postings";
    private static final String ADD = " DO UPDATE SET quantity = %1$s.quantity + excluded.quantity, ceiling = %1$s.ceiling + excluded.ceiling, "
            + "n_exact = %1$s.n_exact + excluded.n_exact, n_unspecified = %1$s.n_unspecified + excluded.n_unspecified, "
            + "n_up_to = %1$s.n_up_to + excluded.n_up_to, n_other = %1$s.n_other + excluded.n_other, postings = %1$s.postings + excluded.postings";
    private static final String MONTH_KEYS = "kind, donor_code, category, visibility, happened_month, recorded_day";
    private static final String ITEM_KEYS = "kind, donor_code, category, item_id, visibility, recorded_day";

    private final Map<List<Object>, long[]> byMonth = new HashMap<>();
    private final Map<List<Object>, long[]> byItem = new HashMap<>();

    /** Adds one posting to the pending sums. */
    void add(LedgerEntry e) {
        String kind = e.kind().code();
        String visibility = e.visibility().code();
        String on = e.happened().isoDate();
        String month = on == null ? "" : on.substring(0, 7);
        long day = Math.floorDiv(e.recordedAt(), MICROS_PER_DAY);
        String item = e.itemId() == null ? "" : e.itemId();
        long[] delta = delta(e);
        addTo(byMonth, Arrays.asList(kind, e.donorCode(), e.category(), visibility, month, day), delta);
        addTo(byItem, Arrays.asList(kind, e.donorCode(), e.category(), item, visibility, day), delta);
    }

    private static long[] delta(LedgerEntry e) {
        long sign = e.reversesId() == null ? 1 : -1;
        Long q = e.quantity().value();
        Long max = e.quantity().max();
        Qualifier qualifier = e.quantity().qualifier();
        return new long[] {q == null ? 0 : q, max != null ? max : q == null ? 0 : q,
            qualifier == Qualifier.EXACT ? sign : 0, qualifier == Qualifier.UNSPECIFIED ? sign : 0,
            qualifier == Qualifier.UP_TO ? sign : 0, qualifierIsOther(qualifier) ? sign : 0, 1};
    }

    /** The qualifier classes the totals count apart: exact, unspecified, up to, and the rest (more than, about, range). */
    private static boolean qualifierIsOther(Qualifier q) {
        return q != Qualifier.EXACT && q != Qualifier.UNSPECIFIED && q != Qualifier.UP_TO;
    }

    private static void addTo(Map<List<Object>, long[]> sums, List<Object> key, long[] delta) {
        long[] s = sums.computeIfAbsent(key, k -> new long[delta.length]);
        for (int i = 0; i < delta.length; i++) s[i] += delta[i];
    }

    boolean isEmpty() {
        return byMonth.isEmpty();
    }

    /** Adds the pending sums to the stored totals, on the unit of work's connection, and forgets them. */
    void write(Connection c) {
        if (byMonth.isEmpty()) return;
        try {
            upsert(c, "posting_month_totals", MONTH_KEYS, "TTTTTL", byMonth);
            upsert(c, "posting_item_totals", ITEM_KEYS, "TTTTTL", byItem);
        } catch (SQLException ex) {
            throw new StorageException("cannot update the posting totals: " + ex.getMessage(), ex);
        } finally {
            byMonth.clear();
            byItem.clear();
        }
    }

    private static void upsert(Connection c, String table, String keys, String types, Map<List<Object>, long[]> sums) throws SQLException {
        List<Map.Entry<List<Object>, long[]>> rows = new ArrayList<>(sums.entrySet());
        rows.sort((a, b) -> compareKeys(a.getKey(), b.getKey()));
        String sql = "INSERT INTO " + table + " (" + keys + ", " + MEASURES + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT ("
                + keys + ")" + ADD.formatted(table);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (Map.Entry<List<Object>, long[]> row : rows) {
                List<Object> key = row.getKey();
                for (int i = 0; i < key.size(); i++) {
                    if (types.charAt(i) == 'T') ps.setString(i + 1, (String) key.get(i));
                    else ps.setLong(i + 1, (Long) key.get(i));
                }
                long[] m = row.getValue();
                for (int i = 0; i < m.length; i++) ps.setLong(key.size() + i + 1, m[i]);
                ps.addBatch();
                if (++n % 4_096 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) return c;
        }
        return 0;
    }

    /**
     * Recomputes every total from ledger_entry, for loads that write postings without this writer (a restored export).
     * The same arithmetic as migration V3.
     */
    public static void rebuild(Connection c) {
        String net = "(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END)";
        String sums = "COALESCE(SUM(quantity), 0), COALESCE(SUM(COALESCE(quantity_max, quantity)), 0), "
                + "SUM(CASE WHEN qualifier = 'exact' THEN " + net + " ELSE 0 END), "
                + "SUM(CASE WHEN qualifier = 'unspecified' THEN " + net + " ELSE 0 END), "
                + "SUM(CASE WHEN qualifier = 'up_to' THEN " + net + " ELSE 0 END), "
                + "SUM(CASE WHEN qualifier IN ('more_than', 'about', 'range') THEN " + net + " ELSE 0 END), COUNT(*)";
        String month = "COALESCE(substr(happened_on, 1, 7), '')";
        String day = "recorded_at / " + MICROS_PER_DAY;
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM posting_month_totals");
            s.execute("DELETE FROM posting_item_totals");
            s.execute("INSERT INTO posting_month_totals (" + MONTH_KEYS + ", " + MEASURES + ") SELECT kind, donor_code, category, visibility, "
                    + month + ", " + day + ", " + sums + " FROM ledger_entry GROUP BY kind, donor_code, category, visibility, " + month + ", " + day);
            s.execute("INSERT INTO posting_item_totals (" + ITEM_KEYS + ", " + MEASURES + ") SELECT kind, donor_code, category, "
                    + "COALESCE(item_id, ''), visibility, " + day + ", " + sums + " FROM ledger_entry "
                    + "GROUP BY kind, donor_code, category, COALESCE(item_id, ''), visibility, " + day);
        } catch (SQLException ex) {
            throw new StorageException("cannot rebuild the posting totals: " + ex.getMessage(), ex);
        }
    }
}
