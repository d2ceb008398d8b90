package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ramstein.importers.Fixtures.file;
import static org.ramstein.importers.Fixtures.rows;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class KielWeaponsImportTest {

    static List<Map<String, Object>> observations(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM observation ORDER BY source_row, id").mapToMap().list());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void eachNamedWeaponBecomesAnObservationOfItsSystemDatedToTheRelease(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ImportResult r = Fixtures.service(app).importFile("kiel-weapons", file("good/kiel-web/weapons.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(r.rows()).isEqualTo(3);
            assertThat(rows(jdbi, "observation")).as("3 category totals + 5 named weapons").isEqualTo(8);
            assertThat(rows(jdbi, "pledge")).as("observations are compared, never counted").isZero();
            List<Map<String, Object>> obs = observations(jdbi);
            Map<String, Object> marder = obs.stream().filter(o -> "marder-1a3".equals(o.get("item_id"))).findFirst().orElseThrow();
            assertThat(((Number) marder.get("quantity")).longValue()).isEqualTo(40);
            assertThat(marder.get("item_text")).isEqualTo("infantry fighting vehicle MARDER");
            assertThat(marder.get("observed_on")).as("data through March 2023").isEqualTo("2023-03-01");
            assertThat(marder.get("observed_precision")).isEqualTo("month");
            assertThat(marder.get("quote")).isEqualTo("infantry fighting vehicle MARDER (40)");
            assertThat(marder.get("status_text")).isEqualTo("Test release 12 (03/2023)");
            assertThat(obs).filteredOn(o -> "FH70 155mm howitzer".equals(o.get("item_text"))).extracting(o -> o.get("item_id"))
                    .as("a howitzer named with its calibre is the gun, not its shells").containsExactly("fh70");
            assertThat(obs).filteredOn(o -> "AiTO30 FDC".equals(o.get("item_text"))).extracting(o -> o.get("item_id"))
                    .as("not in the catalogue: kept by name").containsOnlyNulls();
            Map<String, Object> patriot = obs.stream().filter(o -> "patriot".equals(o.get("item_id"))).findFirst().orElseThrow();
            assertThat(patriot.get("qualifier")).as("no count given").isEqualTo("unspecified");
            Map<String, Object> howitzers = obs.stream().filter(o -> "Howitzers (all)".equals(o.get("item_text"))).findFirst().orElseThrow();
            assertThat(((Number) howitzers.get("amount_cents")).longValue()).isEqualTo(2_000_000_050L);
            assertThat(howitzers.get("currency")).isEqualTo("EUR");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void badRowsAreNamedAndNothingIsWritten(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> Fixtures.service(app).importFile("kiel-weapons", file("bad/kiel-web/weapons.csv"), "tester", n -> { }))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("weapons.csv row 2, donor", "weapons.csv row 3, number_of_weapons"));
            assertThat(rows(app.database().jdbi(), "observation")).isZero();
            assertThat(rows(app.database().jdbi(), "import_batch")).isZero();
        }
    }
}
