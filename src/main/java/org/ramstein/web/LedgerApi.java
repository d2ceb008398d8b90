package org.ramstein.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.LedgerQueries;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.reports.ReportService;
import org.ramstein.reports.domain.ReportTable;

/**
 * The routes of /api/v1: each handler reads its input, calls the same service or query the command line uses, and
 * writes the view. Writes answer 201 with the created resource's Location and its view. A single subject's view carries
 * its version as ETag; a change to a recorded subject names the version it was made on ({@link Versions}).
 */
final class LedgerApi {
    static final String V1 = "/api/v1";

    /**
     * A report over HTTP: the same ReportService the CLI prints from, with its options read from the query, for the
     * caller's audience (narrowed to public rows by {@code publicOnly=true}: an insider asking for the public view).
     */
    @FunctionalInterface
    private interface Report {
        ReportTable run(ReportService reports, TimeFilter time, Audience audience, QueryParams params);
    }

    /** Reports over HTTP: adding one is one line here (and its entry in openapi.json). */
    private static final Map<String, Report> REPORTS = new LinkedHashMap<>();

    static {
        REPORTS.put("donors", (reports, time, a, p) -> reports.donors(time, a));
        REPORTS.put("fulfilment", (reports, time, a, p) -> reports.fulfilment(time, a, p.text("by"), p.text("donor"), p.text("category")));
        REPORTS.put("values", (reports, time, a, p) -> reports.values(time, a, p.text("by"), p.text("donor")));
        REPORTS.put("reconciliation", (reports, time, a, p) -> reports.reconciliation(time, a, p.required("donor"), p.required("item")));
        REPORTS.put("meetings", (reports, time, a, p) -> reports.meetings(time, a));
        REPORTS.put("needs", (reports, time, a, p) -> reports.needs(time, a));
    }

    private final App app;
    private final LedgerService service;
    private final LedgerQueries queries;

    LedgerApi(App app) {
        this.app = app;
        this.service = app.ledgerService();
        this.queries = new LedgerQueries(app.database().jdbi(), app.catalog());
    }

