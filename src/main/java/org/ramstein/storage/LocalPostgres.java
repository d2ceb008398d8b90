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
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster (for the bench and the tests) from the machine's server binaries (Debian's layout,
 * /usr/lib/postgresql/N/bin), run as the postgres user when this process is root, on a free loopback port. The cluster
 * and its folder are removed on {@link #close()}.
 */
public final class LocalPostgres implements AutoCloseable {
    private static final String USER = "ramstein";

    private final Path bin;
    private final Path dir;
    private final boolean root;
    private final int port;

    private LocalPostgres(Path bin, Path dir, boolean root, int port) {
        this.bin = bin;
        this.dir = dir;
        this.root = root;
        this.port = port;
    }

    /** Starts a cluster with the given server settings ("-c name=value" each) added to loopback-only listening. */
    public static LocalPostgres start(String settings) throws IOException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("ramstein-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--no-locale", "--no-sync"), root);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l", dir.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 " + settings, "start"), root);
        return new LocalPostgres(bin, dir, root, port);
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) throw new IllegalArgumentException("not a plain database name: " + name);
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "stop"), root);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a stale temp folder is the worst outcome
            }
        }
    }

    private static Path binaries() {
        List<Path> candidates = new ArrayList<>();
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))).forEach(candidates::add);
        } catch (IOException ignored) {
            // none installed: reported below
        }
        return candidates.stream().max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server binaries under /usr/lib/postgresql: install them (apt-get install postgresql)"));
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> cmd = new ArrayList<>();
        if (asPostgres) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
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
            throw new IllegalStateException("interrupted", e);
        }
    }
}
