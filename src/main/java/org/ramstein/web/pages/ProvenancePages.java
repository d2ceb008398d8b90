package org.ramstein.web.pages;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.LedgerViews.Cited;
import org.ramstein.ledger.view.LedgerViews.EntryView;
import org.ramstein.ledger.view.LedgerViews.LineView;
import org.ramstein.ledger.view.LedgerViews.PledgeView;
import org.ramstein.reports.DashboardQueries;

/**
 * The provenance panel: for one entry (pledge, posting, need, meeting, observation, source) its sources with their
 * quotes and its corrections history; for a total, the pledge lines it is made of, each opening its own sources.
 */
final class ProvenancePages {
    private static final int FIGURE_PAGE = 100;
    private static final int CITATIONS_PAGE = 100;
    private final Dashboard d;

    ProvenancePages(Dashboard d) {
        this.d = d;
    }

    Provenance subject(View v, String type, String id) {
        TimeFilter time = Dashboard.time(v);
        return switch (type) {
            case "pledge" -> pledge(v, d.queries.pledge(id, time, v.audience()));
            case "entry" -> entry(v, id, time);
            case "need" -> need(v, id, time);
            case "meeting" -> meeting(v, id, time);
            case "observation" -> observation(v, id);
            case "source" -> source(v, id, time);
            default -> throw new NotFoundException("kind of entry", type);
        };
    }

    private static List<Provenance.Quote> quotes(List<Cited> cited) {
        return cited.stream().map(c -> new Provenance.Quote(c.kind() == null ? null : c.kind().code(), c.title(), c.publisher(), c.url(),
                c.publishedOn() == null ? null : c.publishedOn().toString(), c.quote(), c.locator())).toList();
    }

    private String donorName(String code) {
        return d.app.catalog().donors().byCode(code).map(Donor::name).orElse(code);
    }

    private Provenance pledge(View v, PledgeView p) {
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(new Provenance.Fact("Donor", p.donor().name(), "/donors/" + p.donor().code()));
        facts.add(Provenance.Fact.of("Aid type", p.aidType().label()));
        facts.add(Provenance.Fact.of("Announced", Fmt.date(p.announced())));
        if (p.meetingId() != null) facts.add(new Provenance.Fact("Announced at", p.meetingId(), "/provenance/meeting/" + p.meetingId()));
        facts.add(Provenance.Fact.of("Recorded", Fmt.recorded(p.recordedAt()) + (p.recordedBy() == null ? "" : " by " + p.recordedBy())));
        facts.add(Provenance.Fact.of("Visibility", p.visibility().code()));
        if (p.sameAs() != null) {
            facts.add(new Provenance.Fact("Counted", "no — a re-announcement of " + p.sameAs() + "; the package is counted once, there",
                    "/provenance/pledge/" + p.sameAs()));
        }
        if (p.retracted()) {
            facts.add(Provenance.Fact.of("Retracted", p.retraction().reason() + " (recorded " + Fmt.recorded(p.retraction().recordedAt()) + ")"));
        }
        WebTable.Builder lines = WebTable.builder("lines", "Lines of this pledge", "line", "item", "committed", "value", "allocated", "delivered", "state");
        for (LineView l : p.lines()) {
            lines.row(Cell.text(String.valueOf(l.lineNo())),
                    l.item() != null ? Cell.link(l.item().name() + (l.itemText() == null ? "" : " (“" + l.itemText() + "”)"), "/systems/" + l.item().id())
                            : Cell.text((l.itemText() == null ? "" : l.itemText() + " ") + "[" + Fmt.label(l.category()) + "]"),
                    new Cell(Fmt.qty(l.committed()), l.committed().value(), null, null, true, null),
                    new Cell(l.value() == null ? "—" : Fmt.money(l.value()), l.value() == null ? null : l.value().amount(), null, null, true,
                            l.value() == null ? null : "reported"),
                    Cell.num(l.allocated()), Cell.num(l.delivered()),
                    Cell.text(l.delivered() == 0 && l.committed().value() != null ? "no deliveries recorded for this line yet" : l.state().code()));
        }
        lines.empty("This pledge has no lines.");
        WebTable.Builder h = WebTable.builder("history", "Corrections history: every posting on this pledge, in the order recorded", "recorded",
                "posting", "line", "quantity", "amount", "happened", "correction", "note");
        if (p.history() != null) {
            for (EntryView e : p.history()) h.row(historyRow(e));
        }
        h.note("nothing is overwritten: a correction is a new posting (a reversal of the old figure, or a restatement), shown here beside the original");
        h.empty("No postings recorded on this pledge" + v.when() + ".");
        List<String> notes = new ArrayList<>();
        if (p.lines().stream().allMatch(l -> l.delivered() == 0)) notes.add("No deliveries recorded for this pledge yet.");
        return new Provenance(v, "Pledge: " + (p.title() == null ? p.id() : p.title()), "Pledge " + p.id() + " of " + p.donor().name()
                + " — " + Lines.summary(p) + ".", facts, quotes(p.sources()), lines.build(), h.build(), notes);
    }

