package org.ramstein.importers;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.ramstein.App;

/** Hand-written fixture files under src/test/resources/importers and small database helpers. */
final class Fixtures {
    private Fixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/importers/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static ImportService service(App app) {
        return new ImportService(app.ledger(), app.catalog());
    }

    static int count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static String text(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).findOne().orElse(null));
    }

    static Long number(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).findOne().orElse(null));
    }

    static int rows(Jdbi jdbi, String table) {
        return count(jdbi, "SELECT COUNT(*) FROM " + table);
    }
}
