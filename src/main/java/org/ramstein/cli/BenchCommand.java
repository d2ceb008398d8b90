package org.ramstein.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ramstein.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Prints load and query figures on SQLite and PostgreSQL (a throwaway PostgreSQL is started unless --pg or --no-pg).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Synthetic pledge lines, and deliveries (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--pg", paramLabel = "<jdbc-url>", description = "An existing, empty PostgreSQL database to use instead of a throwaway one.")
    String pg;

    @Option(names = "--no-pg", description = "SQLite only.")
    boolean noPg;

    @Option(names = "--kiel", paramLabel = "<file>", description = "A Kiel activities file to time the import of, when this build has that importer.")
    Path kiel;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("ramstein-bench-");
        try {
            List<String> urls = new ArrayList<>(List.of("jdbc:sqlite:" + work.resolve("bench.db")));
            Bench bench = new Bench(rows, System.out);
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
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
