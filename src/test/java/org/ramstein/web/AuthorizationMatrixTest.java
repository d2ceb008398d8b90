package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.access.TestAccounts;
import org.ramstein.access.domain.Role;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * Every route × every role × own/other donor, against the expected answer written out below (not read from the
 * rules the server uses). A route the server has and this table lacks fails the test: a new route needs its rule
 * here as well as in the server. Allowed means neither 401 nor 403 (nor a sign-in redirect); denied means one of them;
 * no request may answer 5xx.
 */
class AuthorizationMatrixTest {

    /** Who asks: the liaison twice, once about their own donor's entries (DEU) and once about another's (FRA). */
    enum Actor { PUBLIC, ADMIN, COORDINATOR, LIAISON_OWN, LIAISON_OTHER, OFFICER, ANALYST }

    private static final String EXPECTED = """
            GET  /api/openapi.json                                   everyone
            GET  /api/v1/me                                          everyone
            GET  /api/v1/donors                                      everyone
            GET  /api/v1/catalogue                                   everyone
            GET  /api/v1/pledges                                     everyone
            GET  /api/v1/pledges/{id}                                everyone
            GET  /api/v1/allocations                                 everyone
            GET  /api/v1/deliveries                                  everyone
            GET  /api/v1/entries/{id}                                everyone
            GET  /api/v1/needs                                       everyone
            GET  /api/v1/needs/{id}                                  everyone
            GET  /api/v1/meetings                                    everyone
            GET  /api/v1/meetings/{id}                               everyone
            GET  /api/v1/sources                                     everyone
            GET  /api/v1/sources/{id}                                everyone
            GET  /api/v1/reports/donors                              everyone
            GET  /api/v1/reports/fulfilment                          everyone
            GET  /api/v1/reports/values                              everyone
            GET  /api/v1/reports/reconciliation                      everyone
            GET  /api/v1/reports/meetings                            everyone
            GET  /api/v1/reports/needs                               everyone
            POST /api/v1/pledges                                     COORDINATOR LIAISON_OWN
            POST /api/v1/pledges/{id}/lines/{lineNo}/allocations     COORDINATOR LIAISON_OWN
            POST /api/v1/pledges/{id}/lines/{lineNo}/deliveries      COORDINATOR LIAISON_OWN
            POST /api/v1/pledges/{id}/lines/{lineNo}/restatement     COORDINATOR LIAISON_OWN
            POST /api/v1/pledges/{id}/same-as                        COORDINATOR LIAISON_OWN
            POST /api/v1/entries/{id}/reversal                       COORDINATOR LIAISON_OWN
            POST /api/v1/pledges/{id}/retraction                     COORDINATOR LIAISON_OWN
            POST /api/v1/needs                                       COORDINATOR OFFICER
            POST /api/v1/needs/{id}/status                           COORDINATOR OFFICER
            POST /api/v1/meetings                                    COORDINATOR
            GET  /api/v1/claims                                      signed-in
            GET  /api/v1/claims/{id}                                 signed-in
            POST /api/v1/claims/{id}/accept                          COORDINATOR
            POST /api/v1/claims/{id}/reject                          COORDINATOR
            POST /api/v1/claims/{id}/attach                          COORDINATOR
            GET  /                                                   everyone
            GET  /donors                                             everyone
            GET  /donors/{code}                                      everyone
            GET  /systems                                            everyone
            GET  /systems/{id}                                       everyone
            GET  /provenance/figure                                  everyone
            GET  /provenance/{type}/{id}                             everyone
            GET  /meetings                                           everyone
            GET  /needs                                              everyone
            GET  /changes                                            everyone
            GET  /sign-in                                            everyone
            POST /sign-in                                            everyone
            GET  /enter                                              signed-in
            GET  /enter/pledge                                       COORDINATOR LIAISON_OWN LIAISON_OTHER
            POST /enter/pledge                                       COORDINATOR LIAISON_OWN
            GET  /enter/delivery                                     COORDINATOR LIAISON_OWN LIAISON_OTHER
            POST /enter/delivery                                     COORDINATOR LIAISON_OWN
            GET  /correct/entry                                      COORDINATOR LIAISON_OWN LIAISON_OTHER
            POST /correct/entry                                      COORDINATOR LIAISON_OWN
            GET  /correct/commitment                                 COORDINATOR LIAISON_OWN LIAISON_OTHER
            POST /correct/commitment                                 COORDINATOR LIAISON_OWN
            GET  /enter/need                                         COORDINATOR OFFICER
            POST /enter/need                                         COORDINATOR OFFICER
            GET  /enter/meeting                                      COORDINATOR
            POST /enter/meeting                                      COORDINATOR
            GET  /import                                             COORDINATOR
            POST /import                                             COORDINATOR
            GET  /review                                             signed-in
            GET  /review/{id}                                        signed-in
            POST /review/{id}/accept                                 COORDINATOR
            POST /review/{id}/reject                                 COORDINATOR
            POST /review/{id}/attach                                 COORDINATOR
            POST /sign-out                                           signed-in
            GET  /account                                            signed-in
            POST /account/password                                   signed-in
            POST /account/tokens                                     signed-in
            POST /account/tokens/{id}/revoke                         signed-in
            GET  /admin/users                                        ADMIN
            POST /admin/users                                        ADMIN
            POST /admin/users/{name}/disable                         ADMIN
            GET  /api/v1/audit                                       ADMIN COORDINATOR
            GET  /audit                                              ADMIN COORDINATOR
            """;

