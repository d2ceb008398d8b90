package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.App;
import org.ramstein.bench.SyntheticPledgeLines;
import org.ramstein.cli.RamsteinCli;
import org.ramstein.exchange.PledgeLinesLoader;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.ReportFormat;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.PostingTotals;
import org.ramstein.storage.TestPostgres;
import org.ramstein.storage.TotalsTables;

/**
 * A pledge-lines import killed with SIGKILL, again and again, by a real child JVM running the command line against a
 * file SQLite database and a PostgreSQL one. The kills are aimed, with a seeded random, at opening and migrating the
 * database and at parsing and writing the rows (random moments within the times an uninterrupted run measured), and at
 * the short last steps: the rebuild of the indexes the bulk load dropped, the running totals, the commit (found by thread
 * dumps taken one after another); a few more kill the very first migration of a new database. Just before each kill the
 * child prints a thread dump (SIGQUIT), so the test can say what the kill landed on. After every kill the database opens
 * and migrates, SQLite's integrity and foreign-key checks pass (with whatever -wal and -shm files the kill left), what was
 * imported before is unchanged (rows and reports), the large import is there entirely or not at all, the running totals
 * equal a rebuild from the postings, and every index of the bulk-loaded tables is in place. Finally the import runs to
 * completion, and once more to say nothing changed.
 */
class KilledImportTest {
    static final long LINES = 150_000;
    static final int SQLITE_KILLS = 15;
    static final int POSTGRES_KILLS = 8;
    static final int MIGRATION_KILLS_SQLITE = 3;
    static final int MIGRATION_KILLS_POSTGRES = 2;
    /** Process exit status of a JVM killed by signal 9: what Process reports for SIGKILL on Linux (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    static final String EARLY_LINES = String.join(",", PledgeLinesLoader.COLUMNS) + "\n"
            + "early-1,DEU,military,\"Marders, first\",2023-01-05,day,1,leopard-2a6,,,exact,14,,123456,EUR,stocks\n"
            + "early-1,DEU,military,\"Marders, first\",2023-01-05,day,2,,155 mm rounds,artillery_ammunition,range,100,200,,,unknown\n"
            + "early-2,USA,financial,,,unknown,1,,,budget_support,unspecified,,,500000000000,USD,procurement\n";

    @TempDir
    static Path dir;
    static Path big;
    static String bigSha;
    static long bigPledges;
    static Path early;

    @BeforeAll
    static void files() throws IOException {
        big = dir.resolve("pledge-lines-big.csv");
        try (App reference = App.open("jdbc:sqlite:" + dir.resolve("reference.db"))) {
            SyntheticPledgeLines.write(big, LINES, reference.catalog().donors().all(), reference.catalog().catalog().all());
        }
        bigSha = ImportService.sha256(big);
        String previous = null;
        for (String line : Files.readAllLines(big, StandardCharsets.UTF_8).subList(1, (int) LINES + 1)) {
            String id = line.substring(0, line.indexOf(','));
            if (!id.equals(previous)) bigPledges++;
            previous = id;
        }
        early = dir.resolve("pledge-lines-early.csv");
        Files.writeString(early, EARLY_LINES);
    }

    // ---- the two databases

    /** Where the child imports, and how to put the database back to what was committed before the kills. */
    interface Place {
        String url();

        Dialect dialect();

        /** A copy of the current database under a new name (the baseline, kept for resets). */
        void keepBaseline() throws IOException;

        /** The database as it was at {@link #keepBaseline()}. */
        void resetToBaseline() throws IOException;

        /** Another database, a copy of the baseline (for the run that measures how long an import takes). */
        String copyOfBaseline(String name) throws IOException;

        /** A database never opened before. */
        String fresh(String name) throws IOException;

        /** Waits until no session other than the caller's is connected (PostgreSQL: a killed client's backend ends). */
        default long waitForOthersToLeave(String url) {
            return 0;
        }

        /** What the kill left in the database's folder (SQLite's -wal and -shm files). */
        default String leftovers() {
            return "";
        }
    }

    static final class SqlitePlace implements Place {
        final Path folder;
        final Path db;

        SqlitePlace(Path folder) throws IOException {
            this.folder = Files.createDirectories(folder);
            this.db = folder.resolve("ledger.db");
        }

        public String url() {
            return "jdbc:sqlite:" + db;
        }