    List<Route> routes() {
        List<Route> r = new ArrayList<>();
        r.add(Route.get(V1 + "/donors", ctx -> ctx.json(Map.of("items", queries.donors()))));
        r.add(Route.get(V1 + "/catalogue", ctx -> ctx.json(Map.of("items",
                queries.catalogue(new QueryParams(ctx).text("category"), new QueryParams(ctx).text("q"))))));

        r.add(Route.get(V1 + "/pledges", ctx -> ctx.json(queries.pledges(new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/pledges/{id}", ctx -> Versions.json(ctx, queries.pledge(ctx.pathParam("id"), time(ctx), audience(ctx)))));
        r.add(Route.post(V1 + "/pledges", this::recordPledge));
        r.add(Route.post(V1 + "/pledges/{id}/lines/{lineNo}/allocations", ctx -> recordEntry(ctx, EntryKind.ALLOCATION)));
        r.add(Route.post(V1 + "/pledges/{id}/lines/{lineNo}/deliveries", ctx -> recordEntry(ctx, EntryKind.DELIVERY)));
        r.add(Route.post(V1 + "/pledges/{id}/lines/{lineNo}/restatement", this::restate));
        r.add(Route.post(V1 + "/pledges/{id}/retraction", this::retract));
        r.add(Route.post(V1 + "/pledges/{id}/same-as", this::sameAs));

        r.add(Route.get(V1 + "/allocations", ctx -> ctx.json(queries.entries(EntryKind.ALLOCATION, new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/deliveries", ctx -> ctx.json(queries.entries(EntryKind.DELIVERY, new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/entries/{id}", ctx -> Versions.json(ctx, queries.entry(entryId(ctx), time(ctx), audience(ctx)))));
        r.add(Route.post(V1 + "/entries/{id}/reversal", this::reverse));

        r.add(Route.get(V1 + "/needs", ctx -> ctx.json(queries.needs(new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/needs/{id}", ctx -> Versions.json(ctx, queries.need(ctx.pathParam("id"), time(ctx), audience(ctx)))));
        r.add(Route.post(V1 + "/needs", this::recordNeed));
        r.add(Route.post(V1 + "/needs/{id}/status", this::needStatus));

        r.add(Route.get(V1 + "/meetings", ctx -> ctx.json(queries.meetings(new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/meetings/{id}", ctx -> ctx.json(queries.meeting(ctx.pathParam("id"), time(ctx), audience(ctx)))));
        r.add(Route.post(V1 + "/meetings", this::recordMeeting));

        r.add(Route.get(V1 + "/sources", ctx -> ctx.json(queries.sources(new QueryParams(ctx).list(), audience(ctx)))));
        r.add(Route.get(V1 + "/sources/{id}", ctx -> ctx.json(queries.source(ctx.pathParam("id"), time(ctx), audience(ctx)))));

        REPORTS.forEach((name, report) -> r.add(Route.get(V1 + "/reports/" + name, ctx -> {
            QueryParams params = new QueryParams(ctx);
            TimeFilter t = params.time();
            params.check();
            Audience audience = params.flag("publicOnly") ? Audience.PUBLIC : audience(ctx);
            ReportTable table = report.run(app.reports(), t, audience, params);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("report", name);
            body.put("title", table.title());
            body.put("asOf", t.asOf());
            body.put("knownAt", t.knownAt());
            body.put("columns", table.columns());
            body.put("items", table.records());
            body.put("notes", table.notes());
            ctx.json(body);
        })));
        return r;
    }

    /** Whose eyes the answer is for: the caller's. */
    private static Audience audience(Context ctx) {
        return Caller.of(ctx).audience();
    }

    private static TimeFilter time(Context ctx) {
        QueryParams p = new QueryParams(ctx);
        TimeFilter t = p.time();
        p.check();
        return t;
    }

    private static long entryId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "an entry id is a whole number");
        }
    }

    private static void created(Context ctx, String location, Object view) {
        ctx.status(201).header("Location", location);
        Versions.json(ctx, view);
    }

    /** A change's input with the version of its subject the body names ({@code "version"}; If-Match may name it instead). */
    private record Versioned<T>(T input, Long version) {
    }

    // ---------------------------------------------------------------- writes

    private void recordPledge(Context ctx) {
        JsonBody in = new JsonBody();
        JsonBody.Obj o = JsonBody.parse(ctx.body(), in);
        List<LineDraft> lines = null;
        List<JsonBody.Obj> lineObjs = o.objects("lines");
        if (lineObjs != null) {
            lines = new ArrayList<>();
            for (JsonBody.Obj l : lineObjs) {
                if (l == null) {
                    lines.add(null);
                    continue;
                }
                lines.add(new LineDraft(l.text("item"), l.text("itemText"), l.text("category"), l.quantity("quantity"), l.money("value"),
                        l.code("fundingRoute", FundingRoute.class)));
                l.done();
            }
        }
        PledgeDraft draft = new PledgeDraft(o.text("id"), o.text("donor"), o.code("aidType", AidType.class), o.text("title"),
                o.fuzzyDate("announced"), o.text("meetingId"), o.code("visibility", Visibility.class), lines, o.sources("sources"),
                by(ctx, o));
        o.done();
        service.donorNamed(draft.donor()).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
        // the service's own checks (unknown donor, missing quantity...) join the parse errors in one answer
        in.throwIfAny(service.problems(draft));
        var recorded = service.recordPledge(draft);
        created(ctx, V1 + "/pledges/" + recorded.pledgeId(), queries.pledge(recorded.pledgeId(), TimeFilter.NOW, audience(ctx)));
    }

    private void recordEntry(Context ctx, EntryKind kind) {
        String lineId = lineId(ctx);
        actForLine(ctx, lineId);
        Versioned<EntryDraft> in = JsonBody.read(ctx.body(), o -> new Versioned<>(new EntryDraft(kind, lineId, o.whole("quantity"),
                o.money("amount"), o.fuzzyDate("happened"), o.text("route"), o.text("note"), o.sources("sources"), by(ctx, o)),
                o.whole("version")));
        long id = service.recordEntry(in.input(), Versions.expected(ctx, in.version()));
        created(ctx, V1 + "/entries/" + id, queries.entry(id, TimeFilter.NOW, audience(ctx)));
    }

    private record Restatement(Quantity quantity, Money value, String reason, List<SourceRef> sources, String by, Long version) {
    }

    private void restate(Context ctx) {
        String lineId = lineId(ctx);
        actForLine(ctx, lineId);
        Restatement r = JsonBody.read(ctx.body(), o -> new Restatement(o.quantity("quantity"), o.money("value"), o.text("reason"),
                o.sources("sources"), by(ctx, o), o.whole("version")));
        long id = service.restateCommitment(lineId, Versions.expected(ctx, r.version()), r.quantity(), r.value(), r.reason(), r.sources(), r.by());
        created(ctx, V1 + "/entries/" + id, queries.entry(id, TimeFilter.NOW, audience(ctx)));
    }

    /** The body of a reversal or retraction: why, and who says so. */
    private record Reason(String reason, String by, Long version) {
        static Reason read(Context ctx) {
            return JsonBody.read(ctx.body(), o -> new Reason(o.text("reason"), LedgerApi.by(ctx, o), o.whole("version")));
        }
    }

    private void reverse(Context ctx) {
        long entryId = entryId(ctx);
        service.donorOfEntry(entryId).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
        Reason r = Reason.read(ctx);
        long id = service.reverseEntry(entryId, Versions.expected(ctx, r.version()), r.reason(), r.by());
        created(ctx, V1 + "/entries/" + id, queries.entry(id, TimeFilter.NOW, audience(ctx)));
    }

    private void retract(Context ctx) {
        String pledgeId = ctx.pathParam("id");
        actForPledge(ctx, pledgeId);
        Reason r = Reason.read(ctx);
        service.retractPledge(pledgeId, Versions.expected(ctx, r.version()), r.reason(), r.by());
        created(ctx, V1 + "/pledges/" + pledgeId, queries.pledge(pledgeId, TimeFilter.NOW, audience(ctx)));
    }

    private record SameAs(String sameAsId, String reason, String by, Long version) {
    }

    private void sameAs(Context ctx) {
        String pledgeId = ctx.pathParam("id");
        actForPledge(ctx, pledgeId);
        SameAs link = JsonBody.read(ctx.body(), (o, in) -> {
            SameAs read = new SameAs(o.text("sameAsId"), o.text("reason"), by(ctx, o), o.whole("version"));
            if (read.sameAsId() == null && in.errors().isEmpty()) in.error("sameAsId", "is required");
            return read;
        });
        actForPledge(ctx, link.sameAsId());
        service.markSameAs(pledgeId, Versions.expected(ctx, link.version()), link.sameAsId(), link.reason(), link.by());
        created(ctx, V1 + "/pledges/" + pledgeId, queries.pledge(pledgeId, TimeFilter.NOW, audience(ctx)));
    }

    private void recordNeed(Context ctx) {
        NeedDraft draft = JsonBody.read(ctx.body(), o -> new NeedDraft(o.text("id"), o.text("capability"), o.text("item"),
                o.text("category"), o.text("description"), o.quantity("quantity"), o.integer("priority"), o.date("neededBy"),
                o.fuzzyDate("stated"), o.code("visibility", Visibility.class), o.sources("sources"), by(ctx, o)));
        String id = service.recordNeed(draft);
        created(ctx, V1 + "/needs/" + id, queries.need(id, TimeFilter.NOW, audience(ctx)));
    }

    private record StatusChange(NeedStatus status, LocalDate changedOn, String note, String by, Long version) {
    }

    private void needStatus(Context ctx) {
        String needId = ctx.pathParam("id");
        StatusChange c = JsonBody.read(ctx.body(), o -> new StatusChange(o.code("status", NeedStatus.class), o.date("changedOn"),
                o.text("note"), by(ctx, o), o.whole("version")));
        service.changeNeedStatus(needId, Versions.expected(ctx, c.version()), c.status(), c.changedOn(), c.note(), c.by());
        created(ctx, V1 + "/needs/" + needId, queries.need(needId, TimeFilter.NOW, audience(ctx)));
    }

    private void recordMeeting(Context ctx) {
        MeetingDraft draft = JsonBody.read(ctx.body(), o -> new MeetingDraft(o.text("id"), o.date("heldOn"), o.text("place"),
                o.text("title"), o.text("format"), o.sources("sources"), by(ctx, o)));
        String id = service.recordMeeting(draft);
        created(ctx, V1 + "/meetings/" + id, queries.meeting(id, TimeFilter.NOW, audience(ctx)));
    }

    private void actForLine(Context ctx, String lineId) {
        service.donorOfLine(lineId).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
    }

    private void actForPledge(Context ctx, String pledgeId) {
        service.donorOfPledge(pledgeId).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
    }

    /** Who records a write: always the signed-in user; a "recordedBy" in the body is read (older clients send it) but not trusted. */
    private static String by(Context ctx, JsonBody.Obj o) {
        o.text("recordedBy");
        return Caller.of(ctx).actor();
    }

    /** Lines are addressed by their pledge and number; the stored line id is "pledgeId/lineNo". */
    private static String lineId(Context ctx) {
        String no = ctx.pathParam("lineNo");
        if (!no.matches("[1-9]\\d{0,5}")) throw new ValidationException("lineNo", "a line number is a whole number from 1");
        return ctx.pathParam("id") + "/" + no;
    }

}
