package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.cli.CliRun;

class ImportCommandTest {


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void importsOnceThenSaysNothingChangedAndRejectsABadFileWithExitTwo(@TempDir Path dir) {
        String db = "jdbc:sqlite:" + dir.resolve("ledger.db");
        String good = Fixtures.file("good/bilateral_activities.csv").toString();
        CliRun first = run("import", "kiel-activities", good, "--db", db);
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("kiel-activities: 8 rows imported from bilateral_activities.csv in").contains("(batch kiel-activities-");
        CliRun again = run("import", "kiel-activities", good, "--db", db);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already imported on").contains("nothing changed");
        CliRun bad = run("import", "kiel-activities", Fixtures.file("bad/bilateral_activities.csv").toString(), "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("bilateral_activities.csv row 3, verdi_eur: '12x' is not a number").doesNotContain("Exception");
        CliRun unknown = run("import", "nonsense", good, "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("'nonsense' is not a known format");
    }
}
