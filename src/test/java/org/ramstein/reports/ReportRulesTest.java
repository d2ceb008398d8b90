package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FulfilmentState;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.reports.domain.Fulfilment.Totals;
import org.ramstein.reports.domain.Needs;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.reports.domain.Valuation;
import java.util.Map;

/** The reports' counting rules, without a database. */
class ReportRulesTest {

    static Totals t(EntryKind kind, String donor, String cat, String item, Qualifier q, long qty, long ceiling, long lines) {
        return new Totals(kind, donor, cat, item, q, qty, ceiling, lines);
    }

    @Test
    void reportedAndEstimatedValuesAreKeptApartAndEachEstimateSaysItsBasis() {
        var samples = List.of(new Valuation.UnitSample("leo", "main_battle_tank", 2, 2_000_000_000L), // EUR 10m each
                new Valuation.UnitSample("leo", "main_battle_tank", 1, 1_200_000_000L), // EUR 12m
                new Valuation.UnitSample("leo", "main_battle_tank", 1, 800_000_000L), // EUR 8m: median of 10, 12, 8 is 10
                new Valuation.UnitSample(null, "infantry_fighting_vehicle", 4, 1_200_000_000L), // EUR 3m per IFV
                new Valuation.UnitSample(null, "infantry_fighting_vehicle", 0, 5_000L)); // no units: ignored
        var prices = new Valuation.PriceBook(Map.of("patriot", new Valuation.UnitPrice(new BigDecimal("1000000000"), "catalogue price (test)")),
                samples);
        java.time.YearMonth jan = java.time.YearMonth.of(2023, 1);
        var lines = List.of(
                new Valuation.LineValue("DEU", "infantry_fighting_vehicle", "marder", jan, 40, 10_000_000_000L, "EUR"), // reported EUR 100m
                new Valuation.LineValue("DEU", "main_battle_tank", "leo", jan, 14, null, null), // estimated 14 x 10m
                new Valuation.LineValue("DEU", "infantry_fighting_vehicle", "unknown-ifv", jan, 10, null, null), // category median 3m
                new Valuation.LineValue("DEU", "sam_long_range", "patriot", jan, 2, null, null), // catalogue 1bn
                new Valuation.LineValue("DEU", "drone", null, jan, 5, null, null), // no price: unvalued
                new Valuation.LineValue("DEU", "funding", null, jan, 0, 500_000L, "XXX")); // no rate: unconverted
        Valuation.Row de = Valuation.compute(lines, prices, FX_EUR_ONLY, false).get(0);
        assertThat(de.lines()).isEqualTo(6);
        assertThat(de.reportedLines()).isEqualTo(2);
        assertThat(de.reportedEur()).isEqualByComparingTo("100000000");
        assertThat(de.unconvertedLines()).isEqualTo(1);
        assertThat(de.estimatedLines()).isEqualTo(3);
        assertThat(de.estimatedEur()).isEqualByComparingTo(new BigDecimal("140000000").add(new BigDecimal("30000000")).add(new BigDecimal("2000000000")));
        assertThat(de.unvaluedLines()).isEqualTo(1);
        assertThat(de.priceBases()).containsExactly("catalogue price (test)", "median of 1 Kiel item-level row(s) for infantry_fighting_vehicle",
                "median of 3 Kiel item-level row(s) for this system");
        assertThat(Valuation.compute(lines, prices, FX_EUR_ONLY, true)).extracting(Valuation.Row::category)
                .containsExactly("drone", "funding", "infantry_fighting_vehicle", "main_battle_tank", "sam_long_range");
    }

    static final org.ramstein.reports.domain.EurConversion FX_EUR_ONLY = org.ramstein.reports.domain.EurConversion.EUR_ONLY;

