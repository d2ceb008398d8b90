package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/** The API over HTTP, against a real server on a free port over a temporary SQLite ledger. */
class WebServerTest {
    static App app;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
        auth = org.ramstein.access.TestAccounts.coordinator(app);
    }

    static String auth;

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    record Answer(int status, String contentType, String location, String etag, JsonNode body) {
        List<String> fields() {
            List<String> out = new ArrayList<>();
            body.path("errors").forEach(e -> out.add(e.path("field").asText()));
            return out;
        }
    }

    static Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", auth).GET().build());
    }

    static Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    static Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers().firstValue("Location").orElse(null),
                r.headers().firstValue("ETag").orElse(null), body);
    }

    static String pledgeJson(String id, String announced) {
        return """
                {"id": "%s", "donor": "Germany", "aidType": "military", "title": "Marders", "announced": "%s",
                 "lines": [{"item": "Marder 1A3", "quantity": {"value": 40, "max": null, "qualifier": "exact"},
                            "value": {"amount": "1850000000", "currency": "EUR"}, "fundingRoute": "stocks"}],
                 "sources": [{"kind": "web", "url": "https://www.bundesregierung.de/marder", "quote": "40 Schützenpanzer Marder"}],
                 "recordedBy": "analyst"}
                """.formatted(id, announced);
    }

    @Test
    void createdPledgeIsReadBackWithItsSources() throws Exception {
        Answer created = post("/api/v1/pledges", pledgeJson("web-marder", "2023-01"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/v1/pledges/web-marder");

        Answer read = get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.contentType()).startsWith("application/json");
        JsonNode p = read.body();
        assertThat(p.path("donor").path("code").asText()).isEqualTo("DEU");
        assertThat(p.path("announced").path("precision").asText()).isEqualTo("month");
        assertThat(p.path("sources").get(0).path("quote").asText()).isEqualTo("40 Schützenpanzer Marder");
        JsonNode line = p.path("lines").get(0);
        assertThat(line.path("committed").path("value").asLong()).isEqualTo(40);
        assertThat(line.path("committed").has("max")).as("max is written, as null").isTrue();
        assertThat(line.path("committed").path("qualifier").asText()).isEqualTo("exact");
        assertThat(line.path("value").path("amount").asText()).isEqualTo("1850000000");
        assertThat(line.path("state").asText()).isEqualTo("none");
        assertThat(p.path("history")).hasSize(1);
        assertThat(line.path("version").asLong()).isEqualTo(1);

        Answer delivered = post("/api/v1/pledges/web-marder/lines/1/deliveries",
                "{\"quantity\": 20, \"happened\": \"2023-03-28\", \"sources\": [{\"kind\": \"manual\", \"quote\": \"seen\"}], \"recordedBy\": \"analyst\", "
                        + "\"version\": " + line.path("version").asLong() + "}");
        assertThat(delivered.status()).isEqualTo(201);
        assertThat(delivered.location()).startsWith("/api/v1/entries/");
        assertThat(get(created.location()).body().path("lines").get(0).path("state").asText()).isEqualTo("partial");
    }

    @Test
    void badPledgeNamesEveryBadField() throws Exception {
        String bad = """
                {"donor": "Atlantis", "aidType": "naval", "announced": "2023-13-45",
                 "lines": [{"item": "Marder 1A3", "quantity": {"value": "forty", "qualifier": "exact"}},
                           {"item": "Death Star", "quantity": {"value": 1, "qualifier": "roughly"}, "colour": "grey"}],
                 "sources": []}
                """;
        Answer a = post("/api/v1/pledges", bad);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().path("status").asInt()).isEqualTo(400);
        assertThat(a.body().path("title").asText()).isEqualTo("Invalid input");
        assertThat(a.fields()).containsExactlyInAnyOrder("donor", "aidType", "announced", "lines[0].quantity.value",
                "lines[1].item", "lines[1].quantity.qualifier", "lines[1].colour", "sources");
        assertThat(a.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(topIds(get("/api/v1/pledges").body())).doesNotContain("Atlantis");
    }

    @Test
    void malformedJsonIsA400NamingTheBody() throws Exception {
        Answer a = post("/api/v1/pledges", "{\"donor\": \"Germany\", ");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.fields()).containsExactly("body");
        assertThat(a.body().path("errors").get(0).path("message").asText()).contains("not valid JSON");

        Answer array = post("/api/v1/meetings", "[1, 2]");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.fields()).containsExactly("body");
    }

    @Test
    void unknownIdsAndRoutesAre404Problems() throws Exception {
        for (String path : List.of("/api/v1/pledges/nope", "/api/v1/needs/nope", "/api/v1/meetings/nope", "/api/v1/sources/nope",
                "/api/v1/entries/999999", "/api/v1/no-such-thing")) {
            Answer a = get(path);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.contentType()).as(path).startsWith("application/problem+json");
            assertThat(a.body().path("status").asInt()).as(path).isEqualTo(404);
        }
        Answer line = post("/api/v1/pledges/nope/lines/1/deliveries",
                "{\"quantity\": 1, \"happened\": \"2023\", \"sources\": [{\"kind\": \"manual\"}], \"recordedBy\": \"a\"}");
        assertThat(line.status()).isEqualTo(404);
        Answer badId = get("/api/v1/entries/abc");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.fields()).containsExactly("id");
    }

    @Test
    void reversingTwiceIsAConflict() throws Exception {
        post("/api/v1/pledges", pledgeJson("web-rev", "2023-01-05"));
        Answer delivery = post("/api/v1/pledges/web-rev/lines/1/deliveries",
                "{\"quantity\": 5, \"happened\": \"2023-02\", \"sources\": [{\"kind\": \"manual\"}], \"recordedBy\": \"a\", \"version\": 1}");
        String entry = delivery.location();
        assertThat(delivery.etag()).isEqualTo("\"1\"");
        Answer first = post(entry + "/reversal", "{\"reason\": \"duplicate\", \"recordedBy\": \"a\", \"version\": 1}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("reversesId").asLong()).isEqualTo(delivery.body().path("id").asLong());
        Answer second = post(entry + "/reversal", "{\"reason\": \"again\", \"recordedBy\": \"a\", \"version\": 2}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body().path("detail").asText()).contains("already reversed");
        Answer noReason = post(entry + "/reversal", "{\"reason\": 7}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");
    }

    @Test
    void listsHonourAsOfAndKnownAt() throws Exception {
        post("/api/v1/pledges", pledgeJson("web-jan", "2023-01"));
        String recordedAt = get("/api/v1/pledges/web-jan").body().path("recordedAt").asText();
        post("/api/v1/pledges", pledgeJson("web-later", "2024-06-01"));

        assertThat(ids("/api/v1/pledges?asOf=2023-02-01")).contains("web-jan").doesNotContain("web-later");
        assertThat(ids("/api/v1/pledges?asOf=2022-12-31")).doesNotContain("web-jan");
        assertThat(ids("/api/v1/pledges?knownAt=" + enc(recordedAt))).contains("web-jan").doesNotContain("web-later");
        assertThat(get("/api/v1/pledges/web-later?knownAt=" + enc(recordedAt)).status()).isEqualTo(404);

        Answer bad = get("/api/v1/pledges?asOf=yesterday&knownAt=soon&limit=0&aidType=naval");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactlyInAnyOrder("asOf", "knownAt", "limit", "aidType");
    }

    @Test
    void pagesWithTheCursorAndReportsAnswer() throws Exception {
        for (int i = 0; i < 4; i++) post("/api/v1/pledges", pledgeJson("web-page-" + i, "2021-0" + (i + 1)));
        Answer first = get("/api/v1/pledges?limit=2&to=2021-12-31");
        assertThat(first.body().path("items")).hasSize(2);
        String cursor = first.body().path("nextCursor").asText();
        Answer second = get("/api/v1/pledges?limit=2&to=2021-12-31&cursor=" + enc(cursor));
        assertThat(topIds(second.body())).containsExactly("web-page-2", "web-page-3");
        assertThat(second.body().has("nextCursor")).isFalse();

        Answer report = get("/api/v1/reports/donors?asOf=2030-01-01");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().path("items").findValuesAsText("donor")).contains("Germany");
        assertThat(report.body().path("notes").size()).as("a report says how it counted").isPositive();
        Answer fulfilment = get("/api/v1/reports/fulfilment?by=donor");
        assertThat(fulfilment.status()).isEqualTo(200);
        assertThat(fulfilment.body().path("columns").toString()).contains("delivered");
        Answer noDonor = get("/api/v1/reports/reconciliation?item=marder");
        assertThat(noDonor.status()).isEqualTo(400);
        assertThat(noDonor.body().path("errors").findValuesAsText("field")).containsExactly("donor");
        assertThat(get("/api/v1/donors").body().path("items").findValuesAsText("code")).contains("DEU", "FRA");
        assertThat(get("/api/v1/catalogue?q=marder").body().path("items").findValuesAsText("id")).contains("marder-1a3");
    }

    @Test
    void needsAndMeetingsAreWrittenAndRead() throws Exception {
        Answer meeting = post("/api/v1/meetings",
                "{\"id\": \"udcg-9\", \"heldOn\": \"2023-01-20\", \"place\": \"Ramstein Air Base\", \"title\": \"UDCG 9\", \"recordedBy\": \"a\"}");
        assertThat(meeting.status()).isEqualTo(201);
        Answer need = post("/api/v1/needs", """
                {"capability": "armour", "item": "Leopard 2A6", "description": "Main battle tanks", "priority": 1,
                 "quantity": {"value": 300, "qualifier": "about"}, "stated": "2022-12",
                 "sources": [{"kind": "web", "url": "https://example.org/zaluzhnyi", "quote": "300 tanks"}], "recordedBy": "a"}
                """);
        assertThat(need.status()).isEqualTo(201);
        assertThat(need.body().path("status").asText()).isEqualTo("open");
        assertThat(need.etag()).isEqualTo("\"1\"");
        Answer met = post(need.location() + "/status", "{\"status\": \"partially_met\", \"changedOn\": \"2023-03-01\", \"version\": 1}");
        assertThat(met.status()).isEqualTo(201);
        assertThat(met.body().path("statusHistory")).hasSize(2);
        assertThat(met.body().path("version").asLong()).isEqualTo(2);
        assertThat(get(need.location() + "?asOf=2023-01-31").body().path("status").asText()).isEqualTo("open");
        Answer badNeed = post("/api/v1/needs", "{\"capability\": \"cavalry\", \"priority\": \"high\", \"neededBy\": \"soon\"}");
        assertThat(badNeed.status()).isEqualTo(400);
        assertThat(badNeed.fields()).contains("priority", "neededBy");
    }

    static List<String> ids(String path) throws Exception {
        Answer a = get(path);
        assertThat(a.status()).as(path).isEqualTo(200);
        return topIds(a.body());
    }

    /** The ids of a list's items (not of their lines or sources). */
    static List<String> topIds(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theReviewQueueTakesDecisionsAndNamesEveryBadField() throws Exception {
        String text = "Oslo will send 8 Leopard 2A4 tanks, the ministry said.";
        app.review().ingest(new org.ramstein.sources.ReviewService.DocumentMeta("oslo.txt", "https://example.org/oslo", "Example Wire",
                java.time.LocalDate.of(2023, 2, 20), "text/plain"), text, List.of(new org.ramstein.sources.domain.ClaimDraft("pledge", "Norway",
                "Ukraine", "Leopard 2A4", "main_battle_tank", 8L, null, "exact", null, null, null, "8 Leopard 2A4 tanks", 15, 34, "test", 0.9)),
                "tester");
        Answer queue = get("/api/v1/claims");
        assertThat(queue.status()).isEqualTo(200);
        String id = null;
        for (JsonNode c : queue.body()) if ("8 Leopard 2A4 tanks".equals(c.path("draft").path("evidence").asText())) id = c.path("id").asText();
        assertThat(id).isNotNull();
        assertThat(get("/api/v1/claims/" + id).body().path("claim").path("itemId").asText()).isEqualTo("leopard-2a4");

        Answer bad = post("/api/v1/claims/" + id + "/accept", "{\"edited\": {\"kind\": \"pledge\", \"value\": \"lots\", \"colour\": 1}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.fields()).contains("edited.value", "edited.colour");
        Answer noReason = post("/api/v1/claims/" + id + "/reject", "{\"recordedBy\": \"tester\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");
        Answer read = get("/api/v1/claims/" + id);
        assertThat(read.etag()).isEqualTo("\"1\"");
        Answer ok = post("/api/v1/claims/" + id + "/accept", "{\"recordedBy\": \"tester\", \"version\": 1}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("review").path("decision").asText()).isEqualTo("accepted");
        assertThat(ok.body().path("version").asLong()).isEqualTo(2);
        assertThat(post("/api/v1/claims/" + id + "/accept", "{\"recordedBy\": \"tester\", \"version\": 1}").status()).isEqualTo(409);
        assertThat(post("/api/v1/claims/" + id + "/accept", "{\"recordedBy\": \"tester\", \"version\": 2}").status()).isEqualTo(409);
        assertThat(get("/api/v1/claims/no-such-claim").status()).isEqualTo(404);
        assertThat(get("/api/v1/claims?status=maybe").fields()).containsExactly("status");
    }
}
