package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.access.TestAccounts;
import org.ramstein.access.domain.Role;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** Versions over HTTP, on both databases: ETags read, If-Match or "version" sent, 409 saying what changed, 428, and a race. */
class VersionConflictsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DELIVERY = "{\"quantity\": 5, \"happened\": \"2023-02\", \"sources\": [{\"kind\": \"manual\"}]%s}";

    record Answer(int status, String contentType, String etag, JsonNode body) {
    }

    /** One server over one database, for one test; each writer is a coordinator signed in with an API token of their own. */
    static final class Server implements AutoCloseable {
        final App app;
        final WebServer web;
        final Map<String, String> tokens = new ConcurrentHashMap<>();

        Server(DatabaseFactory db) {
            app = new App(db.open(), RecordingClock.system());
            web = WebServer.start(app, 0);
        }

        String auth(String who) {
            return tokens.computeIfAbsent(who, w -> "Bearer " + TestAccounts.token(app, w, Role.COORDINATOR, null));
        }

        Answer get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth("coordinator")).GET().build());
        }

        Answer post(String path, String json, String ifMatch) throws Exception {
            return post("coordinator", path, json, ifMatch);
        }

        /** A write by {@code who}: the ledger records it under that account, whatever the body says. */
        Answer post(String who, String path, String json, String ifMatch) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .header("Authorization", auth(who)).POST(HttpRequest.BodyPublishers.ofString(json));
            if (ifMatch != null) b.header("If-Match", ifMatch);
            return send(b.build());
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + web.port() + path);
        }

        static Answer send(HttpRequest r) throws Exception {
            HttpResponse<String> a = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
            return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""), a.headers().firstValue("ETag").orElse(null),
                    a.body().isEmpty() ? JSON.nullNode() : JSON.readTree(a.body()));
        }

        long count(String sql) {
            return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        }

        @Override
        public void close() {
            web.close();
            app.close();
        }
    }

    static String pledge(String id) {
        return WebServerTest.pledgeJson(id, "2023-01-05");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aStaleChangeIs409SayingWhatChangedSinceAndByWhom(DatabaseFactory db) throws Exception {
        try (Server s = new Server(db)) {
            assertThat(s.post("/api/v1/pledges", pledge("v-stale"), null).status()).isEqualTo(201);
            Answer read = s.get("/api/v1/pledges/v-stale");
            assertThat(read.etag()).isEqualTo("\"1\"");
            assertThat(read.body().path("version").asLong()).isEqualTo(1);
            long lineVersion = read.body().path("lines").get(0).path("version").asLong();
            assertThat(lineVersion).isEqualTo(1);

            // alice posts against the line she read, by If-Match; bob read it at the same time, and posts after her
            Answer alice = s.post("alice", "/api/v1/pledges/v-stale/lines/1/deliveries", DELIVERY.formatted(""), "\"1\"");
            assertThat(alice.status()).isEqualTo(201);
            assertThat(s.get("/api/v1/pledges/v-stale").body().path("lines").get(0).path("version").asLong()).isEqualTo(2);
            long entries = s.count("SELECT COUNT(*) FROM ledger_entry");
            Answer bob = s.post("bob", "/api/v1/pledges/v-stale/lines/1/deliveries", DELIVERY.formatted(", \"version\": 1"), null);
            assertThat(bob.status()).isEqualTo(409);
            assertThat(bob.contentType()).startsWith("application/problem+json");
            JsonNode p = bob.body();
            assertThat(p.path("status").asInt()).isEqualTo(409);
            assertThat(p.path("title").asText()).isEqualTo("Conflict");
            assertThat(p.path("subject").path("type").asText()).isEqualTo("line");
            assertThat(p.path("subject").path("id").asText()).isEqualTo("v-stale/1");
            assertThat(p.path("expectedVersion").asLong()).isEqualTo(1);
            assertThat(p.path("currentVersion").asLong()).isEqualTo(2);
            assertThat(p.path("changes")).hasSize(1);
            JsonNode change = p.path("changes").get(0);
            assertThat(change.path("version").asLong()).isEqualTo(2);
            assertThat(change.path("action").asText()).isEqualTo("delivery");
            assertThat(change.path("summary").asText()).isEqualTo("delivery of 5 recorded as entry #" + alice.body().path("id").asLong()
                    + ", happened 2023-02");
            assertThat(change.path("recordedBy").asText()).isEqualTo("alice");
            assertThat(change.path("recordedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(p.path("detail").asText()).contains("pledge line 'v-stale/1' has changed since version 1", "by alice");
            assertThat(s.count("SELECT COUNT(*) FROM ledger_entry")).as("nothing of bob's delivery is written").isEqualTo(entries);

            // the entry alice recorded: its ETag, then a retraction of the pledge on the pledge's version
            String entry = "/api/v1/entries/" + alice.body().path("id").asLong();
            assertThat(s.get(entry).etag()).isEqualTo("\"1\"");
            Answer retracted = s.post("carol", "/api/v1/pledges/v-stale/retraction", "{\"reason\": \"withdrawn\"}", "\"1\"");
            assertThat(retracted.status()).isEqualTo(201);
            assertThat(retracted.etag()).isEqualTo("\"2\"");
            assertThat(s.get(entry).etag()).as("the retraction reversed it").isEqualTo("\"2\"");
            Answer late = s.post("bob", entry + "/reversal", "{\"reason\": \"wrong\"}", "\"1\"");
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.body().path("changes").get(0).path("summary").asText()).isEqualTo("reversed by the retraction of its pledge: withdrawn");
            assertThat(late.body().path("changes").get(0).path("recordedBy").asText()).isEqualTo("carol");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aChangeThatNamesNoVersionIs428AndABadIfMatchIs400(DatabaseFactory db) throws Exception {
        try (Server s = new Server(db)) {
            s.post("/api/v1/pledges", pledge("v-none"), null);
            s.post("/api/v1/needs", "{\"id\": \"n-none\", \"capability\": \"armour\", \"description\": \"tanks\", \"priority\": 1, "
                    + "\"quantity\": {\"value\": 3, \"qualifier\": \"exact\"}, \"sources\": [{\"kind\": \"manual\"}]}", null);
            long entries = s.count("SELECT COUNT(*) FROM ledger_entry");
            for (String[] change : new String[][] {
                    {"/api/v1/pledges/v-none/lines/1/deliveries", DELIVERY.formatted("")},
                    {"/api/v1/pledges/v-none/lines/1/allocations", DELIVERY.formatted("")},
                    {"/api/v1/pledges/v-none/lines/1/restatement", "{\"quantity\": {\"value\": 30, \"qualifier\": \"exact\"}, \"reason\": \"r\", "
                            + "\"sources\": [{\"kind\": \"manual\"}]}"},
                    {"/api/v1/pledges/v-none/retraction", "{\"reason\": \"r\"}"},
                    {"/api/v1/needs/n-none/status", "{\"status\": \"met\"}"}}) {
                Answer a = s.post(change[0], change[1], null);
                assertThat(a.status()).as(change[0]).isEqualTo(428);
                assertThat(a.contentType()).startsWith("application/problem+json");
                assertThat(a.body().path("title").asText()).isEqualTo("Precondition required");
                assertThat(a.body().path("errors").get(0).path("field").asText()).isEqualTo("version");
                assertThat(a.body().path("errors").get(0).path("message").asText()).contains("If-Match");
            }
            assertThat(s.count("SELECT COUNT(*) FROM ledger_entry")).isEqualTo(entries);
            assertThat(s.count("SELECT COUNT(*) FROM retraction")).isZero();

            Answer star = s.post("/api/v1/pledges/v-none/retraction", "{\"reason\": \"r\"}", "*");
            assertThat(star.status()).isEqualTo(400);
            assertThat(star.body().path("errors").get(0).path("field").asText()).isEqualTo("If-Match");
            Answer disagree = s.post("/api/v1/pledges/v-none/retraction", "{\"reason\": \"r\", \"version\": 2}", "\"1\"");
            assertThat(disagree.status()).isEqualTo(400);
            assertThat(disagree.body().path("errors").get(0).path("field").asText()).isEqualTo("version");
            Answer notANumber = s.post("/api/v1/pledges/v-none/retraction", "{\"reason\": \"r\", \"version\": \"1\"}", null);
            assertThat(notANumber.status()).isEqualTo(400);
            assertThat(notANumber.body().path("errors").get(0).path("field").asText()).isEqualTo("version");
            assertThat(s.post("/api/v1/pledges/v-none/retraction", "{\"reason\": \"r\", \"version\": 1}", "\"1\"").status())
                    .isEqualTo(201);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void twoIdenticalWritesAtOnceOneIsMadeTheOtherIs409(DatabaseFactory db) throws Exception {
        try (Server s = new Server(db)) {
            s.post("/api/v1/pledges", pledge("v-race"), null);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 6; round++) {
                    long lineVersion = s.get("/api/v1/pledges/v-race").body().path("lines").get(0).path("version").asLong();
                    Answer delivery = s.post("/api/v1/pledges/v-race/lines/1/deliveries", DELIVERY.formatted(""), "\"" + lineVersion + "\"");
                    String reversal = "/api/v1/entries/" + delivery.body().path("id").asLong() + "/reversal";
                    List<Answer> answers = atOnce(pool, () -> s.post("bob", reversal, "{\"reason\": \"twice\"}", "\"1\""),
                            () -> s.post("carol", reversal, "{\"reason\": \"twice\"}", "\"1\""));
                    assertThat(answers).extracting(Answer::status).as("round " + round).containsExactlyInAnyOrder(201, 409);
                    Answer refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
                    assertThat(refused.contentType()).startsWith("application/problem+json");
                    assertThat(refused.body().path("changes").get(0).path("action").asText()).isEqualTo("reversal");
                    assertThat(s.count("SELECT COUNT(*) FROM ledger_entry WHERE reverses_id = " + delivery.body().path("id").asLong())).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void twoAcceptancesOfOneClaimAtOnceRecordOnePledge(DatabaseFactory db) throws Exception {
        try (Server s = new Server(db)) {
            String text = "Oslo will send 8 Leopard 2A4 tanks, the ministry said.";
            s.app.review().ingest(new org.ramstein.sources.ReviewService.DocumentMeta("oslo.txt", null, null, java.time.LocalDate.of(2023, 2, 20),
                    "text/plain"), text, List.of(new org.ramstein.sources.domain.ClaimDraft("pledge", "Norway", "Ukraine", "Leopard 2A4",
                    "main_battle_tank", 8L, null, "exact", null, null, null, "8 Leopard 2A4 tanks", 15, 34, "test", 0.9)), "tester");
            String id = s.get("/api/v1/claims").body().get(0).path("id").asText();
            assertThat(s.get("/api/v1/claims/" + id).etag()).isEqualTo("\"1\"");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Answer> answers = atOnce(pool, () -> s.post("bob", "/api/v1/claims/" + id + "/accept", "{}", "\"1\""),
                        () -> s.post("carol", "/api/v1/claims/" + id + "/reject", "{\"reason\": \"no\", \"version\": 1}", null));
                assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
                Answer refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
                assertThat(refused.body().path("changes").get(0).path("action").asText()).isIn("accepted", "rejected");
                boolean accepted = answers.get(0).status() == 200;
                assertThat(s.count("SELECT COUNT(*) FROM pledge")).as("a refused acceptance leaves no pledge behind").isEqualTo(accepted ? 1 : 0);
                assertThat(s.get("/api/v1/claims/" + id).etag()).isEqualTo("\"2\"");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    interface Call {
        Answer call() throws Exception;
    }

    static List<Answer> atOnce(ExecutorService pool, Call a, Call b) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Answer>> futures = new ArrayList<>();
        for (Call c : List.of(a, b)) {
            futures.add(pool.submit(() -> {
                start.await();
                return c.call();
            }));
        }
        List<Answer> out = new ArrayList<>();
        for (Future<Answer> f : futures) out.add(f.get(60, TimeUnit.SECONDS));
        return out;
    }
}
