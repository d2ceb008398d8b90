package org.ramstein.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ramstein.App;
import org.ramstein.access.domain.Role;
import org.ramstein.bench.Bench;
import org.ramstein.bench.LoadBench;
import org.ramstein.demo.DemoData;
import org.ramstein.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Serves a ledger on loopback and runs readers and writers against it over HTTP for a while: requests, throughput, "
                + "p50/p95/p99/max latency of reads and writes, errors, and whether the ledger's totals equal what the writers recorded.",
                "The ledger is the demo data plus one pledge per writer, in a fresh SQLite file unless --db or --throwaway-pg; "
                        + "--db writes into that database. Exits 1 on any error or a difference in the totals."})
public final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "<jdbc-url>", description = "The database to serve (it is written to); default a fresh SQLite file.")
    String db;

    @Option(names = "--throwaway-pg", description = "Serve a PostgreSQL started for this run and removed afterwards.")
    boolean throwawayPg;

    @Option(names = "--seconds", defaultValue = "60", description = "How long the readers and writers run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--readers", defaultValue = "200", description = "Concurrent readers (default ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--writers", defaultValue = "20", description = "Concurrent writers (default ${DEFAULT-VALUE}).")
    int writers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadBench.Config config = new LoadBench.Config(seconds, readers, writers);
        Path work = Files.createTempDirectory("ramstein-load-");
        try {
            if (throwawayPg) {
                try (var cluster = Bench.throwawayPostgres()) {
                    return serveAndLoad(cluster.url(), config);
                }
            }
            return serveAndLoad(db != null ? db : "jdbc:sqlite:" + work.resolve("load.db"), config);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A coordinator account of the bench's own (added when absent) and a new API token of it, for the writers. */
    private static String benchToken(App app) {
        String name = "bench-load";
        if (app.accounts().users().stream().noneMatch(u -> u.name().equals(name))) {
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            app.accounts().addUser(name, "Load bench", Role.COORDINATOR, null, Base64.getUrlEncoder().encodeToString(secret), "bench");
        }
        return app.accounts().issueToken(name, "bench load").secret();
    }

    private int serveAndLoad(String url, LoadBench.Config config) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = App.open(url)) {
            out.println("database: " + (url.startsWith("jdbc:postgresql") ? "postgres " : "sqlite ") + url.replaceAll("password=[^&]*", "password=…"));
            out.println(DemoData.load(app).describe());
            out.flush();
            String token = benchToken(app);
            try (WebServer server = WebServer.start(app, "127.0.0.1", 0)) {
                LoadBench.Result result = new LoadBench(URI.create("http://127.0.0.1:" + server.port()), config, token, out).run();
                return result.ok() ? 0 : 1;
            }
        }
    }
}
