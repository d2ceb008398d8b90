package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.storage.TestDatabases;

/**
 * SQL injection payloads in every query parameter and path parameter of every read (the API's as its OpenAPI document
 * declares them, the dashboard's as its pages read them) and in every text field of every write, on SQLite and
 * PostgreSQL: the answer is a 4xx or a normal one, a filter that matches nothing finds nothing, a text is stored as the
 * text it is, and afterwards every table is still there with the rows it had.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlInjectionTest {
    static final List<String> PAYLOADS = List.of("' OR 1=1 --", "' OR '1'='1", "'; DROP TABLE pledge; --", "1) UNION SELECT id FROM pledge --",
            "\" OR \"\"=\"", "DEU'); DELETE FROM ledger_entry; --", "%' OR 1=1 --", "' UNION SELECT NULL, NULL, NULL --", "1; SELECT pg_sleep(0) --",
            "x' AND (SELECT COUNT(*) FROM sqlite_master) > 0 --");
    /** The query parameters that filter a list: given a payload, they match nothing. */
    static final Set<String> FILTERS = Set.of("donor", "item", "category", "meeting", "capability");
    /** The parameters the dashboard's pages read. */
    static final List<String> PAGE_PARAMETERS = List.of("asOf", "knownAt", "since", "export", "format", "kind", "donor", "item", "category", "aid",
            "month", "money", "pledge", "status", "by", "done", "pledgesPage", "entriesPage", "line", "entry");

    static HostileServer sqlite;
    static HostileServer postgres;

    @BeforeAll
    static void start() {
        sqlite = HostileServer.start("sqlite", TestDatabases.sqlite());
        postgres = HostileServer.start("postgres", TestDatabases.postgres());
    }

    @AfterAll
    static void stop() {
        if (sqlite != null) sqlite.close();
        if (postgres != null) postgres.close();
    }

    static List<HostileServer> servers() {
        return List.of(sqlite, postgres);
    }

    /** The query parameters the OpenAPI document declares for a read. */
    static List<String> declared(JsonNode openApi, String route) {
        List<String> out = new ArrayList<>();
        openApi.path("paths").path(route).path("get").path("parameters").forEach(p -> {
            JsonNode prm = p.has("$ref") ? openApi.at(p.get("$ref").asText().substring(1)) : p;
            if ("query".equals(prm.path("in").asText())) out.add(prm.path("name").asText());
        });
        return out;
    }

    static String brief(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }

    /** Before any payload is written as data (then a filter for it rightly finds it). */
    @Order(1)
    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("servers")
    void payloadsInReadsFindNothingAndChangeNothing(HostileServer server) {
        Map<String, Long> before = server.counts();
        JsonNode openApi = server.openApi();
        int answered = 0;
        for (String route : server.routes(HandlerType.GET, true)) {
            for (String payload : PAYLOADS.subList(0, 6)) {
                // half of them as the public, whose reads are narrowed to public entries by more SQL
                boolean asPublic = PAYLOADS.indexOf(payload) % 2 == 0;
                for (String param : declared(openApi, route)) {
                    String path = server.withIds(route) + "?" + param + "=" + HostileServer.enc(payload);
                    HostileServer.Answer a = asPublic ? server.getAsPublic(path) : server.get(path);
                    assertThat(a.status()).as("%s %s -> %s", server, path, brief(a.body())).isLessThan(500);
                    if (a.status() >= 400) {
                        ApiFuzzProperties.checkProblem(a, path);
                    } else if (FILTERS.contains(param)) {
                        JsonNode body = a.json();
                        JsonNode items = body.isArray() ? body : body.path("items");
                        assertThat(items.size()).as("a filter matching nothing finds nothing: %s %s -> %s", server, path, brief(a.body())).isZero();
                        answered++;
                    } else if (param.equals("q")) {
                        // the catalogue's search matches words, whatever punctuation is around them
                        String words = payload.replaceAll("[^\\p{L}\\p{N} ]", " ").trim();
                        String plainPath = server.withIds(route) + "?q=" + HostileServer.enc(words);
                        HostileServer.Answer plain = asPublic ? server.getAsPublic(plainPath) : server.get(plainPath);
                        assertThat(a.json().path("items").findValuesAsText("id")).as(path).isEqualTo(plain.json().path("items").findValuesAsText("id"));
                    }
                }
                if (route.contains("{")) {
                    String path = HostileServer.fill(route, (kind, p) -> HostileServer.enc(payload));
                    HostileServer.Answer a = asPublic ? server.getAsPublic(path) : server.get(path);
                    assertThat(a.status()).as("%s %s -> %s", server, path, brief(a.body())).isBetween(400, 499);
                    ApiFuzzProperties.checkProblem(a, path);
                }
            }
        }
        assertThat(answered).as("some filters answer normally (with nothing)").isPositive();
        for (String route : server.routes(HandlerType.GET, false)) {
            for (String payload : List.of(PAYLOADS.get(0), PAYLOADS.get(2), PAYLOADS.get(3), PAYLOADS.get(5))) {
                StringBuilder all = new StringBuilder();
                for (String param : PAGE_PARAMETERS) all.append(all.isEmpty() ? "?" : "&").append(param).append('=').append(HostileServer.enc(payload));
                List<String> paths = new ArrayList<>(List.of(server.withIds(route) + all));
                for (String param : List.of("donor", "item", "category", "pledge", "since", "kind")) {
                    paths.add(server.withIds(route) + "?" + param + "=" + HostileServer.enc(payload));
                }
                if (route.contains("{")) paths.add(HostileServer.fill(route, (kind, p) -> HostileServer.enc(payload)));
                for (String path : paths) {
                    HostileServer.Answer a = PAYLOADS.indexOf(payload) % 2 == 0 ? server.getAsPublic(path) : server.get(path);
                    assertThat(a.status()).as("%s %s -> %s", server, path, brief(a.body())).isLessThan(500);
                    assertThat(a.body()).as(path).doesNotContainIgnoringCase("syntax error").doesNotContain("SQLITE_", "PSQLException");
                }
            }
        }
        assertThat(server.counts()).as("every table is still there, with the rows it had").isEqualTo(before);
    }

    @Order(2)
    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("servers")
    void payloadsInWrittenTextsAreStoredAsTheTextTheyAre(HostileServer server) {
        Set<String> tables = server.counts().keySet();
        for (String route : server.routes(HandlerType.POST, true)) {
            ObjectNode valid = ApiFuzzProperties.valid(route);
            for (String pointer : ApiFuzzProperties.pointers(valid, "")) {
                if (!valid.at(pointer).isTextual()) continue;
                for (String payload : PAYLOADS.subList(0, 4)) {
                    JsonNode body = ApiFuzzProperties.replaced(valid, pointer, JsonNodeFactory.instance.textNode(payload));
                    Map<String, Long> before = server.counts();
                    HostileServer.Answer a = server.post(server.withIds(route), body.toString());
                    String what = server + " POST " + route + " " + pointer + " = " + payload;
                    assertThat(a.status()).as("%s -> %s", what, brief(a.body())).isLessThan(500);
                    if (a.status() >= 400) {
                        ApiFuzzProperties.checkProblem(a, what);
                        assertThat(server.counts()).as(what).isEqualTo(before);
                    }
                }
            }
        }
        assertThat(server.counts().keySet()).as("every table is still there").isEqualTo(tables);

        // a payload written as a title and a note is read back as exactly that text
        String payload = PAYLOADS.get(2);
        ObjectNode pledge = ApiFuzzProperties.valid("/api/v1/pledges");
        pledge.put("id", "sqli-" + server).put("title", payload);
        HostileServer.Answer created = server.post("/api/v1/pledges", pledge.toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(server.get("/api/v1/pledges/sqli-" + server).json().path("title").asText()).isEqualTo(payload);
        assertThat(server.column("SELECT title FROM pledge WHERE id = 'sqli-" + server + "'")).containsExactly(payload);
        assertThat(server.get("/api/v1/pledges?limit=200").json().path("items").size()).as("the pledge table is whole").isGreaterThan(2);
    }
}
