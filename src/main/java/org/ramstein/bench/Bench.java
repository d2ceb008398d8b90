package org.ramstein.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.ramstein.App;
import org.ramstein.storage.LocalPostgres;
import org.ramstein.exchange.ExchangeService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.storage.Database;
import org.ramstein.storage.Dialect;

/**
 * Figures, not tests: how fast pledge lines load through the application's bulk path (beside each database's own
 * bulk loader on the same file), how fast deliveries post, and how long the fulfilment aggregate takes with and
 * without an as-of date. Every step runs on a fresh database.
 */
public final class Bench {

    private static final String RAW_TABLE = "bench_pledge_lines_raw";
    private static final int RUNS = 9;

    private final long rows;
    private final PrintStream out;
    private FulfilmentProbe probe = FulfilmentProbe.OWN_QUERY;

    public Bench(long rows, PrintStream out) {
        this.rows = rows;
        this.out = out;
    }

    /** Times another aggregate (the fulfilment report, once it exists) instead of the bench's own query. */
    public Bench probe(FulfilmentProbe probe) {
        this.probe = probe;
        return this;
    }

    /** Runs every step on each database URL in turn; the CSV is generated once into {@code work}. */
    public void run(Path work, List<String> urls) throws IOException {
        Path csv = work.resolve("pledge-lines.csv");
        try (App reference = App.open("jdbc:sqlite:" + work.resolve("reference.db"))) {
            long t0 = System.nanoTime();
            SyntheticPledgeLines.write(csv, rows, reference.catalog().donors().all(), reference.catalog().catalog().all());
            out.printf("generated %,d pledge lines (%,d MB) in %,d ms: %s%n", rows, Files.size(csv) >> 20, ms(t0), csv);
        }
        for (String url : urls) {
            try (App app = App.open(url)) {
                onDatabase(app, csv);
            }
        }
    }

    private void onDatabase(App app, Path csv) throws IOException {
        Database db = app.database();
        String name = db.dialect() == Dialect.SQLITE ? "sqlite" : "postgres";
        out.printf("%n== %s ==%n", name);

        long t0 = System.nanoTime();
        long lines = new ExchangeService(app.ledger()).loadPledgeLines(csv, app.catalog().catalog(), app.catalog().donors(), "bench");
        long loadNs = System.nanoTime() - t0;
        out.printf("%-46s %,12d lines in %,8d ms = %,10.0f lines/s  (each line: pledge_line + commitment ledger_entry, plus its pledge)%n",
                "ramstein pledge-lines import (one transaction)", lines, loadNs / 1_000_000, perSecond(lines, loadNs));

        createRawTable(db);
        t0 = System.nanoTime();
        long raw = db.dialect() == Dialect.SQLITE ? sqliteImport(db, csv) : postgresCopy(db, csv);
        long rawNs = System.nanoTime() - t0;
        out.printf("%-46s %,12d rows  in %,8d ms = %,10.0f rows/s   (plain table, no index, no checks)%n",
                db.dialect() == Dialect.SQLITE ? "sqlite3 .import --csv" : "COPY ... FROM STDIN (CopyManager)", raw, rawNs / 1_000_000,
                perSecond(raw, rawNs));

        t0 = System.nanoTime();
        long deliveries = postDeliveries(app, rows);
        long delNs = System.nanoTime() - t0;
        out.printf("%-46s %,12d entries in %,6d ms = %,10.0f entries/s%n", "deliveries posted (one transaction)", deliveries,
                delNs / 1_000_000, perSecond(deliveries, delNs));

        analyse(db);
        long count = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ledger_entry").mapTo(Long.class).one());
        TimeFilter now = new TimeFilter(null, null);
        TimeFilter asOf = new TimeFilter(LocalDate.of(2024, 6, 30), null);
        double plain = medianMs(db, now);
        double dated = medianMs(db, asOf);
        out.printf("%-46s p50 %,8.1f ms without asOf, %,8.1f ms with asOf=2024-06-30, ratio asOf/without %.2f (%,d ledger entries, median of %d)%n",
                "fulfilment report (donor x category)", plain, dated, dated / plain, count, RUNS);
        // the slowest asOf: a week from the nearest day the running totals mark (a month's start, its 15th, its end), the
        // most postings read from the ledger itself; the 15th itself is a mark
        for (LocalDate day : List.of(LocalDate.of(2024, 6, 8), LocalDate.of(2024, 6, 22), LocalDate.of(2024, 6, 15))) {
            double ms = medianMs(db, new TimeFilter(day, null));
            out.printf("%-46s p50 %,8.1f ms with asOf=%s (%s), ratio %.2f%n", "", ms, day,
                    day.getDayOfMonth() == 15 ? "the month's 15th, a mark of the totals" : "a week from the nearest mark, the slowest case", ms / plain);
        }
        // knownAt before the load: the running totals of earlier days plus that day's postings
        TimeFilter known = new TimeFilter(null, java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        double knownMs = medianMs(db, known);
        out.printf("%-46s p50 %,8.1f ms with knownAt=a day ago%n", "", knownMs);
    }

    private double medianMs(Database db, TimeFilter time) {
        for (int i = 0; i < 3; i++) probe.run(db, time); // warm the cache, the plan and the compiled code, then measure
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            probe.run(db, time);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }

    private record LineRef(String id, String pledgeId, String donor, AidType aidType, String itemId, String category) {
    }

    /** One delivery per pledge line on average, spread over random lines, dated after 2022-03. */
    private long postDeliveries(App app, long count) {
        List<LineRef> lines = app.database().jdbi().withHandle(h -> h.createQuery("SELECT l.id, l.pledge_id, p.donor_code, p.aid_type, "
                        + "l.item_id, l.category FROM pledge_line l JOIN pledge p ON p.id = l.pledge_id")
                .map((rs, ctx) -> new LineRef(rs.getString(1), rs.getString(2), rs.getString(3), AidType.fromCode(rs.getString(4)), rs.getString(5),
                        rs.getString(6)))
                .list());
        SplittableRandom rnd = new SplittableRandom(7);
        LocalDate first = LocalDate.of(2022, 3, 1);
        FuzzyDate[] days = new FuzzyDate[1400];
        for (int i = 0; i < days.length; i++) days[i] = FuzzyDate.day(first.plusDays(i));
        return app.ledger().write(w -> {
            long now = app.ledger().clock().nowMicros();
            // the same bulk settings as the pledge-lines load, told its size: this is a bulk posting too
            try (var bulk = org.ramstein.exchange.BulkPragmas.apply(w, count)) {
                for (long i = 0; i < count; i++) {
                    LineRef l = lines.get(rnd.nextInt(lines.size()));
                    w.entry(new LedgerEntry(null, EntryKind.DELIVERY, l.pledgeId, l.id, l.donor, l.aidType, l.itemId, l.category,
                            Quantity.exact(1 + rnd.nextInt(20)), null, null, days[rnd.nextInt(days.length)], null, Visibility.PUBLIC,
                            null, null, null, null, now, "bench"));
                }
            }
            return count;
        });
    }

    private static void createRawTable(Database db) {
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE " + RAW_TABLE + " (pledge_id TEXT, donor_code TEXT, aid_type TEXT, title TEXT, "
                + "announced_on TEXT, announced_precision TEXT, line_no INTEGER, item_id TEXT, item_text TEXT, category TEXT, "
                + "qualifier TEXT, quantity BIGINT, quantity_max BIGINT, value_cents BIGINT, value_currency TEXT, funding_route TEXT)"));
    }

