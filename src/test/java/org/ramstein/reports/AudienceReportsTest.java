package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.ledger.VisibilityFixture.DONOR_A;
import static org.ramstein.ledger.VisibilityFixture.DONOR_B;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.VisibilityFixture;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * Reports for each audience over a ledger with Germany's restricted pledge R and over the same ledger without it. The
 * public's reports, and the United Kingdom liaison's, must be the very reports of the ledger without R: no row, total or
 * note may count it. Germany's liaison sees R in its totals; insiders see everything, the United Kingdom's restricted
 * pledge included.
 */
class AudienceReportsTest {

    static List<Object> content(ReportTable t) {
        return List.of(t.title(), t.columns(), t.rows(), t.notes());
    }

    /** One pair of ledgers per database (each a database of its own), asked every question below. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void eachAudienceGetsTheReportsOfWhatItMaySee(DatabaseFactory db) {
        var with = VisibilityFixture.build(db.open(), true);
        var without = VisibilityFixture.build(db.open(), false);
        try (var a = with.app(); var b = without.app()) {
            thePublicAndAnotherDonorsLiaisonGetTheReportsOfTheLedgerWithoutTheRestrictedPledge(a, b);
            germanysLiaisonCountsItsRestrictedPledgeAndTheUnitedKingdomsLiaisonItsOwn(a);
            dashboardQueriesKeepToTheAudienceLikeTheReports(a, b);
        }
    }

    private static void thePublicAndAnotherDonorsLiaisonGetTheReportsOfTheLedgerWithoutTheRestrictedPledge(App a, App b) {
        {
            List<String> differs = new ArrayList<>();
            for (var e : VisibilityFixture.reports().entrySet()) {
                for (Audience audience : List.of(Audience.PUBLIC, Audience.donor(DONOR_B))) {
                    ReportTable shown = e.getValue().apply(a.reports(), audience);
                    assertThat(content(shown)).as("%s for %s", e.getKey(), audience).isEqualTo(content(e.getValue().apply(b.reports(), audience)));
                    assertThat(VisibilityFixture.found(String.valueOf(content(shown)), VisibilityFixture.markersOfR()))
                            .as("%s for %s", e.getKey(), audience).isEmpty();
                }
                assertThat(VisibilityFixture.found(String.valueOf(content(e.getValue().apply(a.reports(), Audience.PUBLIC))),
                        VisibilityFixture.markersOfB())).as(e.getKey()).isEmpty();
                // the same reports for Germany's liaison and for insiders do include R: these comparisons can fail
                Audience germany = Audience.donor(DONOR_A);
                if (!content(e.getValue().apply(a.reports(), germany)).equals(content(e.getValue().apply(b.reports(), germany)))) {
                    differs.add(e.getKey());
                }
            }
            assertThat(differs).as("reports that count R for Germany's liaison").contains("donors", "fulfilment by donor", "fulfilment by item",
                    "values by donor", "reconciliation Germany × Leopard 2A6", "meetings", "fulfilment by donor as of March");
        }
    }

    private static void germanysLiaisonCountsItsRestrictedPledgeAndTheUnitedKingdomsLiaisonItsOwn(App app) {
        {
            ReportService s = app.reports();
            Map<String, Object> pub = row(s.fulfilment(TimeFilter.NOW, Audience.PUBLIC, "donor", null, null), "Germany");
            Map<String, Object> liaison = row(s.fulfilment(TimeFilter.NOW, Audience.donor(DONOR_A), "donor", null, null), "Germany");
            Map<String, Object> insider = row(s.fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor", null, null), "Germany");
            // for the public, DE-2 is a pledge of its own; for those who see R, it is R announced again and counted there
            assertThat(pub.get("pledged")).isEqualTo(40L + 14);
            assertThat(liaison.get("pledged")).isEqualTo(40L + VisibilityFixture.QTY_R);
            assertThat(liaison.get("allocated")).isEqualTo(40L + VisibilityFixture.ALLOCATED_R);
            assertThat(liaison.get("delivered")).isEqualTo(20L + VisibilityFixture.DELIVERED_R);
            assertThat(insider).isEqualTo(liaison);

            ReportTable ukLiaison = s.fulfilment(TimeFilter.NOW, Audience.donor(DONOR_B), "item", null, null);
            assertThat(row(ukLiaison, "Storm Shadow").get("pledged")).isEqualTo(VisibilityFixture.QTY_B);
            assertThat(s.fulfilment(TimeFilter.NOW, Audience.donor(DONOR_A), "item", null, null).records())
                    .noneMatch(r -> "Storm Shadow".equals(r.get("item")));
            assertThat(row(s.fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "item", null, null), "Storm Shadow").get("pledged"))
                    .isEqualTo(VisibilityFixture.QTY_B);

            // a restricted need is for insiders only: Ukraine's needs belong to no donor's liaison
            assertThat(String.valueOf(s.needs(TimeFilter.NOW, Audience.donor(DONOR_A)).rows())).doesNotContain("Zeta restricted need");
            assertThat(String.valueOf(s.needs(TimeFilter.NOW, Audience.EVERYTHING).rows())).contains("Zeta restricted need");

            // reported values: R's EUR 987,654,321.00 is in Germany's total for its liaison only
            Map<String, Object> values = row(s.values(TimeFilter.NOW, Audience.donor(DONOR_A), "donor", null), "Germany");
            assertThat(values.get("reported_eur").toString()).isEqualTo("2837654321.00");
            assertThat(row(s.values(TimeFilter.NOW, Audience.PUBLIC, "donor", null), "Germany").get("reported_eur").toString())
                    .isEqualTo("1850000000.00");
        }
    }

    private static void dashboardQueriesKeepToTheAudienceLikeTheReports(App a, App b) {
        {
            DashboardQueries qa = new DashboardQueries(a.database().jdbi(), BundledRates.load());
            DashboardQueries qb = new DashboardQueries(b.database().jdbi(), BundledRates.load());
            var all = new DashboardQueries.FigureQuery(null, null, null, null, null, null, false, null);
            var ofR = new DashboardQueries.FigureQuery(EntryKind.COMMITMENT, null, null, null, null, null, false, VisibilityFixture.R);
            for (Audience audience : List.of(Audience.PUBLIC, Audience.donor(DONOR_B))) {
                assertThat(qa.monthlyValues(TimeFilter.NOW, audience, null)).isEqualTo(qb.monthlyValues(TimeFilter.NOW, audience, null));
                assertThat(qa.monthlyUnits(TimeFilter.NOW, audience, null, DONOR_A)).isEqualTo(qb.monthlyUnits(TimeFilter.NOW, audience, null, DONOR_A));
                assertThat(qa.itemByDonor(TimeFilter.NOW, audience, "leopard-2a6")).isEqualTo(qb.itemByDonor(TimeFilter.NOW, audience, "leopard-2a6"));
                assertThat(qa.figure(TimeFilter.NOW, audience, all, 100)).isEqualTo(qb.figure(TimeFilter.NOW, audience, all, 100));
                assertThat(qa.figureSize(TimeFilter.NOW, audience, all)).isEqualTo(qb.figureSize(TimeFilter.NOW, audience, all));
                assertThat(qa.figure(TimeFilter.NOW, audience, ofR, 100)).isEmpty();
                assertThat(qa.donorSources(TimeFilter.NOW, audience, DONOR_A)).isEqualTo(qb.donorSources(TimeFilter.NOW, audience, DONOR_A));
                assertThat(qa.countPledges(TimeFilter.NOW, audience, DONOR_A)).isEqualTo(qb.countPledges(TimeFilter.NOW, audience, DONOR_A));
                assertThat(qa.countEntries(EntryKind.DELIVERY, TimeFilter.NOW, audience, DONOR_A))
                        .isEqualTo(qb.countEntries(EntryKind.DELIVERY, TimeFilter.NOW, audience, DONOR_A));
                assertThat(qa.changesSince(audience, 0, Long.MAX_VALUE, 1000)).isEqualTo(qb.changesSince(audience, 0, Long.MAX_VALUE, 1000));
            }
            Audience germany = Audience.donor(DONOR_A);
            assertThat(qa.figure(TimeFilter.NOW, germany, ofR, 100)).extracting(DashboardQueries.FigurePart::quantity).containsExactly(VisibilityFixture.QTY_R);
            assertThat(qa.countPledges(TimeFilter.NOW, germany, DONOR_A)).isEqualTo(qb.countPledges(TimeFilter.NOW, germany, DONOR_A) + 2);
            assertThat(qa.donorSources(TimeFilter.NOW, germany, DONOR_A)).extracting(DashboardQueries.SourceUse::id).contains(VisibilityFixture.SOURCE_R);
            assertThat(qa.changesSince(Audience.EVERYTHING, 0, Long.MAX_VALUE, 1000)).extracting(DashboardQueries.Change::subjectId)
                    .contains(VisibilityFixture.R, VisibilityFixture.NEED_R, VisibilityFixture.R_RETRACTED, VisibilityFixture.REANNOUNCED);
        }
    }

    static Map<String, Object> row(ReportTable t, String first) {
        return t.records().stream().filter(r -> first.equals(r.values().iterator().next())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + t.records()));
    }
}
