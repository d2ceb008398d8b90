package org.ramstein.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.FxRates;
import org.ramstein.reports.domain.Meetings;
import org.ramstein.reports.domain.Needs;
import org.ramstein.reports.domain.Reconciliation;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.reports.domain.Valuation;

/**
 * The reports, as tables ready to print: reads through {@link ReportStore}, rules in the pure domain. Every report is for
 * an {@link Audience}: its rows and totals are those of the entries that audience may see.
 */
public final class ReportService {
    public static final List<String> NAMES = List.of("donors", "fulfilment", "values", "reconciliation", "meetings", "needs");

    private final org.jdbi.v3.core.Jdbi jdbi;
    private final ReportStore store;
    private final CatalogService catalog;
    private final FxRates fx;

    public ReportService(org.jdbi.v3.core.Jdbi jdbi, CatalogService catalog, FxRates fx) {
        this.jdbi = jdbi;
        this.store = new ReportStore(jdbi);
        this.catalog = catalog;
        this.fx = fx;
    }

    private String donorName(String code) {
        return code == null ? "" : catalog.donors().byCode(code).map(Donor::name).orElse(code);
    }

    private String itemName(String id) {
        return id == null ? "" : catalog.catalog().byId(id).map(CatalogItem::name).orElse(id);
    }

    private List<String> timeNotes(TimeFilter time, long undated) {
        List<String> notes = new ArrayList<>();
        if (time.asOf() != null) {
            notes.add("as of " + time.asOf() + ": what had happened by that date (a month-precision date counts from the 1st of its month)");
            if (undated > 0) notes.add(undated + " posting(s) with an unknown date are excluded under as-of");
        }
        if (time.knownAt() != null) notes.add("known at " + time.knownAt() + ": only what the ledger had recorded by then");
        return notes;
    }

    private String fxNote() {
        return "currency: non-EUR amounts converted at the ECB monthly average reference rate of the posting's month"
                + fx.lastMonth().map(m -> " (table ends " + m + "; later months use " + m + "'s rate)").orElse("");
    }

    // --- donors -----------------------------------------------------------------------------------------------------

    public ReportTable donors(TimeFilter time, Audience audience) {
        List<DonorsReport.Row> rows = DonorsReport.compute(jdbi, time, fx, audience);
        List<List<Object>> out = new ArrayList<>();
        int unconverted = 0;
        for (DonorsReport.Row r : rows) {
            out.add(List.of(r.donorName(), r.aidType().label(), cents(r.allocationEur()), cents(r.commitmentEur())));
            unconverted += r.unconvertedAmounts();
        }
        List<String> notes = new ArrayList<>();
        notes.add("value basis: reported amounts of allocation and commitment postings (no estimates from unit prices); re-announced packages counted once; reversals netted");
        notes.add(fxNote());
        if (unconverted > 0) notes.add(unconverted + " amount(s) could not be converted (no rate for the currency or month) and are left out");
        notes.addAll(timeNotes(time, store.undatedPostings(time, audience, null, null)));
        return new ReportTable("donors", "Donors: allocations and commitments in EUR", List.of("donor", "type", "allocation_eur", "commitment_eur"),
                out, notes);
    }

