package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.cli.CliRun;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceRef;

/** The `report` command end to end on a small SQLite ledger: formats, options and errors as a user sees them. */
class ReportCommandTest {
    static String db;


    @BeforeAll
    static void ledger() throws Exception {
        Path dir = Files.createTempDirectory("ramstein-report-cli-");
        db = "jdbc:sqlite:" + dir.resolve("ledger.db");
        try (App app = App.open(db)) {
            var s = app.ledgerService();
            var p = s.recordPledge(new PledgeDraft("US-1", "USA", AidType.MILITARY, "PDA 1", FuzzyDate.parse("2024-03-12"), null,
                    Visibility.PUBLIC, List.of(new LineDraft("Bradley", null, null, Quantity.exact(1200), Money.of("1085000", "USD"), null)),
                    List.of(SourceRef.manual("fixture")), "analyst"));
            s.recordEntry(new EntryDraft(EntryKind.DELIVERY, p.lineIds().get(0), 1000L, null, FuzzyDate.parse("2024-05"), null, null,
                    List.of(SourceRef.manual("fixture")), "analyst"));
        }
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void donorsAsCsvHasTheExactHeaderAndConvertsAtTheMonthsEcbRate() {
        CliRun r = run("report", "donors", "--format", "csv", "--db", db);
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("donor,type,allocation_eur,commitment_eur");
        // USD 1,085,000 in March 2024 at the ECB March 2024 average (1.0872 USD per EUR)
        BigDecimalAssert.close(lines.get(1), "United States,Military,0.00,", "997976.45");
        assertThat(r.err()).contains("# value basis: reported amounts");
    }

    @Test
    void fulfilmentTableHasThousandsSeparatorsAndTheCountingRule() {
        CliRun r = run("report", "fulfilment", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("United States").contains("1,200").contains("1,000").contains("83.3").contains("partial")
                .contains("counting rule:");
    }

    @Test
    void asOfBeforeTheMonthOfTheDeliveryLeavesItOut() {
        CliRun r = run("report", "fulfilment", "--as-of", "2024-04-30", "--format", "json", "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"delivered\" : 0");
        CliRun may = run("report", "fulfilment", "--as-of", "2024-05-01", "--format", "json", "--db", db);
        assertThat(may.out()).contains("\"delivered\" : 1000");
    }

    @Test
    void jsonIsParseable() throws Exception {
        CliRun r = run("report", "meetings", "--format", "json", "--db", db);
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("report").asText()).isEqualTo("meetings");
        assertThat(json.get("columns").size()).isEqualTo(7);
        assertThat(run("report", "needs", "--format", "json", "--db", db).exit()).isZero();
        assertThat(run("report", "reconciliation", "--donor", "US", "--item", "Bradley", "--db", db).out()).contains("TOTAL (facts)");
    }

    @Test
    void badInputNamesTheFieldWithoutAStackTrace() {
        CliRun r = run("report", "fulfilment", "--as-of", "yesterday", "--format", "xml", "--db", db);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("format: 'xml' is not a format").doesNotContain("Exception").doesNotContain("\tat ");
        CliRun dates = run("report", "donors", "--as-of", "yesterday", "--known-at", "soon", "--db", db);
        assertThat(dates.err()).contains("as-of: 'yesterday' is not a date").contains("known-at: 'soon'");
        CliRun outOfCalendar = run("report", "donors", "--as-of", "+999999999-12-31", "--known-at", "+10000-01-01T00:00:00Z", "--db", db);
        assertThat(outOfCalendar.exit()).isEqualTo(2);
        assertThat(outOfCalendar.err()).contains("as-of: '+999999999-12-31' is not a date (yyyy-mm-dd, years 1 to 9999)").contains("known-at: '+10000-01-01T00:00:00Z'");
        CliRun item = run("report", "reconciliation", "--donor", "USA", "--item", "unicorn", "--db", db);
        assertThat(item.exit()).isEqualTo(2);
        assertThat(item.err()).contains("item: 'unicorn' is not in the catalogue");
    }

    /** Compares a CSV line's last (money) field numerically, so the check does not hang on formatting. */
    static final class BigDecimalAssert {
        static void close(String line, String prefix, String expected) {
            assertThat(line).startsWith(prefix);
            assertThat(new java.math.BigDecimal(line.substring(prefix.length()))).isEqualByComparingTo(expected);
        }
    }

    @Test
    void knownAtAcceptsADate() {
        CliRun r = run("report", "fulfilment", "--known-at", LocalDate.of(2000, 1, 1).toString(), "--db", db);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("(no rows)");
    }
}
