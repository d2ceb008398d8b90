package org.ramstein.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FulfilmentState;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.ledger.view.Cursor;
import org.ramstein.ledger.view.LedgerViews.Cited;
import org.ramstein.ledger.view.LedgerViews.CitedBy;
import org.ramstein.ledger.view.LedgerViews.DonorRef;
import org.ramstein.ledger.view.LedgerViews.EntryView;
import org.ramstein.ledger.view.LedgerViews.ItemRef;
import org.ramstein.ledger.view.LedgerViews.LineView;
import org.ramstein.ledger.view.LedgerViews.MeetingView;
import org.ramstein.ledger.view.LedgerViews.NeedView;
import org.ramstein.ledger.view.LedgerViews.Page;
import org.ramstein.ledger.view.LedgerViews.PledgeSummary;
import org.ramstein.ledger.view.LedgerViews.PledgeView;
import org.ramstein.ledger.view.LedgerViews.RetractionView;
import org.ramstein.ledger.view.LedgerViews.SourceView;
import org.ramstein.ledger.view.LedgerViews.StatusView;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.revisions.domain.SubjectType;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.storage.Revisions;

/**
 * The ledger's read side. Every question is asked under a {@link TimeFilter}: {@code knownAt} hides every row recorded
 * after it (pledges, lines, postings and their reversals, links, retractions, citations), {@code asOf} keeps what had
 * happened by that date (unknown dates excluded). Derived figures (committed, allocated, delivered, state) are sums of
 * postings computed here, never read from a stored column. Lists page by keyset: the cursor is the last row's sort key.
 * <p>
 * Every read is for an {@link Audience} ({@link AudienceSql}): rows it may not see are not listed, and a single read of
 * one is a 404 exactly like a subject that does not exist, so its existence is not revealed either. A link "the same
 * package as" a hidden pledge is not shown; a source cited only by hidden subjects is hidden, and the citations of
 * hidden subjects are left out of a source's list.
 */
public final class LedgerQueries {
    private final Jdbi jdbi;
    private final CatalogService catalog;