    /** Money is shown to the cent, always with two decimals. */
    private static BigDecimal cents(BigDecimal eur) {
        return eur.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    // --- fulfilment -------------------------------------------------------------------------------------------------

    public ReportTable fulfilment(TimeFilter time, Audience audience, String by, String donor, String category) {
        Fulfilment.By grouping = Fulfilment.By.parse(by);
        if (grouping == null) throw new ValidationException("by", "'" + by + "' is not a grouping (donor, category, donor,category, item)");
        String donorCode = null;
        if (donor != null && !donor.isBlank()) {
            donorCode = catalog.donors().resolve(donor).map(Donor::code)
                    .orElseThrow(() -> new ValidationException("donor", "'" + donor + "' is not a known donor"));
        }
        String cat = category == null || category.isBlank() ? null : category.trim();
        List<Fulfilment.Totals> totals = store.fulfilmentTotals(time, audience, donorCode, cat, grouping == Fulfilment.By.ITEM);
        List<Fulfilment.Aggregate> aggregates = store.aggregates(time);
        List<Fulfilment.Row> rows = Fulfilment.compute(totals, grouping, aggregates);
        List<String> columns = new ArrayList<>(switch (grouping) {
            case DONOR -> List.of("donor");
            case CATEGORY -> List.of("category");
            case DONOR_CATEGORY -> List.of("donor", "category");
            case ITEM -> List.of("item", "category");
        });
        columns.addAll(List.of("pledged", "pledged_ceiling", "allocated", "delivered", "delivered_share_pct", "state", "uncertain_lines",
                "unspecified_lines", "up_to_included", "reported"));
        List<List<Object>> out = new ArrayList<>();
        for (Fulfilment.Row r : rows) out.add(fulfilmentRow(grouping, r, null));
        // a report narrowed to one donor or category shows only the aggregates about it
        String onlyDonor = donorCode;
        List<Fulfilment.Aggregate> unplaced = Fulfilment.unplaced(aggregates, grouping, rows).stream()
                .filter(x -> onlyDonor == null || onlyDonor.equals(x.donorCode()))
                .filter(x -> cat == null || cat.equals(x.category())).toList();
        Map<Fulfilment.UnitClass, Fulfilment.Row> grandTotals = Fulfilment.totals(totals, unplaced);
        grandTotals.forEach((unitClass, r) -> out.add(fulfilmentRow(grouping, r, unitClass)));
        List<String> notes = new ArrayList<>();
        notes.add("counting rule: " + Fulfilment.COUNTING_RULE);
        grandTotals.keySet().forEach(c -> notes.add("TOTAL " + c.code + " adds " + c.counts + " only; unit classes are never added together"));
        notes.add("value basis: reported quantities of postings; 'reported' lists aggregates quoted by sources, shown beside the computed share and never counted");
        notes.add("uncertain_lines counts commitment postings (net of reversals) whose qualifier is not exact");
        notes.addAll(timeNotes(time, store.undatedPostings(time, audience, donorCode, cat)));
        return new ReportTable("fulfilment", "Fulfilment by " + grouping.code, columns, out, notes);
    }

    /** One report row; {@code total} names the unit class of a grand total line, null for an ordinary row. */
    private List<Object> fulfilmentRow(Fulfilment.By by, Fulfilment.Row r, Fulfilment.UnitClass totalOf) {
        boolean total = totalOf != null;
        String label = total ? "TOTAL " + totalOf.code : null;
        List<Object> row = new ArrayList<>();
        switch (by) {
            case DONOR -> row.add(total ? label : donorName(r.donorCode()));
            case CATEGORY -> row.add(total ? label : r.category());
            case DONOR_CATEGORY -> {
                row.add(total ? label : donorName(r.donorCode()));
                row.add(total ? "" : r.category());
            }
            case ITEM -> {
                row.add(total ? label : r.itemId() == null ? "(no catalogue item)" : itemName(r.itemId()));
                row.add(total ? "" : r.category());
            }
        }
        row.add(r.pledged());
        row.add(r.pledgedCeiling());
        row.add(r.allocated());
        row.add(r.delivered());
        row.add(r.deliveredSharePct());
        row.add(r.state().code());
        row.add(r.uncertainLines());
        row.add(r.unspecifiedLines());
        row.add(r.upToIncluded());
        row.add(String.join("; ", r.reported()));
        return row;
    }

    // --- values -----------------------------------------------------------------------------------------------------

    /** What the standing pledge lines are worth: reported values and estimates side by side, never added. */
    public ReportTable values(TimeFilter time, Audience audience, String by, String donor) {
        String grouping = by == null || by.isBlank() ? "donor" : by.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (!grouping.equals("donor") && !grouping.equals("donor,category")) {
            throw new ValidationException("by", "'" + by + "' is not a grouping (donor, donor,category)");
        }
        boolean byCategory = grouping.equals("donor,category");
        String donorCode = null;
        if (donor != null && !donor.isBlank()) {
            donorCode = catalog.donors().resolve(donor).map(Donor::code)
                    .orElseThrow(() -> new ValidationException("donor", "'" + donor + "' is not a known donor"));
        }
        Map<String, Valuation.UnitPrice> cataloguePrices = new HashMap<>();
        for (CatalogItem item : catalog.catalog().all()) {
            if (item.unitPriceEurCents() == null) continue;
            cataloguePrices.put(item.id(), new Valuation.UnitPrice(BigDecimal.valueOf(item.unitPriceEurCents()).movePointLeft(2),
                    "catalogue price (" + item.unitPriceSource() + ")"));
        }
        Valuation.PriceBook prices = new Valuation.PriceBook(cataloguePrices, store.kielUnitSamples(time));
        List<Valuation.Row> rows = Valuation.compute(store.lineValues(time, audience, donorCode), prices, fx, byCategory);
        List<String> columns = new ArrayList<>(byCategory ? List.of("donor", "category") : List.of("donor"));
        columns.addAll(List.of("lines", "reported_lines", "reported_eur", "unconverted_lines", "estimated_lines", "estimated_eur",
                "unvalued_lines", "estimate_basis"));
        List<List<Object>> out = new ArrayList<>();
        for (Valuation.Row r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(donorName(r.donorCode()));
            if (byCategory) row.add(r.category());
            row.addAll(List.of(r.lines(), r.reportedLines(), r.reportedEur(), r.unconvertedLines(), r.estimatedLines(), r.estimatedEur(),
                    r.unvaluedLines(), String.join("; ", r.priceBases())));
            out.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add("value basis: " + Valuation.RULE);
        notes.add("unconverted_lines: reported in a currency with no rate for their month (or undated and not in EUR); not in reported_eur");
        notes.add(fxNote());
        notes.addAll(timeNotes(time, 0));
        return new ReportTable("values", "Pledged values: reported and estimated", columns, out, notes);
    }

    // --- reconciliation ---------------------------------------------------------------------------------------------

    public ReportTable reconciliation(TimeFilter time, Audience audience, String donor, String item) {
        List<org.ramstein.common.FieldError> errors = new ArrayList<>();
        Donor d = null;
        CatalogItem it = null;
        if (donor == null || donor.isBlank()) errors.add(new org.ramstein.common.FieldError("donor", "is required"));
        else d = catalog.donors().resolve(donor).orElse(null);
        if (donor != null && !donor.isBlank() && d == null) errors.add(new org.ramstein.common.FieldError("donor", "'" + donor + "' is not a known donor"));
        if (item == null || item.isBlank()) errors.add(new org.ramstein.common.FieldError("item", "is required (a catalogue id or alias)"));
        else it = catalog.catalog().resolve(item).orElse(null);
        if (item != null && !item.isBlank() && it == null) errors.add(new org.ramstein.common.FieldError("item", "'" + item + "' is not in the catalogue"));
        if (!errors.isEmpty()) throw new ValidationException(errors);

        Reconciliation.Result r = Reconciliation.compute(d.name(), it.name(), store.pledgeFigures(time, audience, d.code(), it.id()),
                store.observations(time, d.code(), it.id()));
        List<List<Object>> rows = new ArrayList<>();
        for (Reconciliation.PledgeFigures p : r.pledges()) {
            String what = "pledge " + p.pledgeId() + (p.title() == null ? "" : " \"" + p.title() + "\"")
                    + (p.counted() ? "" : " — same package as " + p.sameAsId() + ", not counted")
                    + (p.retracted() ? " — retracted" : "");
            String detail = "committed " + p.committed() + (p.committedCeiling() != p.committed() ? " (ceiling " + p.committedCeiling() + ")" : "")
                    + ", allocated " + p.allocated() + ", delivered " + p.delivered()
                    + (p.qualifiers().isEmpty() ? "" : "; qualifiers " + String.join("/", p.qualifiers()));
            rows.add(row("ledger", what, "commitment", p.committed(), null, p.announced().display(), String.join("; ", p.sources()), detail));
        }
        rows.add(row("ledger", "TOTAL (facts)", "committed", r.committed(), null, "", "", "ceiling " + r.committedCeiling()));
        rows.add(row("ledger", "TOTAL (facts)", "allocated", r.allocated(), null, "", "", ""));
        rows.add(row("ledger", "TOTAL (facts)", "delivered", r.delivered(), null, "", "", ""));
        Map<String, Long> runningSums = Reconciliation.runningSums(r.observations());
        for (Reconciliation.ObservationRow o : r.observations()) {
            Long ledger = Reconciliation.ledgerFigure(r, o.measure());
            // an increment compares through the sum so far, not on its own
            Long figure = o.increment() ? runningSums.get(o.id()) : o.quantity().value();
            Long diff = ledger == null || figure == null ? null : figure - ledger;
            String src = (o.source() == null ? "" : o.source()) + (o.url() == null ? "" : " <" + o.url() + ">");
            String detail = (o.sourceRow() == null ? "" : "row " + o.sourceRow())
                    + (o.increment() && figure != null ? (o.sourceRow() == null ? "" : "; ") + "running total " + figure : "")
                    + (o.statusText() == null ? "" : "; " + o.statusText());
            String what = o.increment() ? "+" + o.quantity().display() + " " + o.unit()
                    : o.quantity().display() + (o.unit() == null ? "" : " " + o.unit());
            rows.add(row("observation: " + o.dataset(), what, o.measure(), o.quantity().value(), diff, o.observed().display(), src.strip(),
                    detail.startsWith("; ") ? detail.substring(2) : detail));
        }
        for (Reconciliation.RunningTotal t : Reconciliation.runningTotals(r.observations())) {
            Long ledger = Reconciliation.ledgerFigure(r, t.measure());
            rows.add(row("observation: " + t.dataset(), "TOTAL of " + t.increments() + " increments", t.measure(), t.total(),
                    ledger == null ? null : t.total() - ledger, t.through().display(), "", "the figure " + t.dataset() + " gives, summed to "
                            + t.through().display()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(r.basis());
        notes.addAll(timeNotes(time, 0));
        return new ReportTable("reconciliation", "Reconciliation: " + d.name() + " × " + it.name(),
                List.of("basis", "what", "measure", "quantity", "vs_ledger", "date", "source", "detail"), rows, notes);
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    // --- meetings ---------------------------------------------------------------------------------------------------

    public ReportTable meetings(TimeFilter time, Audience audience) {
        Map<String, long[]> items = new HashMap<>();
        Map<String, BigDecimal> value = new HashMap<>();
        Map<String, Integer> unconverted = new HashMap<>();
        for (ReportStore.PledgeCommitment c : store.meetingCommitments(time, audience)) {
            items.computeIfAbsent(c.pledgeId(), k -> new long[1])[0] += c.quantity();
            if (c.amountCents() == null) continue;
            LocalDate on = c.month() == null ? null : YearMonth.parse(c.month()).atDay(1);
            var eur = fx.toEur(ReportStore.cents(c.amountCents()), c.currency(), on);
            if (eur.isPresent()) value.merge(c.pledgeId(), eur.get(), BigDecimal::add);
            else unconverted.merge(c.pledgeId(), 1, Integer::sum);
        }
        Map<String, List<Meetings.PledgeAtMeeting>> byMeeting = new HashMap<>();
        for (ReportStore.MeetingPledge p : store.meetingPledges(time, audience)) {
            byMeeting.computeIfAbsent(p.meetingId(), k -> new ArrayList<>()).add(new Meetings.PledgeAtMeeting(p.pledgeId(), p.meetingId(),
                    p.donorCode(), p.title(), p.sameAsId(), p.retracted(), items.getOrDefault(p.pledgeId(), new long[1])[0],
                    value.getOrDefault(p.pledgeId(), BigDecimal.ZERO.setScale(2)), unconverted.getOrDefault(p.pledgeId(), 0)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Meetings.MeetingTotals m : Meetings.compute(store.meetings(time), byMeeting)) {
            String meeting = m.meeting().title() + " (" + m.meeting().place() + ")";
            for (Meetings.PledgeAtMeeting p : m.pledges()) {
                String counted = p.retracted() ? "no: retracted" : p.sameAsId() != null ? "no: same package as " + p.sameAsId() : "yes";
                rows.add(row(m.meeting().heldOn().toString(), meeting, p.pledgeId() + (p.title() == null ? "" : " " + p.title()),
                        donorName(p.donorCode()), p.items(), cents(p.valueEur()), counted));
            }
            rows.add(row(m.meeting().heldOn().toString(), meeting, "(meeting total)", "", m.items(), cents(m.valueEur()),
                    m.unconvertedAmounts() > 0 ? m.unconvertedAmounts() + " amount(s) unconverted" : ""));
        }
        List<String> notes = new ArrayList<>();
        notes.add("items = committed item quantities ('up to' at its stated figure, unspecified not counted); value basis: reported amounts only");
        notes.add(fxNote());
        notes.addAll(timeNotes(time, 0));
        return new ReportTable("meetings", "Meetings and the pledges announced there",
                List.of("date", "meeting", "pledge", "donor", "items", "value_eur", "counted"), rows, notes);
    }

    // --- needs ------------------------------------------------------------------------------------------------------

    public ReportTable needs(TimeFilter time, Audience audience) {
        ReportStore.NeedsData data = store.needs(time, audience);
        List<List<Object>> rows = new ArrayList<>();
        for (Needs.Row r : Needs.compute(data.needs(), store.supply(time, audience))) {
            Needs.NeedInfo n = r.need();
            rows.add(row(n.capability(), (long) n.priority(), n.id() + " " + n.description(),
                    n.itemId() != null ? itemName(n.itemId()) : "(category " + n.category() + ")", n.quantity().display(), r.pledged(),
                    r.allocated(), r.delivered(), r.gap(), n.status().code()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("a need is matched to postings on its catalogue item, or on its category when it names no item; gap = needed − delivered, never below 0");
        notes.add("order: priority (1 = most urgent), then air_and_missile_defence first, then capability");
        notes.addAll(timeNotes(time, 0));
        if (data.undatedExcluded() > 0) notes.add(data.undatedExcluded() + " need(s) with an unknown statement date are excluded under as-of");
        return new ReportTable("needs", "Needs against pledges and deliveries",
                List.of("capability", "priority", "need", "item", "needed", "pledged", "allocated", "delivered", "gap", "status"), rows, notes);
    }
}
