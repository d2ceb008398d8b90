package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.storage.Database;
import org.ramstein.storage.TotalsTables;
import org.ramstein.storage.PostingTotals;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * Loads with thousands of distinct running-total keys take the writer's bulk paths for the sums (multi-row upserts on
 * SQLite; COPY into a transaction-local table and one ordered INSERT ... ON CONFLICT on PostgreSQL), first into empty
 * totals, then into existing ones: the totals must equal those rebuilt from the postings.
 */
class PledgeLinesTotalsTest {

    static Path file(List<Donor> donors, int pledges, int lineOffset) throws Exception {
        StringBuilder sb = new StringBuilder(PledgeLinesLoaderTest.HEADER);
        String[] qualifiers = {"exact", "up_to", "about", "range", "unspecified", "more_than"};
        for (int p = 0; p < pledges; p++) {
            Donor d = donors.get(p % donors.size());
            int month = 1 + (p / donors.size()) % 12;
            int year = 2022 + (p / (donors.size() * 12)) % 4;
            String precision = p % 17 == 0 ? "unknown" : p % 5 == 0 ? "month" : "day";
            String on = precision.equals("unknown") ? "" : String.format("%d-%02d-%02d", year, month, precision.equals("month") ? 1 : 1 + p % 28);
            for (int l = 1; l <= 3; l++) {
                String q = qualifiers[(p + l) % qualifiers.length];
                String qty = switch (q) {
                    case "unspecified" -> ",";
                    case "range" -> (l + p % 7) + "," + (l + p % 7 + 5);
                    default -> (l * 3 + p % 11) + ",";
                };
                sb.append('p').append(lineOffset + p).append(',').append(d.code()).append(",military,,").append(on).append(',').append(precision)
                        .append(',').append(l).append(",,thing,cat").append((p + l) % 5).append(',').append(q).append(',').append(qty)
                        .append(l == 2 ? ",1500,EUR" : ",,").append(",stocks\n");
            }
        }
        Path csv = Files.createTempFile("lines-", ".csv");
        Files.writeString(csv, sb);
        return csv;
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void manyTotalsAddUpToThePostingsInNewAndExistingKeys(DatabaseFactory factory) throws Exception {
        Database db = factory.open();
        try (App app = new App(db, RecordingClock.system())) {
            List<Donor> donors = app.catalog().donors().all().subList(0, 20);
            ExchangeService exchange = new ExchangeService(app.ledger());
            assertThat(exchange.loadPledgeLines(file(donors, 1_200, 0), app.catalog().catalog(), app.catalog().donors(), "t")).isEqualTo(3_600);
            List<Map<String, Object>> first = TotalsTables.rows(db);
            assertThat(first.size()).isGreaterThan(2_000);
            // the same keys again (and some new ones), on top of the stored sums
            exchange.loadPledgeLines(file(donors, 1_500, 10_000), app.catalog().catalog(), app.catalog().donors(), "t");
            List<Map<String, Object>> kept = TotalsTables.rows(db);
            assertThat(kept).isNotEqualTo(first);
            db.jdbi().useTransaction(h -> PostingTotals.rebuild(h.getConnection()));
            assertThat(kept).isEqualTo(TotalsTables.rows(db));
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT SUM(postings) FROM posting_month_totals")).isEqualTo(3_600 + 4_500);
        }
    }
}