    private static Cell[] historyRow(EntryView e) {
        String correction = e.correction() == null ? (e.reversedBy() != null ? "reversed by entry " + e.reversedBy() : "original")
                : "reversal".equals(e.correction()) ? "reversal of entry " + e.reversesId() : e.correction();
        return new Cell[] {Cell.text(Fmt.recorded(e.recordedAt())),
                new Cell(e.kind().code() + " #" + e.id(), e.id(), null, "/provenance/entry/" + e.id(), false, null),
                Cell.text(e.lineNo() == null ? "" : String.valueOf(e.lineNo())),
                new Cell(e.quantity() == null ? "—" : Fmt.qty(e.quantity()), e.quantity() == null ? null : e.quantity().value(), null, null, true, null),
                new Cell(e.amount() == null ? "—" : Fmt.money(e.amount()), e.amount() == null ? null : e.amount().amount(), null, null, true, null),
                Cell.text(Fmt.date(e.happened())), Cell.text(correction), Cell.text(e.note() == null ? "" : e.note())};
    }

    private Provenance entry(View v, String rawId, TimeFilter time) {
        long id;
        try {
            id = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            throw new ValidationException("id", "an entry id is a whole number");
        }
        EntryView e = d.queries.entry(id, time, v.audience());
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(new Provenance.Fact("Pledge", e.pledgeId() + (e.lineNo() == null ? "" : ", line " + e.lineNo()), "/provenance/pledge/" + e.pledgeId()));
        facts.add(new Provenance.Fact("Donor", e.donor().name(), "/donors/" + e.donor().code()));
        facts.add(e.item() != null ? new Provenance.Fact("Item", e.item().name(), "/systems/" + e.item().id()) : Provenance.Fact.of("Category", Fmt.label(e.category())));
        facts.add(Provenance.Fact.of("Quantity", e.quantity() == null ? "—" : Fmt.qty(e.quantity())));
        if (e.amount() != null) facts.add(Provenance.Fact.of("Amount", Fmt.money(e.amount()) + " (reported)"));
        facts.add(Provenance.Fact.of("Happened", Fmt.date(e.happened())));
        if (e.route() != null) facts.add(Provenance.Fact.of("Route", e.route()));
        if (e.note() != null) facts.add(Provenance.Fact.of("Note", e.note()));
        if (e.reversesId() != null) facts.add(new Provenance.Fact("Correction", "reverses entry " + e.reversesId(), "/provenance/entry/" + e.reversesId()));
        if (e.reversedBy() != null) facts.add(new Provenance.Fact("Corrected", "reversed by entry " + e.reversedBy(), "/provenance/entry/" + e.reversedBy()));
        facts.add(Provenance.Fact.of("Recorded", Fmt.recorded(e.recordedAt()) + (e.recordedBy() == null ? "" : " by " + e.recordedBy())));
        List<Provenance.Quote> q = quotes(e.sources());
        List<String> notes = new ArrayList<>();
        if (q.isEmpty()) {
            PledgeView p = d.queries.pledge(e.pledgeId(), time, v.audience());
            q = quotes(p.sources());
            notes.add("this posting cites no source of its own; the sources shown are its pledge's");
        }
        return new Provenance(v, Fmt.label(e.kind().code()) + " #" + e.id(), null, facts, q, null, null, notes);
    }