        public Dialect dialect() {
            return Dialect.SQLITE;
        }

        public void keepBaseline() throws IOException {
            assertThat(Files.exists(Path.of(db + "-wal"))).as("a cleanly closed database has no write-ahead log left").isFalse();
            Files.copy(db, folder.resolve("baseline.db"), StandardCopyOption.REPLACE_EXISTING);
        }

        public void resetToBaseline() throws IOException {
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
            Files.copy(folder.resolve("baseline.db"), db, StandardCopyOption.REPLACE_EXISTING);
        }

        public String copyOfBaseline(String name) throws IOException {
            Path copy = folder.resolve(name + ".db");
            Files.copy(folder.resolve("baseline.db"), copy, StandardCopyOption.REPLACE_EXISTING);
            return "jdbc:sqlite:" + copy;
        }

        public String fresh(String name) {
            return "jdbc:sqlite:" + folder.resolve(name + ".db");
        }

        public String leftovers() {
            return "-wal " + size(Path.of(db + "-wal")) + ", -shm " + size(Path.of(db + "-shm"));
        }

        private static String size(Path p) {
            try {
                return Files.exists(p) ? String.format("%,d bytes", Files.size(p)) : "absent";
            } catch (IOException e) {
                return "unreadable";
            }
        }
    }

    static final class PostgresPlace implements Place {
        final String url;
        final String name;

        PostgresPlace() {
            this.url = TestPostgres.freshDatabase();
            this.name = databaseName(url);
        }

        public String url() {
            return url;
        }

        public Dialect dialect() {
            return Dialect.POSTGRES;
        }

        public void keepBaseline() {
            admin("CREATE DATABASE " + name + "_base TEMPLATE " + name);
        }

        public void resetToBaseline() {
            admin("DROP DATABASE " + name + " WITH (FORCE)");
            admin("CREATE DATABASE " + name + " TEMPLATE " + name + "_base");
        }

        public String copyOfBaseline(String copy) {
            admin("CREATE DATABASE " + name + "_" + copy + " TEMPLATE " + name + "_base");
            return withDatabase(url, name + "_" + copy);
        }

        public String fresh(String fresh) {
            admin("CREATE DATABASE " + name + "_" + fresh);
            return withDatabase(url, name + "_" + fresh);
        }

