package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.App;
import org.ramstein.storage.Database;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.RecordingClock;

/**
 * A real server over a small ledger whose entities are known by id, for tests that send it hostile requests: the valid
 * body of every write the API takes (as the API tests post them), the routes as Javalin lists them, and the row count of
 * every table, to prove that a refused request wrote nothing.
 */
final class HostileServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    static final String SOURCES = "[{\"kind\": \"web\", \"url\": \"https://www.bundesregierung.de/marder\", \"quote\": \"40 Schützenpanzer Marder\"}]";

    /**
     * A valid body for each write of the API, by route; a route missing here is sent one read from its OpenAPI schema. A
     * change names version 1 of its subject, as the fixture records it (the seed's delivery is made on it).
     */
    static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("/api/v1/pledges", """
                {"donor": "Germany", "aidType": "military", "title": "Marders", "announced": "2023-01", "meetingId": "fz-meeting",
                 "lines": [{"item": "Marder 1A3", "quantity": {"value": 40, "max": null, "qualifier": "exact"},
                            "value": {"amount": "1850000000", "currency": "EUR"}, "fundingRoute": "stocks"},
                           {"category": "ammunition_artillery", "itemText": "155 mm shells", "quantity": {"value": 1000, "max": 2000, "qualifier": "range"}}],
                 "sources": %s, "recordedBy": "analyst"}
                """.formatted(SOURCES));
        String entry = "{\"quantity\": 2, \"amount\": {\"amount\": \"1000.50\", \"currency\": \"EUR\"}, \"happened\": \"2023-03-28\", "
                + "\"route\": \"via Poland\", \"note\": \"first batch\", \"sources\": [{\"kind\": \"manual\", \"quote\": \"seen\"}], \"recordedBy\": \"analyst\", "
                + "\"version\": 1}";
        VALID.put("/api/v1/pledges/{id}/lines/{lineNo}/allocations", entry);
        VALID.put("/api/v1/pledges/{id}/lines/{lineNo}/deliveries", entry);
        VALID.put("/api/v1/pledges/{id}/lines/{lineNo}/restatement",
                "{\"quantity\": {\"value\": 45, \"qualifier\": \"exact\"}, \"value\": {\"amount\": \"1900000000\", \"currency\": \"EUR\"}, "
                        + "\"reason\": \"restated by the ministry\", \"sources\": " + SOURCES + ", \"recordedBy\": \"analyst\", \"version\": 1}");
        VALID.put("/api/v1/pledges/{id}/retraction", "{\"reason\": \"withdrawn\", \"recordedBy\": \"analyst\", \"version\": 1}");
        VALID.put("/api/v1/pledges/{id}/same-as", "{\"sameAsId\": \"fz-other\", \"reason\": \"the same package\", \"recordedBy\": \"analyst\", \"version\": 1}");
        VALID.put("/api/v1/entries/{id}/reversal", "{\"reason\": \"duplicate\", \"recordedBy\": \"analyst\", \"version\": 1}");
        VALID.put("/api/v1/needs", """
                {"capability": "armour", "item": "Leopard 2A6", "category": "main_battle_tank", "description": "Main battle tanks", "priority": 1,
                 "quantity": {"value": 300, "qualifier": "about"}, "neededBy": "2023-06-30", "stated": "2022-12", "visibility": "public",
                 "sources": [{"kind": "web", "url": "https://example.org/zaluzhnyi", "quote": "300 tanks", "title": "Interview",
                              "publisher": "The Economist", "publishedOn": "2022-12-15", "locator": "para 3"}], "recordedBy": "a"}
                """);
        VALID.put("/api/v1/needs/{id}/status", "{\"status\": \"partially_met\", \"changedOn\": \"2023-03-01\", \"note\": \"some came\", \"recordedBy\": \"a\", \"version\": 1}");
        VALID.put("/api/v1/meetings", "{\"heldOn\": \"2023-01-20\", \"place\": \"Ramstein Air Base\", \"title\": \"UDCG 9\", \"format\": \"udcg\", "
                + "\"sources\": [{\"kind\": \"manual\", \"quote\": \"held\"}], \"recordedBy\": \"a\"}");
        VALID.put("/api/v1/claims/{id}/accept", "{\"edited\": {\"kind\": \"pledge\", \"donor\": \"Norway\", \"recipient\": \"Ukraine\", "
                + "\"item\": \"Leopard 2A4\", \"category\": \"main_battle_tank\", \"quantity\": 8, \"quantityMax\": null, \"qualifier\": \"exact\", "
                + "\"evidence\": \"8 Leopard 2A4 tanks\"}, \"recordedBy\": \"tester\", \"version\": 1}");
        VALID.put("/api/v1/claims/{id}/reject", "{\"reason\": \"not a claim\", \"recordedBy\": \"tester\", \"version\": 1}");
        VALID.put("/api/v1/claims/{id}/attach", "{\"pledgeId\": \"fz-pledge\", \"recordedBy\": \"tester\", \"version\": 1}");
    }

    final String name;
    final App app;
    final Javalin javalin;
    /** A coordinator's API token, sent with every request: what is tested is the input, not who may send it. */
    final String auth;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    /** Ids of the fixture's entities by kind (pledge, entry, need, meeting, source, claim, donor, system, observation). */
    final Map<String, List<String>> ids = new TreeMap<>();

    private HostileServer(String name, Database db) {
        this.name = name;
        this.app = new App(db, RecordingClock.system());
        this.javalin = WebServer.create(app).start(0);
        this.auth = org.ramstein.access.TestAccounts.coordinator(app);
    }

    static HostileServer start(String name, Database db) {
        HostileServer s = new HostileServer(name, db);
        try {
            s.seed();
        } catch (RuntimeException | Error e) {
            s.close();
            throw e;
        }
        return s;
    }

    @Override
    public String toString() {
        return name;
    }

    /** A meeting, two pledges (one with two lines), a delivery, a need and the review fixture's claims, all through the API. */
    private void seed() {
        created("/api/v1/meetings", withId(VALID.get("/api/v1/meetings"), "fz-meeting"));
        created("/api/v1/pledges", withId(VALID.get("/api/v1/pledges"), "fz-pledge"));
        created("/api/v1/pledges", withId(VALID.get("/api/v1/pledges"), "fz-other"));
        JsonNode delivery = created("/api/v1/pledges/fz-pledge/lines/1/deliveries", VALID.get("/api/v1/pledges/{id}/lines/{lineNo}/deliveries"));
        JsonNode need = created("/api/v1/needs", VALID.get("/api/v1/needs"));
        ReviewFixtures.load(app);
        ids.put("pledge", List.of("fz-pledge", "fz-other"));
        ids.put("entry", List.of(delivery.path("id").asText()));
        ids.put("need", List.of(need.path("id").asText()));
        ids.put("meeting", List.of("fz-meeting"));
        ids.put("donor", List.of("DEU", "NOR"));
        ids.put("system", List.of("marder-1a3"));
        refreshIds();
    }

    static String withId(String json, String id) {
        return "{\"id\": \"" + id + "\", " + json.strip().substring(1);
    }

    /** Reads back the ids only the database knows: sources, claims, observations. */
    void refreshIds() {
        ids.put("source", column("SELECT id FROM source ORDER BY id"));
        ids.put("claim", column("SELECT id FROM claim ORDER BY id"));
        ids.put("observation", column("SELECT id FROM observation ORDER BY id"));
    }

    List<String> column(String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private JsonNode created(String path, String body) {
        Answer a = post(path, body);
        assertThat(a.status()).as(name + " POST " + path + ": " + a.body()).isEqualTo(201);
        return a.json();
    }

    // ------------------------------------------------------------------------------------------------------------- routes

    /** The paths Javalin serves for {@code method}: the API's (under /api/) or the dashboard's pages. */
    List<String> routes(HandlerType method, boolean api) {
        TreeSet<String> out = new TreeSet<>();
        javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            String path = e.getEndpoint().getPath();
            if (e.getEndpoint().getMethod() != method || path.startsWith("/api/") != api) return;
            if (path.equals(WebServer.OPENAPI_PATH) || path.startsWith("/webjars") || path.startsWith("/static")) return;
            out.add(path);
        });
        return List.copyOf(out);
    }

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    /** What kind of entity a path parameter names: from the collection before it ("/pledges/{id}" names a pledge). */
    static String kindOf(String route, int paramStart) {
        String before = route.substring(0, paramStart);
        String[] segs = before.split("/");
        String seg = segs.length == 0 ? "" : segs[segs.length - 1];
        return switch (seg) {
            case "pledges" -> "pledge";
            case "entries" -> "entry";
            case "needs" -> "need";
            case "meetings" -> "meeting";
            case "sources" -> "source";
            case "claims", "review" -> "claim";
            case "donors" -> "donor";
            case "systems" -> "system";
            default -> seg;
        };
    }

    /** The route with each path parameter replaced by {@code value.apply(kind, name)} (URL-encoded by the caller). */
    static String fill(String route, java.util.function.BiFunction<String, String, String> value) {
        Matcher m = PARAM.matcher(route);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(value.apply(kindOf(route, m.start()), m.group(1))));
        m.appendTail(sb);
        return sb.toString();
    }

    /** The route with real ids of the fixture: the first of each kind, line 1. */
    String withIds(String route) {
        return fill(route, (kind, param) -> param.equals("lineNo") ? "1" : first(kind));
    }

    String first(String kind) {
        List<String> l = ids.get(kind);
        return l == null || l.isEmpty() ? "x" : enc(l.get(0));
    }

    /**
     * Every address of a page route over the fixture: each parameter filled with each id of its kind; the sources panel
     * ({@code /provenance/{type}/{id}}) with each kind and each of its ids.
     */
    List<String> addresses(String route) {
        List<String> out = new ArrayList<>();
        if (route.contains("{type}/{id}")) {
            for (String kind : List.of("pledge", "entry", "need", "meeting", "observation", "source")) {
                for (String id : ids.getOrDefault(kind, List.of())) out.add(route.replace("{type}/{id}", kind + "/" + enc(id)));
            }
            return out;
        }
        Matcher m = PARAM.matcher(route);
        if (!m.find()) return List.of(route);
        String kind = kindOf(route, m.start());
        List<String> values = m.group(1).equals("lineNo") ? List.of("1") : ids.getOrDefault(kind, List.of("x"));
        for (String v : values) {
            String once = route.substring(0, m.start()) + enc(v) + route.substring(m.end());
            out.addAll(addresses(once));
        }
        return out;
    }

    // --------------------------------------------------------------------------------------------------------------- HTTP

    record Answer(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + " " + contentType + "): " + body, e);
            }
        }

        boolean isProblem() {
            return contentType.startsWith(Problems.CONTENT_TYPE);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + javalin.port() + pathAndQuery);
    }

    Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Authorization", auth).GET().build());
    }

    /** A read as the public makes it, without a token: its queries are narrowed to public entries. */
    Answer getAsPublic(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    Answer post(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Answer post(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    JsonNode openApi() {
        return get(WebServer.OPENAPI_PATH).json();
    }

    // ------------------------------------------------------------------------------------------------------------- tables

    /** How many requests the audit trail has recorded. */
    long audited() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_record").mapTo(Long.class).one());
    }

    /** The audit trail records every request that may write, the refused ones too: it is left out of the counts. */
    static final java.util.Set<String> REQUEST_RECORDS = java.util.Set.of("audit_record", "audit_head");

    /** Every table of the schema (whatever the migrations add later) with its row count, but the audit trail's. */
    Map<String, Long> counts() {
        return app.database().jdbi().withHandle(h -> {
            String list = app.database().dialect() == Dialect.SQLITE
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
            Map<String, Long> out = new TreeMap<>();
            for (String t : h.createQuery(list).mapTo(String.class).list()) {
                if (REQUEST_RECORDS.contains(t)) continue;
                out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
            }
            return out;
        });
    }

    @Override
    public void close() {
        javalin.stop();
        app.close();
    }
}