    private Provenance need(View v, String id, TimeFilter time) {
        var n = d.queries.need(id, time, v.audience());
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(Provenance.Fact.of("Capability", Fmt.label(n.capability())));
        facts.add(n.item() != null ? new Provenance.Fact("Item", n.item().name(), "/systems/" + n.item().id()) : Provenance.Fact.of("Category", Fmt.label(n.category())));
        facts.add(Provenance.Fact.of("Quantity needed", Fmt.qty(n.quantity())));
        facts.add(Provenance.Fact.of("Priority", n.priority() + " (1 = most urgent)"));
        facts.add(Provenance.Fact.of("Stated", Fmt.date(n.stated())));
        if (n.neededBy() != null) facts.add(Provenance.Fact.of("Needed by", n.neededBy().toString()));
        facts.add(Provenance.Fact.of("Status", n.status() == null ? "open" : n.status().code().replace('_', ' ')));
        facts.add(Provenance.Fact.of("Recorded", Fmt.recorded(n.recordedAt()) + (n.recordedBy() == null ? "" : " by " + n.recordedBy())));
        WebTable.Builder h = WebTable.builder("status-history", "Status history", "recorded", "status", "changed on", "note");
        for (var s : n.statusHistory()) {
            h.row(Cell.text(Fmt.recorded(s.recordedAt())), Cell.text(s.status().code().replace('_', ' ')), Cell.text(Fmt.date(s.changedOn())),
                    Cell.text(s.note() == null ? "" : s.note()));
        }
        h.empty("No status changes recorded for this need" + v.when() + ".");
        return new Provenance(v, "Need: " + n.description(), null, facts, quotes(n.sources()), null, h.build(), List.of());
    }

    private Provenance meeting(View v, String id, TimeFilter time) {
        var m = d.queries.meeting(id, time, v.audience());
        List<Provenance.Fact> facts = List.of(Provenance.Fact.of("Held", m.heldOn().toString()), Provenance.Fact.of("Place", m.place()),
                Provenance.Fact.of("Format", m.format()), Provenance.Fact.of("Recorded", Fmt.recorded(m.recordedAt())));
        WebTable.Builder t = WebTable.builder("announced", "Pledges announced at this meeting", "pledge", "donor", "announced");
        for (var p : m.pledges()) {
            t.row(new Cell(p.title() == null ? p.id() : p.title(), p.id(), null, "/provenance/pledge/" + p.id(), false, null),
                    Cell.link(p.donor().name(), "/donors/" + p.donor().code()), Cell.text(Fmt.date(p.announced())));
        }
        t.empty("No pledges recorded as announced at this meeting.");
        return new Provenance(v, m.title(), null, facts, quotes(m.sources()), t.build(), null, List.of());
    }

    private Provenance observation(View v, String id) {
        var o = d.dash.observation(id);
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(Provenance.Fact.of("Dataset", o.dataset()));
        if (o.donorCode() != null) facts.add(new Provenance.Fact("Donor", donorName(o.donorCode()), "/donors/" + o.donorCode()));
        if (o.donorText() != null) facts.add(Provenance.Fact.of("Donor as written", o.donorText()));
        if (o.itemId() != null) facts.add(new Provenance.Fact("Item", d.app.catalog().catalog().byId(o.itemId()).map(CatalogItem::name).orElse(o.itemId()), "/systems/" + o.itemId()));
        if (o.itemText() != null) facts.add(Provenance.Fact.of("Item as written", o.itemText()));
        facts.add(Provenance.Fact.of("Measure", o.measure()));
        facts.add(Provenance.Fact.of("Figure", Fmt.qty(o.quantity()) + (o.unit() == null ? "" : " " + o.unit())));
        if (o.cents() != null && o.currency() != null) facts.add(Provenance.Fact.of("Amount", Fmt.money(Money.ofCents(o.cents(), o.currency()))));
        facts.add(Provenance.Fact.of("Observed", Fmt.date(o.observed())));
        if (o.statusText() != null) facts.add(Provenance.Fact.of("Status as written", o.statusText()));
        String locator = o.sourceRow() == null ? null : "row " + o.sourceRow();
        List<Provenance.Quote> q = List.of(new Provenance.Quote(o.sourceId() == null ? null : "source", o.sourceTitle(), o.sourcePublisher(),
                o.url() != null ? o.url() : o.sourceUrl(), null, o.quote(), locator));
        return new Provenance(v, "What a source says", "An observation: kept as the source said it, compared with the ledger's facts and never added to them.",
                facts, q, null, null, List.of());
    }

