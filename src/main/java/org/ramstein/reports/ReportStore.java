package org.ramstein.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.ramstein.ledger.AudienceSql;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.Meetings;
import org.ramstein.reports.domain.Needs;
import org.ramstein.reports.domain.Reconciliation;
import org.ramstein.reports.domain.Valuation;
import org.ramstein.storage.PostingTotals;

/**
 * The reports' reads. Every question honours the two clocks (asOf on happened_on, knownAt on recorded_at), counts a
 * re-announced package once (its pledge_link excludes it), and keeps to the rows its {@link Audience} may see (see
 * {@link AudienceSql}): the same filter on the postings and on the running totals, so no total counts a hidden row.
 */
public final class ReportStore {
    private final Jdbi jdbi;

    public ReportStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Postings' filter on alias {@code e}: the clocks, the audience, and the same-as exclusion (bind with {@link #bind}). */
    static String postingFilter(TimeFilter time, Audience audience) {
        return "e.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND e.happened_on <= :asOf ")
                + AudienceSql.and(audience, "e")
                + "AND e.pledge_id NOT IN (" + AudienceSql.linkedPledges(audience) + ") ";
    }

    static Query bindTime(Query q, TimeFilter time) {
        q.bind("knownAt", time.knownAtMicros());
        if (time.asOf() != null) q.bind("asOf", time.asOfIso());
        return q;
    }

    /** The clocks and the audience of a statement built with {@link #postingFilter}. */
    static Query bind(Query q, TimeFilter time, Audience audience) {
        return AudienceSql.bind(bindTime(q, time), audience);
    }

    private static final String NET = "CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END";
    /** Per-group sums of raw postings (alias e), in the columns of the stored totals. */
    private static final String POSTING_SUMS = postingSumColumns("");
    /** The same, taken back: postings the totals hold but the question leaves out. */
    private static final String NEGATED_POSTING_SUMS = postingSumColumns("-");

    private static String postingSumColumns(String sign) {
        return sign + "COALESCE(SUM(e.quantity), 0) AS q, " + sign + "COALESCE(SUM(COALESCE(e.quantity_max, e.quantity)), 0) AS c, "
                + sign + "SUM(CASE WHEN e.qualifier = 'exact' THEN " + NET + " ELSE 0 END) AS n_exact, "
                + sign + "SUM(CASE WHEN e.qualifier = 'unspecified' THEN " + NET + " ELSE 0 END) AS n_unspecified, "
                + sign + "SUM(CASE WHEN e.qualifier = 'up_to' THEN " + NET + " ELSE 0 END) AS n_up_to, "
                + sign + "SUM(CASE WHEN e.qualifier IN ('more_than', 'about', 'range') THEN " + NET + " ELSE 0 END) AS n_other, "
                + sign + "COUNT(*) AS r";
    }

    private static final String STORED_SUMS = storedSums(false);
    /** The same, with the asOf month's first-half sums in place of the whole month's. */
    private static final String STORED_SUMS_FIRST_HALF = storedSums(true);

    private static String storedSums(boolean firstHalfOfAsOfMonth) {
        String[][] sums = {{"quantity", "q"}, {"ceiling", "c"}, {"n_exact", "n_exact"}, {"n_unspecified", "n_unspecified"}, {"n_up_to", "n_up_to"},
            {"n_other", "n_other"}, {"postings", "r"}};
        List<String> out = new ArrayList<>();
        for (String[] m : sums) {
            out.add(firstHalfOfAsOfMonth ? "SUM(CASE WHEN e.happened_month = :asOfMonth THEN e.early_" + m[0] + " ELSE e." + m[0] + " END) AS " + m[1]
                    : "SUM(" + m[0] + ") AS " + m[1]);
        }
        return String.join(", ", out);
    }

    /**
     * Where the running totals leave off for an asOf, by month: at the start of its month, at the end of its first half
     * (day 15; the totals hold that half's sums too), or at the month's end; whichever is nearest to asOf, so that the
     * postings read from ledger_entry are those of at most about a week, added on or taken back.
     */
    enum Mark {
        /** Whole months before asOf's, plus its postings up to asOf. */
        MONTH_START(false, false),
        /** Whole months before, the first half of asOf's month, less its postings after asOf. */
        FIRST_HALF_LESS(true, true),
        /** Whole months before, the first half of asOf's month, plus its postings from the 16th up to asOf. */
        FIRST_HALF_MORE(true, false),
        /** Whole months up to asOf's, less its postings after asOf. */
        MONTH_END(false, true);

        final boolean firstHalf;
        final boolean takesBack;

        Mark(boolean firstHalf, boolean takesBack) {
            this.firstHalf = firstHalf;
            this.takesBack = takesBack;
        }

        static Mark nearest(LocalDate asOf) {
            int day = asOf.getDayOfMonth();
            int half = PostingTotals.FIRST_HALF_LAST_DAY;
            if (day <= half) return day <= half - day ? MONTH_START : FIRST_HALF_LESS;
            return day - half <= asOf.lengthOfMonth() - day ? FIRST_HALF_MORE : MONTH_END;
        }

        /** The stored months read: before asOf's (the mark at its start), or up to it. */
        String months() {
            return this == MONTH_START ? "< :asOfMonth" : "<= :asOfMonth";
        }

        /** The postings read from ledger_entry, by the day they happened: added to the totals, or taken back. */
        String window() {
            return switch (this) {
                case MONTH_START -> "e.happened_on >= :asOfMonthStart AND e.happened_on <= :asOf ";
                case FIRST_HALF_LESS -> "e.happened_on > :asOf AND e.happened_on <= :firstHalfEnd ";
                case FIRST_HALF_MORE -> "e.happened_on >= :secondHalfStart AND e.happened_on <= :asOf ";
                case MONTH_END -> "e.happened_on > :asOf AND e.happened_on < :nextMonthStart ";
            };
        }

        /** What the totals answer for, by the day postings happened, once the window is added or taken back. */
        String answeredByTotals() {
            return switch (this) {
                case MONTH_START -> "e.happened_on < :asOfMonthStart ";
                case FIRST_HALF_MORE -> "e.happened_on < :secondHalfStart ";
                case FIRST_HALF_LESS, MONTH_END -> "e.happened_on <= :asOf ";
            };
        }
    }
    private static final String MERGED_SUMS = "SUM(q) AS q, SUM(c) AS c, SUM(n_exact) AS n_exact, SUM(n_unspecified) AS n_unspecified, "
            + "SUM(n_up_to) AS n_up_to, SUM(n_other) AS n_other, SUM(r) AS r";
    private static final String LATEST_RECORDED = "(SELECT MAX(recorded_at) FROM ledger_entry)";

    /**
     * The whole of the fulfilment report's arithmetic: postings summed by (kind, donor, category), or by item. Most of
     * the sums come from the running totals (migration V3), which hold them by month happened and day recorded; only the
     * postings those whole months and days cannot answer are read from ledger_entry: with asOf, those of the asOf
     * month; with a knownAt earlier than the latest posting, those recorded on knownAt's own day. The three parts are
     * disjoint and read in one statement, so the answer is one consistent snapshot. Re-announced pledges' postings are
     * then subtracted (read through the pledge_id index: there are few). By item with asOf, the totals hold no months,
     * so the postings themselves are summed.
     */
    public List<Fulfilment.Totals> fulfilmentTotals(TimeFilter time, Audience audience, String donorCode, String category, boolean byItem) {
        String keys = "kind, donor_code, category" + (byItem ? ", item_id" : "");
        String rawKeys = "e.kind, e.donor_code, e.category" + (byItem ? ", COALESCE(e.item_id, '')" : "");
        String filter = AudienceSql.and(audience, "e")
                + (donorCode == null ? "" : "AND e.donor_code = :donor ")
                + (category == null ? "" : "AND e.category = :category ");
        String all;
        if (byItem && time.asOf() != null) {
            all = postingSums(rawKeys, "e.happened_on <= :asOf AND e.recorded_at <= :knownAt " + filter);
        } else {
            List<String> parts = new ArrayList<>();
            String stored = (byItem ? "posting_item_totals" : "posting_month_totals") + " e";
            String storedKeys = rawKeys.replace("COALESCE(e.item_id, '')", "e.item_id");
            Mark mark = time.asOf() == null ? null : Mark.nearest(time.asOf());
            String recordedInTotals = time.knownAt() == null ? "" : "(e.recorded_day < :knownDay OR :knownAt >= " + LATEST_RECORDED + ") ";
            String storedWhere = "1 = 1 " + filter
                    + (mark == null ? "" : "AND e.happened_month " + mark.months() + " AND e.happened_month <> '' ")
                    + (recordedInTotals.isEmpty() ? "" : "AND " + recordedInTotals);
            String storedSums = mark != null && mark.firstHalf ? STORED_SUMS_FIRST_HALF : STORED_SUMS;
            parts.add("SELECT " + storedKeys + ", " + storedSums + " FROM " + stored + " WHERE " + storedWhere + "GROUP BY " + storedKeys);
            if (mark != null && !mark.takesBack) {
                parts.add(postingSums(rawKeys, mark.window() + "AND e.recorded_at <= :knownAt " + filter));
            }
            if (mark != null && mark.takesBack) {
                // what the totals hold of the days after asOf: as they hold it, recorded before knownAt's day (or all)
                parts.add(postingSums(rawKeys, mark.window()
                        + (recordedInTotals.isEmpty() ? "" : "AND (e.recorded_at < :knownDayStart OR :knownAt >= " + LATEST_RECORDED + ") ")
                        + filter).replace(POSTING_SUMS, NEGATED_POSTING_SUMS));
            }
            if (time.knownAt() != null) {
                parts.add(postingSums(rawKeys, "e.recorded_at >= :knownDayStart AND e.recorded_at <= :knownAt AND :knownAt < " + LATEST_RECORDED + " "
                        + (mark == null ? "" : "AND " + mark.answeredByTotals()) + filter));
            }
            // a group whose postings were all taken back holds none
            all = "SELECT " + keys + ", " + MERGED_SUMS + " FROM (" + String.join(" UNION ALL ", parts) + ") t GROUP BY " + keys + " HAVING SUM(r) <> 0";
        }
        // driven by the pledge_id index from the handful of linked pledges, never a scan
        String linked = postingSums(rawKeys, "e.recorded_at <= :knownAt " + (time.asOf() == null ? "" : "AND e.happened_on <= :asOf ") + filter
                + "AND e.pledge_id IN (" + AudienceSql.linkedPledges(audience) + ")");
        return jdbi.withHandle(h -> {
            Map<List<Object>, GroupSums> sums = new java.util.LinkedHashMap<>();
            for (GroupSums g : groupSums(h, all, time, audience, donorCode, category, byItem)) sums.put(g.key(), g);
            for (GroupSums g : groupSums(h, linked, time, audience, donorCode, category, byItem)) {
                GroupSums sum = sums.get(g.key());
                if (sum == null) continue;
                if (sum.rows() == g.rows()) sums.remove(g.key()); // every posting of this group was a re-announcement
                else sums.put(g.key(), sum.minus(g));
            }
            List<Fulfilment.Totals> out = new ArrayList<>();
            sums.values().stream().sorted(java.util.Comparator.comparing(GroupSums::sortKey)).forEach(g -> g.expand(out));
            return out;
        });
    }

    private static String postingSums(String rawKeys, String where) {
        return "SELECT " + rawKeys + ", " + POSTING_SUMS + " FROM ledger_entry e WHERE " + where + " GROUP BY " + rawKeys;
    }

    /** One group's sums, with its postings counted per qualifier class. */
    private record GroupSums(EntryKind kind, String donorCode, String category, String itemId, long quantity, long ceiling,
                             long exact, long unspecified, long upTo, long other, long rows) {
        List<Object> key() {
            return java.util.Arrays.asList(kind, donorCode, category, itemId);
        }

        String sortKey() {
            return kind.code() + '\u0000' + donorCode + '\u0000' + category + '\u0000' + (itemId == null ? "" : itemId);
        }

        GroupSums minus(GroupSums o) {
            return new GroupSums(kind, donorCode, category, itemId, quantity - o.quantity, ceiling - o.ceiling, exact - o.exact,
                    unspecified - o.unspecified, upTo - o.upTo, other - o.other, rows - o.rows);
        }

        /**
         * As the domain's per-qualifier totals: the quantities ride on the exact record (the domain adds quantities across
         * qualifiers alike), the line counts on one record per qualifier class present.
         */
        void expand(List<Fulfilment.Totals> out) {
            out.add(new Fulfilment.Totals(kind, donorCode, category, itemId, Qualifier.EXACT, quantity, ceiling, exact));
            if (unspecified != 0) out.add(new Fulfilment.Totals(kind, donorCode, category, itemId, Qualifier.UNSPECIFIED, 0, 0, unspecified));
            if (upTo != 0) out.add(new Fulfilment.Totals(kind, donorCode, category, itemId, Qualifier.UP_TO, 0, 0, upTo));
            if (other != 0) out.add(new Fulfilment.Totals(kind, donorCode, category, itemId, Qualifier.ABOUT, 0, 0, other));
        }
    }

    private static List<GroupSums> groupSums(org.jdbi.v3.core.Handle h, String sql, TimeFilter time, Audience audience, String donorCode,
                                             String category, boolean byItem) {
        Query q = AudienceSql.bind(bindClocks(h.createQuery(sql), time), audience);
        if (donorCode != null) q.bind("donor", donorCode);
        if (category != null) q.bind("category", category);
        return q.map((rs, ctx) -> new GroupSums(EntryKind.fromCode(rs.getString("kind")), rs.getString("donor_code"),
                rs.getString("category"), byItem ? emptyToNull(rs.getString(4)) : null, rs.getLong("q"), rs.getLong("c"),
                rs.getLong("n_exact"), rs.getLong("n_unspecified"), rs.getLong("n_up_to"), rs.getLong("n_other"), rs.getLong("r"))).list();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Binds the clocks and where the running totals hand over to the postings: asOf's month, knownAt's day. */
    static Query bindClocks(Query q, TimeFilter time) {
        q.getConfig(SqlStatements.class).setUnusedBindingAllowed(true); // which parts a question reads decides what it names
        bindTime(q, time);
        if (time.asOf() != null) {
            q.bind("asOfMonth", time.asOfIso().substring(0, 7));
            q.bind("asOfMonthStart", time.asOf().withDayOfMonth(1).toString());
            q.bind("nextMonthStart", time.asOf().withDayOfMonth(1).plusMonths(1).toString());
            q.bind("firstHalfEnd", time.asOf().withDayOfMonth(PostingTotals.FIRST_HALF_LAST_DAY).toString());
            q.bind("secondHalfStart", time.asOf().withDayOfMonth(PostingTotals.FIRST_HALF_LAST_DAY + 1).toString());
        }
        if (time.knownAt() != null) {
            long day = Math.floorDiv(time.knownAtMicros(), PostingTotals.MICROS_PER_DAY);
            q.bind("knownDay", day);
            q.bind("knownDayStart", day * PostingTotals.MICROS_PER_DAY);
        }
        return q;
    }

    /**
     * Postings left out of an as-of question because their date is unknown (a footnote, so nothing vanishes silently).
     * Counted like the totals: from the running totals' undated month, plus those recorded on knownAt's own day when
     * knownAt is earlier than the latest posting, minus those of re-announced pledges.
     */
    public long undatedPostings(TimeFilter time, Audience audience, String donorCode, String category) {
        if (time.asOf() == null) return 0;
        String filter = AudienceSql.and(audience, "e")
                + (donorCode == null ? "" : "AND e.donor_code = :donor ")
                + (category == null ? "" : "AND e.category = :category ");
        String stored = "SELECT COALESCE(SUM(e.postings), 0) AS n FROM posting_month_totals e WHERE e.happened_month = '' " + filter
                + (time.knownAt() == null ? "" : "AND (e.recorded_day < :knownDay OR :knownAt >= " + LATEST_RECORDED + ") ");
        String sql = "SELECT SUM(n) FROM (" + stored + (time.knownAt() == null ? "" : " UNION ALL SELECT COUNT(*) AS n FROM ledger_entry e "
                + "WHERE e.happened_on IS NULL AND e.recorded_at >= :knownDayStart AND e.recorded_at <= :knownAt AND :knownAt < "
                + LATEST_RECORDED + " " + filter) + ") t";
        String linked = "SELECT COUNT(*) FROM ledger_entry e WHERE e.happened_on IS NULL AND e.recorded_at <= :knownAt " + filter
                + "AND e.pledge_id IN (" + AudienceSql.linkedPledges(audience) + ")";
        return jdbi.withHandle(h -> count(h, sql, time, audience, donorCode, category) - count(h, linked, time, audience, donorCode, category));
    }

    private static long count(org.jdbi.v3.core.Handle h, String sql, TimeFilter time, Audience audience, String donorCode, String category) {
        Query q = AudienceSql.bind(bindClocks(h.createQuery(sql), time), audience);
        if (donorCode != null) q.bind("donor", donorCode);
        if (category != null) q.bind("category", category);
        return q.mapTo(Long.class).one();
    }

    public List<Fulfilment.Aggregate> aggregates(TimeFilter time) {
        String sql = "SELECT donor_code, category, item_id, qualifier, quantity, quantity_max, unit, observed_on, observed_precision, "
                + "dataset, quote FROM observation WHERE measure = 'aggregate' AND recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND observed_on <= :asOf ")
                + "ORDER BY observed_on, id";
        return jdbi.withHandle(h -> bindTime(h.createQuery(sql), time).map((rs, ctx) -> new Fulfilment.Aggregate(
                rs.getString("donor_code"), rs.getString("category"), rs.getString("item_id"), quantity(rs.getString("qualifier"),
                longOrNull(rs, "quantity"), longOrNull(rs, "quantity_max")), rs.getString("unit"),
                FuzzyDate.of(rs.getString("observed_on"), rs.getString("observed_precision")), rs.getString("dataset"),
                rs.getString("quote"))).list());
    }

    private static Quantity quantity(String qualifier, Long value, Long max) {
        Qualifier q = Qualifier.fromCode(qualifier);
        return new Quantity(value, max, q == null ? Qualifier.UNSPECIFIED : q);
    }

    // --- reconciliation -------------------------------------------------------------------------------------------

    public List<Reconciliation.PledgeFigures> pledgeFigures(TimeFilter time, Audience audience, String donorCode, String itemId) {
        String filter = "e.donor_code = :donor AND e.item_id = :item AND e.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND e.happened_on <= :asOf ")
                + AudienceSql.and(audience, "e");
        record Sum(String pledgeId, String kind, long q, long c) {
        }
        return jdbi.withHandle(h -> {
            List<Sum> sums = bind(h.createQuery("SELECT e.pledge_id, e.kind, COALESCE(SUM(e.quantity),0) AS q, "
                    + "COALESCE(SUM(COALESCE(e.quantity_max, e.quantity)),0) AS c FROM ledger_entry e WHERE " + filter
                    + "GROUP BY e.pledge_id, e.kind ORDER BY e.pledge_id"), time, audience).bind("donor", donorCode).bind("item", itemId)
                    .map((rs, ctx) -> new Sum(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
            Map<String, List<String>> qualifiers = new HashMap<>();
            bind(h.createQuery("SELECT DISTINCT e.pledge_id, e.qualifier FROM ledger_entry e WHERE " + filter
                    + "AND e.kind = 'commitment' AND e.reverses_id IS NULL ORDER BY e.pledge_id, e.qualifier"), time, audience)
                    .bind("donor", donorCode).bind("item", itemId)
                    .map((rs, ctx) -> qualifiers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
            Map<String, List<String>> sources = new HashMap<>();
            AudienceSql.bind(h.createQuery("SELECT c.subject_id, s.title, s.url, s.publisher FROM citation c JOIN source s ON s.id = c.source_id "
                            + "WHERE c.subject_type = 'pledge' AND c.recorded_at <= :knownAt AND c.subject_id IN "
                            + "(SELECT e.pledge_id FROM ledger_entry e WHERE e.donor_code = :donor AND e.item_id = :item " + AudienceSql.and(audience, "e")
                            + ") ORDER BY c.id"), audience)
                    .bind("knownAt", time.knownAtMicros()).bind("donor", donorCode).bind("item", itemId)
                    .map((rs, ctx) -> sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(describe(rs.getString(2), rs.getString(4), rs.getString(3)))).list();
            Map<String, long[]> byPledge = new java.util.LinkedHashMap<>();
            for (Sum s : sums) {
                long[] v = byPledge.computeIfAbsent(s.pledgeId, k -> new long[4]);
                switch (s.kind) {
                    case "commitment" -> {
                        v[0] += s.q;
                        v[1] += s.c;
                    }
                    case "allocation" -> v[2] += s.q;
                    default -> v[3] += s.q;
                }
            }
            List<Reconciliation.PledgeFigures> out = new ArrayList<>();
            for (var e : byPledge.entrySet()) {
                String id = e.getKey();
                var info = AudienceSql.bind(h.createQuery("SELECT p.title, p.announced_on, p.announced_precision, "
                                + AudienceSql.sameAsOf(audience, "p.id") + " AS same_as, "
                                + "(SELECT COUNT(*) FROM retraction r WHERE r.subject_type = 'pledge' AND r.subject_id = p.id "
                                + "AND r.recorded_at <= :knownAt) AS retracted FROM pledge p WHERE p.id = :id"), audience)
                        .bind("id", id).bind("knownAt", time.knownAtMicros()).mapToMap().one();
                long[] v = e.getValue();
                out.add(new Reconciliation.PledgeFigures(id, (String) info.get("title"),
                        FuzzyDate.of((String) info.get("announced_on"), (String) info.get("announced_precision")),
                        (String) info.get("same_as"), ((Number) info.get("retracted")).longValue() > 0, v[0], v[1],
                        qualifiers.getOrDefault(id, List.of()), v[2], v[3], sources.getOrDefault(id, List.of())));
            }
            return out;
        });
    }

    private static String describe(String title, String publisher, String url) {
        StringBuilder sb = new StringBuilder(title == null ? "(untitled)" : title);
        if (publisher != null && !publisher.isBlank()) sb.append(", ").append(publisher);
        if (url != null && !url.isBlank()) sb.append(" <").append(url).append('>');
        return sb.toString();
    }

    public List<Reconciliation.ObservationRow> observations(TimeFilter time, String donorCode, String itemId) {
        String sql = "SELECT o.id, o.dataset, o.measure, o.qualifier, o.quantity, o.quantity_max, o.unit, o.observed_on, "
                + "o.observed_precision, s.title, s.publisher, COALESCE(o.url, s.url) AS url, o.source_row, o.status_text "
                + "FROM observation o LEFT JOIN source s ON s.id = o.source_id "
                + "WHERE o.donor_code = :donor AND o.item_id = :item AND o.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND o.observed_on <= :asOf ");
        return jdbi.withHandle(h -> bindTime(h.createQuery(sql), time).bind("donor", donorCode).bind("item", itemId)
                .map((rs, ctx) -> new Reconciliation.ObservationRow(rs.getString("id"), rs.getString("dataset"), rs.getString("measure"),
                        quantity(rs.getString("qualifier"), longOrNull(rs, "quantity"), longOrNull(rs, "quantity_max")),
                        rs.getString("unit"), FuzzyDate.of(rs.getString("observed_on"), rs.getString("observed_precision")),
                        rs.getString("title") == null ? null : describe(rs.getString("title"), rs.getString("publisher"), null),
                        rs.getString("url"), (Integer) (longOrNull(rs, "source_row") == null ? null : longOrNull(rs, "source_row").intValue()), rs.getString("status_text"))).list());
    }

    // --- meetings -------------------------------------------------------------------------------------------------

    public List<Meetings.MeetingInfo> meetings(TimeFilter time) {
        String sql = "SELECT m.id, m.held_on, m.place, m.title, m.format FROM meeting m WHERE m.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND m.held_on <= :asOf ")
                + "AND m.id NOT IN (SELECT subject_id FROM retraction WHERE subject_type = 'meeting' AND recorded_at <= :knownAt) "
                + "ORDER BY m.held_on, m.id";
        return jdbi.withHandle(h -> bindTime(h.createQuery(sql), time).map((rs, ctx) -> new Meetings.MeetingInfo(rs.getString(1),
                LocalDate.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5))).list());
    }

    /** A pledge announced at a meeting, with its link and retraction as known at knownAt. */
    public record MeetingPledge(String pledgeId, String meetingId, String donorCode, String title, String sameAsId, boolean retracted) {
    }

    public List<MeetingPledge> meetingPledges(TimeFilter time, Audience audience) {
        String sql = "SELECT p.id, p.meeting_id, p.donor_code, p.title, "
                + AudienceSql.sameAsOf(audience, "p.id") + " AS same_as, "
                + "(SELECT COUNT(*) FROM retraction r WHERE r.subject_type = 'pledge' AND r.subject_id = p.id AND r.recorded_at <= :knownAt) AS retracted "
                + "FROM pledge p WHERE p.meeting_id IS NOT NULL AND p.recorded_at <= :knownAt "
                + AudienceSql.and(audience, "p") + "ORDER BY p.id";
        return jdbi.withHandle(h -> AudienceSql.bind(h.createQuery(sql), audience).bind("knownAt", time.knownAtMicros()).map((rs, ctx) -> new MeetingPledge(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6) > 0)).list());
    }

    /** Commitments of pledges announced at meetings, per pledge, currency and month (the month sets the rate). */
    public record PledgeCommitment(String pledgeId, String currency, String month, long quantity, Long amountCents) {
    }

    public List<PledgeCommitment> meetingCommitments(TimeFilter time, Audience audience) {
        String sql = "SELECT e.pledge_id, e.currency, SUBSTR(e.happened_on, 1, 7) AS month, COALESCE(SUM(e.quantity), 0) AS q, "
                + "SUM(e.amount_cents) AS a FROM ledger_entry e JOIN pledge p ON p.id = e.pledge_id "
                + "WHERE p.meeting_id IS NOT NULL AND e.kind = 'commitment' AND e.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND e.happened_on <= :asOf ")
                + AudienceSql.and(audience, "e")
                + "GROUP BY e.pledge_id, e.currency, SUBSTR(e.happened_on, 1, 7)";
        return jdbi.withHandle(h -> bind(h.createQuery(sql), time, audience).map((rs, ctx) -> new PledgeCommitment(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), longOrNull(rs, "a"))).list());
    }

    // --- values -----------------------------------------------------------------------------------------------------

    /** Every standing pledge line (net of reversals; re-announced packages left out) with its committed quantity and stated value. */
    public List<Valuation.LineValue> lineValues(TimeFilter time, Audience audience, String donorCode) {
        String sql = "SELECT e.line_id, MAX(e.donor_code) AS donor, MAX(e.category) AS category, MAX(e.item_id) AS item, "
                + "MIN(SUBSTR(e.happened_on, 1, 7)) AS month, COALESCE(SUM(e.quantity), 0) AS q, SUM(e.amount_cents) AS a, MAX(e.currency) AS cur "
                + "FROM ledger_entry e WHERE e.kind = 'commitment' AND " + postingFilter(time, audience)
                + (donorCode == null ? "" : "AND e.donor_code = :donor ")
                + "GROUP BY e.line_id HAVING SUM(" + NET + ") > 0 ORDER BY e.line_id";
        return jdbi.withHandle(h -> {
            Query q = bind(h.createQuery(sql), time, audience);
            if (donorCode != null) q.bind("donor", donorCode);
            return q.map((rs, ctx) -> new Valuation.LineValue(rs.getString("donor"), rs.getString("category"), rs.getString("item"),
                    rs.getString("month") == null ? null : java.time.YearMonth.parse(rs.getString("month")), rs.getLong("q"),
                    longOrNull(rs, "a"), rs.getString("cur"))).list();
        });
    }

    /** Kiel's item-level rows that state whole units and their value in EUR: the ground for estimated unit prices. */
    public List<Valuation.UnitSample> kielUnitSamples(TimeFilter time) {
        String sql = "SELECT item_id, category, quantity, amount_cents FROM observation WHERE dataset = 'kiel-items' AND currency = 'EUR' "
                + "AND qualifier = 'exact' AND quantity > 0 AND amount_cents > 0 AND recorded_at <= :knownAt";
        return jdbi.withHandle(h -> h.createQuery(sql).bind("knownAt", time.knownAtMicros()).map((rs, ctx) -> new Valuation.UnitSample(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list());
    }

    // --- needs ----------------------------------------------------------------------------------------------------

    public record NeedsData(List<Needs.NeedInfo> needs, long undatedExcluded) {
    }

    public NeedsData needs(TimeFilter time, Audience audience) {
        // a need superseded by one the audience may not see stands, as it would without the hidden one
        String sql = "SELECT n.id, n.capability, n.item_id, n.category, n.description, n.qualifier, n.quantity, n.quantity_max, "
                + "n.priority, n.stated_on FROM need n WHERE n.recorded_at <= :knownAt AND " + AudienceSql.visibleNeed(audience, "n") + " "
                + "AND n.id NOT IN (SELECT ns.supersedes_id FROM need ns WHERE ns.supersedes_id IS NOT NULL AND ns.recorded_at <= :knownAt "
                + "AND " + AudienceSql.visibleNeed(audience, "ns") + ") "
                + "ORDER BY n.id";
        return jdbi.withHandle(h -> {
            Map<String, String> status = new HashMap<>();
            h.createQuery("SELECT need_id, status FROM need_status WHERE recorded_at <= :knownAt ORDER BY recorded_at, id")
                    .bind("knownAt", time.knownAtMicros())
                    .map((rs, ctx) -> status.put(rs.getString(1), rs.getString(2))).list();
            List<String> retracted = h.createQuery("SELECT subject_id FROM retraction WHERE subject_type = 'need' AND recorded_at <= :knownAt")
                    .bind("knownAt", time.knownAtMicros()).mapTo(String.class).list();
            long[] undated = new long[1];
            List<Needs.NeedInfo> out = new ArrayList<>();
            h.createQuery(sql).bind("knownAt", time.knownAtMicros()).map((rs, ctx) -> {
                String stated = rs.getString("stated_on");
                if (time.asOf() != null) {
                    if (stated == null) {
                        undated[0]++;
                        return null;
                    }
                    if (stated.compareTo(time.asOfIso()) > 0) return null;
                }
                String id = rs.getString("id");
                NeedStatus st = retracted.contains(id) ? NeedStatus.WITHDRAWN
                        : status.containsKey(id) ? NeedStatus.fromCode(status.get(id)) : NeedStatus.OPEN;
                out.add(new Needs.NeedInfo(id, rs.getString("capability"), rs.getString("item_id"), rs.getString("category"),
                        rs.getString("description"), quantity(rs.getString("qualifier"), longOrNull(rs, "quantity"),
                        longOrNull(rs, "quantity_max")), rs.getInt("priority"), st));
                return null;
            }).list();
            return new NeedsData(out, undated[0]);
        });
    }

    /** Committed, allocated and delivered quantities per item and category, all donors: the fulfilment sums, by item. */
    public List<Needs.Supply> supply(TimeFilter time, Audience audience) {
        Map<List<Object>, long[]> sums = new java.util.LinkedHashMap<>();
        for (Fulfilment.Totals t : fulfilmentTotals(time, audience, null, null, true)) {
            sums.computeIfAbsent(java.util.Arrays.asList(t.kind(), t.itemId(), t.category()), k -> new long[1])[0] += t.quantity();
        }
        List<Needs.Supply> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new Needs.Supply((EntryKind) k.get(0), (String) k.get(1), (String) k.get(2), v[0])));
        return out;
    }

    /** SQLite's driver does not map getObject(.., Long.class); this works on both. */
    private static Long longOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c, 2);
    }
}
