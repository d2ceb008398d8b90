package org.ramstein.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: the one named by RAMSTEIN_TEST_PG_URL (a base URL without database, e.g.
 * jdbc:postgresql://localhost:5432/?user=postgres), or else a throwaway cluster started here from the machine's
 * PostgreSQL binaries (Debian's postgresql package). Each call to {@link #freshDatabase()} creates an empty database.
 */
public final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String baseUrl;
    private static final String USER = "ramstein";

    private TestPostgres() {
    }

    public static synchronized String freshDatabase() {
        if (baseUrl == null) baseUrl = start();
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(urlFor("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database: " + e.getMessage(), e);
        }
        return urlFor(name);
    }

    private static String urlFor(String db) {
        int q = baseUrl.indexOf('?');
        String head = q < 0 ? baseUrl : baseUrl.substring(0, q);
        String params = q < 0 ? "" : baseUrl.substring(q);
        if (!head.endsWith("/")) head = head.substring(0, head.lastIndexOf('/') + 1);
        return head + db + params;
    }

    private static String start() {
        String given = System.getenv("RAMSTEIN_TEST_PG_URL");
        if (given != null && !given.isBlank()) return given;
        Path bin = findBinaries();
        try {
            Path dir = Files.createTempDirectory("ramstein-pg-");
            Path data = dir.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                    "--no-locale", "--no-sync"), root);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w", "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                            + "-c full_page_writes=off -c max_connections=200",
                    "start"), root);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                } catch (IOException | RuntimeException ignored) {
                    // the JVM is exiting; a stale temp folder is the worst outcome
                }
            }));
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).forEach(candidates::add);
        } catch (IOException ignored) {
            // no Debian PostgreSQL: reported below
        }
        return candidates.stream().max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server binaries found under /usr/lib/postgresql: install them (apt-get install postgresql) "
                        + "or point RAMSTEIN_TEST_PG_URL at a server"));
    }

    private static void run(List<String> command, boolean asPostgresUser) {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(command);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        }
    }
}