    private long sqliteImport(Database db, Path csv) throws IOException {
        String file = db.url().substring("jdbc:sqlite:".length());
        Process p = new ProcessBuilder("sqlite3", file, ".import --csv --skip 1 " + csv + " " + RAW_TABLE)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("sqlite3 .import failed: " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + RAW_TABLE).mapTo(Long.class).one());
    }

    private long postgresCopy(Database db, Path csv) throws IOException {
        try (Connection c = db.dataSource().getConnection(); Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + RAW_TABLE + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        } catch (SQLException e) {
            throw new IOException("COPY failed: " + e.getMessage(), e);
        }
    }

    private static void analyse(Database db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE failed: " + e.getMessage(), e);
        }
    }

    /** Times a Kiel activities import end to end through the import service, into a fresh database at {@code url}. */
    public void kielImport(Path file, String url) throws IOException {
        if (file == null) {
            out.println("kiel import: no --kiel <file> given");
            return;
        }
        long t0 = System.nanoTime();
        try (App app = App.open(url)) {
            long opened = System.nanoTime();
            var result = new org.ramstein.importers.ImportService(app.ledger(), app.catalog())
                    .importFile("kiel-activities", file, "bench", x -> { });
            out.printf("kiel import: %,d rows in %,d ms (%,d ms with opening and migrating the database)%n", result.rows(),
                    ms(opened), ms(t0));
        }
    }

    private static long ms(long startNs) {
        return (System.nanoTime() - startNs) / 1_000_000;
    }

    private static double perSecond(long n, long ns) {
        return ns == 0 ? 0 : n * 1e9 / ns;
    }

    /**
     * A PostgreSQL started for this run and removed afterwards. Durability settings stay at their defaults (only
     * checkpoints are spaced out), so the figures are those of an ordinary server. A new cluster has no write-ahead log
     * files yet and creates each 16 MB file as the load goes, where a server that has run for a while reuses old
     * ones; new files are not filled with zeros first (wal_init_zero off, as on copy-on-write file systems), which
     * keeps most of that start-up cost out of the first load's figure (measured: 107k lines/s on a new cluster with
     * zero-filling, 114k without, 121-123k on the second load either way).
     */
    public static Cluster throwawayPostgres() throws IOException {
        LocalPostgres pg = LocalPostgres.start("-c shared_buffers=512MB -c max_wal_size=8GB -c checkpoint_timeout=30min -c wal_init_zero=off");
        try {
            String url = pg.createDatabase("bench");
            return new Cluster(pg, url);
        } catch (RuntimeException e) {
            pg.close();
            throw e;
        }
    }

    /** The throwaway cluster and the URL of its bench database. */
    public record Cluster(LocalPostgres server, String url) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