    @Test
    void grandTotalsAddLikeToLikeRoundsNeverMixWithVehicles() {
        List<Totals> totals = List.of(
                t(EntryKind.COMMITMENT, "DEU", "infantry_fighting_vehicle", "marder", Qualifier.EXACT, 40, 40, 1),
                t(EntryKind.DELIVERY, "DEU", "infantry_fighting_vehicle", "marder", Qualifier.EXACT, 40, 40, 1),
                t(EntryKind.COMMITMENT, "USA", "ammunition_155mm", null, Qualifier.EXACT, 1_000_000, 1_000_000, 1),
                t(EntryKind.DELIVERY, "USA", "ammunition_155mm", null, Qualifier.EXACT, 100_000, 100_000, 1),
                t(EntryKind.COMMITMENT, "USA", "cruise_missile", null, Qualifier.EXACT, 10, 10, 1));
        var grand = Fulfilment.totals(totals);
        assertThat(grand).containsOnlyKeys(Fulfilment.UnitClass.EQUIPMENT, Fulfilment.UnitClass.MUNITIONS);
        assertThat(grand.get(Fulfilment.UnitClass.EQUIPMENT).pledged()).isEqualTo(40);
        assertThat(grand.get(Fulfilment.UnitClass.EQUIPMENT).deliveredSharePct()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(grand.get(Fulfilment.UnitClass.MUNITIONS).pledged()).isEqualTo(1_000_010);
        assertThat(Fulfilment.UnitClass.of("ammunition_120mm_mortar")).isEqualTo(Fulfilment.UnitClass.MUNITIONS);
        assertThat(Fulfilment.UnitClass.of("funding")).isEqualTo(Fulfilment.UnitClass.FUNDING);
        assertThat(Fulfilment.UnitClass.of("main_battle_tank")).isEqualTo(Fulfilment.UnitClass.EQUIPMENT);
    }

    @Test
    void rangesCountTheirMinimumWithTheMaximumAsCeilingAndUncertainLinesAreCounted() {
        List<Totals> totals = List.of(
                t(EntryKind.COMMITMENT, "DEU", "tank", "leo", Qualifier.RANGE, 40, 50, 1),
                t(EntryKind.COMMITMENT, "DEU", "tank", "leo", Qualifier.EXACT, 10, 10, 1),
                t(EntryKind.COMMITMENT, "DEU", "ifv", "marder", Qualifier.UNSPECIFIED, 0, 0, 2),
                t(EntryKind.DELIVERY, "DEU", "tank", "leo", Qualifier.EXACT, 25, 25, 2));
        Fulfilment.Row de = Fulfilment.compute(totals, Fulfilment.By.DONOR, List.of()).get(0);
        assertThat(de.pledged()).isEqualTo(50);
        assertThat(de.pledgedCeiling()).isEqualTo(60);
        assertThat(de.delivered()).isEqualTo(25);
        assertThat(de.deliveredSharePct()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(de.uncertainLines()).isEqualTo(3);
        assertThat(de.unspecifiedLines()).isEqualTo(2);
        assertThat(de.upToIncluded()).isFalse();
        assertThat(de.state()).isEqualTo(FulfilmentState.PARTIAL);

        List<Fulfilment.Row> byItem = Fulfilment.compute(totals, Fulfilment.By.ITEM, List.of());
        assertThat(byItem).extracting(Fulfilment.Row::itemId).containsExactly("leo", "marder");
        assertThat(byItem.get(1).state()).as("only an unspecified quantity was pledged").isEqualTo(FulfilmentState.UNKNOWN);
        assertThat(byItem.get(1).deliveredSharePct()).isNull();
    }

    @Test
    void aReportedAggregateSitsOnlyBesideTheScopeItSpeaksOf() {
        var agg = new Fulfilment.Aggregate("DEU", null, null, Quantity.exact(98), "%", FuzzyDate.parse("2023-06"), "text",
                "98% of the equipment promised");
        List<Totals> totals = List.of(t(EntryKind.COMMITMENT, "DEU", "tank", "leo", Qualifier.EXACT, 10, 10, 1),
                t(EntryKind.COMMITMENT, "POL", "tank", "leo", Qualifier.EXACT, 10, 10, 1));
        var byDonor = Fulfilment.compute(totals, Fulfilment.By.DONOR, List.of(agg));
        assertThat(byDonor.get(0).reported()).containsExactly("98% (text, 2023-06: \"98% of the equipment promised\")");
        assertThat(byDonor.get(1).reported()).isEmpty();
        assertThat(Fulfilment.compute(totals, Fulfilment.By.CATEGORY, List.of(agg)).get(0).reported())
                .as("a donor-wide figure is not a category's").isEmpty();
    }

    @Test
    void needsAreOrderedByPriorityThenAirDefenceAndGapNeverGoesNegative() {
        var armour = new Needs.NeedInfo("a", "armour", "leo", null, "tanks", Quantity.exact(10), 1, NeedStatus.OPEN);
        var air = new Needs.NeedInfo("b", "air_and_missile_defence", null, "sam", "SAM", Quantity.exact(4), 1, NeedStatus.OPEN);
        var later = new Needs.NeedInfo("c", "air_and_missile_defence", null, "sam", "more SAM", Quantity.UNSPECIFIED, 2, NeedStatus.OPEN);
        var rows = Needs.compute(List.of(later, armour, air), List.of(
                new Needs.Supply(EntryKind.DELIVERY, "leo", "tank", 12),
                new Needs.Supply(EntryKind.COMMITMENT, "iris", "sam", 3),
                new Needs.Supply(EntryKind.DELIVERY, "iris", "sam", 1)));
        assertThat(rows).extracting(r -> r.need().id()).containsExactly("b", "a", "c");
        assertThat(rows.get(0).pledged()).isEqualTo(3);
        assertThat(rows.get(0).gap()).isEqualTo(3L);
        assertThat(rows.get(1).gap()).isZero();
        assertThat(rows.get(2).gap()).as("no number stated, no gap computed").isNull();
    }

    @Test
    void tableFormatAlignsNumbersAndCsvQuotesPerRfc4180() {
        ReportTable t = new ReportTable("x", "X", List.of("name", "n"),
                List.of(List.of("a, \"quoted\"", 1234567L), List.of("b", 5L)), List.of("a note"));
        String table = ReportFormat.TABLE.render(t);
        assertThat(table).contains("1,234,567").contains("* a note");
        assertThat(table.lines().filter(l -> l.endsWith("5")).findFirst().orElseThrow()).endsWith("        5");
        assertThat(ReportFormat.CSV.render(t)).isEqualTo("name,n\r\n\"a, \"\"quoted\"\"\",1234567\r\nb,5\r\n");
    }
}
