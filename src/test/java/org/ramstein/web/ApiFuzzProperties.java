package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ramstein.storage.TestDatabases;

/**
 * Hostile input over HTTP, on SQLite and PostgreSQL: every write route Javalin serves (a route added later is covered
 * without touching this test) gets bodies that are not JSON, truncated, empty, deeply nested, invalid UTF-8, and valid
 * bodies with one field broken (wrong type, null, huge or negative number, control characters, unknown ids, very long
 * text); every read route gets garbage in its query parameters and path. The answer is a 4xx problem naming the field
 * or the problem — never a 5xx — and a refused write leaves the row count of every table as it was.
 */
class ApiFuzzProperties {
    static HostileServer sqlite;
    static HostileServer postgres;
    static List<HostileServer> servers;
    static List<String> writes;
    static List<String> apiReads;
    static List<String> pageReads;
    static JsonNode openApi;

    @BeforeContainer
    static void start() {
        sqlite = HostileServer.start("sqlite", TestDatabases.sqlite());
        postgres = HostileServer.start("postgres", TestDatabases.postgres());
        servers = List.of(sqlite, postgres);
        writes = sqlite.routes(HandlerType.POST, true);
        apiReads = sqlite.routes(HandlerType.GET, true);
        pageReads = sqlite.routes(HandlerType.GET, false);
        openApi = sqlite.openApi();
    }

    @AfterContainer
    static void stop() {
        if (sqlite != null) sqlite.close();
        if (postgres != null) postgres.close();
    }

    // ---------------------------------------------------------------------------------------------------------- bodies

    /** A route's valid body: the API tests' example, else one read from the route's request schema in the OpenAPI document. */
    static ObjectNode valid(String route) {
        String known = HostileServer.VALID.get(route);
        try {
            if (known != null) return (ObjectNode) HostileServer.JSON.readTree(known);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        JsonNode schema = openApi.path("paths").path(route).path("post").path("requestBody").path("content")
                .path("application/json").path("schema");
        JsonNode example = fromSchema(schema, 0);
        return example instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }

    static JsonNode fromSchema(JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) schema = openApi.at(schema.get("$ref").asText().substring(1));
        if (depth > 6) return f.nullNode();
        if (schema.has("oneOf")) return fromSchema(schema.get("oneOf").get(0), depth + 1);
        if (schema.has("enum")) return schema.get("enum").get(0);
        switch (schema.path("type").asText("object")) {
            case "integer", "number" -> {
                return f.numberNode(1);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            case "null" -> {
                return f.nullNode();
            }
            case "array" -> {
                return f.arrayNode().add(fromSchema(schema.path("items"), depth + 1));
            }
            case "string" -> {
                String pattern = schema.path("pattern").asText("");
                if ("date".equals(schema.path("format").asText())) return f.textNode("2023-01-01");
                if (pattern.contains("[A-Z]{3}")) return f.textNode("EUR");
                if (pattern.contains("\\d")) return f.textNode("1");
                return f.textNode("fuzz");
            }
            default -> {
                ObjectNode o = f.objectNode();
                schema.path("properties").properties().forEach(p -> o.set(p.getKey(), fromSchema(p.getValue(), depth + 1)));
                return o;
            }
        }
    }

    /** Every place in a body where a value can be broken: JSON pointers to each field and array element. */
    static List<String> pointers(JsonNode node, String at) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(p -> {
                String ptr = at + "/" + p.getKey();
                out.add(ptr);
                out.addAll(pointers(p.getValue(), ptr));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(at + "/" + i);
                out.addAll(pointers(node.get(i), at + "/" + i));
            }
        }
        return out;
    }

