package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.cli.RamsteinCli;
import picocli.CommandLine;

class ImportCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = RamsteinCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsOnceThenSaysNothingChangedAndRejectsABadFileWithExitTwo(@TempDir Path dir) {
        String db = "jdbc:sqlite:" + dir.resolve("ledger.db");
        String good = Fixtures.file("good/bilateral_activities.csv").toString();
        Run first = run("import", "kiel-activities", good, "--db", db);
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("kiel-activities: 8 rows imported from bilateral_activities.csv in").contains("(batch kiel-activities-");
        Run again = run("import", "kiel-activities", good, "--db", db);
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already imported on").contains("nothing changed");
        Run bad = run("import", "kiel-activities", Fixtures.file("bad/bilateral_activities.csv").toString(), "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("bilateral_activities.csv row 3, verdi_eur: '12x' is not a number").doesNotContain("Exception");
        Run unknown = run("import", "nonsense", good, "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("'nonsense' is not a known format");
    }
}
