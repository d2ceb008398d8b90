package org.ramstein.web.pages;

import static org.ramstein.web.pages.Values.dec;
import static org.ramstein.web.pages.Values.lng;
import static org.ramstein.web.pages.Values.str;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.DashboardQueries;
import org.ramstein.reports.GdpTable;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.ReportTable;

/** The page analysts open every morning: the headline share, money over time, top donors, heavy weapons. */
final class OverviewPage {
    private final Dashboard d;

    OverviewPage(Dashboard d) {
        this.d = d;
    }

    Page build(View v) {
        TimeFilter time = Dashboard.time(v);
        List<Block> blocks = new ArrayList<>();
        Audience audience = v.audience();
        ReportTable byCategory = d.app.reports().fulfilment(time, audience, "category", null, null);
        List<DonorTotal> donors = donorTotals(time, audience);
        DashboardQueries.MonthValues money = d.dash.monthlyValues(time, audience, null);

        blocks.add(headline(byCategory, donors, v));
        blocks.add(new Block.Heading("over-time", "Committed, allocated and delivered over time"));
        blocks.add(valueOverTime(money));
        blocks.add(byAidType(money));
        blocks.add(heavyByMonth(time, audience));
        blocks.add(new Block.Heading("donors", "Top donors"));
        blocks.addAll(topDonors(donors));
        blocks.add(new Block.Heading("heavy", "Heavy weapons: pledged and delivered"));
        blocks.add(heavyWeapons(byCategory));
        return new Page(v, "Military aid to Ukraine at a glance", "What donors committed, allocated and delivered, "
                + v.asOfLabel() + ". Every figure opens its sources; every chart has its table.", blocks);
    }

    // --- headline ------------------------------------------------------------------------------------------------

