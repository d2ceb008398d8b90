package org.ramstein.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.ramstein.ledger.AudienceSql;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.domain.FxRates;

/**
 * The dashboard's reads that no report answers: postings by month, by donor for one system, the postings behind one
 * figure, the sources a donor's facts cite, and what the ledger recorded since a moment. Every question follows the
 * reports' conventions: asOf keeps what happened by that date, knownAt what was recorded by then, a re-announced
 * package is counted once (its pledge_link excludes it), and a retraction's reversing postings net its figures to 0.
 * Every question is for an {@link Audience}: what it may not see is left out of lists, counts and sums alike.
 */
public final class DashboardQueries {
    private final Jdbi jdbi;
    private final FxRates fx;

    public DashboardQueries(Jdbi jdbi, FxRates fx) {
        this.jdbi = jdbi;
        this.fx = fx;
    }

    public FxRates fx() {
        return fx;
    }

    // --- money by month ---------------------------------------------------------------------------------------------

    /** Reported amounts of one kind of posting and aid type in one month, in EUR at that month's ECB rate. */
    public record MonthValue(EntryKind kind, AidType aidType, YearMonth month, BigDecimal eur) {
    }

    public record MonthValues(List<MonthValue> values, int unconverted, int undated) {
    }

    public MonthValues monthlyValues(TimeFilter time, Audience audience, String donorCode) {
        String sql = "SELECT e.kind, e.aid_type, SUBSTR(e.happened_on, 1, 7) AS month, e.currency, SUM(e.amount_cents) AS cents "
                + "FROM ledger_entry e WHERE e.amount_cents IS NOT NULL AND " + ReportStore.postingFilter(time, audience)
                + (donorCode == null ? "" : "AND e.donor_code = :donor ")
                + "GROUP BY e.kind, e.aid_type, SUBSTR(e.happened_on, 1, 7), e.currency";
        Map<String, MonthValue> out = new LinkedHashMap<>();
        int[] unconverted = new int[1];
        int[] undated = new int[1];
        jdbi.useHandle(h -> donorBound(ReportStore.bind(h.createQuery(sql), time, audience), donorCode).map((rs, ctx) -> {
            String month = rs.getString("month");
            if (month == null) {
                undated[0]++;
                return null;
            }
            YearMonth ym = YearMonth.parse(month);
            var eur = fx.toEur(BigDecimal.valueOf(rs.getLong("cents"), 2), rs.getString("currency"), ym);
            if (eur.isEmpty()) {
                unconverted[0]++;
                return null;
            }
            EntryKind kind = EntryKind.fromCode(rs.getString("kind"));
            AidType type = AidType.fromCode(rs.getString("aid_type"));
            out.merge(kind + "|" + type + "|" + ym, new MonthValue(kind, type, ym, eur.get()),
                    (a, b) -> new MonthValue(kind, type, ym, a.eur().add(b.eur())));
            return null;
        }).list());
        return new MonthValues(new ArrayList<>(out.values()), unconverted[0], undated[0]);
    }

    private static Query donorBound(Query q, String donorCode) {
        return donorCode == null ? q : q.bind("donor", donorCode);
    }

    // --- how many rows a list has ---------------------------------------------------------------------------------

    /** How many pledges of one donor the pledge list holds under these clocks (as LedgerQueries.pledges filters them). */
    public long countPledges(TimeFilter time, Audience audience, String donorCode) {
        String sql = "SELECT COUNT(*) FROM pledge p WHERE p.recorded_at <= :knownAt AND p.donor_code = :donor "
                + AudienceSql.and(audience, "p")
                + (time.asOf() == null ? "" : " AND p.announced_on IS NOT NULL AND p.announced_on <= :asOf");
        return jdbi.withHandle(h -> {
            Query q = AudienceSql.bind(h.createQuery(sql), audience).bind("knownAt", time.knownAtMicros()).bind("donor", donorCode);
            if (time.asOf() != null) q.bind("asOf", time.asOfIso());
            return q.mapTo(Long.class).one();
        });
    }