    private Provenance source(View v, String id, TimeFilter time) {
        var s = d.queries.source(id, time, v.audience());
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(Provenance.Fact.of("Kind", Fmt.label(s.kind().code())));
        if (s.publisher() != null) facts.add(Provenance.Fact.of("Publisher", s.publisher()));
        if (s.publishedOn() != null) facts.add(Provenance.Fact.of("Published", s.publishedOn().toString()));
        if (s.enteredBy() != null) facts.add(Provenance.Fact.of("Entered by", s.enteredBy()));
        if (s.batchId() != null) facts.add(Provenance.Fact.of("Import batch", s.batchId()));
        WebTable.Builder t = WebTable.builder("cited-by", "Entries citing this source", "entry", "quote or row", "recorded");
        boolean whole = v.exporting("cited-by");
        int offset = whole ? 0 : Math.min(Pager.offset(v, "cited-by"), s.citedBy().size());
        int size = whole ? s.citedBy().size() : CITATIONS_PAGE;
        var page = s.citedBy().subList(offset, Math.min(s.citedBy().size(), offset + size));
        for (var c : page) {
            t.row(new Cell(c.subjectType() + " " + c.subjectId(), c.subjectId(), null, "/provenance/" + c.subjectType() + "/" + c.subjectId(), false, null),
                    Cell.text(c.quote() != null ? c.quote() : c.locator() == null ? "" : c.locator()), Cell.text(Fmt.recorded(c.recordedAt())));
        }
        if (!whole) t.pager(Pager.offset(v, "cited-by", offset, size, page.size(), (long) s.citedBy().size(),
                offset + page.size() < s.citedBy().size(), "citations"));
        t.empty("No entry cites this source" + v.when() + ".");
        List<Provenance.Quote> q = List.of(new Provenance.Quote(s.kind().code(), s.title(), s.publisher(), s.url(),
                s.publishedOn() == null ? null : s.publishedOn().toString(), null, null));
        return new Provenance(v, "Source: " + (s.title() == null ? s.id() : s.title()), null, facts, q, t.build(), null, List.of());
    }

    // --- a total ----------------------------------------------------------------------------------------------------

