package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/** The OpenAPI document and the routes Javalin really serves must be the same set, both ways. */
class OpenApiTest {
    static App app;
    static Javalin javalin;
    static JsonNode doc;

    @BeforeAll
    static void setUp() throws Exception {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        javalin = WebServer.create(app).start(0);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + javalin.port() + "/api/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        doc = new ObjectMapper().readTree(r.body());
    }

    @AfterAll
    static void tearDown() {
        javalin.stop();
        app.close();
    }

    /** The API's routes as Javalin lists them; the dashboard's HTML pages (outside /api) are not part of the document. */
    static Set<String> registered() {
        Set<String> out = new TreeSet<>();
        javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            if (!e.getEndpoint().getPath().startsWith("/api/")) return;
            if (e.getEndpoint().getMethod().isHttpMethod() && e.getEndpoint().getMethod() != HandlerType.HEAD && e.getEndpoint().getMethod() != HandlerType.OPTIONS) {
                out.add(e.getEndpoint().getMethod().name() + " " + e.getEndpoint().getPath());
            }
        });
        return out;
    }

    static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        doc.path("paths").properties().forEach(p -> p.getValue().fieldNames()
                .forEachRemaining(method -> out.add(method.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return out;
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        Set<String> registered = registered();
        assertThat(registered).as("the listing is read from Javalin").contains("GET /api/v1/pledges", "POST /api/v1/pledges");
        assertThat(documented()).as("documented routes").containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryReferenceResolves() {
        Pattern param = Pattern.compile("\\{(\\w+)}");
        List<String> problems = new ArrayList<>();
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(op -> {
            Set<String> declared = new TreeSet<>();
            op.getValue().path("parameters").forEach(ref -> {
                JsonNode prm = resolve(ref);
                if ("path".equals(prm.path("in").asText())) declared.add(prm.path("name").asText());
            });
            Matcher m = param.matcher(p.getKey());
            Set<String> inPath = new TreeSet<>();
            while (m.find()) inPath.add(m.group(1));
            if (!declared.equals(inPath)) problems.add(op.getKey() + " " + p.getKey() + " declares " + declared + " for " + inPath);
            if (!op.getValue().path("responses").isObject()) problems.add(op.getKey() + " " + p.getKey() + " has no responses");
        }));
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        for (String ref : refs) if (resolve(ref).isMissingNode()) problems.add("dangling " + ref);
        assertThat(refs).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolve(node.get("$ref").asText()) : node;
    }

    static JsonNode resolve(String ref) {
        return doc.at(ref.substring(1));
    }

    static void collectRefs(JsonNode node, List<String> out) {
        if (node.has("$ref")) out.add(node.get("$ref").asText());
        node.forEach(child -> collectRefs(child, out));
    }

    /** Every change to a recorded subject is documented with the version it takes and the answers a version gets. */
    @Test
    void changesTakeAVersionAndSingleSubjectsAnswerWithTheirETag() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/api/v1/pledges/{id}/lines/{lineNo}/allocations", "/api/v1/pledges/{id}/lines/{lineNo}/deliveries",
                "/api/v1/pledges/{id}/lines/{lineNo}/restatement", "/api/v1/pledges/{id}/retraction", "/api/v1/pledges/{id}/same-as",
                "/api/v1/entries/{id}/reversal", "/api/v1/needs/{id}/status", "/api/v1/claims/{id}/accept", "/api/v1/claims/{id}/reject",
                "/api/v1/claims/{id}/attach")) {
            JsonNode op = doc.path("paths").path(path).path("post");
            Set<String> headers = new TreeSet<>();
            op.path("parameters").forEach(ref -> {
                JsonNode prm = resolve(ref);
                if ("header".equals(prm.path("in").asText())) headers.add(prm.path("name").asText());
            });
            if (!headers.contains("If-Match")) problems.add(path + " takes no If-Match");
            JsonNode body = resolve(op.path("requestBody").path("content").path("application/json").path("schema"));
            if (!body.path("properties").has("version")) problems.add(path + " has no \"version\" in its body");
            if (!op.path("responses").path("409").toString().contains("VersionConflict")) problems.add(path + " documents no version conflict");
            if (!op.path("responses").has("428")) problems.add(path + " documents no 428");
        }
        for (String path : List.of("/api/v1/pledges/{id}", "/api/v1/entries/{id}", "/api/v1/needs/{id}", "/api/v1/claims/{id}")) {
            if (!doc.path("paths").path(path).path("get").path("responses").path("200").path("headers").has("ETag")) problems.add(path + " has no ETag");
        }
        for (String schema : List.of("Pledge", "Line", "Entry", "Need", "Claim")) {
            if (!doc.path("components").path("schemas").path(schema).path("properties").has("version")) problems.add(schema + " has no version");
        }
        JsonNode conflict = doc.path("components").path("schemas").path("VersionConflict").path("allOf").get(1).path("properties");
        for (String member : List.of("expectedVersion", "currentVersion", "changes")) {
            if (!conflict.has(member)) problems.add("VersionConflict has no " + member);
        }
        assertThat(problems).isEmpty();
    }
}
