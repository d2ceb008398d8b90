package org.ramstein.web.pages;

import static org.ramstein.web.pages.Values.dec;
import static org.ramstein.web.pages.Values.lng;
import static org.ramstein.web.pages.Values.str;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ramstein.common.NotFoundException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.LedgerViews.EntryView;
import org.ramstein.ledger.view.LedgerViews.PledgeView;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.reports.domain.Valuation;

/** The donors: an index with their totals, and one page per donor (timeline, fulfilment by category, sources). */
final class DonorPages {
    private final Dashboard d;

    DonorPages(Dashboard d) {
        this.d = d;
    }

    Page index(View v) {
        TimeFilter time = Dashboard.time(v);
        List<OverviewPage.DonorTotal> totals = new OverviewPage(d).donorTotals(time, v.audience());
        ReportTable f = d.app.reports().fulfilment(time, v.audience(), "donor", null, null);
        Map<String, Integer> fRow = new LinkedHashMap<>();
        for (int i = 0; i < f.rows().size(); i++) fRow.put(str(f.value(i, "donor")), i);
        WebTable.Builder t = WebTable.builder("donors", "Donors", "donor", "committed (EUR, reported)", "allocated (EUR, reported)",
                "% of 2023 GDP", "items pledged", "items delivered", "delivered share");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (var x : totals) {
            seen.add(x.name());
            t.row(donorRow(x.code(), x.name(), x.committed(), x.allocated(), f, fRow.get(x.name())));
        }
        for (var e : fRow.entrySet()) {
            if (seen.contains(e.getKey()) || e.getKey().startsWith("TOTAL")) continue;
            String code = d.app.catalog().donors().resolve(e.getKey()).map(Donor::code).orElse(e.getKey());
            t.row(donorRow(code, e.getKey(), BigDecimal.ZERO, BigDecimal.ZERO, f, e.getValue()));
        }
        t.note("money: reported amounts in EUR at each posting's month's ECB rate; items: reported quantities, " + Fulfilment.COUNTING_RULE);
        t.empty("No donor has a pledge recorded yet.");
        return new Page(v, "Donors", "Every donor with a recorded pledge, largest committed value first.", List.of(t.build()));
    }

    private Cell[] donorRow(String code, String name, BigDecimal committed, BigDecimal allocated, ReportTable f, Integer i) {
        long pledged = i == null ? 0 : lng(f.value(i, "pledged"));
        long delivered = i == null ? 0 : lng(f.value(i, "delivered"));
        BigDecimal share = i == null ? null : dec(f.value(i, "delivered_share_pct"));
        var pct = d.gdp.percentOfGdp(code, committed);
        return new Cell[] {Cell.link(name, "/donors/" + code),
                Cell.figure(Fmt.eur(committed), committed, "/provenance/figure?kind=commitment&money=1&donor=" + code),
                Cell.figure(Fmt.eur(allocated), allocated, "/provenance/figure?kind=allocation&money=1&donor=" + code),
                pct.map(p -> new Cell(Fmt.pct2(p), p, null, null, true, null)).orElse(new Cell("—", null, null, null, true, null)),
                Cell.figure(Fmt.n(pledged), pledged, "/provenance/figure?kind=commitment&donor=" + code),
                Cell.figure(Fmt.n(delivered), delivered, "/provenance/figure?kind=delivery&donor=" + code),
                new Cell(share == null ? "—" : Fmt.pct(share), share, null, null, true, null)};
    }

