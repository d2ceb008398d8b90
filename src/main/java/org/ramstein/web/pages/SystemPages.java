package org.ramstein.web.pages;

import static org.ramstein.web.pages.Values.dec;
import static org.ramstein.web.pages.Values.lng;
import static org.ramstein.web.pages.Values.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.NotFoundException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.ReportStore;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.Reconciliation;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.sources.domain.Observation;

/** Weapon systems: an index of every catalogue item with postings, and one page per system with its reconciliation. */
final class SystemPages {
    private final Dashboard d;
    private final ReportStore store;

    SystemPages(Dashboard d) {
        this.d = d;
        this.store = new ReportStore(d.app.database().jdbi());
    }

    Page index(View v) {
        TimeFilter time = Dashboard.time(v);
        ReportTable f = d.app.reports().fulfilment(time, v.audience(), "item", null, null);
        WebTable.Builder t = WebTable.builder("systems", "Systems and items", "system", "category", "pledged (units)", "allocated (units)",
                "delivered (units)", "delivered share");
        for (int i = 0; i < f.rows().size(); i++) {
            String name = str(f.value(i, "item"));
            if (name.startsWith("TOTAL")) continue;
            var item = d.app.catalog().catalog().resolve(name);
            String cat = str(f.value(i, "category"));
            if ("funding".equals(cat)) continue;
            String q = item.map(it -> "&item=" + it.id()).orElse("&category=" + cat);
            BigDecimal share = dec(f.value(i, "delivered_share_pct"));
            t.row(item.map(it -> Cell.link(it.name(), "/systems/" + it.id())).orElse(Cell.text(name)), Cell.text(Fmt.label(cat)),
                    Cell.figure(Fmt.n(lng(f.value(i, "pledged"))), lng(f.value(i, "pledged")), "/provenance/figure?kind=commitment" + q),
                    Cell.figure(Fmt.n(lng(f.value(i, "allocated"))), lng(f.value(i, "allocated")), "/provenance/figure?kind=allocation" + q),
                    Cell.figure(Fmt.n(lng(f.value(i, "delivered"))), lng(f.value(i, "delivered")), "/provenance/figure?kind=delivery" + q),
                    new Cell(share == null ? "—" : Fmt.pct(share), share, null, null, true, null));
        }
        t.note("counting rule: " + Fulfilment.COUNTING_RULE);
        t.empty("No items recorded yet.");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Links("Often asked about", List.of(new Block.Link("Marder 1A3", "/systems/marder-1a3", "infantry fighting vehicle"),
                new Block.Link("Patriot", "/systems/" + d.app.catalog().catalog().resolve("Patriot").map(CatalogItem::id).orElse("patriot"), "air defence"),
                new Block.Link("155 mm ammunition", "/systems/" + d.app.catalog().catalog().resolve("155mm").map(CatalogItem::id).orElse("155mm"), "artillery rounds"),
                new Block.Link("Leopard 2A6", "/systems/leopard-2a6", "main battle tank"))));
        blocks.add(t.build());
        return new Page(v, "Systems", "Every catalogue item with a recorded pledge, allocation or delivery.", blocks);
    }

    Page system(View base, String idOrName) {
        CatalogItem item = d.app.catalog().catalog().resolve(idOrName).orElseThrow(() -> new NotFoundException("catalogue item", idOrName));
        View v = base.titled(item.name());
        TimeFilter time = Dashboard.time(v);
        List<Block> blocks = new ArrayList<>();
        var byDonor = d.dash.itemByDonor(time, v.audience(), item.id());
        long committed = byDonor.stream().mapToLong(x -> x.committed()).sum();
        long delivered = byDonor.stream().mapToLong(x -> x.delivered()).sum();
        long allocated = byDonor.stream().mapToLong(x -> x.allocated()).sum();
        blocks.add(new Block.Headline(List.of(
                new Block.Figure("Pledged", Fmt.n(committed), "/provenance/figure?kind=commitment&item=" + item.id(),
                        "units pledged by " + byDonor.stream().filter(x -> x.committed() != 0).count() + " donor(s)"
                                + (byDonor.stream().anyMatch(x -> x.ceiling() != x.committed())
                                ? "; up to " + Fmt.n(byDonor.stream().mapToLong(x -> x.ceiling()).sum()) + " at range maxima" : ""),
                        "counting rule: " + Fulfilment.COUNTING_RULE),
                new Block.Figure("Delivered", Fmt.n(delivered), "/provenance/figure?kind=delivery&item=" + item.id(),
                        "units" + (committed == 0 ? "" : "; " + Fmt.pct(BigDecimal.valueOf(delivered * 100.0 / committed)) + " of pledged"), null),
                new Block.Figure("Allocated", Fmt.n(allocated), "/provenance/figure?kind=allocation&item=" + item.id(), "units", null))));
        blocks.add(new Block.Text(Fmt.label(item.category()) + (item.coalition() == null ? "" : " · capability coalition: " + Fmt.label(item.coalition()))
                + (item.origin() == null ? "" : " · origin: " + item.origin()), "note"));

        WebTable.Builder t = WebTable.builder("by-donor", "Who pledged and delivered " + item.name(), "donor", "pledged (units)", "allocated (units)",
                "delivered (units)", "pledge lines not exact");
        for (var x : byDonor) {
            String name = donorName(x.donorCode());
            Cell pledged = Cell.figure(Fmt.n(x.committed()), x.committed(), "/provenance/figure?kind=commitment&item=" + item.id() + "&donor=" + x.donorCode());
            if (x.ceiling() != x.committed()) pledged = pledged.withNote("up to " + Fmt.n(x.ceiling()) + " at range maxima");
            t.row(Cell.link(name, "/donors/" + x.donorCode()), pledged,
                    Cell.figure(Fmt.n(x.allocated()), x.allocated(), "/provenance/figure?kind=allocation&item=" + item.id() + "&donor=" + x.donorCode()),
                    Cell.figure(Fmt.n(x.delivered()), x.delivered(), "/provenance/figure?kind=delivery&item=" + item.id() + "&donor=" + x.donorCode()),
                    Cell.num(x.uncertainLines()));
        }
        t.note("counting rule: " + Fulfilment.COUNTING_RULE);
        t.empty("No pledges of " + item.name() + " recorded yet" + v.when() + ".");
        WebTable donorsTable = t.build();
        blocks.add(new Chart("by-donor", "Pledged and delivered by donor (units)", "bar", byDonor.stream().map(x -> donorName(x.donorCode())).toList(),
                List.of(new Chart.Series("Pledged", byDonor.stream().map(x -> x.committed()).toList()),
                        new Chart.Series("Allocated", byDonor.stream().map(x -> x.allocated()).toList()),
                        new Chart.Series("Delivered", byDonor.stream().map(x -> x.delivered()).toList())), false, true, "units", donorsTable));

        blocks.add(new Block.Heading("reconciliation", "Reconciliation: every source's figure side by side"));
        blocks.add(new Block.Text("The totals use the ledger's facts: the postings on each pledge (counted once when a package was announced "
                + "again, netted to zero when retracted). What datasets and texts say (observations) is laid beside them with its date, "
                + "compared, and never added in.", "note"));
        Set<String> donors = new LinkedHashSet<>();
        byDonor.forEach(x -> donors.add(x.donorCode()));
        donors.addAll(d.dash.observedDonors(time, item.id()));
        if (donors.isEmpty()) blocks.add(new Block.Text("No pledges and no source figures recorded for " + item.name() + " yet.", "empty"));
        for (String code : donors) blocks.add(reconciliation(time, v.audience(), code, item));
        return new Page(v, item.name(), "Who pledged and delivered " + item.name() + ", and what every source says, " + v.asOfLabel() + ".", blocks);
    }

    private static String signed(long diff) {
        return (diff > 0 ? "+" : diff < 0 ? "−" : "±") + Fmt.n(Math.abs(diff));
    }

    private String donorName(String code) {
        return d.app.catalog().donors().byCode(code).map(Donor::name).orElse(code);
    }

    private WebTable reconciliation(TimeFilter time, Audience audience, String code, CatalogItem item) {
        String name = donorName(code);
        Reconciliation.Result r = Reconciliation.compute(name, item.name(), store.pledgeFigures(time, audience, code, item.id()),
                store.observations(time, code, item.id()));
        WebTable.Builder t = WebTable.builder("reconciliation-" + code, name + " × " + item.name(), "source", "what it says", "measure",
                "figure", "vs ledger", "date", "used in totals");
        for (var p : r.pledges()) {
            String used = !p.counted() ? "no — same package as " + p.sameAsId() + ", counted there"
                    : p.retracted() ? "yes — retracted, nets to 0" : "yes — ledger fact";
            String figure = Fmt.n(p.committed()) + (p.qualifiers().contains("up_to") ? " (up to)" : "")
                    + (p.committedCeiling() != p.committed() ? " (ceiling " + Fmt.n(p.committedCeiling()) + ")" : "");
            List<String> cited = p.sources().stream().map(x -> x.replaceAll(" <[^>]*>$", "")).distinct().toList();
            t.row(new Cell("Ledger: pledge", p.pledgeId(), null, "/provenance/pledge/" + p.pledgeId(), false, null),
                    Cell.text((p.title() == null ? p.pledgeId() : p.title()) + (cited.isEmpty() ? "" : " — cites: " + String.join("; ", cited))),
                    Cell.text("committed"), new Cell(figure, p.committed(), null, "/provenance/pledge/" + p.pledgeId(), true, null),
                    Cell.text(""), Cell.text(Fmt.date(p.announced())), Cell.text(used));
            if (p.delivered() != 0 || p.allocated() != 0) {
                t.row(new Cell("Ledger: pledge", p.pledgeId(), null, "/provenance/pledge/" + p.pledgeId(), false, null),
                        Cell.text("postings on this pledge"), Cell.text("delivered"),
                        Cell.figure(Fmt.n(p.delivered()), p.delivered(), "/provenance/figure?kind=delivery&pledge=" + p.pledgeId() + "&item=" + item.id()),
                        Cell.text(""), Cell.text(""), Cell.text(p.counted() ? "yes — ledger fact" : "no — counted under " + p.sameAsId()));
            }
        }
        t.row(Cell.text("ledger total"), Cell.text("sum of the counted pledges"), Cell.text("committed"),
                Cell.figure(Fmt.n(r.committed()), r.committed(), "/provenance/figure?kind=commitment&donor=" + code + "&item=" + item.id()),
                Cell.text(""), Cell.text(""), Cell.text("the total"));
        t.row(Cell.text("ledger total"), Cell.text("sum of the counted pledges"), Cell.text("delivered"),
                Cell.figure(Fmt.n(r.delivered()), r.delivered(), "/provenance/figure?kind=delivery&donor=" + code + "&item=" + item.id()),
                Cell.text(""), Cell.text(""), Cell.text("the total"));
        // a tracker's dated increments ("+20") compare through their running total, as the report on the command line shows them
        java.util.Map<String, Long> running = Reconciliation.runningSums(r.observations());
        for (var o : r.observations()) {
            Long ledger = Reconciliation.ledgerFigure(r, o.measure());
            Long compared = o.increment() ? running.get(o.id()) : o.quantity().value();
            Long diff = ledger == null || compared == null ? null : compared - ledger;
            String src = o.dataset() + (o.source() == null ? "" : ": " + o.source()) + (o.sourceRow() == null ? "" : ", row " + o.sourceRow());
            Cell figure;
            if (o.increment() && o.quantity().value() != null) {
                long n = o.quantity().value();
                figure = new Cell((n < 0 ? "−" + Fmt.n(-n) : "+" + Fmt.n(n)) + " " + Observation.INCREMENT_UNIT, n, null,
                        "/provenance/observation/" + o.id(), true, compared == null ? null : "running total " + Fmt.n(compared));
            } else {
                figure = new Cell(Fmt.qty(o.quantity()) + (o.unit() == null ? "" : " " + o.unit()), o.quantity().value(), null,
                        "/provenance/observation/" + o.id(), true, null);
            }
            Cell vs = new Cell(diff == null ? "" : signed(diff), diff, null, null, true, diff != null && o.increment() ? "running total" : null);
            t.row(new Cell("Source: " + src, src, null, "/provenance/observation/" + o.id(), false, null),
                    Cell.text(o.statusText() == null ? "" : o.statusText()), Cell.text(o.measure()), figure, vs,
                    Cell.text(Fmt.date(o.observed())), Cell.text("no — compared only"));
        }
        List<Reconciliation.RunningTotal> totals = Reconciliation.runningTotals(r.observations());
        for (var rt : totals) {
            Long ledger = Reconciliation.ledgerFigure(r, rt.measure());
            Long diff = ledger == null ? null : rt.total() - ledger;
            t.row(Cell.text("Source: " + rt.dataset()), Cell.text("TOTAL of " + rt.increments() + " increments"), Cell.text(rt.measure()),
                    new Cell(Fmt.n(rt.total()) + " units", rt.total(), null, null, true, "summed to " + Fmt.date(rt.through())),
                    new Cell(diff == null ? "" : signed(diff), diff, null, null, true, null), Cell.text(Fmt.date(rt.through())),
                    Cell.text("no — compared only"));
        }
        if (!totals.isEmpty()) {
            t.note("'+N units added': a tracker's dated increments; each is compared with the ledger through its running total (the sum of that "
                    + "source's increments up to that date), and its TOTAL row is the figure that source gives");
        }
        t.note(r.basis());
        return t.build();
    }

}
