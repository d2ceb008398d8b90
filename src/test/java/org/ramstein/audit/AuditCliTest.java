package org.ramstein.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.cli.CliRun;
import org.ramstein.storage.Database;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** The command line records its imports, and `audit verify` and `audit list` read the trail back with honest exit codes. */
class AuditCliTest {

    static String fixture(String name) throws Exception {
        return Path.of(AuditCliTest.class.getResource("/importers/" + name).toURI()).toString();
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void importsAreRecordedAndVerifyExitsZeroWhenIntactAndOneNamingTheRecordWhenNot(DatabaseFactory factory) throws Exception {
        try (Database db = factory.open()) {
            String url = db.url();
            String actor = "cli:" + System.getProperty("user.name");
            CliRun empty = CliRun.of("audit", "verify", "--db", url);
            assertThat(empty.exit()).isZero();
            assertThat(empty.out()).contains("0 audit records checked").contains("audit trail intact");

            assertThat(CliRun.of("import", "kiel-activities", fixture("good/bilateral_activities.csv"), "--db", url).exit()).isZero();
            CliRun refused = CliRun.of("import", "kiel-activities", fixture("bad/bilateral_activities.csv"), "--db", url);
            assertThat(refused.exit()).isEqualTo(2);

            CliRun list = CliRun.of("audit", "list", "--db", url, "--format", "json");
            assertThat(list.exit()).isZero();
            JsonNode rows = new ObjectMapper().readTree(list.out()).path("rows");
            assertThat(rows).hasSize(2);
            JsonNode bad = rows.get(0);
            JsonNode good = rows.get(1);
            assertThat(good.path("actor").asText()).isEqualTo(actor);
            assertThat(good.path("role").asText()).isEqualTo("cli");
            assertThat(good.path("origin").asText()).isEqualTo("cli");
            assertThat(good.path("action").asText()).isEqualTo("import kiel-activities");
            assertThat(good.path("entity_type").asText()).isEqualTo("import");
            assertThat(good.path("entity_id").asText()).startsWith("kiel-activities-");
            assertThat(good.path("outcome").asText()).isEqualTo("committed: import " + good.path("entity_id").asText()
                    + " (kiel-activities: 8 rows from bilateral_activities.csv)");
            assertThat(good.path("payload").asText()).contains("bilateral_activities.csv");
            assertThat(bad.path("outcome").asText()).startsWith("refused: Invalid input: ").contains("row 3, verdi_eur");
            assertThat(bad.path("seq").asLong()).isEqualTo(2);

            CliRun table = CliRun.of("audit", "list", "--db", url, "--user", actor, "--action", "import", "--limit", "1");
            assertThat(table.out()).contains("1 of 2 matching record(s)").contains("refused: Invalid input").doesNotContain("done: kiel-activities");
            CliRun csv = CliRun.of("audit", "list", "--db", url, "--entity", "import", "--from", "2020-01-01", "--format", "csv");
            assertThat(csv.out().lines().count()).as("a header and two records").isGreaterThanOrEqualTo(3);
            assertThat(csv.out().lines().findFirst().orElse("")).isEqualTo("seq,recorded_at,actor,role,origin,action,entity_type,entity_id,payload,outcome,prev_hash,hash");
            CliRun badDate = CliRun.of("audit", "list", "--db", url, "--from", "someday");
            assertThat(badDate.exit()).isEqualTo(2);
            assertThat(badDate.err()).contains("from: 'someday' is not a date");
            CliRun farFuture = CliRun.of("audit", "list", "--db", url, "--to", "+999999999-12-31");
            assertThat(farFuture.exit()).isEqualTo(2);
            assertThat(farFuture.err()).contains("to: '+999999999-12-31' is not a date (yyyy-mm-dd, years 1 to 9999)");

            CliRun intact = CliRun.of("audit", "verify", "--db", url);
            assertThat(intact.exit()).isZero();
            assertThat(intact.out()).contains("2 audit records checked (head: record 2, sha256 ").contains("audit trail intact");

            db.jdbi().useHandle(h -> h.execute("UPDATE audit_record SET outcome = 'done: nothing' WHERE seq = 2"));
            CliRun edited = CliRun.of("audit", "verify", "--db", url);
            assertThat(edited.exit()).isEqualTo(1);
            assertThat(edited.out()).contains("record 2 was edited: its hash does not match its content").doesNotContain("audit trail intact");

            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_record WHERE seq = 2"));
            CliRun truncated = CliRun.of("audit", "verify", "--db", url);
            assertThat(truncated.exit()).isEqualTo(1);
            assertThat(truncated.out()).contains("1 audit record checked").contains("record 2 is missing at the end of the trail");
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void accountCommandsAreRecordedWithoutTheirPasswordsOrTokens(DatabaseFactory factory) throws Exception {
        try (Database db = factory.open()) {
            String url = db.url();
            CliRun add = CliRun.of("user", "add", "eve", "--role", "analyst", "--db", url);
            assertThat(add.exit()).isZero();
            String password = add.out().lines().filter(l -> l.startsWith("password: ")).findFirst().orElseThrow().substring("password: ".length());
            CliRun token = CliRun.of("user", "token", "eve", "--label", "scripts", "--db", url);
            assertThat(token.exit()).isZero();
            String secret = token.out().lines().reduce((a, b) -> b).orElseThrow().trim();
            assertThat(CliRun.of("user", "add", "eve", "--role", "nobody", "--db", url).exit()).isEqualTo(2);

            CliRun list = CliRun.of("audit", "list", "--db", url, "--entity", "user:eve", "--format", "json");
            assertThat(list.out()).doesNotContain(password).doesNotContain(secret);
            JsonNode rows = new ObjectMapper().readTree(list.out()).path("rows");
            assertThat(rows).hasSize(3);
            assertThat(rows.get(2).path("action").asText()).isEqualTo("user add");
            assertThat(rows.get(2).path("outcome").asText()).isEqualTo("committed: user eve (added as analyst)");
            assertThat(rows.get(2).path("payload").asText()).contains("analyst");
            assertThat(rows.get(1).path("action").asText()).isEqualTo("user token");
            assertThat(rows.get(1).path("outcome").asText()).startsWith("committed: token ").endsWith(" (issued for eve)");
            assertThat(rows.get(0).path("outcome").asText()).startsWith("refused: Invalid input: role: 'nobody' is not a role");
            CliRun all = CliRun.of("audit", "list", "--db", url, "--format", "csv");
            assertThat(all.out()).doesNotContain(password).doesNotContain(secret).contains("issued for eve");
            assertThat(CliRun.of("audit", "verify", "--db", url).exit()).isZero();
        }
    }
}
