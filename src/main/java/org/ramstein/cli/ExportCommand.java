package org.ramstein.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.exchange.ExchangeService;
import org.ramstein.exchange.ExportFormat;
import org.ramstein.exchange.TableCounts;
import org.ramstein.ledger.domain.Audience;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole ledger, every column with its ids, as a .zip of CSV files or one .xlsx workbook "
                + "(restore it with: import ramstein <file>). With --public, only what the public may see, for publishing.")
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<file.zip|file.xlsx>", description = "Target file; the extension chooses the container.")
    Path file;

    @Mixin
    DatabaseOption database;

    @Option(names = "--public", description = "Only public rows (no restricted pledge, posting or need, nor any citation or source "
            + "only they use): a file to publish. By default, as the database's owner, every row.")
    boolean publicOnly;

    @Override
    public Integer call() throws Exception {
        ExportFormat format = ExportFormat.forFile(file);
        try (App app = database.open()) {
            long start = System.nanoTime();
            TableCounts counts = new ExchangeService(app.ledger()).export(file, format, publicOnly ? Audience.PUBLIC : Audience.EVERYTHING);
            long ms = (System.nanoTime() - start) / 1_000_000;
            for (Map.Entry<String, Long> e : counts.rows().entrySet()) {
                System.out.printf("%-14s %,12d%n", e.getKey(), e.getValue());
            }
            System.out.printf("%-14s %,12d rows written to %s (%s) in %,d ms%n", "total", counts.total(), file, format.name().toLowerCase(), ms);
        }
        return 0;
    }
}
