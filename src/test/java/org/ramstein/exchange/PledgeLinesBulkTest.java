package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.StorageException;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** Loads large enough to take the bulk paths (COPY on PostgreSQL, multi-row INSERTs on SQLite). */
class PledgeLinesBulkTest {

    static final String NASTY = "tab\there, line\nbreak, cr\rhere, back\\slash, \\N, \\., \"quoted\", Kraków 🇺🇦";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void textSurvivesTheBulkPathExactly(DatabaseFactory db) throws Exception {
        Path csv = Files.createTempFile("lines-", ".csv");
        StringBuilder sb = new StringBuilder(PledgeLinesLoaderTest.HEADER);
        String quoted = "\"" + NASTY.replace("\"", "\"\"") + "\"";
        for (int i = 1; i <= 3_001; i++) {
            sb.append('p').append((i + 1) / 2).append(",DEU,military,").append(quoted).append(",2023-01-05,day,").append(2 - i % 2)
                    .append(",,").append(quoted).append(",armour,exact,").append(i).append(",,,,stocks\r\n");
        }
        Files.writeString(csv, sb);
        try (App app = new App(db.open(), RecordingClock.system())) {
            long n = new ExchangeService(app.ledger()).loadPledgeLines(csv, app.catalog().catalog(), app.catalog().donors(), "tester");
            assertThat(n).isEqualTo(3_001);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM pledge")).isEqualTo(1_501);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'commitment'")).isEqualTo(3_001);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT SUM(quantity) FROM ledger_entry")).isEqualTo(3_001L * 3_002 / 2);
            List<String> texts = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT DISTINCT title FROM pledge UNION SELECT DISTINCT item_text FROM pledge_line").mapTo(String.class).list());
            assertThat(texts).containsExactly(NASTY);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM pledge_line WHERE quantity_max IS NULL AND value_cents IS NULL"))
                    .isEqualTo(3_001);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aBrokenReferenceInABulkLoadFailsItWhole(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> app.ledger().write(w -> {
                try (BulkPragmas ignored = BulkPragmas.apply(w)) {
                    for (int i = 0; i < 2_500; i++) {
                        // one pledge in the middle names a donor that does not exist
                        w.pledge(new Pledge("p" + i, i == 1_234 ? "ZZZ" : "DEU", AidType.MILITARY, null, FuzzyDate.UNKNOWN, null,
                                Visibility.PUBLIC, null, null, i, 1L, "t"));
                    }
                }
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM pledge")).isZero();
        }
    }

    static List<String> bulkIndexes(App app) {
        String sql = app.database().dialect() == org.ramstein.storage.Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('pledge', 'pledge_line', 'ledger_entry') ORDER BY name"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('pledge', 'pledge_line', 'ledger_entry') "
                        + "AND indexname NOT LIKE '%_pkey' ORDER BY indexname";
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aLargeLoadRebuildsTheIndexesItDrops(DatabaseFactory db) throws Exception {
        Path good = Files.createTempFile("lines-", ".csv");
        Path bad = Files.createTempFile("lines-", ".csv");
        StringBuilder sb = new StringBuilder(PledgeLinesLoaderTest.HEADER);
        int lines = (int) BulkPragmas.REBUILD_INDEXES_AT + 10;
        for (int i = 1; i <= lines; i++) {
            sb.append('p').append(i).append(",DEU,military,,2023-01-05,day,1,,tanks,armour,exact,").append(i).append(",,,,stocks\n");
        }
        Files.writeString(good, sb);
        Files.writeString(bad, sb.toString().replace("p77,DEU", "p1,DEU")); // a duplicate pledge id near the start
        try (App app = new App(db.open(), RecordingClock.system())) {
            List<String> before = bulkIndexes(app);
            assertThat(before).contains("ledger_entry_happened", "ledger_entry_recorded", "ledger_entry_item", "ledger_entry_line", "ledger_entry_pledge", "pledge_line_pledge", "pledge_donor");
            ExchangeService exchange = new ExchangeService(app.ledger());
            assertThatThrownBy(() -> exchange.loadPledgeLines(bad, app.catalog().catalog(), app.catalog().donors(), "t"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(bulkIndexes(app)).isEqualTo(before);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM ledger_entry")).isZero();
            assertThat(exchange.loadPledgeLines(good, app.catalog().catalog(), app.catalog().donors(), "t")).isEqualTo(lines);
            assertThat(bulkIndexes(app)).isEqualTo(before);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM ledger_entry WHERE line_id = 'p4242/1'")).isEqualTo(1);
        }
    }
}
