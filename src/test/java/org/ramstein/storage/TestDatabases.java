package org.ramstein.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Where store tests run: every store test is a @ParameterizedTest over {@link #both()}, so the same suite proves
 * SQLite and PostgreSQL alike. Each argument opens an empty, migrated database.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** Use as @MethodSource("org.ramstein.storage.TestDatabases#both"). */
    public static Stream<Named<DatabaseFactory>> both() {
        return Stream.of(Named.of("sqlite", TestDatabases::sqlite), Named.of("postgres", TestDatabases::postgres));
    }

    @FunctionalInterface
    public interface DatabaseFactory {
        Database open();
    }

    public static Database sqlite() {
        try {
            Path dir = Files.createTempDirectory("ramstein-test-");
            dir.toFile().deleteOnExit();
            return Database.open("jdbc:sqlite:" + dir.resolve("ledger.db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Database postgres() {
        return Database.open(TestPostgres.freshDatabase());
    }
}