    static JsonNode replaced(JsonNode body, String pointer, JsonNode value) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) o.remove(last);
            else o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (value == null) a.remove(Integer.parseInt(last));
            else a.set(Integer.parseInt(last), value);
        }
        return copy;
    }

    static final String SCRIPT = "\"><script>alert(1)</script>";

    /** Values that do not belong where they are put: wrong types, nulls, extremes, control characters, unknown ids. */
    static Arbitrary<JsonNode> hostileValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> fixed = new ArrayList<>(List.of(
                f.nullNode(), f.booleanNode(true), f.numberNode(0), f.numberNode(-1), f.numberNode(-40), f.numberNode(1e308),
                f.numberNode(-1e308), f.numberNode(0.5), f.numberNode(1.005), f.numberNode(new BigInteger("9223372036854775808")),
                f.numberNode(new BigInteger("-9223372036854775809")), f.numberNode(Long.MAX_VALUE), f.numberNode(Long.MIN_VALUE),
                f.numberNode(Integer.MAX_VALUE + 1L), f.numberNode(new BigInteger("1234567890123456789012345678901234567890")),
                f.numberNode(new BigDecimal("1e400")), f.numberNode(new BigDecimal("-0.000000000000000000001")),
                f.textNode(""), f.textNode("   "), f.textNode("forty"), f.textNode("-5"), f.textNode("1e308"), f.textNode("NaN"),
                f.textNode("9223372036854775808"), f.textNode("1234567890123456789012345678901234567890.99"),
                f.textNode("\u0000"), f.textNode("a\u0000b"), f.textNode("tab\tand\u0001\u001f\u007f"), f.textNode("\ud800"),
                f.textNode("x\udc00y"), f.textNode("\uffff\ufffe"), f.textNode("x".repeat(100_000)), f.textNode("€".repeat(5_000)), f.textNode(incompressible(6_000)),
                f.textNode(SCRIPT), f.textNode("' OR 1=1 --"), f.textNode("'; DROP TABLE pledge; --"), f.textNode("1) UNION SELECT 1 --"),
                f.textNode("no-such-thing"), f.textNode("Atlantis"), f.textNode("fz-pledge/99"), f.textNode("2023-02-30"),
                f.textNode("+999999999-12-31"), f.textNode("-999999999-01-01"), f.textNode("0000-01-01"), f.textNode("99999"),
                f.textNode("2023-13"), f.textNode("javascript:alert(1)"), f.textNode("https://"), f.textNode("http://x y"),
                f.arrayNode(), f.arrayNode().add(1).add("two"), f.objectNode(), f.objectNode().put("value", 1),
                f.objectNode().put("date", "2023-01-01").put("precision", "week"), f.objectNode().put("precision", "day"),
                f.objectNode().put("amount", 1e308).put("currency", "EUR"), f.objectNode().put("amount", "99999999999999999999").put("currency", "EUR"),
                f.objectNode().put("amount", "-1").put("currency", "eur"), f.objectNode().put("amount", "1").put("currency", "€€€"),
                f.objectNode().put("value", -5).put("qualifier", "exact"), f.objectNode().put("value", 5).put("max", 1).put("qualifier", "range"),
                f.objectNode().put("value", 0).put("qualifier", "exact"), nested(990)));
        Arbitrary<JsonNode> texts = Arbitraries.strings().all().ofMaxLength(40).map(f::textNode);
        Arbitrary<JsonNode> numbers = Arbitraries.bigIntegers().between(new BigInteger("-1" + "0".repeat(30)), new BigInteger("1" + "0".repeat(30)))
                .edgeCases(c -> c.includeOnly(BigInteger.ZERO, BigInteger.valueOf(-1))).map(f::numberNode);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(fixed)), net.jqwik.api.Tuple.of(2, texts),
                net.jqwik.api.Tuple.of(2, numbers));
    }

    /** Text that no index can squeeze: PostgreSQL keeps an index entry to about 2.7 kB after compression. */
    static String incompressible(int length) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(length);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) sb.append((char) ('!' + random.nextInt(94)));
        return sb.toString();
    }

    static ArrayNode nested(int depth) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        ArrayNode at = root;
        for (int i = 0; i < depth; i++) at = at.addArray();
        return root;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Bodies that are not a request whatever the route: not JSON, truncated, empty, the wrong top level, bad bytes. */
    static List<byte[]> brokenWholes(ObjectNode valid) {
        String v = valid.toString();
        List<byte[]> out = new ArrayList<>(List.of(utf8(""), utf8("   "), utf8("not json"), utf8("{"), utf8("}"), utf8("{\"a\":"),
                utf8(v.substring(0, v.length() / 2)), utf8(v.substring(0, v.length() - 1)), utf8(v + "}"), utf8(v + v), utf8("null"),
                utf8("[]"), utf8("42"), utf8("\"text\""), utf8("true"), utf8("[" + v + "]"), utf8("[".repeat(100_000)),
                utf8("[".repeat(5_000) + "]".repeat(5_000)), utf8("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)),
                utf8("{\"x\": \"" + "y".repeat(500_000) + "\"}"), utf8("\ufeff" + v), utf8(v.replaceFirst("\"", "'")),
                utf8("{\"a\": 1, \"a\": 2}"), utf8("{\"a\": NaN}"), utf8("{\"a\": 01}"), utf8("{\"a\": .5}"), utf8("{\"a\": 1e99999}"),
                utf8("{/*c*/}"), utf8("{\"a\": \"\\ud800\"}"), utf8("{\"a\": \"\\u0000\"}"), utf8("{\"a\": \"\t\"}"),
                utf8("{\"a\": \"x\u0000y\"}"), utf8("\u0000")));
        // a raw NUL inside a string value; invalid UTF-8: a lone continuation byte, an overlong '/', a surrogate, a truncated sequence, inside a string value
        for (byte[] bad : List.of(new byte[] {0}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFF})) {
            out.add(insertIntoFirstString(v, bad));
        }
        return out;
    }

    static byte[] insertIntoFirstString(String json, byte[] bytes) {
        int at = json.indexOf("\": \"");
        at = at < 0 ? json.indexOf("\":\"") + 3 : at + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = utf8(json.substring(0, Math.max(at, 0)));
        out.writeBytes(head);
        out.writeBytes(bytes);
        out.writeBytes(utf8(json.substring(Math.max(at, 0))));
        return out.toByteArray();
    }

    record Write(HostileServer server, String route, String path, byte[] body, String what) {
        @Override
        public String toString() {
            String shown = new String(body, StandardCharsets.UTF_8);
            return server + " POST " + path + " (" + what + "): " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown);
        }
    }

    @Provide
    Arbitrary<Write> brokenFields() {
        return Combinators.combine(Arbitraries.of(servers), Arbitraries.of(writes)).flatAs((server, route) -> {
            ObjectNode valid = valid(route);
            List<String> ptrs = pointers(valid, "");
            Arbitrary<String> where = Arbitraries.of(ptrs.isEmpty() ? List.of("/fuzz") : ptrs);
            Arbitrary<Write> broken = Combinators.combine(where, hostileValues()).as((p, value) -> new Write(server, route,
                    server.withIds(route), utf8(replaced(valid, p, value).toString()), p + " = " + abbreviate(value)));
            Arbitrary<Write> removed = where.map(p -> new Write(server, route, server.withIds(route), utf8(replaced(valid, p, null).toString()),
                    "without " + p));
            Arbitrary<Write> unknownField = Arbitraries.of(ptrs.stream().filter(p -> valid.at(p).isObject()).toList().isEmpty()
                            ? List.of("") : ptrs.stream().filter(p -> valid.at(p).isObject()).toList())
                    .map(p -> new Write(server, route, server.withIds(route), utf8(replaced(valid, p + "/colour", JsonNodeFactory.instance.textNode("grey"))
                            .toString()), "unknown field " + p + "/colour"));
            Arbitrary<Write> badPath = hostilePathValues().map(v -> new Write(server, route,
                    HostileServer.fill(route, (kind, param) -> HostileServer.enc(v)), utf8(valid.toString()), "path parameters " + v));
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, broken), net.jqwik.api.Tuple.of(2, removed),
                    net.jqwik.api.Tuple.of(1, unknownField), net.jqwik.api.Tuple.of(route.contains("{") ? 2 : 0, badPath));
        });
    }

    static String abbreviate(JsonNode value) {
        String s = value.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
    }

    static Arbitrary<String> hostilePathValues() {
        return Arbitraries.of("no-such-id", "0", "-1", "99999999999999999999", "1e308", "' OR 1=1 --", "'; DROP TABLE pledge; --",
                "1) UNION SELECT id FROM pledge --", SCRIPT, "\u0000", "x\u0001", "..", "%", "x".repeat(3_000), "fz-pledge", "Ω≈ç√");
    }

    /** One field broken in an otherwise valid body: 4xx naming it, nothing written; or, when still valid, 2xx. */
    @Property(tries = 250)
    void aBrokenFieldIsRefusedByNameAndWritesNothing(@ForAll("brokenFields") Write w) {
        send(w);
    }

    /** Every write route, on both databases, with every body that cannot be a request. */
    @Example
    void everyWriteRouteRefusesBodiesThatAreNoRequest() {
        assertThat(writes).as("the write routes, read from Javalin").contains("/api/v1/pledges", "/api/v1/entries/{id}/reversal");
        for (HostileServer server : servers) {
            for (String route : writes) {
                for (byte[] body : brokenWholes(valid(route))) {
                    Answer a = send(new Write(server, route, server.withIds(route), body, "whole body"));
                    assertThat(a.status()).as("%s POST %s: %s", server, route, abbreviate(body)).isBetween(400, 499);
                }
            }
        }
    }

    /** Every valid example is for a route the server has (an example left behind by a removed route is noticed). */
    @Example
    void theValidExamplesAreRoutesOfTheServer() {
        assertThat(writes).containsAll(HostileServer.VALID.keySet());
    }

    static String abbreviate(byte[] body) {
        String s = new String(body, StandardCharsets.UTF_8);
        return s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
    }

    record Answer(int status) {
    }

    private static Answer send(Write w) {
        Map<String, Long> before = w.server().counts();
        long audited = w.server().audited();
        HostileServer.Answer a = w.server().post(w.path(), w.body(), "application/json");
        assertThat(a.status()).as("never a server error: %s\n-> %s", w, a.body()).isLessThan(500);
        // every request a route sees is in the audit trail; one the HTTP layer refuses before routing (a NUL in the path) is not
        boolean routed = !a.body().contains("urn:ramstein:problem:bad-message");
        assertThat(w.server().audited()).as("the audit trail records the request, whatever it held: %s", w).isEqualTo(audited + (routed ? 1 : 0));
        if (a.status() >= 400) {
            checkProblem(a, w.toString());
            assertThat(w.server().counts()).as("a refused write leaves every table as it was: %s", w).isEqualTo(before);
        } else {
            assertThat(a.status()).as("%s -> %s", w, a.body()).isBetween(200, 299);
            assertThat(a.json().isObject()).isTrue();
        }
        return new Answer(a.status());
    }

    /** A 4xx answer is a problem document naming the field at fault, or the problem. */
    static void checkProblem(HostileServer.Answer a, String what) {
        assertThat(a.contentType()).as("problem+json: %s -> %s", what, a.body()).startsWith(Problems.CONTENT_TYPE);
        JsonNode p = a.json();
        assertThat(p.path("status").asInt()).as(what).isEqualTo(a.status());
        assertThat(p.path("title").asText()).as(what).isNotBlank();
        assertThat(p.path("detail").asText()).as(what).isNotBlank();
        assertThat(a.body()).as("no stack trace: %s", what).doesNotContain("Exception", "\tat org.");
        if (a.status() == 400) {
            assertThat(p.path("errors").size()).as("a 400 names its fields: %s -> %s", what, a.body()).isPositive();
            p.path("errors").forEach(e -> assertThat(e.path("field").asText() + e.path("message").asText()).as(what).isNotBlank());
        }
    }

    // ----------------------------------------------------------------------------------------------------------- reads

    /** Query parameters any read may take: those the OpenAPI document declares, and those the pages read. */
    static List<String> parameterNames() {
        TreeSet<String> names = new TreeSet<>(List.of("asOf", "knownAt", "limit", "cursor", "donor", "item", "category", "aidType", "meeting",
                "capability", "from", "to", "by", "status", "q", "publicOnly", "export", "format", "since", "kind", "aid", "month", "money",
                "pledge", "done", "pledgesPage", "entriesPage", "citationsPage", "changesPage", "claimsPage", "line", "entry"));
        openApi.path("components").path("parameters").forEach(p -> names.add(p.path("name").asText()));
        openApi.path("paths").forEach(ops -> ops.forEach(op -> op.path("parameters").forEach(p -> {
            if (p.has("name")) names.add(p.path("name").asText());
        })));
        names.remove("");
        return List.copyOf(names);
    }

    static Arbitrary<String> hostileQueryValues() {
        Arbitrary<String> fixed = Arbitraries.of("", " ", "yesterday", "2023-02-30", "2023-13-01", "+999999999-12-31", "-999999999-01-01",
                "9999-12-31", "0000-01-01", "+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59.999999999Z",
                "2024-05-01T12:00:00+25:00", "2024-05-01T25:00", "2024-05-01T12:00:00Z", "0", "-1", "1e308", "99999999999999999999",
                "2147483648", "NaN", "true", "TRUE", "maybe", "' OR 1=1 --", "'; DROP TABLE pledge; --", "1) UNION SELECT id, title FROM pledge --",
                "\" OR \"\"=\"", "%", "%%", "_", "*", "\\", "DEU' --", "Germany\u0000", "\u0000", "x\u0001y", "\ud800", SCRIPT, "Ω≈ç√",
                "x".repeat(2_000), "pledges", "csv", "xlsx", "pdf", "../../etc/passwd", "donor,category,item", "donor,nope", ",,,", "1.", "51.",
                "51.garbage", "-5.x", "eyJhIjoxfQ", "!!!!", "fz-pledge", "DEU", "marder-1a3", "1.eyJ9");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, fixed), net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(30)));
    }

    record Read(HostileServer server, String path, boolean api) {
        @Override
        public String toString() {
            return server + " GET " + path;
        }
    }

    @Provide
    Arbitrary<Read> hostileReads() {
        List<String> routes = new ArrayList<>(apiReads);
        routes.addAll(pageReads);
        Arbitrary<String> param = Arbitraries.of(parameterNames());
        Arbitrary<String> query = Combinators.combine(param, hostileQueryValues()).as((n, v) -> HostileServer.enc(n) + "=" + HostileServer.enc(v))
                .list().ofMinSize(1).ofMaxSize(4).map(l -> "?" + String.join("&", l));
        Arbitrary<Boolean> hostilePath = Arbitraries.of(false, false, false, true);
        return Combinators.combine(Arbitraries.of(servers), Arbitraries.of(routes), query, hostilePath, hostilePathValues())
                .as((server, route, q, badPath, pv) -> new Read(server,
                        (badPath ? HostileServer.fill(route, (k, p) -> HostileServer.enc(pv)) : server.withIds(route)) + q, route.startsWith("/api/")));
    }

    /** Garbage in the query and path of any read: a 4xx naming it, or a normal answer; never a 5xx, never a write. */
    @Property(tries = 300)
    void aHostileReadIsRefusedOrAnsweredButNeverFails(@ForAll("hostileReads") Read r) {
        Map<String, Long> before = r.server().counts();
        HostileServer.Answer a = r.server().get(r.path());
        assertThat(a.status()).as("never a server error: %s -> %s", r, a.body().length() > 400 ? a.body().substring(0, 400) : a.body()).isLessThan(500);
        if (r.api() && a.status() >= 400) checkProblem(a, r.toString());
        if (r.api() && a.status() == 200) assertThat(a.json().isContainerNode()).as(r.toString()).isTrue();
        // a page's refusal is the dashboard's error page; one the HTTP layer makes before routing is a problem document
        if (!r.api() && a.status() >= 400) assertThat(a.contentType()).as(r.toString()).matches("(text/html|application/problem\\+json).*");
        assertThat(r.server().counts()).as("a read writes nothing: %s", r).isEqualTo(before);
    }
}
