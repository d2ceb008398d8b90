package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.storage.TestDatabases;

/**
 * The limits of what a request may carry: a JSON or form body of more than 1 MiB and an upload of more than 32 MiB are
 * refused with 413 naming the limit (a problem document for the API, the error page for the dashboard), a body of
 * unstated length with 411, invalid UTF-8 and control characters with 400 naming where they are; nothing is written.
 */
class RequestLimitsTest {
    static HostileServer server;

    @BeforeAll
    static void start() {
        server = HostileServer.start("sqlite", TestDatabases.sqlite());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A pledge whose note pads the body to exactly {@code size} bytes. */
    static byte[] pledgeOfSize(long size) {
        String head = "{\"donor\": \"Germany\", \"title\": \"";
        String tail = "\"}";
        byte[] out = new byte[(int) size];
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(out, (byte) 'x');
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(t, 0, out, out.length - t.length, t.length);
        return out;
    }

    @Test
    void anOversizedJsonBodyIs413NamingTheLimit() {
        Map<String, Long> before = server.counts();
        HostileServer.Answer a = server.post("/api/v1/pledges", pledgeOfSize(RequestChecks.MAX_BODY + 1), "application/json");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith(Problems.CONTENT_TYPE);
        assertThat(a.json().path("status").asInt()).isEqualTo(413);
        assertThat(a.json().path("detail").asText()).contains("1 MiB", "1048576 bytes");
        assertThat(server.counts()).isEqualTo(before);

        // at the limit the body is read, and refused for what it says (a title far too long), not for its size
        HostileServer.Answer atLimit = server.post("/api/v1/pledges", pledgeOfSize(RequestChecks.MAX_BODY), "application/json");
        assertThat(atLimit.status()).isEqualTo(400);
        assertThat(atLimit.json().path("errors").findValuesAsText("field")).contains("title");
    }

    @Test
    void aBodyOfUnstatedLengthIs411() {
        HostileServer.Answer a = server.send(HttpRequest.newBuilder(server.uri("/api/v1/meetings")).header("Content-Type", "application/json")
                .header("Authorization", server.auth)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(HostileServer.VALID.get("/api/v1/meetings")
                        .getBytes(StandardCharsets.UTF_8)))).build());
        assertThat(a.status()).isEqualTo(411);
        assertThat(a.contentType()).startsWith(Problems.CONTENT_TYPE);
        assertThat(a.json().path("detail").asText()).contains("Content-Length");
        // the audit trail records the refusal without reading the body it refused
        assertThat(server.column("SELECT payload FROM audit_record WHERE outcome LIKE '411%'")).singleElement().asString()
                .contains("refused unread").doesNotContain("UDCG");
    }

    @Test
    void invalidUtf8AndControlCharactersAre400NamingWhereTheyAre() {
        byte[] valid = HostileServer.VALID.get("/api/v1/meetings").getBytes(StandardCharsets.UTF_8);
        byte[] bad = ApiFuzzProperties.insertIntoFirstString(new String(valid, StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28});
        Map<String, Long> before = server.counts();
        HostileServer.Answer a = server.post("/api/v1/meetings", bad, "application/json");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(a.json().path("errors").get(0).path("message").asText()).contains("not valid UTF-8");

        HostileServer.Answer nul = server.post("/api/v1/meetings", HostileServer.VALID.get("/api/v1/meetings").replace("UDCG 9", "UDCG\\u00009"));
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().path("errors").findValuesAsText("field")).containsExactly("title");
        assertThat(nul.json().path("errors").get(0).path("message").asText()).contains("control characters", "U+0000");

        HostileServer.Answer half = server.post("/api/v1/meetings", HostileServer.VALID.get("/api/v1/meetings").replace("UDCG 9", "UDCG \\ud83d"));
        assertThat(half.status()).isEqualTo(400);
        assertThat(half.json().path("errors").get(0).path("message").asText()).contains("unpaired surrogate");
        // a whole character outside the basic plane is text like any other
        assertThat(server.post("/api/v1/meetings", HostileServer.VALID.get("/api/v1/meetings").replace("UDCG 9", "UDCG \\ud83d\\udee1")).status())
                .isEqualTo(201);
        before.put("meeting", before.get("meeting") + 1);
        before.put("citation", before.get("citation") + 1);
        before.put("source", before.get("source") + 1);
        assertThat(server.counts()).isEqualTo(before);

        HostileServer.Answer query = server.get("/api/v1/pledges?donor=DEU%00&limit=5");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().path("errors").findValuesAsText("field")).containsExactly("donor");
        HostileServer.Answer form = server.post("/enter/meeting", "heldOn=2023-01-20&place=Ramstein%00&title=UDCG&recordedBy=t"
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).contains("place", "control characters");
        assertThat(server.counts()).isEqualTo(before);
        HostileServer.Answer page = server.get("/donors?asOf=2023-01-01%01");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("asOf", "control characters");
    }

    @Test
    void numbersAndDatesBeyondWhatTheLedgerHoldsAre400NamingTheField() {
        Map<String, Long> before = server.counts();
        HostileServer.Answer delivery = server.post("/api/v1/pledges/fz-pledge/lines/1/deliveries",
                HostileServer.VALID.get("/api/v1/pledges/{id}/lines/{lineNo}/deliveries").replace("\"quantity\": 2", "\"quantity\": 1000000000001"));
        assertThat(delivery.status()).isEqualTo(400);
        assertThat(delivery.json().path("errors").findValuesAsText("field")).containsExactly("quantity");
        String pledge = HostileServer.VALID.get("/api/v1/pledges").replace("\"value\": 40,", "\"value\": 1000000000001,")
                .replace("\"1850000000\"", "\"1000000000000000.01\"").replace("\"2023-01\"", "\"2023-01-01\"");
        HostileServer.Answer line = server.post("/api/v1/pledges", pledge);
        assertThat(line.status()).isEqualTo(400);
        assertThat(line.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("lines[0].quantity.value", "lines[0].value.amount");
        HostileServer.Answer meeting = server.post("/api/v1/meetings", HostileServer.VALID.get("/api/v1/meetings").replace("2023-01-20", "+10000-01-20"));
        assertThat(meeting.status()).isEqualTo(400);
        assertThat(meeting.json().path("errors").findValuesAsText("field")).containsExactly("heldOn");
        assertThat(server.counts()).isEqualTo(before);
        assertThat(server.get("/api/v1/pledges?asOf=%2B10000-01-01").json().path("errors").findValuesAsText("field")).containsExactly("asOf");
        assertThat(server.get("/api/v1/pledges?knownAt=%2B1000000000-12-31T23:59:59Z").status()).isEqualTo(400);
    }

    static byte[] multipart(String boundary, String format, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n" + format + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"recordedBy\"\r\n\r\ntester\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void anOversizedUploadIsRefusedOnTheImportPageNamingTheLimit() {
        Map<String, Long> before = server.counts();
        byte[] huge = new byte[(int) RequestChecks.MAX_UPLOAD];
        Arrays.fill(huge, (byte) 'a');
        HostileServer.Answer a = server.post("/import", multipart("b0undary", "oryx", "big.csv", huge), "multipart/form-data; boundary=b0undary");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("32 MiB", "can be uploaded", "Back to the overview");
        assertThat(server.counts()).isEqualTo(before);

        // a small upload is read and judged on what it holds
        HostileServer.Answer small = server.post("/import", multipart("b0undary", "oryx", "small.csv", "no,such,columns\n1,2,3\n".getBytes(StandardCharsets.UTF_8)),
                "multipart/form-data; boundary=b0undary");
        assertThat(small.status()).isEqualTo(422);
        assertThat(small.body()).contains("nothing was imported");
        assertThat(server.counts()).isEqualTo(before);
    }

    @Test
    void anOversizedFormIsRefusedWithTheErrorPage() {
        String form = "donor=POL&title=" + "x".repeat((int) RequestChecks.MAX_BODY);
        HostileServer.Answer a = server.post("/enter/pledge", form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("1 MiB");
    }
}