    public LedgerQueries(Jdbi jdbi, CatalogService catalog) {
        this.jdbi = jdbi;
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- reference data

    public List<Donor> donors() {
        return catalog.donors().all();
    }

    /** The catalogue, optionally one category, optionally entries whose id, name or an alias contains {@code q}. */
    public List<CatalogItem> catalogue(String category, String q) {
        String key = q == null || q.isBlank() ? null : CatalogIndex.key(q);
        return catalog.catalog().all().stream()
                .filter(i -> category == null || category.isBlank() || i.category().equalsIgnoreCase(category.trim()))
                .filter(i -> key == null || CatalogIndex.key(i.id()).contains(key) || CatalogIndex.key(i.name()).contains(key)
                        || i.aliases().stream().anyMatch(a -> CatalogIndex.key(a).contains(key)))
                .toList();
    }

    // ---------------------------------------------------------------- pledges

    public Page<PledgeView> pledges(ListQuery q, Audience audience) {
        TimeFilter t = q.time();
        Sql sql = new Sql("SELECT p.* FROM pledge p WHERE p.recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros()).visible(audience, "p");
        happenedBy(sql, "p.announced_on", t);
        if (q.donor() != null) sql.and("p.donor_code = :donor").bind("donor", donorCode(q.donor()));
        if (q.aidType() != null) sql.and("p.aid_type = :aidType").bind("aidType", q.aidType().code());
        if (q.meeting() != null) sql.and("p.meeting_id = :meeting").bind("meeting", q.meeting());
        if (q.from() != null) sql.and("p.announced_on >= :from").bind("from", q.from().toString());
        if (q.to() != null) sql.and("p.announced_on <= :to").bind("to", q.to().toString());
        if (q.item() != null) {
            sql.and("EXISTS (SELECT 1 FROM pledge_line l WHERE l.pledge_id = p.id AND l.item_id = :item)").bind("item", itemId(q.item()));
        }
        if (q.category() != null) {
            sql.and("EXISTS (SELECT 1 FROM pledge_line l WHERE l.pledge_id = p.id AND LOWER(l.category) = :category)")
                    .bind("category", q.category().trim().toLowerCase(Locale.ROOT));
        }
        if (q.cursor() != null) {
            List<String> key = Cursor.decode(q.cursor(), 2);
            sql.and("(COALESCE(p.announced_on, '') > :cDate OR (COALESCE(p.announced_on, '') = :cDate AND p.id > :cId))")
                    .bind("cDate", key.get(0)).bind("cId", key.get(1));
        }
        sql.append(" ORDER BY COALESCE(p.announced_on, ''), p.id LIMIT :limit").bind("limit", q.limit() + 1);
        return jdbi.withHandle(h -> {
            return page(sql.query(h).map(LedgerQueries::pledgeRow).list(), q.limit(),
                    last -> Cursor.encode(last.announced.isoDate() == null ? "" : last.announced.isoDate(), last.id),
                    rows -> assemble(h, rows, t, audience, false));
        });
    }

    /**
     * One pledge with its lines, sources and every posting in recorded order; 404 when it does not exist at knownAt, or
     * {@code audience} may not see it.
     */
    public PledgeView pledge(String id, TimeFilter t, Audience audience) {
        return jdbi.withHandle(h -> {
            var rows = byId(h, "pledge", id, t, AudienceSql.visible(audience, "x"), audience).map(LedgerQueries::pledgeRow).list();
            if (rows.isEmpty()) throw new NotFoundException("pledge", id);
            return assemble(h, rows, t, audience, true).get(0);
        });
    }

    private record PledgeRow(String id, String donorCode, AidType aidType, String title, FuzzyDate announced, String meetingId,
                             Visibility visibility, long recordedAt, String recordedBy) {
    }

    private static PledgeRow pledgeRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new PledgeRow(rs.getString("id"), rs.getString("donor_code"), AidType.fromCode(rs.getString("aid_type")),
                rs.getString("title"), FuzzyDate.of(rs.getString("announced_on"), rs.getString("announced_precision")),
                rs.getString("meeting_id"), Visibility.fromCode(rs.getString("visibility")), rs.getLong("recorded_at"),
                rs.getString("recorded_by"));
    }

    private record LineRow(String id, String pledgeId, int lineNo, String itemId, String itemText, String category, Money value,
                           FundingRoute fundingRoute) {
    }

    /** Sums of one kind of posting on one line. */
    private record Totals(Long quantity, Long max, Long cents, String currency) {
    }

    /** Pledges the audience sees, with their lines and postings (a posting is as visible as its pledge). */
    private List<PledgeView> assemble(Handle h, List<PledgeRow> rows, TimeFilter t, Audience audience, boolean withHistory) {
        if (rows.isEmpty()) return List.of();
        List<String> ids = rows.stream().map(PledgeRow::id).toList();
        long knownAt = t.knownAtMicros();

        Map<String, List<LineRow>> lines = new HashMap<>();
        h.createQuery("SELECT * FROM pledge_line WHERE pledge_id IN (<ids>) AND recorded_at <= :knownAt ORDER BY pledge_id, line_no")
                .bindList("ids", ids).bind("knownAt", knownAt)
                .map((rs, ctx) -> {
                    Long cents = EntryMapper.longOrNull(rs, "value_cents");
                    return new LineRow(rs.getString("id"), rs.getString("pledge_id"), rs.getInt("line_no"), rs.getString("item_id"),
                            rs.getString("item_text"), rs.getString("category"),
                            cents == null ? null : Money.ofCents(cents, rs.getString("value_currency")),
                            FundingRoute.fromCode(rs.getString("funding_route")));
                })
                .forEach(l -> lines.computeIfAbsent(l.pledgeId, k -> new ArrayList<>()).add(l));

        // Postings are filtered like everything else: a reversal recorded after knownAt has not happened yet.
        Sql totalsSql = new Sql("SELECT e.line_id, e.kind, SUM(e.quantity) AS q, SUM(e.quantity_max) AS qm, SUM(e.amount_cents) AS a, "
                + "MAX(e.currency) AS cur FROM ledger_entry e WHERE e.pledge_id IN (<ids>) AND e.recorded_at <= :knownAt")
                .bind("knownAt", knownAt).visible(audience, "e");
        happenedBy(totalsSql, "e.happened_on", t);
        totalsSql.append(" GROUP BY e.line_id, e.kind");
        Map<String, Totals> totals = new HashMap<>();
        totalsSql.query(h).bindList("ids", ids).map((rs, ctx) -> {
            totals.put(rs.getString("line_id") + "|" + rs.getString("kind"), new Totals(EntryMapper.longOrNull(rs, "q"),
                    EntryMapper.longOrNull(rs, "qm"), EntryMapper.longOrNull(rs, "a"), rs.getString("cur")));
            return 0;
        }).list();

        // The committed figure carries the qualifier of the latest commitment posting ("up to 40" restated as "40").
        Sql qualSql = new Sql("SELECT e.line_id, e.qualifier FROM ledger_entry e WHERE e.kind = 'commitment' AND e.pledge_id IN (<ids>) "
                + "AND e.recorded_at <= :knownAt").bind("knownAt", knownAt).visible(audience, "e");
        happenedBy(qualSql, "e.happened_on", t);
        qualSql.append(" ORDER BY e.recorded_at, e.id");
        Map<String, Qualifier> qualifiers = new HashMap<>();
        qualSql.query(h).bindList("ids", ids).map((rs, ctx) -> {
            qualifiers.put(rs.getString("line_id"), Qualifier.fromCode(rs.getString("qualifier")));
            return 0;
        }).list();

        Map<String, RetractionView> retractions = new HashMap<>();
        h.createQuery("SELECT subject_id, reason, recorded_at, recorded_by FROM retraction WHERE subject_type = 'pledge' "
                        + "AND subject_id IN (<ids>) AND recorded_at <= :knownAt ORDER BY recorded_at")
                .bindList("ids", ids).bind("knownAt", knownAt)
                .map((rs, ctx) -> {
                    retractions.putIfAbsent(rs.getString(1), new RetractionView(rs.getString(2), Micros.toInstant(rs.getLong(3)), rs.getString(4)));
                    return 0;
                }).list();

        // a link to a pledge the audience cannot see is not shown: for it, this pledge is the package
        Map<String, String> sameAs = new HashMap<>();
        AudienceSql.bind(h.createQuery("SELECT l.pledge_id, l.same_as_id FROM pledge_link l WHERE l.pledge_id IN (<ids>) AND l.recorded_at <= :knownAt"
                        + AudienceSql.linkTargetVisible(audience, "l") + " ORDER BY l.recorded_at"), audience)
                .bindList("ids", ids).bind("knownAt", knownAt)
                .map((rs, ctx) -> {
                    sameAs.putIfAbsent(rs.getString(1), rs.getString(2));
                    return 0;
                }).list();

        Map<String, List<Cited>> sources = citations(h, "pledge", ids, knownAt);
        Map<String, Long> versions = Revisions.current(h, SubjectType.PLEDGE, ids, knownAt);
        unseenLinkRevisions(h, ids, knownAt, audience).forEach((id, n) -> versions.computeIfPresent(id, (k, v) -> Math.max(1, v - n)));
        Map<String, Long> lineVersions = Revisions.current(h, SubjectType.LINE,
                lines.values().stream().flatMap(List::stream).map(LineRow::id).toList(), knownAt);

        List<PledgeView> out = new ArrayList<>();
        for (PledgeRow p : rows) {
            List<LineView> lineViews = new ArrayList<>();
            for (LineRow l : lines.getOrDefault(p.id, List.of())) {
                Totals c = totals.get(l.id + "|commitment");
                Qualifier qualifier = qualifiers.getOrDefault(l.id, Qualifier.UNSPECIFIED);
                Quantity committed = committed(c, qualifier);
                long allocated = count(totals.get(l.id + "|allocation"));
                long delivered = count(totals.get(l.id + "|delivery"));
                Money value = c != null && c.cents != null && c.currency != null ? Money.ofCents(c.cents, c.currency) : l.value;
                lineViews.add(new LineView(l.id, lineVersions.getOrDefault(l.id, 1L), l.lineNo, item(l.itemId), l.itemText, l.category, committed, value, l.fundingRoute,
                        allocated, delivered, FulfilmentState.of(committed.value(), delivered)));
            }
            RetractionView retraction = retractions.get(p.id);
            out.add(new PledgeView(p.id, versions.getOrDefault(p.id, 1L), donor(p.donorCode), p.aidType, p.title, p.announced, p.meetingId, p.visibility,
                    Micros.toInstant(p.recordedAt), p.recordedBy, retraction != null, retraction, sameAs.get(p.id), lineViews,
                    sources.getOrDefault(p.id, List.of()), withHistory ? history(h, p.id, knownAt, audience) : null));
        }
        return out;
    }

    /**
     * Per pledge, how many of its revisions are links "the same package" to or from a pledge {@code audience} may not see.
     * Such a link is, for that audience, never made (it is not shown and does not count), so it is no revision either: the
     * version the audience is shown counts only the revisions it may see, and what it is shown is the same as from a
     * ledger without the hidden pledge. A link's revisions carry the link's own time.
     */
    private static Map<String, Long> unseenLinkRevisions(Handle h, List<String> ids, long knownAt, Audience audience) {
        Map<String, Long> out = new HashMap<>();
        if (audience.everything() || ids.isEmpty()) return out;
        AudienceSql.bind(h.createQuery("SELECT r.subject_id, COUNT(DISTINCT r.version) FROM revision r JOIN pledge_link lk "
                        + "ON lk.recorded_at = r.recorded_at AND (lk.pledge_id = r.subject_id OR lk.same_as_id = r.subject_id) "
                        + "WHERE r.subject_type = 'pledge' AND r.action = 'same-as' AND r.subject_id IN (<ids>) AND r.recorded_at <= :knownAt "
                        + "AND EXISTS (SELECT 1 FROM pledge o WHERE o.id = CASE WHEN lk.pledge_id = r.subject_id THEN lk.same_as_id "
                        + "ELSE lk.pledge_id END AND " + AudienceSql.hidden(audience, "o") + ") GROUP BY r.subject_id"), audience)
                .bindList("ids", ids).bind("knownAt", knownAt)
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private static Quantity committed(Totals c, Qualifier qualifier) {
        if (c == null || qualifier == Qualifier.UNSPECIFIED) return Quantity.UNSPECIFIED;
        return new Quantity(c.quantity, qualifier == Qualifier.RANGE ? c.max : null, qualifier);
    }

    private static long count(Totals t) {
        return t == null || t.quantity == null ? 0 : t.quantity;
    }

    /** Every posting on a pledge as recorded (by knownAt), in recorded order, corrections labelled. */
    private List<EntryView> history(Handle h, String pledgeId, long knownAt, Audience audience) {
        List<LedgerEntry> entries = AudienceSql.bind(h.createQuery("SELECT * FROM ledger_entry e WHERE e.pledge_id = :p AND e.recorded_at <= :knownAt "
                        + AudienceSql.and(audience, "e") + "ORDER BY e.recorded_at, e.id"), audience)
                .bind("p", pledgeId).bind("knownAt", knownAt).map(EntryMapper.INSTANCE).list();
        return entryViews(h, entries, knownAt, audience, true);
    }

    // ---------------------------------------------------------------- allocations and deliveries

    /** Postings of one kind (allocation or delivery), reversals included and marked, oldest id first. */
    public Page<EntryView> entries(EntryKind kind, ListQuery q, Audience audience) {
        TimeFilter t = q.time();
        Sql sql = new Sql("SELECT * FROM ledger_entry e WHERE e.kind = :kind AND e.recorded_at <= :knownAt")
                .bind("kind", kind.code()).bind("knownAt", t.knownAtMicros()).visible(audience, "e");
        happenedBy(sql, "e.happened_on", t);
        if (q.donor() != null) sql.and("e.donor_code = :donor").bind("donor", donorCode(q.donor()));
        if (q.aidType() != null) sql.and("e.aid_type = :aidType").bind("aidType", q.aidType().code());
        if (q.item() != null) sql.and("e.item_id = :item").bind("item", itemId(q.item()));
        if (q.category() != null) sql.and("LOWER(e.category) = :category").bind("category", q.category().trim().toLowerCase(Locale.ROOT));
        if (q.from() != null) sql.and("e.happened_on >= :from").bind("from", q.from().toString());
        if (q.to() != null) sql.and("e.happened_on <= :to").bind("to", q.to().toString());
        if (q.cursor() != null) sql.and("e.id > :cId").bind("cId", cursorLong(q.cursor()));
        sql.append(" ORDER BY e.id LIMIT :limit").bind("limit", q.limit() + 1);
        return jdbi.withHandle(h -> {
            return page(sql.query(h).map(EntryMapper.INSTANCE).list(), q.limit(), last -> Cursor.encode(String.valueOf(last.id())),
                    rows -> entryViews(h, rows, t.knownAtMicros(), audience, false));
        });
    }

    /** One posting (of any kind), with what reverses it and its sources; 404 when not recorded by knownAt, or hidden from {@code audience}. */
    public EntryView entry(long id, TimeFilter t, Audience audience) {
        return jdbi.withHandle(h -> {
            var rows = byId(h, "ledger_entry", id, t, AudienceSql.visible(audience, "x"), audience).map(EntryMapper.INSTANCE).list();
            if (rows.isEmpty()) throw new NotFoundException("ledger entry", String.valueOf(id));
            return entryViews(h, rows, t.knownAtMicros(), audience, false).get(0);
        });
    }

    private List<EntryView> entryViews(Handle h, List<LedgerEntry> entries, long knownAt, Audience audience, boolean labelRestatements) {
        if (entries.isEmpty()) return List.of();
        List<String> ids = entries.stream().map(e -> String.valueOf(e.id())).toList();
        List<Long> numericIds = entries.stream().map(LedgerEntry::id).toList();
        Map<Long, Long> reversedBy = new HashMap<>();
        AudienceSql.bind(h.createQuery("SELECT e.reverses_id, e.id FROM ledger_entry e WHERE e.reverses_id IN (<ids>) AND e.recorded_at <= :knownAt "
                        + AudienceSql.and(audience, "e")), audience)
                .bindList("ids", numericIds).bind("knownAt", knownAt)
                .map((rs, ctx) -> reversedBy.put(rs.getLong(1), rs.getLong(2))).list();
        Map<String, Integer> lineNos = new HashMap<>();
        h.createQuery("SELECT id, line_no FROM pledge_line WHERE id IN (<ids>)")
                .bindList("ids", entries.stream().map(LedgerEntry::lineId).distinct().toList())
                .map((rs, ctx) -> lineNos.put(rs.getString(1), rs.getInt(2))).list();
        Map<String, List<Cited>> sources = citations(h, "entry", ids, knownAt);
        Map<String, Long> versions = Revisions.current(h, SubjectType.ENTRY, ids, knownAt);
        java.util.Set<String> linesSeen = new java.util.HashSet<>();
        List<EntryView> out = new ArrayList<>();
        for (LedgerEntry e : entries) {
            String correction = null;
            if (e.reversesId() != null) {
                correction = "reversal";
            } else if (labelRestatements && e.kind() == EntryKind.COMMITMENT && !linesSeen.add(e.lineId())) {
                correction = "restatement";
            }
            Money amount = e.amountCents() == null || e.currency() == null ? null : Money.ofCents(e.amountCents(), e.currency());
            out.add(new EntryView(e.id(), versions.getOrDefault(String.valueOf(e.id()), 1L), e.kind(), e.pledgeId(), e.lineId(), lineNos.get(e.lineId()), donor(e.donorCode()), item(e.itemId()),
                    e.category(), e.quantity(), amount, e.happened(), e.route(), e.note(), e.reversesId(), reversedBy.get(e.id()),
                    correction, Micros.toInstant(e.recordedAt()), e.recordedBy(), sources.getOrDefault(String.valueOf(e.id()), List.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- needs

    public Page<NeedView> needs(ListQuery q, Audience audience) {
        TimeFilter t = q.time();
        Sql sql = new Sql("SELECT * FROM need n WHERE n.recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros())
                .and(AudienceSql.visibleNeed(audience, "n"));
        happenedBy(sql, "n.stated_on", t);
        if (q.item() != null) sql.and("n.item_id = :item").bind("item", itemId(q.item()));
        if (q.category() != null) sql.and("LOWER(n.category) = :category").bind("category", q.category().trim().toLowerCase(Locale.ROOT));
        if (q.capability() != null) sql.and("n.capability = :capability").bind("capability", q.capability());
        if (q.from() != null) sql.and("n.stated_on >= :from").bind("from", q.from().toString());
        if (q.to() != null) sql.and("n.stated_on <= :to").bind("to", q.to().toString());
        if (q.cursor() != null) sql.and("n.id > :cId").bind("cId", Cursor.decode(q.cursor(), 1).get(0));
        sql.append(" ORDER BY n.id LIMIT :limit").bind("limit", q.limit() + 1);
        return jdbi.withHandle(h -> {
            return page(sql.query(h).mapToMap().list(), q.limit(), last -> Cursor.encode((String) last.get("id")),
                    rows -> needViews(h, rows, t));
        });
    }

    /** One need; 404 when it does not exist at knownAt, or {@code audience} may not see it. */
    public NeedView need(String id, TimeFilter t, Audience audience) {
        return jdbi.withHandle(h -> {
            List<Map<String, Object>> rows = byId(h, "need", id, t, AudienceSql.visibleNeed(audience, "x"), audience).mapToMap().list();
            if (rows.isEmpty()) throw new NotFoundException("need", id);
            return needViews(h, rows, t).get(0);
        });
    }

    private List<NeedView> needViews(Handle h, List<Map<String, Object>> rows, TimeFilter t) {
        if (rows.isEmpty()) return List.of();
        List<String> ids = rows.stream().map(r -> (String) r.get("id")).toList();
        Sql statusSql = new Sql("SELECT * FROM need_status WHERE need_id IN (<ids>) AND recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros());
        happenedBy(statusSql, "changed_on", t);
        statusSql.append(" ORDER BY recorded_at, id");
        Map<String, List<StatusView>> history = new HashMap<>();
        statusSql.query(h).bindList("ids", ids).map((rs, ctx) -> {
            String on = rs.getString("changed_on");
            history.computeIfAbsent(rs.getString("need_id"), k -> new ArrayList<>()).add(new StatusView(
                    NeedStatus.fromCode(rs.getString("status")), on == null ? null : LocalDate.parse(on), rs.getString("note"),
                    Micros.toInstant(rs.getLong("recorded_at")), rs.getString("recorded_by")));
            return 0;
        }).list();
        Map<String, List<Cited>> sources = citations(h, "need", ids, t.knownAtMicros());
        Map<String, Long> versions = Revisions.current(h, SubjectType.NEED, ids, t.knownAtMicros());
        List<NeedView> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            List<StatusView> statuses = history.getOrDefault(id, List.of());
            String neededBy = (String) r.get("needed_by");
            out.add(new NeedView(id, versions.getOrDefault(id, 1L), (String) r.get("capability"), item((String) r.get("item_id")), (String) r.get("category"),
                    (String) r.get("description"),
                    new Quantity(asLong(r.get("quantity")), asLong(r.get("quantity_max")), Qualifier.fromCode((String) r.get("qualifier"))),
                    asLong(r.get("priority")).intValue(), neededBy == null ? null : LocalDate.parse(neededBy),
                    FuzzyDate.of((String) r.get("stated_on"), (String) r.get("stated_precision")),
                    Visibility.fromCode((String) r.get("visibility")), Micros.toInstant(asLong(r.get("recorded_at"))),
                    (String) r.get("recorded_by"), statuses.isEmpty() ? null : statuses.get(statuses.size() - 1).status(), statuses,
                    sources.getOrDefault(id, List.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- meetings

    public Page<MeetingView> meetings(ListQuery q, Audience audience) {
        TimeFilter t = q.time();
        Sql sql = new Sql("SELECT * FROM meeting m WHERE m.recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros());
        happenedBy(sql, "m.held_on", t);
        if (q.from() != null) sql.and("m.held_on >= :from").bind("from", q.from().toString());
        if (q.to() != null) sql.and("m.held_on <= :to").bind("to", q.to().toString());
        if (q.cursor() != null) {
            List<String> key = Cursor.decode(q.cursor(), 2);
            sql.and("(m.held_on > :cDate OR (m.held_on = :cDate AND m.id > :cId))").bind("cDate", key.get(0)).bind("cId", key.get(1));
        }
        sql.append(" ORDER BY m.held_on, m.id LIMIT :limit").bind("limit", q.limit() + 1);
        return jdbi.withHandle(h -> {
            return page(sql.query(h).mapToMap().list(), q.limit(),
                    last -> Cursor.encode((String) last.get("held_on"), (String) last.get("id")), rows -> meetingViews(h, rows, t, audience));
        });
    }

    /** One meeting (meetings are public) with the pledges announced there that {@code audience} sees. */
    public MeetingView meeting(String id, TimeFilter t, Audience audience) {
        return jdbi.withHandle(h -> {
            List<Map<String, Object>> rows = byId(h, "meeting", id, t).mapToMap().list();
            if (rows.isEmpty()) throw new NotFoundException("meeting", id);
            return meetingViews(h, rows, t, audience).get(0);
        });
    }

    private List<MeetingView> meetingViews(Handle h, List<Map<String, Object>> rows, TimeFilter t, Audience audience) {
        if (rows.isEmpty()) return List.of();
        List<String> ids = rows.stream().map(r -> (String) r.get("id")).toList();
        Sql pledgeSql = new Sql("SELECT * FROM pledge p WHERE p.meeting_id IN (<ids>) AND p.recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros())
                .visible(audience, "p");
        happenedBy(pledgeSql, "p.announced_on", t);
        pledgeSql.append(" ORDER BY p.id");
        Map<String, List<PledgeSummary>> pledges = new HashMap<>();
        pledgeSql.query(h).bindList("ids", ids).map(LedgerQueries::pledgeRow).forEach(p -> pledges
                .computeIfAbsent(p.meetingId, k -> new ArrayList<>())
                .add(new PledgeSummary(p.id, donor(p.donorCode), p.aidType, p.title, p.announced)));
        Map<String, List<Cited>> sources = citations(h, "meeting", ids, t.knownAtMicros());
        List<MeetingView> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            out.add(new MeetingView(id, LocalDate.parse((String) r.get("held_on")), (String) r.get("place"), (String) r.get("title"),
                    (String) r.get("format"), Micros.toInstant(asLong(r.get("recorded_at"))), (String) r.get("recorded_by"),
                    pledges.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- sources

    public Page<SourceView> sources(ListQuery q, Audience audience) {
        TimeFilter t = q.time();
        Sql sql = new Sql("SELECT * FROM source s WHERE s.recorded_at <= :knownAt").bind("knownAt", t.knownAtMicros())
                .and(AudienceSql.visibleSource(audience, "s"));
        if (AudienceSql.bindsDonor(audience)) sql.bind(AudienceSql.DONOR, audience.ownDonor());
        if (q.cursor() != null) sql.and("s.id > :cId").bind("cId", Cursor.decode(q.cursor(), 1).get(0));
        sql.append(" ORDER BY s.id LIMIT :limit").bind("limit", q.limit() + 1);
        return jdbi.withHandle(h -> {
            return page(sql.query(h).mapToMap().list(), q.limit(), last -> Cursor.encode((String) last.get("id")),
                    rows -> sourceViews(h, rows, t, audience));
        });
    }

    /** One source with the subjects {@code audience} sees that cite it; 404 when it does not exist, or is cited only by hidden ones. */
    public SourceView source(String id, TimeFilter t, Audience audience) {
        return jdbi.withHandle(h -> {
            List<Map<String, Object>> rows = byId(h, "source", id, t, AudienceSql.visibleSource(audience, "x"), audience).mapToMap().list();
            if (rows.isEmpty()) throw new NotFoundException("source", id);
            return sourceViews(h, rows, t, audience).get(0);
        });
    }

    private List<SourceView> sourceViews(Handle h, List<Map<String, Object>> rows, TimeFilter t, Audience audience) {
        if (rows.isEmpty()) return List.of();
        List<String> ids = rows.stream().map(r -> (String) r.get("id")).toList();
        Map<String, List<CitedBy>> cited = new HashMap<>();
        AudienceSql.bind(h.createQuery("SELECT * FROM citation c WHERE c.source_id IN (<ids>) AND c.recorded_at <= :knownAt AND "
                        + AudienceSql.visibleCitation(audience, "c") + " ORDER BY c.id"), audience)
                .bindList("ids", ids).bind("knownAt", t.knownAtMicros())
                .map((rs, ctx) -> cited.computeIfAbsent(rs.getString("source_id"), k -> new ArrayList<>())
                        .add(new CitedBy(rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("quote"),
                                rs.getString("locator"), Micros.toInstant(rs.getLong("recorded_at")))))
                .list();
        List<SourceView> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            String published = (String) r.get("published_on");
            out.add(new SourceView(id, SourceKind.fromCode((String) r.get("kind")), (String) r.get("title"), (String) r.get("publisher"),
                    (String) r.get("url"), published == null ? null : LocalDate.parse(published), (String) r.get("entered_by"),
                    (String) r.get("batch_id"), Micros.toInstant(asLong(r.get("recorded_at"))), cited.getOrDefault(id, List.of())));
        }
        return out;
    }

    // ---------------------------------------------------------------- shared pieces

    private Map<String, List<Cited>> citations(Handle h, String subjectType, Collection<String> subjectIds, long knownAt) {
        Map<String, List<Cited>> out = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) return out;
        h.createQuery("SELECT c.subject_id, c.source_id, c.quote, c.locator, s.kind, s.title, s.publisher, s.url, s.published_on "
                        + "FROM citation c JOIN source s ON s.id = c.source_id WHERE c.subject_type = :t AND c.subject_id IN (<ids>) "
                        + "AND c.recorded_at <= :knownAt ORDER BY c.id")
                .bind("t", subjectType).bindList("ids", List.copyOf(subjectIds)).bind("knownAt", knownAt)
                .map((rs, ctx) -> {
                    String published = rs.getString("published_on");
                    return out.computeIfAbsent(rs.getString("subject_id"), k -> new ArrayList<>()).add(new Cited(rs.getString("source_id"),
                            SourceKind.fromCode(rs.getString("kind")), rs.getString("title"), rs.getString("publisher"), rs.getString("url"),
                            published == null ? null : LocalDate.parse(published), rs.getString("quote"), rs.getString("locator")));
                })
                .list();
        return out;
    }

    /** asOf: kept only if the date is known and on or before asOf (month/year dates are stored as their first day). */
    private static void happenedBy(Sql sql, String column, TimeFilter t) {
        if (t.asOf() != null) sql.and(column + " IS NOT NULL AND " + column + " <= :asOf").bind("asOf", t.asOfIso());
    }

    private String donorCode(String donor) {
        return catalog.donors().resolve(donor).map(Donor::code)
                .orElseThrow(() -> new ValidationException("donor", "'" + donor + "' is not a known donor"));
    }

    private String itemId(String item) {
        return catalog.catalog().resolve(item).map(CatalogItem::id)
                .orElseThrow(() -> new ValidationException("item", "'" + item + "' is not in the catalogue"));
    }

    private static long cursorLong(String cursor) {
        try {
            return Long.parseLong(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw new ValidationException("cursor", "is not a cursor this list gave out (pass nextCursor back unchanged)");
        }
    }

    private DonorRef donor(String code) {
        Optional<Donor> d = catalog.donors().byCode(code);
        return new DonorRef(code, d.map(Donor::name).orElse(code));
    }

    private ItemRef item(String id) {
        if (id == null) return null;
        return catalog.catalog().byId(id).map(i -> new ItemRef(i.id(), i.name(), i.category())).orElse(new ItemRef(id, id, null));
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    /** A WHERE clause built from the filters given, with its bindings; table and column names are never user input. */
    private static final class Sql {
        private final StringBuilder text;
        private final Map<String, Object> binds = new LinkedHashMap<>();

        Sql(String base) {
            this.text = new StringBuilder(base);
        }

        Sql and(String condition) {
            text.append(" AND ").append(condition);
            return this;
        }

        Sql append(String s) {
            text.append(s);
            return this;
        }

        Sql bind(String name, Object value) {
            binds.put(name, value);
            return this;
        }

        /** Keeps to the rows of {@code alias} (visibility and donor_code) the audience sees. */
        Sql visible(Audience audience, String alias) {
            if (audience.everything()) return this;
            and(AudienceSql.visible(audience, alias));
            if (AudienceSql.bindsDonor(audience)) bind(AudienceSql.DONOR, audience.ownDonor());
            return this;
        }

        Query query(Handle h) {
            Query q = h.createQuery(text.toString());
            binds.forEach(q::bind);
            return q;
        }
    }

    /** Keyset paging: the query asked for limit + 1 rows, the extra one only says that a next page exists. */
    private static <R, V> Page<V> page(List<R> rows, int limit, Function<R, String> cursorOf, Function<List<R>, List<V>> views) {
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = cursorOf.apply(rows.get(rows.size() - 1));
        }
        return new Page<>(views.apply(rows), next);
    }

    /** One row of a table by id, as it existed at knownAt. */
    private static org.jdbi.v3.core.statement.Query byId(Handle h, String table, Object id, TimeFilter t) {
        return h.createQuery("SELECT * FROM " + table + " WHERE id = :id AND recorded_at <= :knownAt")
                .bind("id", id).bind("knownAt", t.knownAtMicros());
    }

    /** One row of a table (alias x) by id, as it existed at knownAt, if {@code visible} (an {@link AudienceSql} fragment) holds. */
    private static org.jdbi.v3.core.statement.Query byId(Handle h, String table, Object id, TimeFilter t, String visible, Audience audience) {
        return AudienceSql.bind(h.createQuery("SELECT x.* FROM " + table + " x WHERE x.id = :id AND x.recorded_at <= :knownAt AND " + visible),
                        audience).bind("id", id).bind("knownAt", t.knownAtMicros());
    }
}
