package org.ramstein.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests: the one named by RAMSTEIN_TEST_PG_URL (a URL of any database on it, e.g.
 * jdbc:postgresql://localhost:5432/postgres?user=postgres), or else one throwaway cluster per test JVM started from the
 * machine's PostgreSQL binaries (Debian's postgresql package). Each {@link #freshDatabase()} is a new, empty database.
 */
public final class TestPostgres {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String baseUrl;

    private TestPostgres() {
    }

    public static synchronized String freshDatabase() {
        if (baseUrl == null) baseUrl = start();
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database: " + e.getMessage(), e);
        }
        return withDatabase(baseUrl, name);
    }

    /** The same server URL naming another database: jdbc:postgresql://host:port/NAME?params. */
    static String withDatabase(String url, String db) {
        int q = url.indexOf('?');
        String head = q < 0 ? url : url.substring(0, q);
        String params = q < 0 ? "" : url.substring(q);
        return head.substring(0, head.lastIndexOf('/') + 1) + db + params;
    }

    private static String start() {
        String given = System.getenv("RAMSTEIN_TEST_PG_URL");
        if (given != null && !given.isBlank()) return given;
        try {
            // test data is thrown away: durability off makes the suite several times faster
            LocalPostgres pg = LocalPostgres.start("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
            Runtime.getRuntime().addShutdownHook(new Thread(pg::close));
            return pg.url("postgres");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a test PostgreSQL: " + e.getMessage(), e);
        }
    }
}