        public long waitForOthersToLeave(String db) {
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(withDatabase(url, "postgres")); Statement s = c.createStatement()) {
                while (true) {
                    try (var rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = '" + databaseName(db) + "'")) {
                        rs.next();
                        if (rs.getInt(1) == 0) return (System.nanoTime() - t0) / 1_000_000;
                    }
                    assertThat(System.nanoTime() - t0).as("the killed client's session ends").isLessThan(TimeUnit.MINUTES.toNanos(3));
                    Thread.sleep(20);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void admin(String sql) {
            try (Connection c = DriverManager.getConnection(withDatabase(url, "postgres")); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        static String databaseName(String url) {
            String head = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            return head.substring(head.lastIndexOf('/') + 1);
        }

        static String withDatabase(String url, String db) {
            int q = url.indexOf('?');
            String head = q < 0 ? url : url.substring(0, q);
            return head.substring(0, head.lastIndexOf('/') + 1) + db + (q < 0 ? "" : url.substring(q));
        }
    }

    @Test
    void killedImportsOnSqliteLeaveAConsistentLedgerAndRunAgainToCompletion() throws Exception {
        new Scenario(new SqlitePlace(dir.resolve("sqlite")), SQLITE_KILLS, MIGRATION_KILLS_SQLITE, 20240224L).run();
    }

    @Test
    void killedImportsOnPostgresLeaveAConsistentLedgerAndRunAgainToCompletion() throws Exception {
        new Scenario(new PostgresPlace(), POSTGRES_KILLS, MIGRATION_KILLS_POSTGRES, 20220224L).run();
    }

    // ---- one database's run

    /** What a database holds, as far as the checks compare it. */
    /**
     * What a database holds, as far as the checks compare it. The audit trail is counted apart: the import's record is
     * written in the import's own transaction, so it is there exactly when the import is.
     */
    record State(Map<String, Long> counts, Map<String, String> digests, List<String> indexes, String reports, boolean bigPresent,
                 long auditRecords, boolean auditIntact) {
    }

    /** The timeline of an uninterrupted run, measured once: when the first and the last chunk were written, when it exited. */
    record Timeline(long firstChunkMs, long lastChunkMs, long exitMs) {
    }

    /** What one kill found. */
    record Finding(int no, String aimedAt, long afterMs, String landedOn, String exit, String leftovers, String result) {
        @Override
        public String toString() {
            return String.format("kill %2d  aimed at %-7s +%5d ms  landed on: %-90s  %s  %s  -> %s", no, aimedAt, afterMs, landedOn, exit,
                    leftovers, result);
        }
    }

    final class Scenario {
        final Place place;
        final int kills;
        final int migrationKills;
        final SplittableRandom random;
        final List<Finding> findings = new ArrayList<>();
        State baseline;
        State complete;
        List<String> baselineBatches;

        Scenario(Place place, int kills, int migrationKills, long seed) {
            this.place = place;
            this.kills = kills;
            this.migrationKills = migrationKills;
            this.random = new SplittableRandom(seed);
        }

        void run() throws Exception {
            String name = place.dialect() == Dialect.SQLITE ? "sqlite" : "postgres";
            // what is committed before: a Kiel file and a small pledge-lines file, imported fully
            try (App app = App.open(place.url())) {
                ImportService s = new ImportService(app.ledger(), app.catalog());
                s.importFile("kiel-activities", Fixtures.file("good/bilateral_activities.csv"), "before", n -> { });
                s.importFile("pledge-lines", early, "before", n -> { });
                baselineBatches = app.database().jdbi().withHandle(h -> h.createQuery("SELECT id FROM import_batch ORDER BY id")
                        .mapTo(String.class).list());
                baseline = state(app);
            }
            assertThat(baseline.bigPresent()).isFalse();
            place.keepBaseline();

            // one uninterrupted run on a copy: how long the phases take, and what the ledger looks like once the import is in
            String copy = place.copyOfBaseline("measured");
            Child measured = Child.start(copy, big);
            Timeline timeline = measured.timeline();
            assertThat(measured.exitCode()).as("the uninterrupted import: %s", measured.err()).isZero();
            try (App app = App.open(copy)) {
                complete = state(app);
            }
            place.waitForOthersToLeave(copy);
            assertThat(complete.bigPresent()).isTrue();
            System.out.printf("%n[%s] %,d pledge lines (%,d pledges); uninterrupted import: first chunk written at %,d ms, last at %,d ms, "
                    + "exit at %,d ms%n", name, LINES, bigPledges, timeline.firstChunkMs(), timeline.lastChunkMs(), timeline.exitMs());

            String[] aims = {"open", "write", "rebuild", "totals", "commit"};
            int resets = 0;
            for (int i = 0; i < kills; i++) {
                String aim = aims[i % aims.length];
                Finding f = killOnce(i + 1, aim, timeline);
                findings.add(f);
                System.out.println("[" + name + "] " + f);
                if (f.result().startsWith("present")) {
                    place.resetToBaseline();
                    resets++;
                }
            }
            for (int i = 0; i < migrationKills; i++) {
                Finding f = killFirstMigration(kills + i + 1);
                findings.add(f);
                System.out.println("[" + name + "] " + f);
            }
            assertThat(findings).as("kills that stopped the import before it committed").anyMatch(f -> f.result().startsWith("absent"));

            // and now the import runs to the end, then once more to find nothing to do
            Child full = Child.start(place.url(), big);
            full.waitFor();
            assertThat(full.exitCode()).as("the import run to completion: %s", full.err()).isZero();
            assertThat(full.out()).contains(String.format(java.util.Locale.ROOT, "%,d rows imported", LINES));
            place.waitForOthersToLeave(place.url());
            State done;
            try (App app = App.open(place.url())) {
                done = check(app, "after the completed run");
                assertImportRecordedWithIt(done, "after the completed run");
            }
            assertThat(done.bigPresent()).isTrue();
            Child again = Child.start(place.url(), big);
            again.waitFor();
            assertThat(again.exitCode()).as("the same import again: %s", again.err()).isZero();
            assertThat(again.out()).contains("already imported").contains("nothing changed");
            place.waitForOthersToLeave(place.url());
            try (App app = App.open(place.url())) {
                State after = check(app, "after running it again");
                assertThat(after.counts()).isEqualTo(done.counts());
                assertThat(after.auditRecords()).as("the second run is recorded in the audit trail").isEqualTo(done.auditRecords() + 1);
                long batches = app.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM import_batch WHERE sha256 = :s").bind("s", bigSha).mapTo(Long.class).one());
                assertThat(batches).as("batches of the large file").isEqualTo(1);
            }
            System.out.printf("[%s] %d kills on the import (%d left it committed: reset to the data before), %d on a first migration; "
                    + "then the import ran to completion and again without changes%n", name, kills, resets, migrationKills);
        }

        /**
         * Starts the import and kills it in the aimed-at phase: opening (a random moment before the first chunk is
         * written, as the uninterrupted run measured it), writing (a random moment between the first and the last
         * chunk), or, once every chunk is written, the short last steps, found by thread dumps taken one after another:
         * the rebuild of the dropped indexes (and PostgreSQL's check of the load's foreign keys), the running totals,
         * the commit. A step that ends before a dump finds it is not retried: the kill then lands wherever the run is.
         */
        Finding killOnce(int no, String aim, Timeline t) throws Exception {
            Child child = Child.start(place.url(), big);
            String landed = switch (aim) {
                case "open" -> {
                    child.sleepUntil(child.startNs + TimeUnit.MILLISECONDS.toNanos(200 + random.nextLong(Math.max(1, t.firstChunkMs() - 200))));
                    yield child.dumpAndKill();
                }
                case "write" -> {
                    long from = child.awaitProgress(false);
                    child.sleepUntil(from + TimeUnit.MILLISECONDS.toNanos(random.nextLong(Math.max(1, t.lastChunkMs() - t.firstChunkMs()))));
                    yield child.dumpAndKill();
                }
                case "rebuild" -> {
                    child.awaitProgress(true);
                    yield child.dumpUntilAndKill(List.of("BulkPragmas.close"), random.nextInt(3));
                }
                case "totals" -> {
                    child.awaitProgress(true);
                    yield child.dumpUntilAndKill(List.of("PostingTotals"), random.nextInt(3));
                }
                default -> {
                    child.awaitProgress(true);
                    yield child.dumpUntilAndKill(List.of(".commit("), 0);
                }
            };
            long afterMs = (System.nanoTime() - child.startNs) / 1_000_000;
            String leftovers = place.leftovers();
            long lingering = place.waitForOthersToLeave(place.url());
            String result;
            try (App app = App.open(place.url())) {
                State s = check(app, "after kill " + no + " (" + landed + ")");
                assertImportRecordedWithIt(s, "after kill " + no + " (" + landed + ")");
                result = (s.bigPresent() ? "present, whole, with its audit record" : "absent, no audit record") + ", earlier rows and reports unchanged, totals = rebuild, indexes in place"
                        + (place.dialect() == Dialect.SQLITE ? ", integrity ok" : "") + (lingering > 0 ? ", server session ended after " + lingering + " ms" : "");
            }
            return new Finding(no, aim, afterMs, landed, child.exitDescription(), leftovers, result);
        }

        /**
         * A brand-new database: the child's first open migrates it. Thread dumps are taken every few milliseconds until
         * one finds Flyway at work (after a random number of further ones), and the kill follows that dump.
         */
        Finding killFirstMigration(int no) throws Exception {
            String url = place.fresh("new" + no);
            Child child = Child.start(url, early);
            child.sleepUntil(child.startNs + TimeUnit.MILLISECONDS.toNanos(150));
            String landed = child.dumpUntilAndKill(List.of("org.flywaydb"), random.nextInt(4));
            long delay = (System.nanoTime() - child.startNs) / 1_000_000;
            place.waitForOthersToLeave(url);
            try (App app = App.open(url)) {
                long failed = app.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").mapTo(Long.class).one());
                assertThat(failed).as("failed migrations after kill %d (%s)", no, landed).isZero();
                if (app.database().dialect() == Dialect.SQLITE) app.database().jdbi().useHandle(h -> integrity(h, "after kill " + no));
                long batches = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM import_batch").mapTo(Long.class).one());
                long lines = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pledge_line").mapTo(Long.class).one());
                assertThat(batches == 0 && lines == 0 || batches == 1 && lines == 3).as("the small import, all or nothing, after kill %d", no).isTrue();
                return new Finding(no, "new", (delay), landed, child.exitDescription(), "",
                        "migrated on reopen, " + (batches == 1 ? "small import present" : "nothing imported"));
            }
        }

        /** The import's audit record is written in the import's own transaction: both are there, or neither. */
        void assertImportRecordedWithIt(State s, String when) {
            assertThat(s.auditRecords()).as("audit records %s (large import %s)", when, s.bigPresent() ? "present" : "absent")
                    .isEqualTo(baseline.auditRecords() + (s.bigPresent() ? 1 : 0));
        }

        /** Every check of a database the child was killed on; returns its state. */
        State check(App app, String when) {
            State s = state(app);
            var jdbi = app.database().jdbi();
            try (Handle h = jdbi.open()) {
                if (place.dialect() == Dialect.SQLITE) integrity(h, when);
                assertThat(h.createQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").mapTo(Long.class).one())
                        .as("failed migrations %s", when).isZero();
                if (place.dialect() == Dialect.POSTGRES) {
                    assertThat(h.createQuery("SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                            + "WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace").mapTo(Long.class).one())
                            .as("invalid indexes %s", when).isZero();
                }
                // the running totals are the postings' sums: rebuilt from ledger_entry inside a transaction rolled back
                h.begin();
                List<Map<String, Object>> kept = totals(h);
                PostingTotals.rebuild(h.getConnection());
                List<Map<String, Object>> rebuilt = totals(h);
                h.rollback();
                assertThat(kept).as("running totals %s equal a rebuild from the postings", when).isEqualTo(rebuilt);
            }
            assertThat(s.indexes()).as("indexes of pledge, pledge_line and ledger_entry %s", when).isEqualTo(baseline.indexes());
            assertThat(s.auditIntact()).as("the audit trail's chain %s", when).isTrue();
            State expected = s.bigPresent() ? complete : baseline;
            assertThat(s.digests()).as("rows imported before %s", when).isEqualTo(baseline.digests());
            assertThat(s.reports()).as("reports %s (large import %s)", when, s.bigPresent() ? "present" : "absent").isEqualTo(expected.reports());
            if (s.bigPresent()) {
                Map<String, Long> own = jdbi.withHandle(h -> {
                    String batch = h.createQuery("SELECT id FROM import_batch WHERE sha256 = :s").bind("s", bigSha).mapTo(String.class).one();
                    Map<String, Long> n = new LinkedHashMap<>();
                    for (String t : List.of("pledge", "pledge_line", "ledger_entry", "source")) {
                        n.put(t, h.createQuery("SELECT COUNT(*) FROM " + t + " WHERE batch_id = :b").bind("b", batch).mapTo(Long.class).one());
                    }
                    n.put("row_count", h.createQuery("SELECT row_count FROM import_batch WHERE id = :b").bind("b", batch).mapTo(Long.class).one());
                    return n;
                });
                assertThat(own).as("the large import's rows %s", when)
                        .isEqualTo(Map.of("pledge", bigPledges, "pledge_line", LINES, "ledger_entry", LINES, "source", 1L, "row_count", LINES));
                assertThat(s.counts()).as("row counts %s", when).isEqualTo(complete.counts());
            } else {
                assertThat(s.counts()).as("row counts %s (the large import absent)", when).isEqualTo(baseline.counts());
            }
            return s;
        }

        State state(App app) {
            var jdbi = app.database().jdbi();
            boolean present = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM import_batch WHERE sha256 = :s")
                    .bind("s", bigSha).mapTo(Long.class).one()) > 0;
            Map<String, Long> counts = new TreeMap<>(ImporterFuzzProperties.counts(app.database()));
            long audit = counts.getOrDefault("audit_record", 0L);
            counts.keySet().removeIf(t -> t.startsWith("audit_"));
            // the running totals are kept per recording day (UTC): a run that records after midnight adds rows of its own day
            // to what a run before midnight had, with the same sums (the reports below); the keys without the day are what a
            // killed import must leave as they were
            jdbi.useHandle(h -> {
                counts.put("posting_month_totals", h.createQuery("SELECT COUNT(*) FROM (SELECT DISTINCT kind, donor_code, category, visibility, "
                        + "happened_month FROM posting_month_totals) k").mapTo(Long.class).one());
                counts.put("posting_item_totals", h.createQuery("SELECT COUNT(*) FROM (SELECT DISTINCT kind, donor_code, category, item_id, "
                        + "visibility FROM posting_item_totals) k").mapTo(Long.class).one());
            });
            Map<String, String> digests = jdbi.withHandle(h -> digests(h, present));
            List<String> indexes = jdbi.withHandle(h -> place.dialect() == Dialect.SQLITE
                    ? h.createQuery("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            + "AND tbl_name IN ('pledge', 'pledge_line', 'ledger_entry') ORDER BY name").mapTo(String.class).list()
                    : h.createQuery("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                            + "AND tablename IN ('pledge', 'pledge_line', 'ledger_entry') ORDER BY indexname").mapTo(String.class).list());
            String reports = ReportFormat.CSV.render(app.reports().donors(TimeFilter.NOW, Audience.EVERYTHING))
                    + ReportFormat.CSV.render(app.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor,category", null, null));
            return new State(counts, digests, indexes, reports, present, audit, app.audit().verify().intact());
        }

        /** Every row of every table written before, in key order, as one text per table (the large import's rows left out). */
        Map<String, String> digests(Handle h, boolean present) {
            Map<String, String> out = new TreeMap<>();
            for (String table : ImporterFuzzProperties.counts(h, place.dialect()).keySet()) {
                if (table.startsWith("posting_")) continue; // running totals: the large import adds to them; checked by the rebuild
                if (table.startsWith("audit_")) continue; // the trail: checked by its own verification
                boolean batched = List.of("pledge", "pledge_line", "ledger_entry", "source", "observation").contains(table);
                String big = "(SELECT id FROM import_batch WHERE sha256 = :s)";
                String where = !present ? "" : table.equals("import_batch") ? " WHERE sha256 <> :s"
                        : batched ? " WHERE batch_id IS NULL OR batch_id NOT IN " + big
                        // versions have no batch: those of the large import's pledges and lines are its own
                        : table.equals("revision") ? " WHERE NOT ((subject_type = 'pledge' AND subject_id IN (SELECT id FROM pledge WHERE batch_id IN "
                                + big + ")) OR (subject_type = 'line' AND subject_id IN (SELECT id FROM pledge_line WHERE batch_id IN " + big + ")))" : "";
                // a whole-row order: the first column alone (a revision's subject type) leaves ties in any order
                String order = table.equals("revision") ? "subject_type, subject_id, version" : "1";
                var q = h.createQuery("SELECT * FROM " + table + where + " ORDER BY " + order);
                if (!where.isEmpty()) q.bind("s", bigSha);
                StringBuilder sb = new StringBuilder();
                for (Map<String, Object> row : q.mapToMap().list()) {
                    new TreeMap<>(row).forEach((k, v) -> sb.append(k).append('=').append(v instanceof Number n ? n.longValue() : v).append(';'));
                    sb.append('\n');
                }
                out.put(table, FuzzFiles.sha256(sb.toString().getBytes(StandardCharsets.UTF_8)) + " (" + sb.length() + " chars)");
            }
            return out;
        }
    }

    static List<Map<String, Object>> totals(Handle h) {
        return TotalsTables.rows(h);
    }

    static void integrity(Handle h, String when) {
        assertThat(h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()).as("integrity check %s", when).containsExactly("ok");
        assertThat(h.createQuery("PRAGMA foreign_key_check").mapToMap().list()).as("foreign keys %s", when).isEmpty();
    }

    // ---- the child JVM

    /** The command line run in a JVM of its own: stdout (where a thread dump goes) and stderr in files. */
    static final class Child {
        private static final Pattern PROGRESS = Pattern.compile("(?m)^\\s+([\\d,]+) rows");
        final Process process;
        final long startNs;
        final Path out;
        final Path err;
        private String landedOn;

        private Child(Process process, long startNs, Path out, Path err) {
            this.process = process;
            this.startNs = startNs;
            this.out = out;
            this.err = err;
        }

        static Child start(String url, Path file) throws IOException {
            Path out = Files.createTempFile(dir, "child-", ".out");
            Path err = Files.createTempFile(dir, "child-", ".err");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), RamsteinCli.class.getName(), "import", "pledge-lines", file.toString(),
                    "--db", url, "--by", "killed-import-test");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(p, t0, out, err);
        }

        String out() {
            return read(out);
        }

        String err() {
            return read(err);
        }

        private static String read(Path p) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        void waitFor() throws InterruptedException {
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the child finishes").isTrue();
        }

        int exitCode() {
            return process.exitValue();
        }

        /** Runs to the end, noting when the first and the last chunk of rows were reported written. */
        Timeline timeline() throws InterruptedException {
            long first = -1;
            long last = -1;
            long lastRows = -1;
            while (process.isAlive()) {
                List<Long> rows = progress();
                long now = (System.nanoTime() - startNs) / 1_000_000;
                if (!rows.isEmpty() && first < 0) first = now;
                if (!rows.isEmpty() && rows.get(rows.size() - 1) != lastRows) {
                    lastRows = rows.get(rows.size() - 1);
                    if (lastRows == LINES) last = now;
                }
                Thread.sleep(5);
            }
            long exit = (System.nanoTime() - startNs) / 1_000_000;
            assertThat(first).as("the import reports its progress: %s", err()).isPositive();
            assertThat(last).as("the import reports its last chunk: %s", err()).isGreaterThanOrEqualTo(first);
            return new Timeline(first, last, exit);
        }

        /** Rows reported written so far, in the order reported. */
        List<Long> progress() {
            List<Long> rows = new ArrayList<>();
            Matcher m = PROGRESS.matcher(err());
            while (m.find()) rows.add(Long.parseLong(m.group(1).replace(",", "")));
            return rows;
        }

        /** Waits for the first reported chunk (or, with {@code last}, the one that completes the file); returns when it was seen. */
        long awaitProgress(boolean last) throws InterruptedException {
            while (process.isAlive()) {
                List<Long> rows = progress();
                if (!rows.isEmpty() && (!last || rows.get(rows.size() - 1) == LINES)) return System.nanoTime();
                Thread.sleep(2);
            }
            return System.nanoTime();
        }

        void sleepUntil(long ns) throws InterruptedException {
            while (process.isAlive() && System.nanoTime() < ns) Thread.sleep(Math.max(1, Math.min(20, (ns - System.nanoTime()) / 1_000_000)));
        }

        /**
         * SIGQUIT first (the JVM prints its threads and goes on), then SIGKILL; returns what the main thread (and the
         * parser) was doing, or that the run had already ended.
         */
        String dumpAndKill() throws Exception {
            if (!process.isAlive()) {
                landedOn = "nothing: the run had ended";
                return landedOn;
            }
            return kill(dump());
        }

        /**
         * Thread dumps, one after another, until the main thread shows one of {@code markers}, then {@code more} dumps
         * more; the kill follows the last dump. Returns what that dump found.
         */
        String dumpUntilAndKill(List<String> markers, int more) throws Exception {
            int after = -1;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && System.nanoTime() < until) {
                String d = dump();
                if (after < 0 && markers.stream().anyMatch(m -> ThreadDumps.mainShows(d, m))) after = 0;
                if (after >= 0 && after++ >= more) return kill(d);
            }
            return dumpAndKill();
        }

        private long seen;

        /** Asks for a thread dump and returns it, as printed on the child's stdout (empty if none came). */
        private String dump() throws Exception {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
            StringBuilder got = new StringBuilder();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < until) {
                try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(out.toFile(), "r")) {
                    if (f.length() > seen) {
                        byte[] b = new byte[(int) (f.length() - seen)];
                        f.seek(seen);
                        f.readFully(b);
                        seen += b.length;
                        got.append(new String(b, StandardCharsets.UTF_8));
                    }
                }
                if (got.indexOf("JNI global refs") >= 0 || !process.isAlive()) break;
                Thread.sleep(1);
            }
            int at = got.lastIndexOf("Full thread dump");
            return at < 0 ? "" : got.substring(at);
        }

        /** SIGKILL (what destroyForcibly sends on Linux: the exit status says signal 9); returns what {@code dump} shows. */
        private String kill(String dump) throws InterruptedException {
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("the killed child is gone").isTrue();
            if (process.exitValue() != KILLED_BY_SIGKILL) {
                // it ended on its own between the dump and the kill
                assertThat(process.exitValue()).as("a run that ended by itself: %s", err()).isZero();
                landedOn = "nothing: the run ended during the thread dump";
            } else {
                landedOn = ThreadDumps.landedOn(dump);
            }
            return landedOn;
        }

        String exitDescription() {
            int code = process.exitValue();
            return code == KILLED_BY_SIGKILL ? "SIGKILL" : "exit " + code;
        }
    }
}