    /** How many postings of one kind and donor the entry list holds under these clocks (as LedgerQueries.entries filters them). */
    public long countEntries(EntryKind kind, TimeFilter time, Audience audience, String donorCode) {
        String sql = "SELECT COUNT(*) FROM ledger_entry e WHERE e.kind = :kind AND e.recorded_at <= :knownAt AND e.donor_code = :donor "
                + AudienceSql.and(audience, "e")
                + (time.asOf() == null ? "" : " AND e.happened_on IS NOT NULL AND e.happened_on <= :asOf");
        return jdbi.withHandle(h -> {
            Query q = AudienceSql.bind(h.createQuery(sql), audience).bind("kind", kind.code()).bind("knownAt", time.knownAtMicros()).bind("donor", donorCode);
            if (time.asOf() != null) q.bind("asOf", time.asOfIso());
            return q.mapTo(Long.class).one();
        });
    }

    // --- units ------------------------------------------------------------------------------------------------------

    /** Item quantities of one kind of posting in one category and month (month null: date unknown). */
    public record MonthUnits(EntryKind kind, String category, String month, long quantity) {
    }

    /** {@code categories} null: every category. */
    public List<MonthUnits> monthlyUnits(TimeFilter time, Audience audience, Collection<String> categories, String donorCode) {
        if (categories != null && categories.isEmpty()) return List.of();
        String sql = "SELECT e.kind, e.category, SUBSTR(e.happened_on, 1, 7) AS month, COALESCE(SUM(e.quantity), 0) AS q "
                + "FROM ledger_entry e WHERE " + (categories == null ? "" : "e.category IN (<cats>) AND ") + ReportStore.postingFilter(time, audience)
                + (donorCode == null ? "" : "AND e.donor_code = :donor ")
                + "GROUP BY e.kind, e.category, SUBSTR(e.happened_on, 1, 7) ORDER BY 3, 1, 2";
        return jdbi.withHandle(h -> {
            Query q = ReportStore.bind(h.createQuery(sql), time, audience);
            if (categories != null) q.bindList("cats", List.copyOf(categories));
            if (donorCode != null) q.bind("donor", donorCode);
            return q.map((rs, ctx) -> new MonthUnits(EntryKind.fromCode(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
        });
    }

    /** One donor's committed, allocated and delivered quantities of one catalogue item. */
    public record DonorUnits(String donorCode, long committed, long ceiling, long allocated, long delivered, long uncertainLines) {
    }

    public List<DonorUnits> itemByDonor(TimeFilter time, Audience audience, String itemId) {
        String sql = "SELECT e.donor_code, e.kind, COALESCE(SUM(e.quantity), 0) AS q, COALESCE(SUM(COALESCE(e.quantity_max, e.quantity)), 0) AS c, "
                + "SUM(CASE WHEN e.kind = 'commitment' AND e.qualifier <> 'exact' THEN (CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END) AS u "
                + "FROM ledger_entry e WHERE e.item_id = :item AND " + ReportStore.postingFilter(time, audience)
                + "GROUP BY e.donor_code, e.kind ORDER BY e.donor_code";
        Map<String, long[]> by = new LinkedHashMap<>();
        jdbi.useHandle(h -> ReportStore.bind(h.createQuery(sql), time, audience).bind("item", itemId).map((rs, ctx) -> {
            long[] v = by.computeIfAbsent(rs.getString(1), k -> new long[5]);
            switch (rs.getString(2)) {
                case "commitment" -> {
                    v[0] += rs.getLong(3);
                    v[1] += rs.getLong(4);
                    v[4] += rs.getLong(5);
                }
                case "allocation" -> v[2] += rs.getLong(3);
                default -> v[3] += rs.getLong(3);
            }
            return null;
        }).list());
        List<DonorUnits> out = new ArrayList<>();
        by.forEach((d, v) -> out.add(new DonorUnits(d, v[0], v[1], v[2], v[3], v[4])));
        return out;
    }

    /** Donors some source says something about for this item (observations), as known at knownAt. */
    public List<String> observedDonors(TimeFilter time, String itemId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT donor_code FROM observation WHERE item_id = :item AND donor_code IS NOT NULL "
                        + "AND recorded_at <= :knownAt ORDER BY donor_code")
                .bind("item", itemId).bind("knownAt", time.knownAtMicros()).mapTo(String.class).list());
    }

    // --- the postings behind a figure ------------------------------------------------------------------------------

    /** What one figure is made of: its filters. Null filters do not restrict. */
    public record FigureQuery(EntryKind kind, String donorCode, Collection<String> categories, String itemId, AidType aidType,
                              YearMonth month, boolean moneyOnly, String pledgeId) {
    }

    /** One pledge line's share of a figure, with the pledge's first quote. */
    public record FigurePart(String pledgeId, String lineId, String donorCode, String title, FuzzyDate announced, String itemId,
                             String itemText, String category, long quantity, Long cents, String currency, long postings,
                             boolean corrected, String quote, String sourceTitle) {
    }

    public List<FigurePart> figure(TimeFilter time, Audience audience, FigureQuery f, int limit) {
        return figure(time, audience, f, 0, limit);
    }

    private static String figureWhere(TimeFilter time, Audience audience, FigureQuery f) {
        StringBuilder where = new StringBuilder(ReportStore.postingFilter(time, audience));
        if (f.kind() != null) where.append("AND e.kind = :kind ");
        if (f.donorCode() != null) where.append("AND e.donor_code = :donor ");
        if (f.categories() != null && !f.categories().isEmpty()) where.append("AND e.category IN (<cats>) ");
        if (f.itemId() != null) where.append("AND e.item_id = :item ");
        if (f.aidType() != null) where.append("AND e.aid_type = :aid ");
        if (f.month() != null) where.append("AND e.happened_on >= :monthStart AND e.happened_on < :monthEnd ");
        if (f.moneyOnly()) where.append("AND e.amount_cents IS NOT NULL ");
        if (f.pledgeId() != null) where.append("AND e.pledge_id = :pledge ");
        return where.toString();
    }

    private static Query bindFigure(Query q, TimeFilter time, Audience audience, FigureQuery f) {
        ReportStore.bind(q, time, audience);
        if (f.kind() != null) q.bind("kind", f.kind().code());
        if (f.donorCode() != null) q.bind("donor", f.donorCode());
        if (f.categories() != null && !f.categories().isEmpty()) q.bindList("cats", List.copyOf(f.categories()));
        if (f.itemId() != null) q.bind("item", f.itemId());
        if (f.aidType() != null) q.bind("aid", f.aidType().code());
        if (f.pledgeId() != null) q.bind("pledge", f.pledgeId());
        if (f.month() != null) q.bind("monthStart", f.month().atDay(1).toString()).bind("monthEnd", f.month().plusMonths(1).atDay(1).toString());
        return q;
    }

    /** How many pledge lines a figure adds up, and their summed quantity: the whole figure, whatever page of it is shown. */
    public record FigureSize(long lines, long quantity) {
    }

    public FigureSize figureSize(TimeFilter time, Audience audience, FigureQuery f) {
        String sql = "SELECT COUNT(*), COALESCE(SUM(q), 0) FROM (SELECT e.line_id, COALESCE(SUM(e.quantity), 0) AS q FROM ledger_entry e WHERE "
                + figureWhere(time, audience, f) + "GROUP BY e.pledge_id, e.line_id) x";
        return jdbi.withHandle(h -> bindFigure(h.createQuery(sql), time, audience, f).map((rs, ctx) -> new FigureSize(rs.getLong(1), rs.getLong(2))).one());
    }

    /** The pledge lines a figure adds up, by announcement date: {@code limit} of them from {@code offset}. */
    public List<FigurePart> figure(TimeFilter time, Audience audience, FigureQuery f, int offset, int limit) {
        String where = figureWhere(time, audience, f);
        String sql = "SELECT e.pledge_id, e.line_id, MIN(e.donor_code) AS donor, MIN(p.title) AS title, MIN(p.announced_on) AS announced_on, "
                + "MIN(p.announced_precision) AS announced_precision, MIN(e.item_id) AS item_id, MIN(l.item_text) AS item_text, "
                + "MIN(e.category) AS category, COALESCE(SUM(e.quantity), 0) AS q, SUM(e.amount_cents) AS cents, MIN(e.currency) AS currency, "
                + "COUNT(*) AS n, SUM(CASE WHEN e.reverses_id IS NULL THEN 0 ELSE 1 END) AS reversals "
                + "FROM ledger_entry e JOIN pledge p ON p.id = e.pledge_id JOIN pledge_line l ON l.id = e.line_id WHERE " + where
                + "GROUP BY e.pledge_id, e.line_id ORDER BY MIN(p.announced_on), e.pledge_id, e.line_id LIMIT :limit OFFSET :offset";
        return jdbi.withHandle(h -> {
            Query q = bindFigure(h.createQuery(sql), time, audience, f).bind("limit", limit).bind("offset", offset);
            record Raw(String pledgeId, String lineId, String donor, String title, FuzzyDate announced, String itemId, String itemText,
                       String category, long q, Long cents, String currency, long n, long reversals) {
            }
            List<Raw> raws = q.map((rs, ctx) -> {
                long c = rs.getLong("cents");
                Long cents = rs.wasNull() ? null : c;
                return new Raw(rs.getString(1), rs.getString(2), rs.getString("donor"), rs.getString("title"),
                        FuzzyDate.of(rs.getString("announced_on"), rs.getString("announced_precision")), rs.getString("item_id"),
                        rs.getString("item_text"), rs.getString("category"), rs.getLong("q"), cents, rs.getString("currency"),
                        rs.getLong("n"), rs.getLong("reversals"));
            }).list();
            Map<String, String[]> quotes = firstQuotes(h, raws.stream().map(Raw::pledgeId).distinct().toList(), time.knownAtMicros());
            List<FigurePart> out = new ArrayList<>();
            for (Raw r : raws) {
                String[] quote = quotes.getOrDefault(r.pledgeId, new String[2]);
                out.add(new FigurePart(r.pledgeId, r.lineId, r.donor, r.title, r.announced, r.itemId, r.itemText, r.category, r.q, r.cents,
                        r.currency, r.n, r.reversals > 0, quote[0], quote[1]));
            }
            return out;
        });
    }

    /** The first citation of each pledge: its quote (or locator) and its source's title. */
    private static Map<String, String[]> firstQuotes(Handle h, List<String> pledgeIds, long knownAt) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (pledgeIds.isEmpty()) return out;
        h.createQuery("SELECT c.subject_id, COALESCE(c.quote, c.locator) AS quote, s.title FROM citation c JOIN source s ON s.id = c.source_id "
                        + "WHERE c.subject_type = 'pledge' AND c.subject_id IN (<ids>) AND c.recorded_at <= :knownAt ORDER BY c.id")
                .bindList("ids", pledgeIds).bind("knownAt", knownAt)
                .map((rs, ctx) -> out.putIfAbsent(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)})).list();
        return out;
    }

    // --- sources ----------------------------------------------------------------------------------------------------

    /** A source and how many of a donor's facts cite it. */
    public record SourceUse(String id, String kind, String title, String publisher, String url, String publishedOn, long citations) {
    }

    /** The sources the donor's pledges and postings that {@code audience} sees cite, with how many of them cite each. */
    public List<SourceUse> donorSources(TimeFilter time, Audience audience, String donorCode) {
        String sql = "SELECT s.id, s.kind, s.title, s.publisher, s.url, s.published_on, COUNT(*) AS n FROM citation c "
                + "JOIN source s ON s.id = c.source_id WHERE c.recorded_at <= :knownAt AND ("
                + "(c.subject_type = 'pledge' AND c.subject_id IN (SELECT p.id FROM pledge p WHERE p.donor_code = :donor "
                + AudienceSql.and(audience, "p") + ")) OR "
                + "(c.subject_type = 'entry' AND c.subject_id IN (SELECT CAST(e.id AS TEXT) FROM ledger_entry e WHERE e.donor_code = :donor "
                + AudienceSql.and(audience, "e") + "))) "
                + "GROUP BY s.id, s.kind, s.title, s.publisher, s.url, s.published_on ORDER BY COUNT(*) DESC, s.id";
        return jdbi.withHandle(h -> AudienceSql.bind(h.createQuery(sql), audience).bind("knownAt", time.knownAtMicros()).bind("donor", donorCode)
                .map((rs, ctx) -> new SourceUse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7))).list());
    }

    /** Observations: what a source said, with its quote. */
    public record ObservationView(String id, String dataset, String donorCode, String donorText, String itemId, String itemText,
                                  String category, String measure, Quantity quantity, String unit, Long cents, String currency,
                                  FuzzyDate observed, String statusText, String url, String quote, String sourceId, String sourceTitle,
                                  String sourcePublisher, String sourceUrl, Integer sourceRow) {
    }

    public ObservationView observation(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT o.*, s.title AS s_title, s.publisher AS s_publisher, s.url AS s_url "
                        + "FROM observation o LEFT JOIN source s ON s.id = o.source_id WHERE o.id = :id")
                .bind("id", id).map((rs, ctx) -> {
                    long q = rs.getLong("quantity");
                    Long quantity = rs.wasNull() ? null : q;
                    long m = rs.getLong("quantity_max");
                    Long max = rs.wasNull() ? null : m;
                    long c = rs.getLong("amount_cents");
                    Long cents = rs.wasNull() ? null : c;
                    int row = rs.getInt("source_row");
                    Integer sourceRow = rs.wasNull() ? null : row;
                    Qualifier qual = Qualifier.fromCode(rs.getString("qualifier"));
                    return new ObservationView(rs.getString("id"), rs.getString("dataset"), rs.getString("donor_code"), rs.getString("donor_text"),
                            rs.getString("item_id"), rs.getString("item_text"), rs.getString("category"), rs.getString("measure"),
                            new Quantity(quantity, max, qual == null ? Qualifier.UNSPECIFIED : qual), rs.getString("unit"), cents,
                            rs.getString("currency"), FuzzyDate.of(rs.getString("observed_on"), rs.getString("observed_precision")),
                            rs.getString("status_text"), rs.getString("url"), rs.getString("quote"), rs.getString("source_id"),
                            rs.getString("s_title"), rs.getString("s_publisher"), rs.getString("s_url"), sourceRow);
                }).findFirst().orElseThrow(() -> new org.ramstein.common.NotFoundException("observation", id)));
    }

    // --- what changed ----------------------------------------------------------------------------------------------

    /**
     * One thing the ledger recorded: {@code change} is new, corrected, superseded, retracted or status; {@code subjectType}
     * and {@code subjectId} name what the provenance panel opens.
     */
    public record Change(LocalDate recordedOn, long recordedAt, String change, String what, String subjectType, String subjectId,
                         String donorCode, String detail) {
    }

    /**
     * What was recorded after {@code sinceMicros} up to {@code untilMicros}, newest first, as {@code audience} may see it:
     * hidden pledges, postings, needs and their statuses, retractions and links are left out, and so is a link to a
     * pledge the audience cannot see (for it, the re-announcement is the pledge).
     */
    public List<Change> changesSince(Audience audience, long sinceMicros, long untilMicros, int limit) {
        List<Change> out = new ArrayList<>();
        jdbi.useHandle(h -> {
            // imported files: one row per batch, not one per row of the file
            q(h, audience, "SELECT id, format, file_name, row_count, recorded_at FROM import_batch WHERE recorded_at > :since AND recorded_at <= :until",
                    sinceMicros, untilMicros).map((rs, ctx) -> out.add(change(rs.getLong(5), "new", "import", "batch", rs.getString(1), null,
                    rs.getString(2) + " file " + rs.getString(3) + ": " + String.format(java.util.Locale.ROOT, "%,d", rs.getLong(4)) + " rows"))).list();
            q(h, audience, "SELECT p.id, p.donor_code, p.title, p.recorded_at FROM pledge p WHERE p.recorded_at > :since AND p.recorded_at <= :until "
                    + "AND p.batch_id IS NULL " + AudienceSql.and(audience, "p"), sinceMicros, untilMicros).map((rs, ctx) -> out.add(change(rs.getLong(4), "new", "pledge", "pledge", rs.getString(1),
                    rs.getString(2), rs.getString(3)))).list();
            // postings written after their pledge: allocations, deliveries, reversals and restatements
            q(h, audience, "SELECT e.id, e.kind, e.pledge_id, e.donor_code, e.reverses_id, e.note, e.quantity, e.qualifier, e.recorded_at "
                    + "FROM ledger_entry e JOIN pledge p ON p.id = e.pledge_id WHERE e.recorded_at > :since AND e.recorded_at <= :until "
                    + "AND e.batch_id IS NULL AND e.recorded_at > p.recorded_at " + AudienceSql.and(audience, "e"), sinceMicros, untilMicros).map((rs, ctx) -> {
                long reverses = rs.getLong(5);
                boolean reversal = !rs.wasNull();
                String kind = rs.getString(2);
                long qv = rs.getLong(7);
                String qty = rs.wasNull() ? "" : String.format(java.util.Locale.ROOT, " %,d", qv);
                String change;
                String what;
                if (reversal) {
                    change = "corrected";
                    what = kind + " reversed";
                } else if ("commitment".equals(kind)) {
                    change = "corrected";
                    what = "commitment restated";
                } else {
                    change = "new";
                    what = kind;
                }
                String detail = (reversal ? "reverses entry " + reverses + ": " : what + qty + " on pledge " + rs.getString(3))
                        + (rs.getString(6) == null ? "" : (reversal ? "" : " — ") + rs.getString(6));
                return out.add(change(rs.getLong(9), change, what, "entry", String.valueOf(rs.getLong(1)), rs.getString(4), detail));
            }).list();
            q(h, audience, "SELECT l.pledge_id, l.same_as_id, l.reason, l.recorded_at, p.donor_code FROM pledge_link l JOIN pledge p ON p.id = l.pledge_id "
                    + "WHERE l.recorded_at > :since AND l.recorded_at <= :until " + AudienceSql.and(audience, "p")
                    + AudienceSql.linkTargetVisible(audience, "l"), sinceMicros, untilMicros).map((rs, ctx) -> out.add(change(
                    rs.getLong(4), "superseded", "pledge counted as a re-announcement", "pledge", rs.getString(1), rs.getString(5),
                    "same package as " + rs.getString(2) + ": " + rs.getString(3)))).list();
            q(h, audience, "SELECT r.subject_type, r.subject_id, r.reason, r.recorded_at FROM retraction r WHERE r.recorded_at > :since "
                    + "AND r.recorded_at <= :until AND NOT " + AudienceSql.hiddenSubject(audience, "r.subject_type", "r.subject_id"), sinceMicros, untilMicros).map((rs, ctx) -> out.add(change(rs.getLong(4), "retracted", rs.getString(1) + " retracted",
                    rs.getString(1), rs.getString(2), null, rs.getString(3)))).list();
            q(h, audience, "SELECT n.id, n.capability, n.description, n.supersedes_id, n.recorded_at FROM need n WHERE n.recorded_at > :since "
                    + "AND n.recorded_at <= :until AND " + AudienceSql.visibleNeed(audience, "n"), sinceMicros, untilMicros).map((rs, ctx) -> out.add(change(rs.getLong(5), rs.getString(4) == null ? "new" : "superseded",
                    "need", "need", rs.getString(1), null, rs.getString(3) + (rs.getString(4) == null ? "" : " (supersedes " + rs.getString(4) + ")"))))
                    .list();
            q(h, audience, "SELECT s.need_id, s.status, s.note, s.recorded_at FROM need_status s JOIN need n ON n.id = s.need_id "
                    + "WHERE s.recorded_at > :since AND s.recorded_at <= :until AND s.recorded_at > n.recorded_at AND "
                    + AudienceSql.visibleNeed(audience, "n"), sinceMicros, untilMicros)
                    .map((rs, ctx) -> out.add(change(rs.getLong(4), "status", "need status: " + rs.getString(2).replace('_', ' '), "need",
                            rs.getString(1), null, rs.getString(3) == null ? "" : rs.getString(3)))).list();
            q(h, audience, "SELECT id, held_on, title, recorded_at FROM meeting WHERE recorded_at > :since AND recorded_at <= :until", sinceMicros, untilMicros)
                    .map((rs, ctx) -> out.add(change(rs.getLong(4), "new", "meeting", "meeting", rs.getString(1), null,
                            rs.getString(3) + " (" + rs.getString(2) + ")"))).list();
            q(h, audience, "SELECT id, donor_code, COALESCE(item_text, category), measure, recorded_at FROM observation WHERE batch_id IS NULL "
                    + "AND recorded_at > :since AND recorded_at <= :until", sinceMicros, untilMicros)
                    .map((rs, ctx) -> out.add(change(rs.getLong(5), "new", "observation (" + rs.getString(4) + ")", "observation",
                            rs.getString(1), rs.getString(2), rs.getString(3)))).list();
        });
        out.sort(java.util.Comparator.comparingLong(Change::recordedAt).reversed().thenComparing(Change::subjectId));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** A read of what changed: the statements that name the audience's donor have it bound. */
    private static Query q(Handle h, Audience audience, String sql, long since, long until) {
        Query q = h.createQuery(sql).bind("since", since).bind("until", until);
        return sql.contains(":" + AudienceSql.DONOR) ? AudienceSql.bind(q, audience) : q;
    }

    private static Change change(long at, String change, String what, String type, String id, String donor, String detail) {
        return new Change(LocalDate.ofInstant(Micros.toInstant(at), java.time.ZoneOffset.UTC), at, change, what, type, id, donor, detail);
    }
}
