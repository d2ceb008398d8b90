package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.reports.domain.FxRates;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.sources.domain.Observation;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class ReportServiceTest {

    static final List<SourceRef> SRC = List.of(SourceRef.manual("test fixture"));
    /** A small rate table of our own, so the expected EUR figures are exact. */
    static final FxRates FX = FxRates.parse(List.of("month,currency,units_per_eur", "2023-01,GBP,0.8", "2023-01,USD,1.25",
            "2023-02,GBP,0.8", "2023-03,GBP,0.8"));

    /** The fixture ledger and the instant between its first and second half. */
    record Fixture(App app, ReportService reports, Instant beforeLate, long reversedDelivery) {
    }

    static PledgeDraft pledge(String id, String donor, String meeting, FuzzyDate on, Visibility vis, LineDraft... lines) {
        return new PledgeDraft(id, donor, AidType.MILITARY, id, on, meeting, vis, List.of(lines), SRC, "analyst");
    }

    static LineDraft line(String item, Quantity q, Money value) {
        return new LineDraft(item, null, null, q, value, null);
    }

    static long entry(LedgerService s, EntryKind kind, String lineId, Long qty, Money amount, String date) {
        return s.recordEntry(new EntryDraft(kind, lineId, qty, amount, FuzzyDate.parse(date), null, null, SRC, "analyst"));
    }

    static Fixture build(DatabaseFactory db) throws InterruptedException {
        App app = new App(db.open(), RecordingClock.system());
        LedgerService s = app.ledgerService();
        s.recordMeeting(new MeetingDraft("udcg-8", LocalDate.of(2023, 1, 20), "Ramstein", "UDCG 8", "udcg", List.of(), "analyst"));
        s.recordMeeting(new MeetingDraft("udcg-9", LocalDate.of(2023, 2, 14), "Brussels", "UDCG 9", "udcg", List.of(), "analyst"));
        // Germany: 40 Marders (EUR 100m) and up to 14 Leopard 2A6
        var de = s.recordPledge(pledge("DE-1", "Germany", "udcg-8", FuzzyDate.parse("2023-01-05"), Visibility.PUBLIC,
                line("marder-1a3", Quantity.exact(40), Money.of("100000000", "EUR")),
                line("Leopard 2A6", new Quantity(14L, null, Qualifier.UP_TO), null)));
        // the same Marder package announced again at the next meeting: counted once
        s.recordPledge(pledge("DE-1-again", "Germany", "udcg-9", FuzzyDate.parse("2023-02-14"), Visibility.PUBLIC,
                line("Marder", Quantity.exact(40), Money.of("100000000", "EUR"))));
        s.markSameAs("DE-1-again", "DE-1", "re-announced", "analyst");
        // UK: 14 Challenger 2 worth GBP 8m, announced "in January 2023" (month precision)
        var uk = s.recordPledge(pledge("UK-1", "UK", "udcg-8", FuzzyDate.parse("2023-01"), Visibility.PUBLIC,
                line("Challenger 2", Quantity.exact(14), Money.of("8000000", "GBP"))));
        // Poland: 10 to 14 Leopard 2A4, later retracted
        s.recordPledge(pledge("PL-1", "Poland", null, FuzzyDate.parse("2023-02-10"), Visibility.PUBLIC,
                line("leopard-2a4", new Quantity(10L, 14L, Qualifier.RANGE), null)));
        s.retractPledge("PL-1", "withdrawn", "analyst");
        // USA: Bradleys, number not stated; restricted
        s.recordPledge(pledge("US-1", "USA", null, FuzzyDate.parse("2023-01-06"), Visibility.RESTRICTED,
                line("Bradley", Quantity.UNSPECIFIED, null)));

        String marder = de.lineIds().get(0);
        entry(s, EntryKind.ALLOCATION, marder, 40L, Money.of("100000000", "EUR"), "2023-01-05");
        entry(s, EntryKind.DELIVERY, marder, 20L, null, "2023-03");        // month precision: from 2023-03-01
        long wrong = entry(s, EntryKind.DELIVERY, marder, 5L, null, "2023-04-15");
        s.reverseEntry(wrong, "double-counted", "analyst");
        entry(s, EntryKind.DELIVERY, marder, 3L, null, null);              // date unknown
        entry(s, EntryKind.DELIVERY, uk.lineIds().get(0), 14L, null, "2023-03-27");
        entry(s, EntryKind.ALLOCATION, uk.lineIds().get(0), null, Money.of("8000000", "GBP"), "2023-01");

        s.recordNeed(new NeedDraft("N-IFV", "armour", "marder-1a3", null, "infantry fighting vehicles", Quantity.exact(100), 1, null,
                FuzzyDate.parse("2023-01-01"), Visibility.PUBLIC, SRC, "analyst"));
        s.recordNeed(new NeedDraft("N-AD", "air_and_missile_defence", null, "sam_medium_range", "medium-range air defence",
                Quantity.exact(6), 1, null, FuzzyDate.parse("2023-01-01"), Visibility.PUBLIC, SRC, "analyst"));
        s.recordNeed(new NeedDraft("N-MBT", "armour", "challenger-2", null, "main battle tanks", Quantity.exact(10), 2, null,
                FuzzyDate.parse("2023-01-01"), Visibility.PUBLIC, SRC, "analyst"));

        app.ledger().write(w -> {
            long now = app.ledger().clock().nowMicros();
            w.observation(new Observation("obs-kiel", "kiel-items", null, null, 17, "DEU", "Germany", "marder-1a3", "Marder", null,
                    Observation.PLEDGED, Quantity.exact(40), "units", null, null, FuzzyDate.parse("2023-01-05"), null,
                    "https://example.org/kiel", null, now));
            w.observation(new Observation("obs-oryx", "oryx", null, null, 3, "DEU", "Germany", "marder-1a3", "Marder", null,
                    Observation.DELIVERED, new Quantity(18L, null, Qualifier.MORE_THAN), "units", null, null, FuzzyDate.parse("2023-03-02"),
                    null, "https://example.org/oryx", null, now));
            w.observation(new Observation("obs-agg", "text", null, null, null, "DEU", "Germany", null, null, null,
                    Observation.AGGREGATE, Quantity.exact(98), "%", null, null, FuzzyDate.parse("2023-06"), null, null,
                    "98% of the equipment promised", now));
            return null;
        });

        Thread.sleep(2);
        Instant beforeLate = Instant.now();
        Thread.sleep(2);
        // recorded late: a second UK package
        s.recordPledge(pledge("UK-2", "GBR", null, FuzzyDate.parse("2023-01-10"), Visibility.PUBLIC,
                line("Challenger 2", Quantity.exact(2), null)));
        return new Fixture(app, new ReportService(app.database().jdbi(), app.catalog(), FX), beforeLate, wrong);
    }

    static Map<String, Object> row(ReportTable t, String column, String value) {
        return t.records().stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + "=" + value + " in " + t.records()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void fulfilmentByDonorCountsOnceNetsReversalsAndFlagsQualifiers(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            ReportTable t = f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor", null, null);
            Map<String, Object> de = row(t, "donor", "Germany");
            assertThat(de.get("pledged")).as("40 Marders once + up to 14 Leopards at the stated figure").isEqualTo(54L);
            assertThat(de.get("pledged_ceiling")).isEqualTo(54L);
            assertThat(de.get("allocated")).isEqualTo(40L);
            assertThat(de.get("delivered")).as("20 + 3 undated; the reversed 5 netted").isEqualTo(23L);
            assertThat(de.get("delivered_share_pct")).isEqualTo(new BigDecimal("42.6"));
            assertThat(de.get("state")).isEqualTo("partial");
            assertThat(de.get("uncertain_lines")).isEqualTo(1L);
            assertThat(de.get("up_to_included")).isEqualTo(true);
            assertThat((String) de.get("reported")).contains("98%").contains("98% of the equipment promised");

            Map<String, Object> uk = row(t, "donor", "United Kingdom");
            assertThat(uk.get("pledged")).isEqualTo(16L);
            assertThat(uk.get("delivered")).isEqualTo(14L);
            assertThat(uk.get("reported")).isEqualTo("");

            Map<String, Object> pl = row(t, "donor", "Poland");
            assertThat(pl.get("pledged")).as("retracted: postings reversed").isEqualTo(0L);
            assertThat(pl.get("pledged_ceiling")).isEqualTo(0L);
            assertThat(pl.get("uncertain_lines")).isEqualTo(0L);
            assertThat(pl.get("state")).isEqualTo("none");

            Map<String, Object> us = row(t, "donor", "United States");
            assertThat(us.get("pledged")).isEqualTo(0L);
            assertThat(us.get("unspecified_lines")).isEqualTo(1L);
            assertThat(us.get("state")).as("nothing countable committed, but something was").isEqualTo("unknown");

            Map<String, Object> total = row(t, "donor", "TOTAL equipment");
            assertThat(total.get("pledged")).isEqualTo(70L);
            assertThat(total.get("delivered")).isEqualTo(37L);
            assertThat(t.notes()).anyMatch(n -> n.startsWith("counting rule:") && n.contains("'up to' counted at its stated figure"));

            // a re-announcement stated differently ("up to 12") vanishes entirely: no flag, no line count of its own
            f.app().ledgerService().recordPledge(pledge("FR-1", "France", null, FuzzyDate.parse("2023-01-19"), Visibility.PUBLIC,
                    line("caesar", Quantity.exact(12), null)));
            f.app().ledgerService().recordPledge(pledge("FR-1-again", "France", null, FuzzyDate.parse("2023-02-14"), Visibility.PUBLIC,
                    line("caesar", new Quantity(12L, null, Qualifier.UP_TO), null)));
            f.app().ledgerService().markSameAs("FR-1-again", "FR-1", "re-announced", "analyst");
            Map<String, Object> fr = row(f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor", null, null), "donor", "France");
            assertThat(fr.get("pledged")).isEqualTo(12L);
            assertThat(fr.get("uncertain_lines")).isEqualTo(0L);
            assertThat(fr.get("up_to_included")).isEqualTo(false);

            ReportTable pub = f.reports().fulfilment(TimeFilter.NOW, Audience.PUBLIC, "donor", null, null);
            assertThat(pub.records()).noneMatch(r -> "United States".equals(r.get("donor")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void fulfilmentHonoursBothClocks(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            // known before UK-2 was recorded: the late pledge is absent
            ReportTable known = f.reports().fulfilment(new TimeFilter(null, f.beforeLate()), Audience.EVERYTHING, "donor", null, null);
            assertThat(row(known, "donor", "United Kingdom").get("pledged")).isEqualTo(14L);

            // as of 2023-02-28: the March deliveries had not happened; the undated one is excluded and footnoted
            ReportTable feb = f.reports().fulfilment(new TimeFilter(LocalDate.of(2023, 2, 28), null), Audience.EVERYTHING, "donor", null, null);
            assertThat(row(feb, "donor", "Germany").get("delivered")).isEqualTo(0L);
            assertThat(row(feb, "donor", "United Kingdom").get("delivered")).isEqualTo(0L);
            assertThat(feb.notes()).anyMatch(n -> n.contains("1 posting(s) with an unknown date are excluded"));

            // a month-precision date counts from the 1st: "2023-03" is in as of 2023-03-01
            ReportTable mar1 = f.reports().fulfilment(new TimeFilter(LocalDate.of(2023, 3, 1), null), Audience.EVERYTHING, "donor", null, null);
            assertThat(row(mar1, "donor", "Germany").get("delivered")).isEqualTo(20L);
            // the UK pledge announced "2023-01" is in as of 2023-01-01, not 2022-12-31
            assertThat(row(f.reports().fulfilment(new TimeFilter(LocalDate.of(2023, 1, 1), null), Audience.EVERYTHING, "donor", null, null),
                    "donor", "United Kingdom").get("pledged")).isEqualTo(14L);
            assertThat(f.reports().fulfilment(new TimeFilter(LocalDate.of(2022, 12, 31), null), Audience.EVERYTHING, "donor", null, null).records())
                    .noneMatch(r -> "United Kingdom".equals(r.get("donor")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void fulfilmentGroupingsAndFilters(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            ReportTable items = f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "item", "Germany", null);
            assertThat(items.columns()).startsWith("item", "category");
            assertThat(row(items, "item", "Marder 1A3").get("delivered")).isEqualTo(23L);
            assertThat(row(items, "item", "Leopard 2A6").get("state")).isEqualTo("none");
            assertThat(items.records()).noneMatch(r -> "Challenger 2".equals(r.get("item")));

            ReportTable cats = f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "category", null, "main_battle_tank");
            assertThat(cats.records()).extracting(r -> r.get("category")).containsExactly("main_battle_tank", "TOTAL equipment");
            assertThat(row(cats, "category", "main_battle_tank").get("pledged")).isEqualTo(30L);

            ReportTable both = f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor,category", null, null);
            assertThat(both.records()).anyMatch(r -> "Germany".equals(r.get("donor")) && "infantry_fighting_vehicle".equals(r.get("category"))
                    && Long.valueOf(40).equals(r.get("pledged")));

            assertThatThrownBy(() -> f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "colour", null, null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("by"));
            assertThatThrownBy(() -> f.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor", "Atlantis", null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("donor"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void donorsReportConvertsAtThePostingsMonth(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            ReportTable t = f.reports().donors(TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(t.columns()).containsExactly("donor", "type", "allocation_eur", "commitment_eur");
            Map<String, Object> de = row(t, "donor", "Germany");
            assertThat(de.get("type")).isEqualTo("Military");
            assertThat((BigDecimal) de.get("allocation_eur")).isEqualByComparingTo("100000000");
            assertThat((BigDecimal) de.get("commitment_eur")).as("re-announcement not counted again").isEqualByComparingTo("100000000");
            Map<String, Object> uk = row(t, "donor", "United Kingdom");
            assertThat((BigDecimal) uk.get("commitment_eur")).as("GBP 8m at 0.8 per EUR").isEqualByComparingTo("10000000");
            assertThat((BigDecimal) uk.get("allocation_eur")).isEqualByComparingTo("10000000");

            String csv = ReportFormat.CSV.render(t);
            assertThat(csv.lines().findFirst()).contains("donor,type,allocation_eur,commitment_eur");
            assertThat(csv).contains("Germany,Military,100000000.00,100000000.00\r\n");
            JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(t));
            assertThat(json.get("report").asText()).isEqualTo("donors");
            assertThat(json.get("rows").isArray()).isTrue();
            assertThat(json.get("rows").get(0).has("commitment_eur")).isTrue();
            assertThat(ReportFormat.TABLE.render(t)).contains("100,000,000.00").contains("value basis: reported amounts");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void reconciliationLaysObservationsBesideTheLedger(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            ReportTable t = f.reports().reconciliation(TimeFilter.NOW, Audience.EVERYTHING, "German", "Marders");
            List<Map<String, Object>> rows = t.records();
            assertThat(rows).anyMatch(r -> "TOTAL (facts)".equals(r.get("what")) && "committed".equals(r.get("measure"))
                    && Long.valueOf(40).equals(r.get("quantity")));
            assertThat(rows).anyMatch(r -> "TOTAL (facts)".equals(r.get("what")) && "delivered".equals(r.get("measure"))
                    && Long.valueOf(23).equals(r.get("quantity")));
            assertThat(rows).anyMatch(r -> ((String) r.get("what")).contains("DE-1-again") && ((String) r.get("what")).contains("not counted"));
            List<Map<String, Object>> obs = rows.stream().filter(r -> ((String) r.get("basis")).startsWith("observation")).toList();
            assertThat(obs).extracting(r -> r.get("basis")).containsExactly("observation: kiel-items", "observation: oryx");
            assertThat(obs.get(0).get("vs_ledger")).isEqualTo(0L);
            assertThat(obs.get(1).get("vs_ledger")).as("oryx 18 vs ledger 23 delivered").isEqualTo(-5L);
            assertThat(obs.get(1).get("what")).isEqualTo("more than 18 units");
            assertThat(obs.get(0).get("detail")).isEqualTo("row 17");
            assertThat(t.notes().get(0)).contains("committed 40, delivered 23").contains("DE-1-again (same package as DE-1)")
                    .contains("never added");

            assertThatThrownBy(() -> f.reports().reconciliation(TimeFilter.NOW, Audience.EVERYTHING, "Narnia", "no-such-thing"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(x -> x.field())
                            .containsExactly("donor", "item"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void valuesKeepReportedAndEstimatedApart(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            Map<String, Object> before = row(f.reports().values(TimeFilter.NOW, Audience.EVERYTHING, "donor", "Germany"), "donor", "Germany");
            assertThat(before.get("estimated_lines")).as("no unit price known yet").isEqualTo(0L);
            // Kiel prices two Leopard 2A6 at EUR 20m: EUR 10m each, the ground for an estimate of the "up to 14"
            app.ledger().write(w -> {
                w.observation(new Observation("obs-kiel-leo", "kiel-items", null, null, 40, "DEU", "Germany", "leopard-2a6", "Leopard 2A6",
                        "main_battle_tank", Observation.PLEDGED, Quantity.exact(2), "units", 2_000_000_000L, "EUR", FuzzyDate.parse("2023-01-25"),
                        null, null, null, app.ledger().clock().nowMicros()));
                return null;
            });
            ReportTable t = f.reports().values(TimeFilter.NOW, Audience.EVERYTHING, "donor,category", "Germany");
            assertThat(t.columns()).containsExactly("donor", "category", "lines", "reported_lines", "reported_eur", "unconverted_lines",
                    "estimated_lines", "estimated_eur", "unvalued_lines", "estimate_basis");
            Map<String, Object> tanks = row(t, "category", "main_battle_tank");
            assertThat((BigDecimal) tanks.get("estimated_eur")).isEqualByComparingTo("140000000");
            assertThat(tanks.get("reported_lines")).isEqualTo(0L);
            assertThat((String) tanks.get("estimate_basis")).contains("Kiel item-level");
            Map<String, Object> ifv = row(t, "category", "infantry_fighting_vehicle");
            assertThat((BigDecimal) ifv.get("reported_eur")).as("the Marders' stated EUR 100m, counted once").isEqualByComparingTo("100000000");
            assertThat(ifv.get("estimated_lines")).isEqualTo(0L);
            assertThat(t.notes()).anyMatch(n -> n.contains("never added together"));
            assertThatThrownBy(() -> f.reports().values(TimeFilter.NOW, Audience.EVERYTHING, "item", null)).isInstanceOf(ValidationException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aTrackersIncrementsAreComparedThroughTheirRunningTotal(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            app.ledger().write(w -> {
                long now = app.ledger().clock().nowMicros();
                int row = 1;
                for (String[] inc : new String[][] {{"2023-03-31", "40"}, {"2023-09-13", "20"}, {"2024-01-04", "10"}}) {
                    w.observation(new Observation("obs-pun-" + row, "pun", null, null, row++, "DEU", "de", "marder-1a3", "Marder", null,
                            Observation.PLEDGED, Quantity.exact(Long.parseLong(inc[1])), Observation.INCREMENT_UNIT, null, null,
                            FuzzyDate.parse(inc[0]), null, "https://example.org/pun", null, now));
                }
                return null;
            });
            List<Map<String, Object>> pun = f.reports().reconciliation(TimeFilter.NOW, Audience.EVERYTHING, "Germany", "Marder").records().stream()
                    .filter(r -> "observation: pun".equals(r.get("basis"))).toList();
            assertThat(pun).extracting(r -> r.get("what")).containsExactly("+40 units added", "+20 units added", "+10 units added",
                    "TOTAL of 3 increments");
            assertThat(pun).extracting(r -> r.get("vs_ledger")).as("running totals 40, 60, 70 against 40 committed").containsExactly(0L, 20L, 30L, 30L);
            assertThat(pun.get(1).get("detail")).isEqualTo("row 2; running total 60");
            assertThat(pun.get(3).get("quantity")).isEqualTo(70L);
            assertThat(pun.get(3).get("date")).isEqualTo("2024-01-04");

            // as of the end of 2023 the tracker had said 60
            List<Map<String, Object>> then = f.reports().reconciliation(new TimeFilter(LocalDate.of(2023, 12, 31), null), Audience.EVERYTHING, "Germany",
                    "Marder").records().stream().filter(r -> "observation: pun".equals(r.get("basis"))).toList();
            assertThat(then.get(then.size() - 1).get("quantity")).isEqualTo(60L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void meetingsListPledgesAndTotals(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            ReportTable t = f.reports().meetings(TimeFilter.NOW, Audience.EVERYTHING);
            List<Map<String, Object>> rows = t.records();
            assertThat(rows).extracting(r -> r.get("date")).isSorted();
            Map<String, Object> first = rows.stream().filter(r -> "UDCG 8 (Ramstein)".equals(r.get("meeting"))
                    && "(meeting total)".equals(r.get("pledge"))).findFirst().orElseThrow();
            assertThat(first.get("items")).as("40 Marders + up to 14 Leopards + 14 Challengers").isEqualTo(68L);
            assertThat((BigDecimal) first.get("value_eur")).isEqualByComparingTo("110000000");
            Map<String, Object> second = rows.stream().filter(r -> "UDCG 9 (Brussels)".equals(r.get("meeting"))
                    && "(meeting total)".equals(r.get("pledge"))).findFirst().orElseThrow();
            assertThat(second.get("items")).as("the re-announcement is listed, not counted").isEqualTo(0L);
            assertThat(rows).anyMatch(r -> "no: same package as DE-1".equals(r.get("counted")));

            ReportTable early = f.reports().meetings(new TimeFilter(LocalDate.of(2023, 2, 1), null), Audience.EVERYTHING);
            assertThat(early.records()).noneMatch(r -> ((String) r.get("meeting")).contains("UDCG 9"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void needsAgainstDeliveriesAirDefenceFirst(DatabaseFactory db) throws Exception {
        Fixture f = build(db);
        try (App app = f.app()) {
            f.app().ledgerService().changeNeedStatus("N-MBT", org.ramstein.ledger.domain.NeedStatus.PARTIALLY_MET, LocalDate.of(2023, 4, 1),
                    "some delivered", "analyst");
            ReportTable t = f.reports().needs(TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(t.records()).extracting(r -> r.get("capability")).containsExactly("air_and_missile_defence", "armour", "armour");
            Map<String, Object> ifv = t.records().get(1);
            assertThat(ifv.get("item")).isEqualTo("Marder 1A3");
            assertThat(ifv.get("pledged")).isEqualTo(40L);
            assertThat(ifv.get("delivered")).isEqualTo(23L);
            assertThat(ifv.get("gap")).isEqualTo(77L);
            Map<String, Object> mbt = t.records().get(2);
            assertThat(mbt.get("delivered")).isEqualTo(14L);
            assertThat(mbt.get("gap")).as("never below zero").isEqualTo(0L);
            assertThat(mbt.get("status")).isEqualTo("partially_met");
            Map<String, Object> ad = t.records().get(0);
            assertThat(ad.get("item")).isEqualTo("(category sam_medium_range)");
            assertThat(ad.get("gap")).isEqualTo(6L);
            assertThat(ad.get("status")).isEqualTo("open");
        }
    }
}