    private Block headline(ReportTable byCategory, List<DonorTotal> donors, View v) {
        List<Block.Figure> figures = new ArrayList<>();
        long heavyPledged = 0;
        long heavyDelivered = 0;
        for (int i = 0; i < byCategory.rows().size(); i++) {
            if (HeavyWeapons.familyOf(str(byCategory.value(i, "category"))) == null) continue;
            heavyPledged += lng(byCategory.value(i, "pledged"));
            heavyDelivered += lng(byCategory.value(i, "delivered"));
        }
        // the report's grand totals, one per unit class (equipment, munitions, funding): never rounds added to vehicles
        StringBuilder allItems = new StringBuilder();
        for (int i = 0; i < byCategory.rows().size(); i++) {
            String label = str(byCategory.value(i, "category"));
            if (!label.startsWith("TOTAL ") || lng(byCategory.value(i, "pledged")) == 0) continue;
            String unitClass = label.substring(6);
            String units = switch (unitClass) {
                case "munitions" -> "rounds";
                case "funding" -> "lines";
                default -> "items";
            };
            allItems.append("; all ").append(unitClass).append(": ").append(Fmt.n(lng(byCategory.value(i, "delivered")))).append(" of ")
                    .append(Fmt.n(lng(byCategory.value(i, "pledged")))).append(" ").append(units).append(" delivered (")
                    .append(Fmt.pct(dec(byCategory.value(i, "delivered_share_pct")))).append(")");
        }
        if (heavyPledged > 0) {
            BigDecimal share = BigDecimal.valueOf(heavyDelivered * 100.0 / heavyPledged);
            figures.add(new Block.Figure("Delivered share of what was promised", Fmt.pct(share),
                    "/provenance/figure?kind=delivery&category=" + String.join(",", HeavyWeapons.allCategories()),
                    "heavy weapons: " + Fmt.n(heavyDelivered) + " units delivered of " + Fmt.n(heavyPledged) + " pledged" + allItems,
                    "Heavy weapons delivered ÷ heavy weapons pledged, in units, so that a tank weighs as much as a tank and ammunition rounds "
                            + "do not drown the systems. " + HeavyWeapons.RULE + " Counting rule: " + Fulfilment.COUNTING_RULE
                            + ". A delivery counts on the date it happened; a pledge on its announcement date."));
        } else {
            figures.add(new Block.Figure("Delivered share of what was promised", "—", null, "No heavy weapons pledged yet" + allItems, null));
        }
        BigDecimal committed = donors.stream().map(DonorTotal::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal allocated = donors.stream().map(DonorTotal::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        figures.add(new Block.Figure("Committed value", Fmt.eur(committed), "/provenance/figure?kind=commitment&money=1",
                "reported amounts in EUR, all aid types; allocated " + Fmt.eur(allocated) + " (reported)",
                "Sum of the reported amounts of commitment postings (no estimates from unit prices), converted to EUR at the ECB monthly "
                        + "rate of each posting's month; re-announced packages counted once; retractions and corrections netted."));
        figures.add(new Block.Figure("Donors with commitments", Fmt.n(donors.stream().filter(x -> x.committed().signum() > 0).count()),
                null, "countries and organisations; see the Donors page", null));
        return new Block.Headline(figures);
    }

    // --- money over time -----------------------------------------------------------------------------------------

    private static List<YearMonth> months(List<DashboardQueries.MonthValue> values) {
        TreeMap<YearMonth, Boolean> m = new TreeMap<>();
        values.forEach(x -> m.put(x.month(), true));
        List<YearMonth> out = new ArrayList<>();
        if (m.isEmpty()) return out;
        for (YearMonth ym = m.firstKey(); !ym.isAfter(m.lastKey()); ym = ym.plusMonths(1)) out.add(ym);
        return out;
    }

    private static BigDecimal bn(BigDecimal eur) {
        return eur.movePointLeft(9).setScale(3, RoundingMode.HALF_EVEN);
    }

    private Chart valueOverTime(DashboardQueries.MonthValues money) {
        List<YearMonth> months = months(money.values());
        Map<EntryKind, Map<YearMonth, BigDecimal>> byKind = new LinkedHashMap<>();
        for (EntryKind k : EntryKind.values()) byKind.put(k, new TreeMap<>());
        money.values().forEach(x -> byKind.get(x.kind()).merge(x.month(), x.eur(), BigDecimal::add));
        List<String> cats = months.stream().map(YearMonth::toString).toList();
        List<Chart.Series> series = new ArrayList<>();
        WebTable.Builder t = WebTable.builder("value-by-month", "Value by month (EUR, reported amounts)", "month", "committed in month", "allocated in month",
                "delivered in month", "committed to date", "delivered to date");
        Map<EntryKind, BigDecimal> running = new LinkedHashMap<>();
        Map<EntryKind, List<BigDecimal>> cumulative = new LinkedHashMap<>();
        for (EntryKind k : EntryKind.values()) {
            running.put(k, BigDecimal.ZERO);
            cumulative.put(k, new ArrayList<>());
        }
        for (YearMonth ym : months) {
            Cell[] row = new Cell[6];
            row[0] = Cell.text(ym.toString());
            int i = 1;
            for (EntryKind k : EntryKind.values()) {
                BigDecimal m = byKind.get(k).getOrDefault(ym, BigDecimal.ZERO);
                running.merge(k, m, BigDecimal::add);
                cumulative.get(k).add(bn(running.get(k)));
                row[i++] = Cell.figure(Fmt.eur(m), m.setScale(2, RoundingMode.HALF_EVEN),
                        "/provenance/figure?kind=" + k.code() + "&money=1&month=" + ym);
            }
            row[4] = new Cell(Fmt.eur(running.get(EntryKind.COMMITMENT)), running.get(EntryKind.COMMITMENT).setScale(2, RoundingMode.HALF_EVEN), null, null, true, null);
            row[5] = new Cell(Fmt.eur(running.get(EntryKind.DELIVERY)), running.get(EntryKind.DELIVERY).setScale(2, RoundingMode.HALF_EVEN), null, null, true, null);
            t.row(row);
        }
        series.add(new Chart.Series("Committed", cumulative.get(EntryKind.COMMITMENT)));
        series.add(new Chart.Series("Allocated", cumulative.get(EntryKind.ALLOCATION)));
        series.add(new Chart.Series("Delivered", cumulative.get(EntryKind.DELIVERY)));
        t.note("reported amounts only, in EUR at the ECB monthly rate of each posting's month; a month-precision date counts in its month");
        t.note("delivered value is what sources reported as delivered value; most deliveries are reported as item counts, not money");
        if (money.undated() > 0) t.note(money.undated() + " group(s) of amounts with an unknown date are not placed on the time axis");
        if (money.unconverted() > 0) t.note(money.unconverted() + " amount(s) in a currency or month without a rate are left out");
        t.empty("No amounts recorded yet.");
        return new Chart("value-over-time", "Value committed, allocated and delivered to date (EUR bn, cumulative)", "line", cats, series,
                false, false, "EUR bn", t.build());
    }

    private Chart byAidType(DashboardQueries.MonthValues money) {
        List<DashboardQueries.MonthValue> committed = money.values().stream().filter(x -> x.kind() == EntryKind.COMMITMENT).toList();
        List<YearMonth> months = months(committed);
        Map<AidType, Map<YearMonth, BigDecimal>> by = new LinkedHashMap<>();
        for (AidType a : AidType.values()) by.put(a, new TreeMap<>());
        committed.forEach(x -> by.get(x.aidType()).merge(x.month(), x.eur(), BigDecimal::add));
        WebTable.Builder t = WebTable.builder("committed-by-aid-type", "Committed value by month and aid type (EUR, reported amounts)", "month", "military",
                "financial", "humanitarian");
        for (YearMonth ym : months) {
            Cell[] row = new Cell[4];
            row[0] = Cell.text(ym.toString());
            int i = 1;
            for (AidType a : AidType.values()) {
                BigDecimal m = by.get(a).getOrDefault(ym, BigDecimal.ZERO);
                row[i++] = Cell.figure(Fmt.eur(m), m.setScale(2, RoundingMode.HALF_EVEN),
                        "/provenance/figure?kind=commitment&money=1&aid=" + a.code() + "&month=" + ym);
            }
            t.row(row);
        }
        List<Chart.Series> series = new ArrayList<>();
        for (AidType a : AidType.values()) {
            series.add(new Chart.Series(a.label(), months.stream().map(ym -> bn(by.get(a).getOrDefault(ym, BigDecimal.ZERO))).toList()));
        }
        t.note("commitments in the month they were announced; negative months are corrections (Kiel revises its figures)");
        t.empty("No committed amounts recorded yet.");
        return new Chart("committed-by-aid-type", "Committed value per month by aid type (EUR bn)", "bar",
                months.stream().map(YearMonth::toString).toList(), series, true, false, "EUR bn", t.build());
    }

    private Chart heavyByMonth(TimeFilter time, Audience audience) {
        var units = d.dash.monthlyUnits(time, audience, HeavyWeapons.allCategories(), null);
        TreeMap<String, Map<String, long[]>> byMonth = new TreeMap<>();
        long undated = 0;
        for (var u : units) {
            if (u.month() == null) {
                undated += u.quantity();
                continue;
            }
            String fam = HeavyWeapons.familyOf(u.category());
            long[] v = byMonth.computeIfAbsent(u.month(), k -> new LinkedHashMap<>()).computeIfAbsent(fam, k -> new long[2]);
            if (u.kind() == EntryKind.COMMITMENT) v[0] += u.quantity();
            if (u.kind() == EntryKind.DELIVERY) v[1] += u.quantity();
        }
        List<String> months = new ArrayList<>();
        if (!byMonth.isEmpty()) {
            for (YearMonth ym = YearMonth.parse(byMonth.firstKey()); !ym.isAfter(YearMonth.parse(byMonth.lastKey())); ym = ym.plusMonths(1)) {
                months.add(ym.toString());
            }
        }
        List<String> cols = new ArrayList<>(List.of("month"));
        HeavyWeapons.FAMILIES.keySet().forEach(f -> {
            cols.add(f + " pledged");
            cols.add(f + " delivered");
        });
        WebTable.Builder t = WebTable.builder("heavy-by-month", "Heavy weapons pledged and delivered by month (units)", cols.toArray(String[]::new));
        List<Chart.Series> series = new ArrayList<>();
        Map<String, List<Long>> pledgedSeries = new LinkedHashMap<>();
        HeavyWeapons.FAMILIES.keySet().forEach(f -> pledgedSeries.put(f, new ArrayList<>()));
        for (String m : months) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(m));
            for (var fam : HeavyWeapons.FAMILIES.entrySet()) {
                long[] v = byMonth.getOrDefault(m, Map.of()).getOrDefault(fam.getKey(), new long[2]);
                String cats = String.join(",", fam.getValue());
                row.add(Cell.figure(Fmt.n(v[0]), v[0], "/provenance/figure?kind=commitment&category=" + cats + "&month=" + m));
                row.add(Cell.figure(Fmt.n(v[1]), v[1], "/provenance/figure?kind=delivery&category=" + cats + "&month=" + m));
                pledgedSeries.get(fam.getKey()).add(v[0]);
            }
            t.row(row.toArray(Cell[]::new));
        }
        pledgedSeries.forEach((f, vals) -> series.add(new Chart.Series(f, vals)));
        t.note(HeavyWeapons.RULE);
        t.note("pledged at the stated figure ('up to 40' counts 40); quantities a source did not state are not counted");
        if (undated > 0) t.note(Fmt.n(undated) + " unit(s) with an unknown date are not placed on the time axis");
        t.empty("No heavy weapons recorded yet.");
        return new Chart("heavy-by-month", "Heavy weapons pledged per month, by category (units)", "bar", months, series, true, false,
                "units", t.build());
    }

