package org.ramstein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.App;

class UserCommandTest {

    @Test
    void accountsAreAddedListedGivenTokensAndDisabledFromTheCommandLine(@TempDir Path dir) {
        String db = "jdbc:sqlite:" + dir.resolve("users.db");
        CliRun added = CliRun.of("user", "add", "kasia", "--role", "donor-liaison", "--donor", "POL", "--db", db);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("added kasia (donor-liaison, POL)").containsPattern("password: \\S{20}");
        String password = added.out().replaceAll("(?s).*password: (\\S+).*", "$1");

        CliRun bad = CliRun.of("user", "add", "Bad Name", "--role", "emperor", "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("role").doesNotContain("Exception");
        CliRun noDonor = CliRun.of("user", "add", "piet", "--role", "donor-liaison", "--db", db);
        assertThat(noDonor.exit()).isEqualTo(2);
        assertThat(noDonor.err()).contains("donor");

        CliRun token = CliRun.of("user", "token", "kasia", "--label", "sync", "--db", db);
        assertThat(token.exit()).isZero();
        String secret = token.out().lines().filter(l -> l.startsWith("rst_")).findFirst().orElseThrow();
        try (App app = App.open(db)) {
            assertThat(app.accounts().authenticateToken(secret).donorCode()).isEqualTo("POL");
            assertThat(app.accounts().signIn("kasia", password, "test").principal().name()).isEqualTo("kasia");
        }
        String id = secret.split("_")[1];
        assertThat(CliRun.of("user", "tokens", "kasia", "--db", db).out()).contains(id, "sync", "active");
        assertThat(CliRun.of("user", "revoke", id, "--db", db).out()).contains("revoked token " + id);
        assertThat(CliRun.of("user", "tokens", "--db", db).out()).contains("revoked");

        assertThat(CliRun.of("user", "disable", "kasia", "--db", db).out()).contains("disabled kasia");
        CliRun list = CliRun.of("user", "list", "--db", db);
        assertThat(list.out()).containsPattern("kasia\\s+donor-liaison\\s+POL .*disabled");
        assertThat(CliRun.of("user", "disable", "nobody", "--db", db).exit()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("users.db"))).isTrue();
    }
}