    Page donor(View base, String codeOrName) {
        Donor donor = d.app.catalog().donors().resolve(codeOrName).orElseThrow(() -> new NotFoundException("donor", codeOrName));
        View v = base.titled(donor.name());
        TimeFilter time = Dashboard.time(v);
        String code = donor.code();
        List<Block> blocks = new ArrayList<>();

        ReportTable byCategory = d.app.reports().fulfilment(time, v.audience(), "category", code, null);
        var money = d.dash.monthlyValues(time, v.audience(), code);
        BigDecimal committed = money.values().stream().filter(x -> x.kind() == EntryKind.COMMITMENT).map(x -> x.eur()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Block.Figure> figs = new ArrayList<>();
        // one share per unit class (equipment, munitions): rounds are never added to vehicles
        for (int i = 0; i < byCategory.rows().size(); i++) {
            String label = str(byCategory.value(i, "category"));
            if (!label.startsWith("TOTAL ") || label.endsWith("funding") || lng(byCategory.value(i, "pledged")) == 0) continue;
            BigDecimal share = dec(byCategory.value(i, "delivered_share_pct"));
            figs.add(new Block.Figure("Delivered share of " + label.substring(6) + " pledged", share == null ? "—" : Fmt.pct(share),
                    "/provenance/figure?kind=delivery&donor=" + code,
                    Fmt.n(lng(byCategory.value(i, "delivered"))) + " of " + Fmt.n(lng(byCategory.value(i, "pledged"))) + " " + unitsOf(label) + " delivered",
                    "counting rule: " + Fulfilment.COUNTING_RULE));
        }
        if (figs.isEmpty()) {
            figs.add(new Block.Figure("Delivered share of items pledged", "—", null, "no item quantities pledged" + v.when(), null));
        }
        figs.add(new Block.Figure("Committed value (dated amounts)", committed.signum() == 0 ? "—" : Fmt.eur(committed), "/provenance/figure?kind=commitment&money=1&donor=" + code,
                committed.signum() == 0 ? "no amounts reported for this donor yet"
                        : d.gdp.percentOfGdp(code, committed).map(p -> Fmt.pct2(p) + " of 2023 GDP").orElse("2023 GDP not in the shipped table"),
                "reported amounts of commitment postings with a known date, in EUR at each month's ECB rate"));
        blocks.add(new Block.Headline(figs));

        blocks.add(new Block.Heading("timeline", "Pledges and deliveries over time"));
        blocks.add(timeline(time, v.audience(), code));
        blocks.add(pledges(v, time, donor));
        blocks.add(deliveries(v, time, donor));

        blocks.add(new Block.Heading("values", "Value of the pledges: reported and estimated"));
        blocks.add(new Block.Text("Reported values are what sources stated; estimates are quantity × unit price for lines that state no value. "
                + "A line is one or the other, and the two columns are never added together.", "note"));
        blocks.add(values(v, time, donor));
        blocks.add(new Block.Heading("fulfilment", "Fulfilment by category"));
        blocks.add(fulfilment(byCategory, code));
        blocks.add(new Block.Heading("sources", "Sources"));
        blocks.add(sources(time, v.audience(), code));
        return new Page(v, donor.name(), "What " + donor.name() + " pledged and delivered, " + v.asOfLabel() + ".", blocks);
    }

    static final int PLEDGES_PER_PAGE = 50;
    static final int DELIVERIES_PER_PAGE = 100;

    /** One page of the donor's pledges (by announcement date), or all of them for a download. */
    private WebTable pledges(View v, TimeFilter time, Donor donor) {
        String code = donor.code();
        WebTable.Builder pt = WebTable.builder("pledges", "Pledges of " + donor.name(), "announced", "pledge", "aid type", "what",
                "delivered (items)", "status");
        Pager.Start start = v.exporting("pledges") ? new Pager.Start(1, null) : Pager.keysetStart(v, "pledges");
        int size = v.exporting("pledges") ? ListQuery.MAX_LIMIT : PLEDGES_PER_PAGE;
        String cursor = start.cursor();
        int shown = 0;
        String next;
        do {
            var page = d.queries.pledges(new ListQuery(code, null, null, null, null, null, null, null, time, size, cursor), v.audience());
            for (PledgeView p : page.items()) pt.row(pledgeRow(p));
            shown += page.items().size();
            next = page.nextCursor();
            cursor = next;
        } while (v.exporting("pledges") && next != null);
        pt.empty("No pledges recorded for " + donor.name() + v.when() + ".");
        pt.note("delivered: item quantities delivered against the pledge's lines (rounds of ammunition count one each)");
        if (!v.exporting("pledges")) {
            pt.pager(Pager.keyset(v, "pledges", start, size, shown, d.dash.countPledges(time, v.audience(), code), next, "pledges"));
        }
        return pt.build();
    }

    private static Cell[] pledgeRow(PledgeView p) {
        long committedItems = p.lines().stream().mapToLong(l -> l.committed().value() == null ? 0 : l.committed().value()).sum();
        long delivered = p.lines().stream().mapToLong(l -> l.delivered()).sum();
        boolean itemsStated = p.lines().stream().anyMatch(l -> l.committed().value() != null && !"funding".equals(l.category()));
        String status = p.retracted() ? "retracted" : p.sameAs() != null ? "re-announcement of " + p.sameAs() + " (counted once)"
                : delivered != 0 ? "delivered " + Fmt.n(delivered) + " of " + Fmt.n(committedItems)
                : itemsStated ? "no deliveries recorded for this pledge yet" : "no item quantities stated";
        return new Cell[] {Cell.text(Fmt.date(p.announced())),
                new Cell(p.title() == null ? p.id() : p.title(), p.id(), null, "/provenance/pledge/" + p.id(), false, null),
                Cell.text(p.aidType().label()), Cell.text(Lines.summary(p)),
                Cell.figure(Fmt.n(delivered), delivered, "/provenance/figure?kind=delivery&pledge=" + p.id()), Cell.text(status)};
    }

    /** One page of the donor's deliveries (in the order recorded), or all of them for a download. */
    private WebTable deliveries(View v, TimeFilter time, Donor donor) {
        String code = donor.code();
        WebTable.Builder dt = WebTable.builder("deliveries", "Deliveries of " + donor.name(), "happened", "item", "quantity", "pledge", "correction");
        Pager.Start start = v.exporting("deliveries") ? new Pager.Start(1, null) : Pager.keysetStart(v, "deliveries");
        int size = v.exporting("deliveries") ? ListQuery.MAX_LIMIT : DELIVERIES_PER_PAGE;
        String cursor = start.cursor();
        int shown = 0;
        String next;
        do {
            var page = d.queries.entries(EntryKind.DELIVERY, new ListQuery(code, null, null, null, null, null, null, null, time, size, cursor),
                    v.audience());
            for (EntryView e : page.items()) {
                dt.row(Cell.text(Fmt.date(e.happened())), Cell.text(e.item() != null ? e.item().name() : Fmt.label(e.category())),
                        Cell.figure(e.quantity() == null ? "not stated" : Fmt.qty(e.quantity()), e.quantity() == null ? null : e.quantity().value(),
                                "/provenance/entry/" + e.id()),
                        new Cell(e.pledgeId(), e.pledgeId(), null, "/provenance/pledge/" + e.pledgeId(), false, null),
                        Cell.text(e.correction() != null ? "reverses entry " + e.reversesId() : e.reversedBy() != null ? "reversed by entry " + e.reversedBy() : ""));
            }
            shown += page.items().size();
            next = page.nextCursor();
            cursor = next;
        } while (v.exporting("deliveries") && next != null);
        dt.empty("No deliveries recorded for " + donor.name() + v.when() + " yet.");
        if (!v.exporting("deliveries")) {
            dt.pager(Pager.keyset(v, "deliveries", start, size, shown, d.dash.countEntries(EntryKind.DELIVERY, time, v.audience(), code), next, "deliveries"));
        }
        return dt.build();
    }

    /** The values report for one donor by category: reported and estimated EUR side by side, each estimate's basis one click away. */
    private WebTable values(View v, TimeFilter time, Donor donor) {
        ReportTable r = d.app.reports().values(time, v.audience(), "donor,category", donor.code());
        WebTable.Builder t = WebTable.builder("values", "Value of " + donor.name() + "'s pledge lines by category (EUR)", "category", "pledge lines",
                "reported value (EUR)", "estimated value (EUR)", "lines without a value", "basis of the estimate");
        BigDecimal reported = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO;
        long lines = 0, reportedLines = 0, estimatedLines = 0, unvalued = 0, unconverted = 0;
        for (int i = 0; i < r.rows().size(); i++) {
            BigDecimal rep = dec(r.value(i, "reported_eur"));
            BigDecimal est = dec(r.value(i, "estimated_eur"));
            long n = lng(r.value(i, "lines")), rl = lng(r.value(i, "reported_lines")), el = lng(r.value(i, "estimated_lines"));
            long ul = lng(r.value(i, "unvalued_lines")), cl = lng(r.value(i, "unconverted_lines"));
            String basis = str(r.value(i, "estimate_basis"));
            String cat = str(r.value(i, "category"));
            t.row(Cell.text(Fmt.label(cat)), Cell.num(n), reportedCell(rep, rl, cl), estimatedCell(est, el),
                    ul == 0 ? Cell.num(0) : Cell.num(ul).withNote("no value, no price"),
                    el == 0 ? Cell.text("—") : Cell.disclosing("basis", "Estimated lines × unit price: " + basis + ". " + Valuation.RULE + "."));
            if (rep != null) reported = reported.add(rep);
            if (est != null) estimated = estimated.add(est);
            lines += n;
            reportedLines += rl;
            estimatedLines += el;
            unvalued += ul;
            unconverted += cl;
        }
        if (!r.rows().isEmpty()) {
            t.row(Cell.text("Total"), Cell.num(lines), reportedCell(reported, reportedLines, unconverted), estimatedCell(estimated, estimatedLines),
                    Cell.num(unvalued), Cell.disclosing("how it is counted", Valuation.RULE + "."));
        }
        t.notes(r.notes());
        t.empty("No pledge lines recorded for " + donor.name() + v.when() + ".");
        return t.build();
    }

    private static Cell reportedCell(BigDecimal eur, long lines, long unconverted) {
        if (lines == 0) return new Cell("—", null, null, null, true, "none reported");
        Cell c = new Cell(Fmt.eur(eur), round(eur), null, null, true, "reported, " + Fmt.n(lines) + " line(s)");
        return unconverted > 0 ? c.withNote(Fmt.n(unconverted) + " in a currency without a rate, left out") : c;
    }

    private static Cell estimatedCell(BigDecimal eur, long lines) {
        if (lines == 0) return new Cell("—", null, null, null, true, "none estimated");
        return new Cell("≈ " + Fmt.eur(eur), round(eur), null, null, true, "estimated, " + Fmt.n(lines) + " line(s)");
    }

    private Chart timeline(TimeFilter time, Audience audience, String code) {
        var units = d.dash.monthlyUnits(time, audience, null, code);
        TreeMap<String, long[]> byMonth = new TreeMap<>();
        long undated = 0;
        for (var u : units) {
            if (u.category().equals("funding")) continue;
            if (u.month() == null) {
                undated += u.quantity();
                continue;
            }
            long[] x = byMonth.computeIfAbsent(u.month(), k -> new long[3]);
            x[u.kind().ordinal()] += u.quantity();
        }
        List<String> months = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth ym = YearMonth.parse(byMonth.firstKey()); !ym.isAfter(YearMonth.parse(byMonth.lastKey())); ym = ym.plusMonths(1)) months.add(ym.toString());
        }
        WebTable.Builder t = WebTable.builder("timeline", "Items pledged and delivered by month", "month", "pledged in month",
                "delivered in month", "pledged to date", "delivered to date");
        long p = 0, dl = 0;
        List<Long> ps = new ArrayList<>(), ds = new ArrayList<>();
        for (String m : months) {
            long[] x = byMonth.getOrDefault(m, new long[3]);
            p += x[EntryKind.COMMITMENT.ordinal()];
            dl += x[EntryKind.DELIVERY.ordinal()];
            ps.add(p);
            ds.add(dl);
            t.row(Cell.text(m), Cell.figure(Fmt.n(x[EntryKind.COMMITMENT.ordinal()]), x[EntryKind.COMMITMENT.ordinal()],
                            "/provenance/figure?kind=commitment&donor=" + code + "&month=" + m),
                    Cell.figure(Fmt.n(x[EntryKind.DELIVERY.ordinal()]), x[EntryKind.DELIVERY.ordinal()], "/provenance/figure?kind=delivery&donor=" + code + "&month=" + m),
                    Cell.num(p), Cell.num(dl));
        }
        t.note("item quantities of every category (rounds of ammunition count one each); quantities a source did not state are not counted");
        if (undated > 0) t.note(Fmt.n(undated) + " item(s) with an unknown date are not placed on the time axis");
        t.empty("No dated item quantities recorded for this donor yet.");
        return new Chart("timeline", "Items pledged and delivered to date (cumulative)", "line", months,
                List.of(new Chart.Series("Pledged", ps), new Chart.Series("Delivered", ds)), false, false, "items", t.build());
    }

    private WebTable fulfilment(ReportTable f, String code) {
        WebTable.Builder t = WebTable.builder("fulfilment", "Fulfilment by category (items)", "category", "pledged (items)", "allocated (items)",
                "delivered (items)",
                "delivered share", "state", "reported by sources");
        for (int i = 0; i < f.rows().size(); i++) {
            String cat = str(f.value(i, "category"));
            boolean total = cat.startsWith("TOTAL");
            String q = total ? "" : "&category=" + View.enc(cat);
            Cell pledged = Cell.figure(Fmt.n(lng(f.value(i, "pledged"))), lng(f.value(i, "pledged")), "/provenance/figure?kind=commitment&donor=" + code + q);
            if (lng(f.value(i, "unspecified_lines")) > 0) pledged = pledged.withNote("+" + lng(f.value(i, "unspecified_lines")) + " line(s) without a number");
            if (Boolean.TRUE.equals(f.value(i, "up_to_included"))) pledged = pledged.withNote("incl. 'up to'");
            BigDecimal share = dec(f.value(i, "delivered_share_pct"));
            t.row(Cell.text(total ? "Total " + cat.substring(6) + " (" + unitsOf(cat) + ")" : Fmt.label(cat)), pledged,
                    Cell.figure(Fmt.n(lng(f.value(i, "allocated"))), lng(f.value(i, "allocated")), "/provenance/figure?kind=allocation&donor=" + code + q),
                    Cell.figure(Fmt.n(lng(f.value(i, "delivered"))), lng(f.value(i, "delivered")), "/provenance/figure?kind=delivery&donor=" + code + q),
                    new Cell(share == null ? "—" : Fmt.pct(share), share, null, null, true, null), Cell.text(str(f.value(i, "state"))),
                    Cell.text(str(f.value(i, "reported"))));
        }
        t.notes(f.notes());
        t.empty("No pledges with item quantities recorded for this donor yet.");
        return t.build();
    }

    private WebTable sources(TimeFilter time, Audience audience, String code) {
        WebTable.Builder t = WebTable.builder("sources", "Sources cited by this donor's entries", "source", "kind", "publisher", "published", "entries citing it");
        for (var s : d.dash.donorSources(time, audience, code)) {
            Cell title = s.url() != null ? Cell.link(s.title() == null ? s.url() : s.title(), s.url())
                    : Cell.text(s.title() == null ? "(untitled)" : s.title());
            t.row(title, Cell.text(Fmt.label(s.kind())), Cell.text(s.publisher() == null ? "" : s.publisher()),
                    Cell.text(s.publishedOn() == null ? "" : s.publishedOn()),
                    Cell.figure(Fmt.n(s.citations()), s.citations(), "/provenance/source/" + s.id()));
        }
        t.empty("No sources cited yet.");
        return t.build();
    }

    /** What a fulfilment grand total counts, in words: "TOTAL munitions" counts rounds. */
    static String unitsOf(String totalLabel) {
        return totalLabel.endsWith("munitions") ? "rounds" : totalLabel.endsWith("funding") ? "funding lines" : "items";
    }

    static BigDecimal round(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_EVEN);
    }
}