    // --- donors --------------------------------------------------------------------------------------------------

    record DonorTotal(String code, String name, BigDecimal committed, BigDecimal allocated, BigDecimal military) {
    }

    List<DonorTotal> donorTotals(TimeFilter time, Audience audience) {
        ReportTable t = d.app.reports().donors(time, audience);
        Map<String, DonorTotal> by = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            String name = str(t.value(i, "donor"));
            String code = d.app.catalog().donors().resolve(name).map(Donor::code).orElse(name);
            BigDecimal c = dec(t.value(i, "commitment_eur"));
            BigDecimal a = dec(t.value(i, "allocation_eur"));
            boolean military = AidType.MILITARY.label().equals(str(t.value(i, "type")));
            by.merge(code, new DonorTotal(code, name, c, a, military ? c : BigDecimal.ZERO),
                    (x, y) -> new DonorTotal(code, name, x.committed().add(y.committed()), x.allocated().add(y.allocated()),
                            x.military().add(y.military())));
        }
        List<DonorTotal> out = new ArrayList<>(by.values());
        out.sort(Comparator.comparing(DonorTotal::committed).reversed());
        return out;
    }

    private List<Block> topDonors(List<DonorTotal> donors) {
        List<DonorTotal> top = donors.stream().filter(x -> x.committed().signum() > 0).limit(15).toList();
        WebTable.Builder t = WebTable.builder("top-donors", "Top donors by committed value", "donor", "committed (EUR, reported)",
                "of which military (EUR, reported)", "allocated (EUR, reported)", "% of 2023 GDP");
        for (DonorTotal x : top) {
            var pct = d.gdp.percentOfGdp(x.code(), x.committed());
            t.row(Cell.link(x.name(), "/donors/" + x.code()),
                    Cell.figure(Fmt.eur(x.committed()), x.committed(), "/provenance/figure?kind=commitment&money=1&donor=" + x.code()),
                    Cell.figure(Fmt.eur(x.military()), x.military(), "/provenance/figure?kind=commitment&money=1&aid=military&donor=" + x.code()),
                    Cell.figure(Fmt.eur(x.allocated()), x.allocated(), "/provenance/figure?kind=allocation&money=1&donor=" + x.code()),
                    pct.map(p -> new Cell(Fmt.pct2(p), p, null, null, true, null)).orElse(new Cell("—", null, null, null, true, "GDP not in table")));
        }
        t.note("committed: reported amounts of commitment postings, all aid types, in EUR at each posting's month's ECB rate");
        t.note("% of 2023 GDP: committed value ÷ 2023 GDP (" + GdpTable.ORIGIN + "), converted at the 2023 average ECB USD rate; "
                + "'—' where the shipped table has no checked figure for the donor");
        t.empty("No donor has a committed amount recorded yet.");
        WebTable table = t.build();
        List<String> names = top.stream().map(DonorTotal::name).toList();
        Chart eur = new Chart("top-donors-eur", "Top donors by committed value (EUR bn)", "bar", names,
                List.of(new Chart.Series("Committed", top.stream().map(x -> bn(x.committed())).toList()),
                        new Chart.Series("Allocated", top.stream().map(x -> bn(x.allocated())).toList())),
                false, true, "EUR bn", table);

        List<DonorTotal> withGdp = donors.stream().filter(x -> d.gdp.percentOfGdp(x.code(), x.committed()).isPresent()
                && x.committed().signum() > 0).sorted(Comparator.comparing((DonorTotal x) -> d.gdp.percentOfGdp(x.code(), x.committed()).get())
                .reversed()).limit(15).toList();
        WebTable.Builder g = WebTable.builder("donors-gdp", "Committed value as a share of 2023 GDP", "donor", "% of 2023 GDP",
                "committed (EUR, reported)", "2023 GDP (USD bn)");
        for (DonorTotal x : withGdp) {
            BigDecimal p = d.gdp.percentOfGdp(x.code(), x.committed()).get();
            g.row(Cell.link(x.name(), "/donors/" + x.code()), new Cell(Fmt.pct2(p), p, null, null, true, null),
                    Cell.figure(Fmt.eur(x.committed()), x.committed(), "/provenance/figure?kind=commitment&money=1&donor=" + x.code()),
                    new Cell(Fmt.n(d.gdp.usdBn(x.code()).get().setScale(0, RoundingMode.HALF_EVEN).longValue()), d.gdp.usdBn(x.code()).get(),
                            null, null, true, null));
        }
        g.note("GDP: " + GdpTable.ORIGIN + " (reference/gdp.csv; its origin is described beside it). Donors without a checked figure are left out.");
        g.empty("No donor with a GDP figure has a committed amount yet.");
        Chart share = new Chart("donors-gdp", "Committed value as % of 2023 GDP", "bar", withGdp.stream().map(DonorTotal::name).toList(),
                List.of(new Chart.Series("% of GDP", withGdp.stream().map(x -> d.gdp.percentOfGdp(x.code(), x.committed()).get()).toList())),
                false, true, "%", g.build());
        return List.of(eur, share);
    }

    // --- heavy weapons -------------------------------------------------------------------------------------------

    private Chart heavyWeapons(ReportTable byCategory) {
        Map<String, long[]> fam = new LinkedHashMap<>();
        HeavyWeapons.FAMILIES.keySet().forEach(f -> fam.put(f, new long[5]));
        Map<String, Boolean> upTo = new LinkedHashMap<>();
        for (int i = 0; i < byCategory.rows().size(); i++) {
            String f = HeavyWeapons.familyOf(str(byCategory.value(i, "category")));
            if (f == null) continue;
            long[] v = fam.get(f);
            v[0] += lng(byCategory.value(i, "pledged"));
            v[1] += lng(byCategory.value(i, "pledged_ceiling"));
            v[2] += lng(byCategory.value(i, "allocated"));
            v[3] += lng(byCategory.value(i, "delivered"));
            v[4] += lng(byCategory.value(i, "uncertain_lines"));
            if (Boolean.TRUE.equals(byCategory.value(i, "up_to_included"))) upTo.put(f, true);
        }
        WebTable.Builder t = WebTable.builder("heavy-weapons", "Heavy weapons pledged and delivered (units)", "category", "pledged (units)",
                "allocated (units)", "delivered (units)", "delivered share", "pledge lines not exact");
        for (var e : fam.entrySet()) {
            long[] v = e.getValue();
            String cats = String.join(",", HeavyWeapons.FAMILIES.get(e.getKey()));
            Cell pledged = Cell.figure(Fmt.n(v[0]), v[0], "/provenance/figure?kind=commitment&category=" + cats);
            if (upTo.containsKey(e.getKey())) pledged = pledged.withNote("incl. 'up to'");
            if (v[1] != v[0]) pledged = pledged.withNote("up to " + Fmt.n(v[1]) + " at range maxima");
            BigDecimal share = v[0] == 0 ? null : BigDecimal.valueOf(v[3] * 100.0 / v[0]);
            t.row(Cell.text(e.getKey()), pledged,
                    Cell.figure(Fmt.n(v[2]), v[2], "/provenance/figure?kind=allocation&category=" + cats),
                    Cell.figure(Fmt.n(v[3]), v[3], "/provenance/figure?kind=delivery&category=" + cats),
                    new Cell(share == null ? "—" : Fmt.pct(share), share == null ? null : share.setScale(1, RoundingMode.HALF_EVEN), null, null, true, null),
                    Cell.num(v[4]));
        }
        t.note(HeavyWeapons.RULE);
        t.note("counting rule: " + Fulfilment.COUNTING_RULE);
        t.empty("No heavy weapons pledged yet.");
        List<String> names = new ArrayList<>(fam.keySet());
        return new Chart("heavy-weapons", "Heavy weapons pledged vs delivered, by category (units)", "bar", names,
                List.of(new Chart.Series("Pledged", fam.values().stream().map(v -> v[0]).toList()),
                        new Chart.Series("Allocated", fam.values().stream().map(v -> v[2]).toList()),
                        new Chart.Series("Delivered", fam.values().stream().map(v -> v[3]).toList())),
                false, false, "units", t.build());
    }
}
