package org.ramstein.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.FieldError;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class DemoDataTest {

    static final String GENERAL_KNOWLEDGE_TITLE = "Entered from general knowledge; no publication cited";

    static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static Set<String> strings(Jdbi jdbi, String sql) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void loadsIntoAnEmptyDatabaseOnce(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            DemoSummary loaded;
            // one transaction: the dataset is written whole or not at all, and recorded once
            try (var scope = app.audit().recording(written -> new org.ramstein.audit.domain.AuditCommand("cli:test", "cli", "cli", "demo load",
                    "demo", null, "{}", org.ramstein.audit.AuditTrail.committed(written)))) {
                loaded = DemoData.load(app);
                assertThat(scope.commits()).as("transactions the demo load committed").isEqualTo(1);
            }
            Jdbi jdbi = app.database().jdbi();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM audit_record")).isEqualTo(1);

            assertThat(loaded.alreadyLoaded()).isFalse();
            assertThat(loaded.facts()).as("a demo of 40-80 ledger facts").isBetween(40, 80);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge")).isEqualTo(loaded.pledges());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge_line")).isEqualTo(loaded.pledgeLines());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM meeting")).isEqualTo(loaded.meetings());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM need")).isEqualTo(loaded.needs());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM observation")).isEqualTo(loaded.observations());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge_link")).isEqualTo(loaded.sameAsLinks());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'delivery'")).isEqualTo(loaded.deliveries());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'allocation'")).isEqualTo(loaded.allocations());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'commitment' AND note IS NOT NULL AND reverses_id IS NULL"))
                    .as("restatements").isEqualTo(loaded.restatements());
            assertThat(strings(jdbi, "SELECT DISTINCT donor_code FROM pledge")).as("several donors")
                    .contains("USA", "DEU", "FRA", "GBR", "SWE", "NOR", "SVK", "POL", "ESP", "DNK", "CAN", "NATO");
            assertThat(strings(jdbi, "SELECT DISTINCT currency FROM ledger_entry WHERE currency IS NOT NULL"))
                    .contains("USD", "EUR", "GBP", "SEK");
            assertThat(strings(jdbi, "SELECT DISTINCT category FROM pledge_line")).contains("main_battle_tank",
                    "infantry_fighting_vehicle", "self_propelled_artillery", "sam_long_range", "sam_medium_range", "fighter_aircraft",
                    "ammunition_155mm", "funding");

            DemoSummary again = DemoData.load(app);
            assertThat(again.alreadyLoaded()).isTrue();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge")).as("a second load writes nothing").isEqualTo(loaded.pledges());
            assertThat(count(jdbi, "SELECT COUNT(*) FROM observation")).isEqualTo(loaded.observations());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void everyFactIsCitedWithAQuoteOrAsGeneralKnowledge(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            DemoData.load(app);
            Jdbi jdbi = app.database().jdbi();
            Set<String> cited = strings(jdbi, "SELECT c.subject_type || ':' || c.subject_id FROM citation c JOIN source s ON s.id = c.source_id "
                    + "WHERE (c.quote IS NOT NULL AND TRIM(c.quote) <> '') OR s.kind = 'general_knowledge'");

            assertThat(strings(jdbi, "SELECT 'pledge:' || id FROM pledge")).isNotEmpty().isSubsetOf(cited);
            assertThat(strings(jdbi, "SELECT 'need:' || id FROM need")).isNotEmpty().isSubsetOf(cited);
            assertThat(strings(jdbi, "SELECT 'meeting:' || id FROM meeting")).isNotEmpty().isSubsetOf(cited);
            assertThat(strings(jdbi, "SELECT 'entry:' || CAST(id AS VARCHAR(20)) FROM ledger_entry WHERE kind IN ('delivery', 'allocation')"))
                    .as("deliveries and allocations").isNotEmpty().isSubsetOf(cited);
            assertThat(strings(jdbi, "SELECT 'entry:' || CAST(id AS VARCHAR(20)) FROM ledger_entry WHERE kind = 'commitment' AND note IS NOT NULL AND reverses_id IS NULL"))
                    .as("restatements").isNotEmpty().isSubsetOf(cited);

            assertThat(count(jdbi, "SELECT COUNT(*) FROM citation c JOIN source s ON s.id = c.source_id "
                    + "WHERE s.kind IN ('web', 'document') AND (c.quote IS NULL OR TRIM(c.quote) = '')"))
                    .as("no citation of a text without its words").isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM observation WHERE quote IS NULL OR TRIM(quote) = ''")).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM source WHERE kind = 'web' AND (url IS NULL OR title IS NULL OR publisher IS NULL)"))
                    .as("web sources name address, title and publisher").isZero();
            List<Map<String, Object>> general = jdbi.withHandle(h -> h.createQuery(
                    "SELECT title, url FROM source WHERE kind = 'general_knowledge'").mapToMap().list());
            assertThat(general).isNotEmpty().allSatisfy(s -> {
                assertThat(s.get("title")).isEqualTo(GENERAL_KNOWLEDGE_TITLE);
                assertThat(s.get("url")).as("never an address for general knowledge").isNull();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void theSeedFactsArePresent(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            DemoData.load(app);
            Jdbi jdbi = app.database().jdbi();
            Set<String> quotes = strings(jdbi, "SELECT quote FROM citation WHERE quote IS NOT NULL");

            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'commitment' AND donor_code = 'DEU' AND item_id = 'marder-1a3'"))
                    .isEqualTo(40);
            assertThat(count(jdbi, "SELECT SUM(COALESCE(quantity_max, quantity)) FROM ledger_entry "
                    + "WHERE kind = 'commitment' AND donor_code = 'DEU' AND item_id = 'marder-1a3'")).as("the 40-50 range restated to 40").isEqualTo(40);
            assertThat(quotes).contains("40 German Marders");

            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'commitment' AND donor_code = 'USA' AND item_id = 'm2-bradley'"))
                    .isEqualTo(50);
            assertThat(quotes).contains("50 US Bradleys");

            assertThat(count(jdbi, "SELECT SUM(amount_cents) FROM ledger_entry WHERE kind = 'commitment' AND donor_code = 'NATO' "
                    + "AND item_id = '155mm-artillery-ammunition' AND currency = 'USD'")).isEqualTo(1_000_000_000_00L);
            assertThat(quotes).contains("1 billion dollars was earmarked this year for 155 mm ammunition");

            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge_line l JOIN pledge p ON p.id = l.pledge_id "
                    + "WHERE p.donor_code = 'FRA' AND l.item_id = 'amx-10-rc' AND l.qualifier = 'unspecified'")).isEqualTo(1);
            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'commitment' AND donor_code = 'GBR' AND item_id = 'challenger-2'"))
                    .as("announced without a number, restated to 14").isEqualTo(14);
            assertThat(quotes).contains("French AMX-10 RCs", "confirming the supply of 14 Challenger 2 tanks");

            assertThat(count(jdbi, "SELECT COUNT(*) FROM observation WHERE measure = 'aggregate' AND quantity = 98 AND unit = 'percent' "
                    + "AND quote = '98% of the equipment promised'")).isEqualTo(1);
            assertThat(strings(jdbi, "SELECT quote FROM observation WHERE measure = 'aggregate' AND quantity IS NOT NULL"))
                    .contains("230 tanks", "1,550 armored vehicles", "equip nine new armored brigades");
            assertThat(count(jdbi, "SELECT COUNT(*) FROM observation WHERE item_id = 'mig-29' AND donor_text = 'Poland and the Czech Republic'"))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void theReAnnouncedUsPackageCountsOnce(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            DemoData.load(app);
            Jdbi jdbi = app.database().jdbi();
            String usPackage = "FROM ledger_entry WHERE kind = 'commitment' AND donor_code = 'USA' AND currency = 'USD' "
                    + "AND happened_on >= '2022-12-01' AND happened_on <= '2022-12-31'";

            assertThat(count(jdbi, "SELECT SUM(amount_cents) " + usPackage))
                    .as("$1.85 bn, reported as $1.8 bn and as nearly $2 bn: three pledges").isEqualTo(5_650_000_000_00L);
            assertThat(count(jdbi, "SELECT SUM(amount_cents) " + usPackage + " AND pledge_id NOT IN (SELECT pledge_id FROM pledge_link)"))
                    .as("counted once, at the canonical $1.85 bn").isEqualTo(1_850_000_000_00L);
            assertThat(strings(jdbi, "SELECT DISTINCT same_as_id FROM pledge_link")).containsExactly("demo-usa-package-2022-12-21");
            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'commitment' AND item_id = 'patriot' AND donor_code = 'USA' "
                    + "AND pledge_id NOT IN (SELECT pledge_id FROM pledge_link)")).as("one Patriot battery").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void deliveriesStayWithinWhatWasCommittedAndNeedsHaveAHistory(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            DemoData.load(app);
            Jdbi jdbi = app.database().jdbi();
            List<Map<String, Object>> lines = jdbi.withHandle(h -> h.createQuery(
                    "SELECT line_id, SUM(CASE WHEN kind = 'commitment' THEN COALESCE(quantity_max, quantity, 0) ELSE 0 END) AS committed, "
                            + "SUM(CASE WHEN kind = 'delivery' THEN COALESCE(quantity, 0) ELSE 0 END) AS delivered, "
                            + "SUM(CASE WHEN kind = 'commitment' AND qualifier = 'unspecified' THEN 1 ELSE 0 END) AS unspecified "
                            + "FROM ledger_entry GROUP BY line_id").mapToMap().list());
            assertThat(lines).allSatisfy(l -> {
                long committed = ((Number) l.get("committed")).longValue();
                long delivered = ((Number) l.get("delivered")).longValue();
                boolean unspecified = ((Number) l.get("unspecified")).longValue() > 0;
                if (!unspecified) assertThat(delivered).as("line %s", l.get("line_id")).isLessThanOrEqualTo(committed);
            });
            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'delivery' AND donor_code = 'SVK' AND item_id = 'mig-29'"))
                    .as("all 13 MiG-29 handed over").isEqualTo(13);
            assertThat(count(jdbi, "SELECT SUM(quantity) FROM ledger_entry WHERE kind = 'delivery' AND donor_code = 'DEU' AND item_id = 'iris-t-slm'"))
                    .as("the first of four").isEqualTo(1);

            assertThat(count(jdbi, "SELECT COUNT(*) FROM need WHERE capability = 'air_and_missile_defence' AND priority <> 1")).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM need WHERE capability = 'air_and_missile_defence'")).isGreaterThanOrEqualTo(3);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM need_status WHERE status = 'partially_met'")).isGreaterThanOrEqualTo(1);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge WHERE meeting_id = 'demo-udcg-2023-01-20'")).isGreaterThanOrEqualTo(1);
        }
    }

    static DemoSummary loadText(App app, String json) {
        return DemoData.load(app, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aMalformedFileNamesEveryBadJsonPathAndWritesNothing(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            String bad = """
                    {"format": "ramstein-demo", "version": 1,
                     "sources": [{"id": "s1", "kind": "web", "title": "A page", "url": "https://example.org/a"}],
                     "pledges": [{"id": "p1", "donor": "Atlantis", "aidType": "military", "announced": "2023-13",
                                  "lines": [{"item": "Death Star", "quantity": {"qualifier": "roughly"}}],
                                  "cite": [{"source": "s1"}, {"source": "nowhere", "quote": "x"}]}],
                     "entries": [{"kind": "delivery", "pledge": "p1", "line": 2, "quantity": 3, "happened": "2023-02",
                                  "cite": [{"source": "s1", "quote": "three"}]}]}
                    """;
            assertThatThrownBy(() -> loadText(app, bad)).isInstanceOfSatisfying(DemoDataException.class, e -> {
                assertThat(e.errors()).extracting(FieldError::field).contains("pledges[0].donor", "pledges[0].announced",
                        "pledges[0].lines[0].item", "pledges[0].lines[0].quantity.qualifier", "pledges[0].cite[0].quote",
                        "pledges[0].cite[1].source", "entries[0].line");
                assertThat(e.getMessage()).startsWith("test.json cannot be loaded");
            });
            assertThat(count(app.database().jdbi(), "SELECT COUNT(*) FROM source")).isZero();
            assertThat(count(app.database().jdbi(), "SELECT COUNT(*) FROM pledge")).isZero();

            assertThatThrownBy(() -> loadText(app, "{\"format\": \"ramstein-demo\", \"version\": 1, \"pledges\": [{\"id\": \"p\", \"donnor\": \"DEU\"}]}"))
                    .isInstanceOfSatisfying(DemoDataException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("pledges[0].donnor"));
            assertThatThrownBy(() -> loadText(app, "{\"format\": \"ramstein-demo\", \"pledges\": [{\"lines\": 7}]}"))
                    .isInstanceOfSatisfying(DemoDataException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("pledges[0].lines"));
            assertThatThrownBy(() -> loadText(app, "{\"format\": "))
                    .isInstanceOf(DemoDataException.class).hasMessageContaining("line 1");
            assertThatThrownBy(() -> loadText(app, """
                    {"format": "ramstein-demo", "version": 1,
                     "sources": [{"id": "gk", "kind": "general_knowledge", "title": "Known", "url": "https://example.org/made-up"}]}
                    """)).isInstanceOfSatisfying(DemoDataException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("sources[0].url"));
        }
    }
}
