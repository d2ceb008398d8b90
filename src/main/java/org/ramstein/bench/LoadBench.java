package org.ramstein.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Figures, not tests: many readers and a few writers against a running server for a fixed time. Readers send a mix of
 * list queries with filters, reports as of a date and as known at an instant, single entities and dashboard pages;
 * writers record deliveries and allocations against pledge lines of their own and reverse some of their deliveries.
 * Every answer that is not 2xx, and every failure to get one, is an error. Afterwards the ledger's delivered and
 * allocated totals, read through the fulfilment report, must have grown by exactly what the writers were told was
 * recorded.
 */
public final class LoadBench {
    /** The category of the writers' pledge lines: the fulfilment report sums exactly their postings under it. */
    static final String CATEGORY = "bench_load";
    static final int LINES_PER_WRITER = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PAGES = {"/", "/donors", "/systems", "/needs", "/meetings", "/changes", "/review"};

    public record Config(int seconds, int readers, int writers) {
        public Config {
            if (seconds < 1 || readers < 0 || writers < 0 || readers + writers == 0) {
                throw new IllegalArgumentException("at least one reader or writer for at least one second");
            }
        }
    }

    /** What a run measured; {@code ok} when nothing failed and the ledger holds what the writers wrote. */
    public record Result(Stats reads, Stats writes, long errors, long deliveredWritten, long deliveredInLedger, long allocatedWritten,
                         long allocatedInLedger) {
        public boolean totalsMatch() {
            return deliveredWritten == deliveredInLedger && allocatedWritten == allocatedInLedger;
        }

        public boolean ok() {
            return errors == 0 && totalsMatch();
        }
    }

    /** Latencies of one kind of request, in milliseconds. */
    public record Stats(long requests, double perSecond, double p50, double p95, double p99, double max) {
        static Stats of(List<Samples> all, double seconds) {
            int n = 0;
            for (Samples s : all) n += s.size;
            long[] ns = new long[n];
            int at = 0;
            for (Samples s : all) {
                System.arraycopy(s.values, 0, ns, at, s.size);
                at += s.size;
            }
            Arrays.sort(ns);
            return new Stats(n, n / seconds, pct(ns, 0.50), pct(ns, 0.95), pct(ns, 0.99), n == 0 ? 0 : ns[n - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) return 0;
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-7s %,9d requests %,9.1f req/s   p50 %8.1f ms   p95 %8.1f ms   p99 %8.1f ms   max %8.1f ms",
                    what, requests, perSecond, p50, p95, p99, max);
        }
    }

    /** One thread's latencies (nanoseconds), kept without locking. */
    static final class Samples {
        long[] values = new long[1024];
        int size;