    static App app;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<Actor, String> TOKENS = new EnumMap<>(Actor.class);
    static final Map<Actor, String> SPARE_TOKEN = new EnumMap<>(Actor.class);
    static final AtomicInteger SERIAL = new AtomicInteger();
    static PageSession visitor;
    static String claimId;
    static String needId;
    static String sourceId;
    static final Map<String, String> ENTRY = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
        TOKENS.put(Actor.ADMIN, TestAccounts.token(app, "admin", Role.ADMIN, null));
        TOKENS.put(Actor.COORDINATOR, TestAccounts.token(app, "coordinator", Role.COORDINATOR, null));
        TOKENS.put(Actor.LIAISON_OWN, TestAccounts.token(app, "liaison", Role.DONOR_LIAISON, "DEU"));
        TOKENS.put(Actor.LIAISON_OTHER, TOKENS.get(Actor.LIAISON_OWN));
        TOKENS.put(Actor.OFFICER, TestAccounts.token(app, "officer", Role.RECIPIENT_OFFICER, null));
        TOKENS.put(Actor.ANALYST, TestAccounts.token(app, "analyst", Role.ANALYST, null));
        for (Actor a : Actor.values()) {
            if (a == Actor.PUBLIC) continue;
            String user = switch (a) {
                case ADMIN -> "admin";
                case COORDINATOR -> "coordinator";
                case LIAISON_OWN, LIAISON_OTHER -> "liaison";
                case OFFICER -> "officer";
                default -> "analyst";
            };
            SPARE_TOKEN.put(a, app.accounts().issueToken(user, "spare").token().id());
        }
        app.accounts().addUser("victim", null, Role.ANALYST, null, TestAccounts.PASSWORD, "test");
        visitor = PageSession.anonymous(server.port());
        ReviewFixtures.load(app);
        for (String donor : List.of("DEU", "FRA")) {
            for (String n : List.of("a", "b")) {
                HttpResponse<String> p = send(Actor.COORDINATOR, "POST", "/api/v1/pledges", pledgeJson("m-" + donor + "-" + n, donor));
                assertThat(p.statusCode()).as(p.body()).isEqualTo(201);
            }
            // made on the line as recorded (version 1); the matrix's own posts name no version, and a 428 is still "allowed"
            HttpResponse<String> d = send(Actor.COORDINATOR, "POST", "/api/v1/pledges/m-" + donor + "-a/lines/1/deliveries",
                    entryJson().replace("}]}", "}], \"version\": 1}"));
            assertThat(d.statusCode()).as(d.body()).isEqualTo(201);
            String location = d.headers().firstValue("Location").orElseThrow();
            ENTRY.put(donor, location.substring(location.lastIndexOf('/') + 1));
        }
        send(Actor.COORDINATOR, "POST", "/api/v1/meetings", "{\"id\": \"udcg-9\", \"heldOn\": \"2023-01-20\", \"place\": \"Ramstein Air Base\", \"title\": \"UDCG 9\"}");
        HttpResponse<String> need = send(Actor.COORDINATOR, "POST", "/api/v1/needs", """
                {"capability": "armour", "item": "Leopard 2A6", "description": "Main battle tanks", "priority": 1,
                 "quantity": {"value": 300, "qualifier": "about"}, "stated": "2022-12",
                 "sources": [{"kind": "web", "url": "https://example.org/need", "quote": "300 tanks"}]}""");
        assertThat(need.statusCode()).as(need.body()).isEqualTo(201);
        needId = JSON.readTree(need.body()).path("id").asText();
        sourceId = JSON.readTree(send(Actor.COORDINATOR, "GET", "/api/v1/sources", null).body()).path("items").get(0).path("id").asText();
        JsonNode claims = JSON.readTree(send(Actor.COORDINATOR, "GET", "/api/v1/claims", null).body());
        claimId = claims.get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    static String pledgeJson(String id, String donor) {
        return """
                {"id": "%s", "donor": "%s", "aidType": "military", "title": "Matrix", "announced": "2023-02-01",
                 "lines": [{"item": "Marder 1A3", "quantity": {"value": 40, "qualifier": "exact"}}],
                 "sources": [{"kind": "manual", "quote": "entered for the test"}]}""".formatted(id, donor);
    }

