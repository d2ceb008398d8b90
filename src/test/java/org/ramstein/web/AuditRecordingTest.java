package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.access.TestAccounts;
import org.ramstein.access.domain.Role;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * Every request that may write is recorded once it is handled — API calls and form posts, accepted or refused — with who
 * sent it, from where, what it names and how it ended, secrets redacted; the audit list and page filter the records.
 */
class AuditRecordingTest {
    static App app;
    static Javalin javalin;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    /** API tokens of coordinators, by name; the audit is read as "auditor". */
    static final java.util.Map<String, String> TOKENS = new java.util.HashMap<>();

    @BeforeAll
    static void start() {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        javalin = WebServer.create(app).start(0);
        for (String name : List.of("alice", "bob", "dave", "erin", "frank", "grace", "auditor")) {
            TOKENS.put(name, TestAccounts.token(app, name, Role.COORDINATOR, null));
        }
    }

    @AfterAll
    static void stop() {
        javalin.stop();
        app.close();
    }

    static URI uri(String path) {
        return URI.create("http://localhost:" + javalin.port() + path);
    }

    static HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String user, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) b.header("Authorization", "Bearer " + TOKENS.get(user));
        return send(b.build());
    }

    /** A read as a coordinator (the audit is theirs to read). */
    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKENS.get("auditor")).GET().build());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The records appended after record {@code after}, oldest first. */
    static List<AuditRecord> since(long after) {
        return app.audit().list(new AuditFilter(null, null, null, null, null, null, 1000, null)).items().stream()
                .filter(r -> r.seq() > after).sorted(java.util.Comparator.comparingLong(AuditRecord::seq)).toList();
    }

    static long head() {
        return app.audit().head().orElseThrow().seq();
    }

    static String pledge(String id, String donor) {
        return pledge(id, donor, "");
    }

    /** A pledge; {@code extra} adds fields (the API refuses fields it does not know, so a pledge with secrets is refused). */
    static String pledge(String id, String donor, String extra) {
        return """
                {"id": "%s", "donor": "%s", "aidType": "military", "title": "Marders", "announced": "2023-01",
                 "lines": [{"item": "Marder 1A3", "quantity": {"value": 40, "max": null, "qualifier": "exact"}, "fundingRoute": "stocks"}],
                 "sources": [{"kind": "web", "url": "https://www.bundesregierung.de/marder", "quote": "40 Schützenpanzer Marder"}],
                 "recordedBy": "analyst"%s}
                """.formatted(id, donor, extra);
    }

    static final String SECRETS = ", \"password\": \"hunter2\", \"meta\": {\"apiToken\": \"tok-123\"}";

    static void assertLoopback(String origin) throws Exception {
        assertThat(InetAddress.getByName(origin).isLoopbackAddress()).as(origin + " is where the test sent from").isTrue();
    }

    @Test
    void aSuccessfulPostIsOneRecordWithWhoWhereWhatAndOutcome() throws Exception {
        long before = head();
        HttpResponse<String> r = postJson("alice", "/api/v1/pledges", pledge("audit-ok", "Germany"));
        assertThat(r.statusCode()).isEqualTo(201);
        List<AuditRecord> added = since(before);
        assertThat(added).hasSize(1);
        AuditRecord a = added.get(0);
        assertThat(a.actor()).isEqualTo("alice");
        assertThat(a.role()).isEqualTo("coordinator");
        assertLoopback(a.origin());
        assertThat(a.action()).isEqualTo("POST /api/v1/pledges");
        assertThat(a.entityType()).isEqualTo("pledge");
        assertThat(a.entityId()).isEqualTo("audit-ok");
        // recorded in the write's own transaction, naming what it wrote
        assertThat(a.outcome()).startsWith("committed: pledge audit-ok v1 (recorded); line audit-ok/1 v1 (recorded)");
        JsonNode payload = JSON.readTree(a.payload());
        assertThat(payload.path("donor").asText()).isEqualTo("Germany");
        assertThat(payload.path("lines").get(0).path("item").asText()).isEqualTo("Marder 1A3");

        // a write on a pledge names that pledge
        long mid = head();
        assertThat(postJson("alice", "/api/v1/pledges/audit-ok/retraction",
                "{\"reason\": \"announced twice\", \"recordedBy\": \"alice\", \"version\": 1}").statusCode()).isEqualTo(201);
        AuditRecord retraction = since(mid).get(0);
        assertThat(retraction.action()).isEqualTo("POST /api/v1/pledges/audit-ok/retraction");
        assertThat(retraction.entityType()).isEqualTo("pledge");
        assertThat(retraction.entityId()).isEqualTo("audit-ok");
        assertThat(retraction.outcome()).startsWith("committed: ").contains("pledge audit-ok v2 (retraction)");
    }

    @Test
    void aRejectedPostIsRecordedTooWithTheProblemAndNothingWritten() throws Exception {
        long before = head();
        HttpResponse<String> r = postJson("bob", "/api/v1/pledges", pledge("audit-bad", "Atlantis", SECRETS));
        assertThat(r.statusCode()).isEqualTo(400);
        List<AuditRecord> added = since(before);
        assertThat(added).hasSize(1);
        AuditRecord a = added.get(0);
        assertThat(a.actor()).isEqualTo("bob");
        assertThat(a.role()).isEqualTo("coordinator");
        assertLoopback(a.origin());
        assertThat(a.action()).isEqualTo("POST /api/v1/pledges");
        assertThat(a.entityType()).isEqualTo("pledge");
        assertThat(a.entityId()).isEqualTo("audit-bad");
        assertThat(a.outcome()).startsWith("400 Invalid input: ").contains("donor").contains("password");
        assertThat(a.payload()).doesNotContain("hunter2").doesNotContain("tok-123");
        JsonNode payload = JSON.readTree(a.payload());
        assertThat(payload.path("password").asText()).isEqualTo("[redacted]");
        assertThat(payload.path("meta").path("apiToken").asText()).isEqualTo("[redacted]");
        assertThat(payload.path("donor").asText()).isEqualTo("Atlantis");
        assertThat(get("/api/v1/pledges/audit-bad").statusCode()).as("the refused write left nothing").isEqualTo(404);

        // refused before its handler: the public may not record pledges
        long mid = head();
        assertThat(postJson(null, "/api/v1/pledges", pledge("audit-anon", "Germany")).statusCode()).isEqualTo(401);
        AuditRecord anon = since(mid).get(0);
        assertThat(anon.actor()).isEqualTo("public");
        assertThat(anon.role()).isEqualTo("public");
        assertThat(anon.outcome()).startsWith("401 ");
        assertThat(anon.entityId()).isEqualTo("audit-anon");
        assertThat(app.audit().verify().intact()).isTrue();
    }

    @Test
    void readsAreNotRecordedAndMalformedBodiesAreKeptRedacted() throws Exception {
        long before = head();
        assertThat(get("/api/v1/pledges").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(since(before)).isEmpty();

        HttpResponse<String> r = postJson("bob", "/api/v1/meetings", "{\"title\": \"x\", \"password\": \"hunter2\", ");
        assertThat(r.statusCode()).isEqualTo(400);
        AuditRecord a = since(before).get(0);
        assertThat(a.entityType()).isEqualTo("meeting");
        assertThat(a.outcome()).startsWith("400 Invalid input");
        assertThat(a.payload()).contains("_unparsed").doesNotContain("hunter2");
    }

    @Test
    void formPostsAreRecordedWithTheirFieldsRedactedAndTheirErrors() throws Exception {
        PageSession carol = PageSession.signedIn(app, javalin.port(), "carol", Role.COORDINATOR, null);
        long before = head();
        HttpResponse<String> bad = carol.post("/enter/meeting", "heldOn=2023-02-14&place=" + enc("Brussels") + "&password=hunter2");
        assertThat(bad.statusCode()).isEqualTo(422);
        List<AuditRecord> added = since(before);
        assertThat(added).hasSize(1);
        AuditRecord refused = added.get(0);
        assertThat(refused.actor()).isEqualTo("carol");
        assertThat(refused.role()).isEqualTo("coordinator");
        assertLoopback(refused.origin());
        assertThat(refused.action()).isEqualTo("POST /enter/meeting");
        assertThat(refused.entityType()).isEqualTo("meeting");
        assertThat(refused.outcome()).startsWith("422 Invalid input: ").contains("title");
        assertThat(refused.payload()).contains("Brussels").doesNotContain("hunter2").doesNotContain(carol.csrf());
        assertThat(JSON.readTree(refused.payload()).path("_csrf").asText()).isEqualTo("[redacted]");

        long mid = head();
        HttpResponse<String> ok = carol.post("/enter/meeting", "heldOn=2023-02-14&place=" + enc("Brussels") + "&title=" + enc("9th UDCG")
                + "&format=udcg");
        assertThat(ok.statusCode()).isEqualTo(303);
        AuditRecord meeting = since(mid).get(0);
        assertThat(since(mid)).hasSize(1);
        assertThat(meeting.outcome()).matches("committed: meeting \\S+ \\(recorded\\)");
        assertThat(meeting.entityType()).isEqualTo("meeting");
        assertThat(meeting.outcome()).contains("meeting " + meeting.entityId() + " ");
    }

    @Test
    void aSignInIsRecordedWithoutItsPassword() throws Exception {
        PageSession visitor = PageSession.anonymous(javalin.port());
        long before = head();
        HttpResponse<String> wrong = visitor.post("/sign-in", "name=alice&password=" + enc("not-her-password"));
        assertThat(wrong.statusCode()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> right = visitor.post("/sign-in", "name=alice&password=" + enc(TestAccounts.PASSWORD));
        assertThat(right.statusCode()).isEqualTo(303);
        List<AuditRecord> added = since(before);
        assertThat(added).hasSize(2);
        for (AuditRecord a : added) {
            assertThat(a.actor()).isEqualTo("public");
            assertThat(a.action()).isEqualTo("POST /sign-in");
            assertThat(a.entityType()).isEqualTo("user");
            assertThat(a.entityId()).isEqualTo("alice");
            assertThat(a.payload()).doesNotContain("not-her-password").doesNotContain(TestAccounts.PASSWORD).doesNotContain(visitor.csrf());
            assertThat(JSON.readTree(a.payload()).path("password").asText()).isEqualTo("[redacted]");
        }
        assertThat(added.get(0).outcome()).startsWith(wrong.statusCode() + " ");
        assertThat(added.get(1).outcome()).isEqualTo("committed: session alice (signed in)");
    }

    @Test
    void theAuditListFiltersAndPages() throws Exception {
        assertThat(postJson("dave", "/api/v1/pledges", pledge("audit-list-1", "Germany")).statusCode()).isEqualTo(201);
        assertThat(postJson("dave", "/api/v1/pledges", pledge("audit-list-2", "Germany")).statusCode()).isEqualTo(201);
        assertThat(postJson("erin", "/api/v1/needs", "{\"capability\": \"cavalry\"}").statusCode()).isEqualTo(400);

        JsonNode byDave = JSON.readTree(get("/api/v1/audit?user=dave").body());
        assertThat(byDave.path("items")).hasSize(2);
        assertThat(byDave.path("items").get(0).path("entityId").asText()).as("newest first").isEqualTo("audit-list-2");
        assertThat(byDave.path("items").get(0).path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(byDave.path("items").get(0).path("recordedAt").asText()).endsWith("Z");

        JsonNode one = JSON.readTree(get("/api/v1/audit?entity=pledge&entityId=audit-list-1").body());
        assertThat(one.path("items")).hasSize(1);
        assertThat(one.path("items").get(0).path("actor").asText()).isEqualTo("dave");

        JsonNode needs = JSON.readTree(get("/api/v1/audit?action=" + enc("POST /api/v1/needs") + "&user=erin").body());
        assertThat(needs.path("items")).hasSize(1);
        assertThat(needs.path("items").get(0).path("outcome").asText()).startsWith("400 ");

        JsonNode page1 = JSON.readTree(get("/api/v1/audit?user=dave&limit=1").body());
        assertThat(page1.path("items")).hasSize(1);
        String cursor = page1.path("nextCursor").asText();
        JsonNode page2 = JSON.readTree(get("/api/v1/audit?user=dave&limit=1&cursor=" + enc(cursor)).body());
        assertThat(page2.path("items").get(0).path("entityId").asText()).isEqualTo("audit-list-1");
        assertThat(page2.has("nextCursor")).isFalse();

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(JSON.readTree(get("/api/v1/audit?user=dave&from=" + today + "&to=" + today).body()).path("items")).hasSize(2);
        assertThat(JSON.readTree(get("/api/v1/audit?user=dave&to=2020-01-01").body()).path("items")).isEmpty();

        HttpResponse<String> bad = get("/api/v1/audit?from=yesterday&limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"from\"").contains("\"field\":\"limit\"");
    }

    @Test
    void theAuditPageFiltersAndShowsTheVerificationAtTheTop() throws Exception {
        assertThat(postJson("frank", "/api/v1/pledges", pledge("audit-page-1", "Germany")).statusCode()).isEqualTo(201);
        assertThat(postJson("grace", "/api/v1/pledges", pledge("audit-page-2", "Germany")).statusCode()).isEqualTo(201);

        HttpResponse<String> all = get("/audit");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("Audit trail intact").contains("audit-page-1").contains("audit-page-2");
        assertThat(all.body().indexOf("id=\"verify\"")).isLessThan(all.body().indexOf("id=\"t-audit\""));

        String frank = get("/audit?user=frank").body();
        assertThat(frank).contains("pledge audit-page-1").doesNotContain("pledge audit-page-2").contains("value=\"frank\"");
        assertThat(get("/audit?entity=pledge&entityId=audit-page-2").body()).contains("pledge audit-page-2").doesNotContain("pledge audit-page-1");
        assertThat(get("/audit?user=frank&to=2020-01-01").body()).contains("No records match these filters.");
        assertThat(get("/audit?from=someday").statusCode()).isEqualTo(400);
        // a date Java reads but the ledger's calendar does not hold is refused by its field, not a server error
        HttpResponse<String> farFuture = get("/audit?from=%2B999999999-12-31");
        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(farFuture.body()).contains("years 1 to 9999");
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/audit")).GET().build());
        assertThat(anonymous.statusCode()).as("the trail is for coordinators and admins").isEqualTo(401);

        long seq = app.audit().list(new AuditFilter("grace", null, null, null, null, null, 1, null)).items().get(0).seq();
        try {
            app.database().jdbi().useHandle(h -> h.execute("UPDATE audit_record SET actor = 'nobody' WHERE seq = ?", seq));
            String tampered = get("/audit").body();
            assertThat(tampered).contains("The audit trail has been tampered with").contains("record " + seq + " was edited");
        } finally {
            app.database().jdbi().useHandle(h -> h.execute("UPDATE audit_record SET actor = 'grace' WHERE seq = ?", seq));
        }
        assertThat(get("/audit").body()).contains("Audit trail intact");
    }

    @Test
    void pathsNameTheirEntities() {
        assertThat(AuditRecorder.subject("/api/v1/pledges/p1/lines/2/deliveries", "/api/v1/entries/9", n -> null))
                .isEqualTo(new AuditRecorder.Subject("pledge", "p1"));
        assertThat(AuditRecorder.subject("/api/v1/entries/9/reversal", null, n -> null)).isEqualTo(new AuditRecorder.Subject("entry", "9"));
        assertThat(AuditRecorder.subject("/api/v1/needs", "/api/v1/needs/n-7", n -> null)).isEqualTo(new AuditRecorder.Subject("need", "n-7"));
        assertThat(AuditRecorder.subject("/api/v1/claims/c1/accept", null, n -> null)).isEqualTo(new AuditRecorder.Subject("claim", "c1"));
        assertThat(AuditRecorder.subject("/review/c1/reject", null, n -> null)).isEqualTo(new AuditRecorder.Subject("claim", "c1"));
        assertThat(AuditRecorder.subject("/enter/pledge", "/donors/DEU?added=p-9#pledges", n -> null)).isEqualTo(new AuditRecorder.Subject("pledge", "p-9"));
        assertThat(AuditRecorder.subject("/enter/delivery", null, n -> n.equals("pledge") ? "p-3" : null)).isEqualTo(new AuditRecorder.Subject("pledge", "p-3"));
        assertThat(AuditRecorder.subject("/correct/entry", null, n -> n.equals("entry") ? "12" : null)).isEqualTo(new AuditRecorder.Subject("entry", "12"));
        assertThat(AuditRecorder.subject("/import", null, n -> n.equals("format") ? "oryx" : null)).isEqualTo(new AuditRecorder.Subject("import", "oryx"));
        assertThat(AuditRecorder.subject("/admin/users/bob/disable", null, n -> null)).isEqualTo(new AuditRecorder.Subject("user", "bob"));
        assertThat(AuditRecorder.subject("/admin/users", null, n -> n.equals("name") ? "eve" : null)).isEqualTo(new AuditRecorder.Subject("user", "eve"));
        assertThat(AuditRecorder.subject("/account/tokens/t-1/revoke", null, n -> null)).isEqualTo(new AuditRecorder.Subject("token", "t-1"));
    }
}