        void add(long ns) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = ns;
        }
    }

    private final URI base;
    private final Config config;
    private final PrintWriter out;
    private final String token;
    private final HttpClient http;
    private final LongAdder errors = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> errorSamples = new ConcurrentHashMap<>();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder allocated = new LongAdder();

    /** {@code token}: the API token every request carries (writes need one), or null for none. */
    public LoadBench(URI base, Config config, String token, PrintWriter out) {
        this.base = base;
        this.config = config;
        this.token = token;
        this.out = out;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Every request the bench sends is built here, and only here: the one place for the headers a server asks of its clients. */
    HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, text/html");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    HttpRequest post(String path, String json) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /** A change to a recorded subject, made on {@code version} of it (If-Match). */
    HttpRequest change(String path, String json, long version) {
        return request(path).header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // ------------------------------------------------------------------------------------------------------------ fixture

    /** What readers pick from and writers write to, read and written through the API. */
    record Fixture(List<String> pledgeIds, List<String> entryIds, List<String> donors, List<String> items, List<String> categories,
                   List<List<String>> writerLines, Instant seededAt) {
    }

    Fixture seed() throws IOException, InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<List<String>> writerLines = new ArrayList<>();
        for (int w = 0; w < config.writers(); w++) {
            String id = "load-" + run + "-w" + w;
            StringBuilder lines = new StringBuilder();
            for (int l = 0; l < LINES_PER_WRITER; l++) {
                if (l > 0) lines.append(", ");
                lines.append("{\"itemText\": \"bench line ").append(l + 1).append("\", \"category\": \"").append(CATEGORY)
                        .append("\", \"quantity\": {\"value\": 1000000000, \"qualifier\": \"exact\"}}");
            }
            String body = "{\"id\": \"" + id + "\", \"donor\": \"" + (w % 2 == 0 ? "Germany" : "Poland") + "\", \"aidType\": \"military\", "
                    + "\"title\": \"Load bench pledge " + (w + 1) + "\", \"announced\": \"2024-01-02\", \"lines\": [" + lines + "], "
                    + "\"sources\": [{\"kind\": \"manual\", \"quote\": \"load bench\"}], \"recordedBy\": \"bench\"}";
            HttpResponse<String> r = http.send(post("/api/v1/pledges", body), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) throw new IllegalStateException("cannot record the writers' pledge: " + r.statusCode() + " " + r.body());
            List<String> ids = new ArrayList<>();
            for (int l = 1; l <= LINES_PER_WRITER; l++) ids.add("/api/v1/pledges/" + id + "/lines/" + l);
            writerLines.add(ids);
        }
        JsonNode recorded = getJson("/api/v1/pledges?limit=500").path("items");
        List<String> pledges = ids(recorded, "id");
        List<String> entries = ids(getJson("/api/v1/deliveries?limit=500").path("items"), "id");
        entries.addAll(ids(getJson("/api/v1/allocations?limit=500").path("items"), "id"));
        List<String> donors = new ArrayList<>();
        List<String> items = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (JsonNode p : recorded) {
            String code = p.path("donor").path("code").asText();
            if (!code.isEmpty() && !donors.contains(code)) donors.add(code);
            for (JsonNode l : p.path("lines")) {
                String item = l.path("item").path("id").asText();
                if (!item.isEmpty() && !items.contains(item)) items.add(item);
                String cat = l.path("category").asText();
                if (!cat.isEmpty() && !categories.contains(cat)) categories.add(cat);
            }
        }
        if (pledges.isEmpty() || donors.isEmpty()) throw new IllegalStateException("the ledger has nothing to read");
        if (entries.isEmpty()) entries.add("1");
        if (items.isEmpty()) items.add("marder-1a3");
        return new Fixture(pledges, entries, donors, items, categories, writerLines, Instant.now());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(get(path), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    /** The fulfilment report's delivered and allocated totals of the writers' category. */
    long[] ledgerTotals() throws IOException, InterruptedException {
        JsonNode report = getJson("/api/v1/reports/fulfilment?by=category&category=" + CATEGORY);
        for (JsonNode row : report.path("items")) {
            if (CATEGORY.equals(row.path("category").asText())) return new long[] {row.path("delivered").asLong(), row.path("allocated").asLong()};
        }
        return new long[] {0, 0};
    }

    // ---------------------------------------------------------------------------------------------------------------- run

    public Result run() throws IOException, InterruptedException {
        Fixture fixture = seed();
        long[] before = ledgerTotals();
        out.printf(Locale.ROOT, "load: %d readers and %d writers for %d s against %s (%d pledges, %d entries to read; %d lines to write to)%n",
                config.readers(), config.writers(), config.seconds(), base, fixture.pledgeIds().size(), fixture.entryIds().size(),
                fixture.writerLines().stream().mapToInt(List::size).sum());
        List<Samples> reads = new ArrayList<>();
        List<Samples> writes = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        for (int i = 0; i < config.readers(); i++) {
            Samples s = new Samples();
            reads.add(s);
            SplittableRandom rnd = new SplittableRandom(1000 + i);
            threads.add(Thread.ofPlatform().name("load-reader-" + i).unstarted(() -> loop(go, deadline, () -> read(fixture, rnd, s))));
        }
        for (int i = 0; i < config.writers(); i++) {
            Samples s = new Samples();
            writes.add(s);
            Writer w = new Writer(fixture.writerLines().get(i), new SplittableRandom(2000 + i), s);
            threads.add(Thread.ofPlatform().name("load-writer-" + i).unstarted(() -> loop(go, deadline, w::step)));
        }
        threads.forEach(Thread::start);
        long start = System.nanoTime();
        deadline.set(start + config.seconds() * 1_000_000_000L);
        go.countDown();
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] after = ledgerTotals();
        Result result = new Result(Stats.of(reads, seconds), Stats.of(writes, seconds), errors.sum(), delivered.sum(), after[0] - before[0],
                allocated.sum(), after[1] - before[1]);
        print(result, seconds);
        out.flush();
        return result;
    }

    private void print(Result r, double seconds) {
        out.printf(Locale.ROOT, "ran %.1f s%n", seconds);
        out.println(r.reads().line("reads"));
        out.println(r.writes().line("writes"));
        out.printf(Locale.ROOT, "errors  %,d%n", r.errors());
        errorKinds.forEach((kind, n) -> out.printf(Locale.ROOT, "  %,7d x %s — e.g. %s%n", n.sum(), kind, errorSamples.get(kind)));
        out.printf(Locale.ROOT, "ledger  delivered +%,d (writers recorded %,d), allocated +%,d (writers recorded %,d): %s%n",
                r.deliveredInLedger(), r.deliveredWritten(), r.allocatedInLedger(), r.allocatedWritten(),
                r.totalsMatch() ? "totals match" : "TOTALS DIFFER");
    }

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    private void loop(CountDownLatch go, AtomicLong deadline, Step step) {
        try {
            go.await();
            while (System.nanoTime() < deadline.get()) step.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends one request; its latency is recorded when it answers 2xx, else it is an error. Returns the answer or null. */
    private HttpResponse<String> send(HttpRequest request, String kind, Samples samples) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long ns = System.nanoTime() - t0;
            if (r.statusCode() / 100 == 2) {
                samples.add(ns);
                return r;
            }
            error(kind + " " + r.statusCode(), request.method() + " " + request.uri().getRawPath() + " -> "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        } catch (IOException e) {
            error(kind + " " + e.getClass().getSimpleName(), request.method() + " " + request.uri().getRawPath() + ": " + e.getMessage());
        }
        return null;
    }

    private void error(String kind, String sample) {
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        errorSamples.putIfAbsent(kind, sample);
    }

    private static <T> T pick(List<T> list, SplittableRandom rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static String day(SplittableRandom rnd) {
        return LocalDate.of(2022, 3, 1).plusDays(rnd.nextInt(1000)).toString();
    }

    /** One read, chosen from the mix: lists with filters, reports with either clock, single entities, dashboard pages. */
    private void read(Fixture f, SplittableRandom rnd, Samples s) throws InterruptedException {
        String path = switch (rnd.nextInt(14)) {
            case 0 -> "/api/v1/pledges?donor=" + pick(f.donors(), rnd) + "&limit=50";
            case 1 -> "/api/v1/pledges?item=" + pick(f.items(), rnd) + "&asOf=" + day(rnd);
            case 2 -> "/api/v1/deliveries?donor=" + pick(f.donors(), rnd) + "&limit=100";
            case 3 -> "/api/v1/needs?asOf=" + day(rnd);
            case 4 -> "/api/v1/reports/fulfilment?by=donor,category&asOf=" + day(rnd);
            case 5 -> "/api/v1/reports/fulfilment?by=donor&knownAt=" + knownAt(f, rnd);
            case 6 -> "/api/v1/reports/donors?asOf=" + day(rnd);
            case 7 -> "/api/v1/pledges/" + pick(f.pledgeIds(), rnd);
            case 8 -> "/api/v1/entries/" + pick(f.entryIds(), rnd);
            case 9 -> "/donors/" + pick(f.donors(), rnd) + "?asOf=" + day(rnd);
            case 10 -> "/systems/" + pick(f.items(), rnd);
            case 11 -> "/provenance/pledge/" + pick(f.pledgeIds(), rnd);
            case 12 -> PAGES[rnd.nextInt(PAGES.length)];
            default -> "/api/v1/reports/fulfilment?by=category&category=" + (f.categories().isEmpty() ? CATEGORY : pick(f.categories(), rnd));
        };
        send(get(path), "read", s);
    }

    /** An instant between the seeding and now, as the API takes it. */
    private static String knownAt(Fixture f, SplittableRandom rnd) {
        long span = Math.max(1, Duration.between(f.seededAt(), Instant.now()).toMillis());
        return f.seededAt().plusMillis(rnd.nextLong(span)).toString();
    }

    /**
     * A writer: deliveries and allocations on its own lines, and reversals of some of its own deliveries. Each change
     * names the version of what it changes (If-Match): the writer keeps its lines' versions as its own writes move them
     * on, and reads a line again after a write whose outcome it does not know.
     */
    private final class Writer {
        private final List<String> lines;
        private final SplittableRandom rnd;
        private final Samples samples;
        /** Its deliveries not reversed yet. */
        private final List<Posted> open = new ArrayList<>();
        /** The version of each of its lines, as its writes left it; absent when it must be read again. */
        private final Map<String, Long> versions = new java.util.HashMap<>();

        /** A delivery: its entry's path, its line, and its quantity. */
        private record Posted(String entry, String line, long quantity) {
        }

        Writer(List<String> lines, SplittableRandom rnd, Samples samples) {
            this.lines = lines;
            this.rnd = rnd;
            this.samples = samples;
        }

        void step() throws InterruptedException {
            int action = rnd.nextInt(10);
            if (action == 0 && !open.isEmpty()) {
                Posted posted = open.remove(rnd.nextInt(open.size()));
                // a delivery is at its version 1 until it is reversed; the reversal moves its line on too
                HttpResponse<String> r = send(change(posted.entry() + "/reversal", "{\"reason\": \"load bench correction\"}", 1),
                        "reversal", samples);
                moved(posted.line(), r);
                if (r != null) delivered.add(-posted.quantity());
                return;
            }
            boolean delivery = action < 7;
            long quantity = 1 + rnd.nextInt(20);
            String line = pick(lines, rnd);
            Long version = version(line);
            if (version == null) return;
            String body = "{\"quantity\": " + quantity + ", \"happened\": \"" + day(rnd) + "\", \"sources\": [{\"kind\": \"manual\", "
                    + "\"quote\": \"load bench\"}]}";
            HttpResponse<String> r = send(change(line + (delivery ? "/deliveries" : "/allocations"), body, version),
                    delivery ? "delivery" : "allocation", samples);
            moved(line, r);
            if (r == null) return;
            if (delivery) {
                delivered.add(quantity);
                r.headers().firstValue("Location").ifPresent(at -> open.add(new Posted(at, line, quantity)));
            } else {
                allocated.add(quantity);
            }
        }

        /** The line's version: as the writer's own writes left it, else read from its pledge (null when it cannot be read). */
        private Long version(String line) throws InterruptedException {
            Long known = versions.get(line);
            if (known != null) return known;
            int at = line.indexOf("/lines/");
            try {
                JsonNode pledge = getJson(line.substring(0, at));
                int no = Integer.parseInt(line.substring(at + "/lines/".length()));
                for (JsonNode l : pledge.path("lines")) {
                    if (l.path("lineNo").asInt() == no) {
                        versions.put(line, l.path("version").asLong());
                        return versions.get(line);
                    }
                }
                error("version unread", line + ": no such line");
            } catch (IOException | RuntimeException e) {
                error("version unread", line + ": " + e.getMessage());
            }
            return null;
        }

        /** After a write on {@code line}: one version on when it was made, else unknown until read again. */
        private void moved(String line, HttpResponse<String> answer) {
            if (answer != null && versions.containsKey(line)) versions.merge(line, 1L, Long::sum);
            else versions.remove(line);
        }
    }

}