    static String entryJson() {
        return "{\"quantity\": 1, \"happened\": \"2023-03-28\", \"sources\": [{\"kind\": \"manual\", \"quote\": \"seen\"}]}";
    }

    static HttpResponse<String> send(Actor actor, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        if (actor != Actor.PUBLIC) b.header("Authorization", "Bearer " + TOKENS.get(actor));
        if (method.equals("GET")) {
            b.GET();
        } else {
            boolean form = !path.startsWith("/api/");
            b.header("Content-Type", form ? "application/x-www-form-urlencoded" : "application/json");
            b.POST(HttpRequest.BodyPublishers.ofString(body == null ? (form ? "" : "{}") : body));
        }
        if (actor == Actor.PUBLIC) {
            // the public has the sign-in form's token and cookie, as a browser would
            return visitor.client().send(withCsrf(b, method, path, body), HttpResponse.BodyHandlers.ofString());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest withCsrf(HttpRequest.Builder b, String method, String path, String body) {
        if (method.equals("POST") && !path.startsWith("/api/")) {
            String form = (body == null || body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(visitor.csrf());
            b.POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return b.build();
    }

    /** The request each route gets: its path filled for the actor's target donor, and a body valid enough to pass the handler's checks. */
    static String[] request(String method, String route, Actor actor) {
        String donor = actor == Actor.LIAISON_OTHER ? "FRA" : "DEU";
        String entry = ENTRY.get(donor);
        String path = route.replace("/pledges/{id}/same-as", "/pledges/m-" + donor + "-b/same-as")
                .replace("{lineNo}", "1")
                .replace("/entries/{id}", "/entries/" + entry)
                .replace("/needs/{id}", "/needs/" + needId)
                .replace("/meetings/{id}", "/meetings/udcg-9")
                .replace("/sources/{id}", "/sources/" + sourceId)
                .replace("/claims/{id}", "/claims/" + claimId)
                .replace("/review/{id}", "/review/" + claimId)
                .replace("/donors/{code}", "/donors/" + donor)
                .replace("/systems/{id}", "/systems/marder-1a3")
                .replace("/provenance/{type}/{id}", "/provenance/pledge/m-" + donor + "-a")
                .replace("/account/tokens/{id}", "/account/tokens/" + SPARE_TOKEN.getOrDefault(actor, "none"))
                .replace("/admin/users/{name}", "/admin/users/victim")
                .replace("/pledges/{id}", "/pledges/m-" + donor + "-a");
        String body = null;
        String n = Integer.toString(SERIAL.incrementAndGet());
        switch (method + " " + route) {
            case "POST /api/v1/pledges" -> body = pledgeJson("m-new-" + n, donor);
            case "POST /api/v1/pledges/{id}/lines/{lineNo}/allocations", "POST /api/v1/pledges/{id}/lines/{lineNo}/deliveries" -> body = entryJson();
            case "POST /api/v1/pledges/{id}/lines/{lineNo}/restatement" ->
                    body = "{\"quantity\": {\"value\": 41, \"qualifier\": \"exact\"}, \"reason\": \"r\", \"sources\": [{\"kind\": \"manual\", \"quote\": \"q\"}]}";
            case "POST /api/v1/pledges/{id}/same-as" -> body = "{\"sameAsId\": \"m-" + donor + "-a\", \"reason\": \"same package\"}";
            case "POST /api/v1/entries/{id}/reversal", "POST /api/v1/pledges/{id}/retraction" -> body = "{\"reason\": \"test\"}";
            case "POST /enter/pledge" -> body = "donor=" + donor + "&aidType=military&announced=2023-02-01&lineSlots=1&" + enc("lines[0].item") + "=Marder"
                    + "&" + enc("lines[0].quantity.qualifier") + "=exact&" + enc("lines[0].quantity.value") + "=5&" + enc("sources[0].kind") + "=manual&"
                    + enc("sources[0].quote") + "=q";
            case "POST /enter/delivery" -> body = "kind=delivery&pledge=m-" + donor + "-a&line=1&quantity=1&happened=2024-01-02&"
                    + enc("sources[0].kind") + "=manual&" + enc("sources[0].quote") + "=q";
            case "POST /correct/entry" -> body = "entry=" + entry + "&reason=r";
            case "POST /correct/commitment" -> body = "pledge=m-" + donor + "-a&line=1&" + enc("quantity.qualifier") + "=exact&" + enc("quantity.value")
                    + "=42&reason=r&" + enc("sources[0].kind") + "=manual&" + enc("sources[0].quote") + "=q";
            case "POST /sign-in" -> body = "name=victim&password=" + enc(TestAccounts.PASSWORD);
            default -> { }
        }
        return new String[] {path, body};
    }

    static Set<Actor> allowed(String who) {
        Set<Actor> out = new java.util.HashSet<>();
        for (String w : who.trim().split("\\s+")) {
            switch (w) {
                case "everyone" -> out.addAll(List.of(Actor.values()));
                case "signed-in" -> {
                    out.addAll(List.of(Actor.values()));
                    out.remove(Actor.PUBLIC);
                }
                default -> out.add(Actor.valueOf(w));
            }
        }
        return out;
    }

    static Map<String, Set<Actor>> expected() {
        Map<String, Set<Actor>> out = new LinkedHashMap<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] parts = line.trim().split("\\s+", 3);
            out.put(parts[0] + " " + parts[1], allowed(parts[2]));
        }
        return out;
    }

    static Set<String> registered() {
        Set<String> out = new TreeSet<>();
        server.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            String m = e.getEndpoint().getMethod().name();
            if (m.equals("GET") || m.equals("POST")) out.add(m + " " + e.getEndpoint().getPath());
        });
        return out;
    }

