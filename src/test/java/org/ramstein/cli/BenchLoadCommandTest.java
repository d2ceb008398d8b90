package org.ramstein.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ramstein.storage.TestPostgres;

/**
 * `bench load` in miniature (its figures are printed, never asserted): a few readers and writers for a moment, on
 * SQLite and PostgreSQL, with no error and the ledger's totals equal to what the writers were told was recorded.
 */
class BenchLoadCommandTest {

    static void check(CliRun run) {
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("errors  0", "totals match");
        Matcher writes = Pattern.compile("writes\\s+([\\d,]+) requests").matcher(run.out());
        assertThat(writes.find()).as(run.out()).isTrue();
        assertThat(Long.parseLong(writes.group(1).replace(",", ""))).as("the writers wrote").isPositive();
        Matcher delivered = Pattern.compile("delivered \\+([\\d,]+) \\(writers recorded ([\\d,]+)\\)").matcher(run.out());
        assertThat(delivered.find()).as(run.out()).isTrue();
        assertThat(delivered.group(1)).isEqualTo(delivered.group(2));
    }

    @Test
    void aShortLoadOnSqliteHasNoErrorAndTheTotalsMatch() {
        check(CliRun.of("bench", "load", "--seconds", "1", "--readers", "6", "--writers", "3"));
    }

    @Test
    void aShortLoadOnPostgresHasNoErrorAndTheTotalsMatch() {
        check(CliRun.of("bench", "load", "--db", TestPostgres.freshDatabase(), "--seconds", "1", "--readers", "6", "--writers", "3"));
    }
}
