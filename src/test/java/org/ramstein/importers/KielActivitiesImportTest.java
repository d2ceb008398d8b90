package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ramstein.importers.Fixtures.count;
import static org.ramstein.importers.Fixtures.file;
import static org.ramstein.importers.Fixtures.rows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.DonorsReport;
import org.ramstein.reports.domain.EurConversion;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class KielActivitiesImportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void rowsBecomePledgesWhosePostingsGiveKielsTotals(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            List<Integer> progress = new ArrayList<>();
            ImportResult r = Fixtures.service(app).importFile("kiel-activities", file("good/bilateral_activities.csv"), "tester", progress::add);
            Jdbi jdbi = app.database().jdbi();
            assertThat(r.rows()).isEqualTo(8);
            assertThat(r.alreadyImported()).isFalse();
            assertThat(r.message()).startsWith("kiel-activities: 8 rows imported from bilateral_activities.csv in ").contains("(batch kiel-activities-");
            assertThat(rows(jdbi, "pledge")).isEqualTo(8);
            assertThat(rows(jdbi, "pledge_line")).isEqualTo(8);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'commitment'")).isEqualTo(8);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'allocation'")).as("one per Allocation row").isEqualTo(7);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE happened_precision = 'unknown'")).as("rows 3 and 4 have no date, 2 postings each").isEqualTo(4);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE batch_id = '" + r.batchId() + "' AND source_row BETWEEN 1 AND 8")).isEqualTo(15);
            assertThat(Fixtures.text(jdbi, "SELECT publisher FROM source WHERE batch_id = '" + r.batchId() + "' AND kind = 'dataset'")).startsWith("Kiel Institute for the World Economy");
            assertThat(Fixtures.number(jdbi, "SELECT value_cents FROM pledge_line WHERE source_row = 1"))
                    .as("the sub-activity value, exact to the cent").isEqualTo(100_000_025L);

            Map<String, DonorsReport.Row> report = DonorsReport.compute(jdbi, TimeFilter.NOW, EurConversion.EUR_ONLY).stream()
                    .collect(Collectors.toMap(x -> x.donorCode() + "|" + x.aidType().code(), x -> x));
            assertEur(report.get("DEU|military").allocationEur(), "800000.10");
            assertEur(report.get("DEU|military").commitmentEur(), "6200000.50");
            assertEur(report.get("DEU|humanitarian").commitmentEur(), "250000");
            assertEur(report.get("CZE|military").allocationEur(), "38026423.95"); // 100 m less Kiel's negative correction
            assertEur(report.get("EUI|financial").allocationEur(), "1500000000");
            assertEur(report.get("EUI|financial").commitmentEur(), "2000000000");
            assertEur(report.get("SWE|military").allocationEur(), "-51902216.22");
            assertEur(report.get("SWE|military").commitmentEur(), "0");
            assertThat(progress).as("fewer than 1,000 rows: no progress calls").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void sameFileTwiceChangesNothing(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ImportService service = Fixtures.service(app);
            ImportResult first = service.importFile("kiel-activities", file("good/bilateral_activities.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            int pledges = rows(jdbi, "pledge");
            int entries = rows(jdbi, "ledger_entry");
            ImportResult second = service.importFile("kiel-activities", file("good/bilateral_activities.csv"), "tester", n -> { });
            assertThat(second.alreadyImported()).isTrue();
            assertThat(second.batchId()).isEqualTo(first.batchId());
            assertThat(second.message()).contains("already imported on").contains("as batch " + first.batchId()).endsWith("nothing changed");
            assertThat(rows(jdbi, "pledge")).isEqualTo(pledges);
            assertThat(rows(jdbi, "ledger_entry")).isEqualTo(entries);
            assertThat(rows(jdbi, "import_batch")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void badRowsAreNamedAndNothingIsWritten(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> Fixtures.service(app).importFile("kiel-activities", file("bad/bilateral_activities.csv"), "tester", n -> { }))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                                "bilateral_activities.csv row 2, dato",
                                "bilateral_activities.csv row 3, verdi_eur",
                                "bilateral_activities.csv row 5, giver");
                        assertThat(e.getMessage()).contains("'12x' is not a number").contains("'Atlantis' is not a known donor")
                                .contains("'2023-13-01' is not a valid date");
                    });
            Jdbi jdbi = app.database().jdbi();
            for (String table : List.of("import_batch", "source", "pledge", "pledge_line", "ledger_entry", "citation")) {
                assertThat(rows(jdbi, table)).as(table).isZero();
            }
        }
    }

    private static void assertEur(BigDecimal got, String expected) {
        assertThat(got).isEqualByComparingTo(expected);
    }
}