    Provenance figure(View v, Context ctx) {
        TimeFilter time = Dashboard.time(v);
        String kindText = ctx.queryParam("kind");
        EntryKind kind = kindText == null ? null : EntryKind.fromCode(kindText);
        if (kindText != null && kind == null) throw new ValidationException("kind", "'" + kindText + "' is not commitment, allocation or delivery");
        String donor = blank(ctx.queryParam("donor")) ? null : d.app.catalog().donors().resolve(ctx.queryParam("donor")).map(Donor::code)
                .orElseThrow(() -> new ValidationException("donor", "'" + ctx.queryParam("donor") + "' is not a known donor"));
        String item = blank(ctx.queryParam("item")) ? null : d.app.catalog().catalog().resolve(ctx.queryParam("item")).map(CatalogItem::id)
                .orElseThrow(() -> new ValidationException("item", "'" + ctx.queryParam("item") + "' is not in the catalogue"));
        List<String> cats = blank(ctx.queryParam("category")) ? null : Arrays.asList(ctx.queryParam("category").split(","));
        String aidText = ctx.queryParam("aid");
        AidType aid = blank(aidText) ? null : AidType.fromCode(aidText);
        YearMonth month = null;
        if (!blank(ctx.queryParam("month"))) {
            try {
                month = YearMonth.parse(ctx.queryParam("month"));
            } catch (DateTimeParseException e) {
                throw new ValidationException("month", "is not a month (yyyy-mm)");
            }
        }
        boolean money = "1".equals(ctx.queryParam("money"));
        String pledge = blank(ctx.queryParam("pledge")) ? null : ctx.queryParam("pledge");
        var query = new DashboardQueries.FigureQuery(kind, donor, cats, item, aid, month, money, pledge);
        boolean whole = v.exporting("parts");
        int offset = whole ? 0 : Pager.offset(v, "parts");
        int size = whole ? Integer.MAX_VALUE - 1 : FIGURE_PAGE;
        var parts = d.dash.figure(time, v.audience(), query, offset, size + 1);
        var figureSize = d.dash.figureSize(time, v.audience(), query);

        String what = (kind == null ? "postings" : kind == EntryKind.COMMITMENT ? "pledged" : kind == EntryKind.ALLOCATION ? "allocated" : "delivered")
                + (money ? " value" : " quantities");
        List<String> scope = new ArrayList<>();
        if (donor != null) scope.add(donorName(donor));
        if (item != null) scope.add(d.app.catalog().catalog().byId(item).map(CatalogItem::name).orElse(item));
        if (cats != null) scope.add(String.join(", ", cats.stream().map(Fmt::label).toList()));
        if (aid != null) scope.add(aid.label().toLowerCase(java.util.Locale.ROOT) + " aid");
        if (month != null) scope.add("in " + month);
        if (pledge != null) scope.add("pledge " + pledge);
        List<Provenance.Fact> facts = new ArrayList<>();
        facts.add(Provenance.Fact.of("Figure", what + (scope.isEmpty() ? ", everything" : ": " + String.join(" · ", scope))));
        facts.add(Provenance.Fact.of("Date", v.asOfLabel()));

        WebTable.Builder t = WebTable.builder("parts", "The entries this figure adds up", "pledge", "donor", "announced", "item", money ? "amount" : "quantity",
                "postings", "source says");
        List<DashboardQueries.FigurePart> shown = parts.stream().limit(size).toList();
        for (var p : shown) {
            String itemName = p.itemId() != null ? d.app.catalog().catalog().byId(p.itemId()).map(CatalogItem::name).orElse(p.itemId())
                    : p.itemText() != null ? p.itemText() : Fmt.label(p.category());
            Cell figure = money && p.cents() != null && p.currency() != null
                    ? new Cell(Fmt.money(Money.ofCents(p.cents(), p.currency())), BigDecimal.valueOf(p.cents(), 2), null, null, true, "reported")
                    : Cell.num(p.quantity());
            t.row(new Cell(p.title() == null ? p.pledgeId() : p.title(), p.pledgeId(), null, "/provenance/pledge/" + p.pledgeId(), false, null),
                    Cell.link(donorName(p.donorCode()), "/donors/" + p.donorCode()), Cell.text(Fmt.date(p.announced())), Cell.text(itemName),
                    figure, Cell.text(p.postings() + (p.corrected() ? " (incl. a correction)" : "")),
                    Cell.text(p.quote() == null ? "" : "“" + p.quote() + "”" + (p.sourceTitle() == null ? "" : " — " + p.sourceTitle())));
        }
        if (!whole) t.pager(Pager.offset(v, "parts", offset, size, shown.size(), figureSize.lines(), parts.size() > size, "pledge lines"));
        t.note("each row is one pledge line's postings summed (commitments, restatements and reversals netted); click a pledge for its sources and corrections");
        t.note("re-announced packages are counted once (their duplicate is left out); a retracted pledge's postings net to zero");
        String of = pledge != null ? " for this pledge" : scope.isEmpty() ? "" : " for " + String.join(" · ", scope);
        t.empty((kind == EntryKind.DELIVERY ? "No deliveries recorded" : kind == EntryKind.ALLOCATION ? "No allocations recorded"
                : kind == EntryKind.COMMITMENT ? "No commitments recorded" : "Nothing recorded") + of + v.when() + " yet.");
        String summary = figureSize.lines() == 0 ? null : (money ? "" : "Total: " + Fmt.n(figureSize.quantity()) + " " + unitsOf(kind) + " from ")
                + Fmt.n(figureSize.lines()) + " pledge line(s)" + (money ? ", each amount as reported in its own currency" : "") + ".";
        return new Provenance(v, "Where this figure comes from", summary, facts, List.of(), t.build(), null, List.of());
    }

    private static String unitsOf(EntryKind kind) {
        return kind == null ? "units posted" : kind == EntryKind.COMMITMENT ? "units pledged" : kind == EntryKind.ALLOCATION ? "units allocated"
                : "units delivered";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
