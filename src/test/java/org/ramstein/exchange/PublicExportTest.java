package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.cli.CliRun;
import org.ramstein.ledger.LedgerQueries;
import org.ramstein.ledger.VisibilityFixture;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * An export for the public is a file to publish: it holds no restricted entry, nothing that only restricted entries cite,
 * and restored into an empty ledger it gives, to anyone, exactly the reports the public gets from the original.
 */
class PublicExportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aPublicExportHoldsWhatThePublicSeesAndRestoresToTheSameReports(DatabaseFactory db, @TempDir Path dir) throws IOException {
        var built = VisibilityFixture.build(db.open(), true);
        try (App app = built.app()) {
            VisibilityFixture.claimsIntoR(app);
            ExchangeService exchange = new ExchangeService(app.ledger());
            Path zip = dir.resolve("public.zip");
            Path xlsx = dir.resolve("public.xlsx");
            TableCounts counts = exchange.export(zip, ExportFormat.CSV, Audience.PUBLIC);
            exchange.export(xlsx, ExportFormat.XLSX, Audience.PUBLIC);
            for (Path file : List.of(zip, xlsx)) {
                String text = unzipped(file);
                assertThat(VisibilityFixture.found(text, VisibilityFixture.markersOfR())).as(file.getFileName().toString()).isEmpty();
                assertThat(VisibilityFixture.found(text, VisibilityFixture.markersOfB())).as(file.getFileName().toString()).isEmpty();
                assertThat(text).contains("Marder package", "Joint briefing notes");
            }
            // the whole ledger, for its owner, holds them: the comparison above can fail
            Path whole = dir.resolve("whole.zip");
            TableCounts all = exchange.export(whole, ExportFormat.CSV);
            assertThat(unzipped(whole)).contains(VisibilityFixture.TITLE_R, VisibilityFixture.QUOTE_R, VisibilityFixture.TITLE_B);
            assertThat(counts.total()).isLessThan(all.total());

            try (App restored = new App(db.open(), RecordingClock.system())) {
                new ExchangeService(restored.ledger()).importFrom(zip);
                for (var report : VisibilityFixture.reports().entrySet()) {
                    var expected = report.getValue().apply(app.reports(), Audience.PUBLIC);
                    var actual = report.getValue().apply(restored.reports(), Audience.EVERYTHING);
                    assertThat(List.of(actual.columns(), actual.rows())).as(report.getKey()).isEqualTo(List.of(expected.columns(), expected.rows()));
                }
                LedgerQueries original = new LedgerQueries(app.database().jdbi(), app.catalog());
                LedgerQueries copy = new LedgerQueries(restored.database().jdbi(), restored.catalog());
                // the format carries what was recorded, not its versions: the restored pledges and lines start again at version 1
                assertThat(copy.pledges(ListQuery.all(), Audience.EVERYTHING)).usingRecursiveComparison()
                        .ignoringFields("items.version", "items.lines.version").isEqualTo(original.pledges(ListQuery.all(), Audience.PUBLIC));
                assertThat(copy.pledges(ListQuery.all(), Audience.EVERYTHING).items()).allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
                assertThat(copy.sources(ListQuery.all(), Audience.EVERYTHING)).isEqualTo(original.sources(ListQuery.all(), Audience.PUBLIC));
            }

            // the command line, as the database's owner, exports everything unless asked for the public file
            Path cliPublic = dir.resolve("cli-public.zip");
            Path cliWhole = dir.resolve("cli-whole.zip");
            String url = app.database().url();
            assertThat(CliRun.of("export", "--public", cliPublic.toString(), "--db", url).exit()).isZero();
            assertThat(CliRun.of("export", cliWhole.toString(), "--db", url).exit()).isZero();
            assertThat(VisibilityFixture.found(unzipped(cliPublic), VisibilityFixture.markersOfR())).isEmpty();
            assertThat(VisibilityFixture.found(unzipped(cliPublic), VisibilityFixture.markersOfB())).isEmpty();
            assertThat(unzipped(cliWhole)).contains(VisibilityFixture.TITLE_R, VisibilityFixture.TITLE_B);
        }
    }

    /** Every entry of a zip (an export, or the parts of an XLSX workbook) as text. */
    static String unzipped(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    sb.append("== ").append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
