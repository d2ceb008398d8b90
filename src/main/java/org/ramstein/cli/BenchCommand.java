package org.ramstein.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ramstein.bench.Bench;
import org.ramstein.catalog.CatalogService;
import org.ramstein.catalog.JdbiCatalogStore;
import org.ramstein.reports.BundledRates;
import org.ramstein.reports.ReportService;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.RecordingClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchLoadCommand.class,
        description = "Prints load and query figures on SQLite and PostgreSQL (a throwaway PostgreSQL is started unless --pg or --no-pg).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Synthetic pledge lines, and deliveries (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--pg", paramLabel = "<jdbc-url>", description = "An existing, empty PostgreSQL database to use instead of a throwaway one.")
    String pg;

    @Option(names = "--no-pg", description = "SQLite only.")
    boolean noPg;

    @Option(names = "--no-sqlite", description = "PostgreSQL only.")
    boolean noSqlite;

    @Option(names = "--kiel", paramLabel = "<file>", description = "A Kiel activities file (bilateral_activities.csv) to time the import of.")
    Path kiel;

    @Option(names = "--texts", paramLabel = "<folder>", arity = "1..*",
            description = "Folders of texts (.txt, .md, .html) to time the claim extractor over, on one thread.")
    List<Path> texts;

    @Option(names = "--keep", description = "Keep the generated files and the SQLite databases (their folder is printed) for inspection.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("ramstein-bench-");
        try {
            if (noPg && noSqlite) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--no-pg and --no-sqlite leave nothing to measure: give one of them at most");
            List<String> urls = new ArrayList<>(noSqlite ? List.of() : List.of("jdbc:sqlite:" + work.resolve("bench.db")));
            // time the real fulfilment report, as `report fulfilment --by donor,category` runs it
            java.util.Map<org.ramstein.storage.Database, ReportService> services = new java.util.IdentityHashMap<>();
            Bench bench = new Bench(rows, System.out).probe((db, time) -> services.computeIfAbsent(db, d -> {
                CatalogService catalog = new CatalogService(new Ledger(d, RecordingClock.system()), new JdbiCatalogStore(d.jdbi()));
                catalog.reload();
                return new ReportService(d.jdbi(), catalog, BundledRates.load());
            }).fulfilment(time, org.ramstein.ledger.domain.Audience.EVERYTHING, "donor,category", null, null).rows().size());
            if (noPg || pg != null) {
                if (pg != null) urls.add(pg);
                bench.run(work, urls);
            } else {
                try (var cluster = Bench.throwawayPostgres()) {
                    urls.add(cluster.url());
                    bench.run(work, urls);
                }
            }
            bench.kielImport(kiel, "jdbc:sqlite:" + work.resolve("kiel.db"));
            extraction();
        } finally {
            if (keep) {
                System.out.println("kept: " + work);
            } else {
                try (Stream<Path> files = Files.walk(work)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return 0;
    }

    /** Claim extraction speed: many passes over the texts on one thread, so that the run is long enough to time. */
    private void extraction() throws java.io.IOException {
        if (texts == null || texts.isEmpty()) {
            System.out.println("extraction: no --texts <folder> given");
            return;
        }
        var service = org.ramstein.extract.ExtractService.bundled();
        var docs = service.read(texts);
        int passes = Math.max(1, 60_000 / Math.max(1, docs.size())); // about 60,000 texts read
        var r = org.ramstein.extract.ExtractBench.run(service.extractor(), docs, passes);
        System.out.printf(java.util.Locale.ROOT, "extraction: %,d texts x %,d passes on one thread in %.2f s = %,.0f texts/s (%d claims a pass)%n",
                r.texts(), r.passes(), r.seconds(), r.textsPerSecond(), r.claims());
    }
}
