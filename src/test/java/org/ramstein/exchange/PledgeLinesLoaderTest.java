package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class PledgeLinesLoaderTest {

    static final String HEADER = String.join(",", PledgeLinesLoader.COLUMNS) + "\n";

    static long count(App app, String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void linesBecomePledgesLinesAndCommitments(DatabaseFactory db) throws Exception {
        Path csv = Files.createTempFile("lines-", ".csv");
        Files.writeString(csv, HEADER
                + "p1,DEU,military,\"Marders, first\",2023-01-05,day,1,leopard-2a6,,,exact,14,,123456,EUR,stocks\n"
                + "p1,DEU,military,\"Marders, first\",2023-01-05,day,2,,155 mm rounds,artillery_ammunition,range,100,200,,,unknown\n"
                + "p2,USA,financial,,,unknown,1,,,budget_support,unspecified,,,500000000000,USD,procurement\n");
        try (App app = new App(db.open(), RecordingClock.system())) {
            long n = new ExchangeService(app.ledger()).loadPledgeLines(csv, app.catalog().catalog(), app.catalog().donors(), "tester");
            assertThat(n).isEqualTo(3);
            assertThat(count(app, "SELECT COUNT(*) FROM pledge")).isEqualTo(2);
            assertThat(count(app, "SELECT COUNT(*) FROM pledge_line")).isEqualTo(3);
            assertThat(count(app, "SELECT SUM(quantity_max) FROM ledger_entry WHERE kind = 'commitment'")).isEqualTo(200);
            assertThat(count(app, "SELECT SUM(amount_cents) FROM ledger_entry WHERE currency = 'USD'")).isEqualTo(500_000_000_000L);
            assertThat(count(app, "SELECT COUNT(*) FROM pledge_line WHERE category = 'main_battle_tank' AND source_row = 2")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void badRowsAreNamedAndNothingIsWritten(DatabaseFactory db) throws Exception {
        Path csv = Files.createTempFile("lines-", ".csv");
        Files.writeString(csv, HEADER
                + "p1,DEU,military,,2023-01-05,day,1,,tanks,armour,exact,14,,,,stocks\n"
                + "p2,XXX,military,,2023-01-05,day,1,,tanks,armour,roughly,14,,,,stocks\n");
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> new ExchangeService(app.ledger()).loadPledgeLines(csv, app.catalog().catalog(), app.catalog().donors(), "t"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(csv.getFileName() + ", row 3, column 'donor_code'")
                    .hasMessageContaining(csv.getFileName() + ", row 3, column 'qualifier'");
            assertThat(count(app, "SELECT COUNT(*) FROM pledge")).isZero();
            assertThat(count(app, "SELECT COUNT(*) FROM import_batch")).isZero();
        }
    }
}