    @Test
    void everyRouteHasAnExpectedRuleInThisTable() {
        assertThat(expected().keySet()).as("routes in this table vs routes the server has").containsExactlyInAnyOrderElementsOf(registered());
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        // reads first, then writes, and the routes that end a session or disable an account last, so they cannot spoil the rest
        List<Map.Entry<String, Set<Actor>>> rows = new ArrayList<>(expected().entrySet());
        rows.sort((a, b) -> Integer.compare(order(a.getKey()), order(b.getKey())));
        for (Map.Entry<String, Set<Actor>> row : rows) {
            String[] mr = row.getKey().split(" ", 2);
            for (Actor actor : Actor.values()) {
                String[] req = request(mr[0], mr[1], actor);
                HttpResponse<String> r = send(actor, mr[0], req[0], req[1]);
                int s = r.statusCode();
                boolean toSignIn = s == 303 && r.headers().firstValue("Location").orElse("").startsWith("/sign-in");
                boolean denied = s == 401 || s == 403 || toSignIn;
                if (s >= 500) wrong.add(row.getKey() + " as " + actor + ": " + s + " " + r.body());
                else if (denied == row.getValue().contains(actor)) {
                    wrong.add(row.getKey() + " as " + actor + ": expected " + (denied ? "allowed" : "denied") + " but got " + s
                            + (s >= 400 ? " " + r.body().substring(0, Math.min(200, r.body().length())) : ""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static int order(String route) {
        if (route.startsWith("GET")) return 0;
        if (route.contains("sign-out") || route.contains("/disable") || route.contains("/revoke")) return 2;
        return 1;
    }

    @Test
    void aTokenThatIsNotValidIsRefusedNotTakenForThePublic() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/pledges"))
                .header("Authorization", "Bearer rst_0000_forged").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
