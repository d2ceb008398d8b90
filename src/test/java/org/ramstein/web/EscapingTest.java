package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.storage.TestDatabases;

/**
 * Text from users and sources is shown as text: entities whose titles, item texts, places, descriptions, sources,
 * notes, review decisions, ingested texts and uploaded file names are script payloads are recorded, then every page
 * of the dashboard is fetched with their ids (and with payloads in its query). No page holds a payload's markup
 * unescaped or links to a {@code javascript:} address, while the escaped text is there to read; downloads carry the
 * text as data, with no cell a spreadsheet would run as a formula.
 */
class EscapingTest {
    static final String SCRIPT = "\"><script>alert(1)</script>";
    static final String IMG = "'\"><img src=x onerror=alert(1)>";
    static final String JS_URL = "javascript:alert(document.cookie)";
    static final String FORMULA = "=HYPERLINK(\"https://example.org/steal\",\"click\")";
    /** What must never reach a page as markup. */
    static final List<String> RAW = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    static final Pattern SCRIPT_LINK = Pattern.compile("(?i)(?:href|src|action|formaction|hx-get|hx-post)\\s*=\\s*[\"']?\\s*(?:javascript|vbscript|data):");

    static HostileServer server;
    static String pledge;
    static String claimText;

    @BeforeAll
    static void start() throws Exception {
        server = HostileServer.start("sqlite", TestDatabases.sqlite());
        String sources = "[{\"kind\": \"web\", \"url\": \"https://example.org/" + json(SCRIPT) + "\", \"title\": " + quoted(SCRIPT)
                + ", \"publisher\": " + quoted(IMG) + ", \"quote\": " + quoted("said " + SCRIPT + " and " + IMG) + ", \"locator\": " + quoted(IMG)
                + ", \"publishedOn\": \"2023-01-10\"}]";
        created("/api/v1/meetings", "{\"id\": \"xss-meeting\", \"heldOn\": \"2023-01-20\", \"place\": " + quoted(IMG) + ", \"title\": "
                + quoted(SCRIPT) + ", \"format\": \"udcg\", \"sources\": " + sources + ", \"recordedBy\": " + quoted(SCRIPT) + "}");
        pledge = created("/api/v1/pledges", "{\"id\": \"xss-pledge\", \"donor\": \"Germany\", \"aidType\": \"military\", \"title\": " + quoted(SCRIPT)
                + ", \"announced\": \"2023-01-15\", \"meetingId\": \"xss-meeting\", \"lines\": ["
                + "{\"item\": \"Marder 1A3\", \"quantity\": {\"value\": 40, \"qualifier\": \"exact\"}, \"value\": {\"amount\": \"1000000\", \"currency\": \"EUR\"}},"
                + "{\"itemText\": " + quoted(IMG) + ", \"category\": " + quoted(SCRIPT) + ", \"quantity\": {\"value\": 7, \"qualifier\": \"about\"}}],"
                + "\"sources\": " + sources + ", \"recordedBy\": " + quoted(IMG) + "}").path("id").asText();
        created("/api/v1/pledges", "{\"id\": \"xss-formula\", \"donor\": \"Germany\", \"aidType\": \"military\", \"title\": " + quoted(FORMULA)
                + ", \"announced\": \"2023-01-16\", \"lines\": [{\"item\": \"Marder 1A3\", \"quantity\": {\"value\": 2, \"qualifier\": \"exact\"}}],"
                + "\"sources\": [{\"kind\": \"manual\", \"quote\": " + quoted(FORMULA) + "}], \"recordedBy\": \"tester\"}");
        created("/api/v1/pledges/xss-pledge/lines/1/deliveries", "{\"quantity\": 5, \"happened\": \"2023-03-01\", \"route\": " + quoted(IMG)
                + ", \"note\": " + quoted(SCRIPT) + ", \"sources\": " + sources + ", \"recordedBy\": " + quoted(SCRIPT) + ", \"version\": 1}");
        created("/api/v1/pledges/xss-pledge/lines/2/allocations", "{\"quantity\": 3, \"happened\": \"2023-02\", \"note\": " + quoted(IMG)
                + ", \"sources\": [{\"kind\": \"manual\", \"quote\": " + quoted(SCRIPT) + "}], \"recordedBy\": \"tester\", \"version\": 1}");
        created("/api/v1/needs", "{\"id\": \"xss-need\", \"capability\": \"armour\", \"category\": " + quoted(SCRIPT) + ", \"description\": "
                + quoted(SCRIPT + " " + IMG) + ", \"priority\": 1, \"quantity\": {\"value\": 30, \"qualifier\": \"about\"}, \"stated\": \"2023-01\", "
                + "\"sources\": " + sources + ", \"recordedBy\": \"tester\"}");
        created("/api/v1/needs/xss-need/status", "{\"status\": \"partially_met\", \"changedOn\": \"2023-03-01\", \"note\": " + quoted(IMG) + ", \"version\": 1}");

        // an ingested text whose words, name, publisher and address are payloads; one claim rejected with a payload as its reason
        claimText = "BERLIN, 1 February 2023. Germany will send 6 Marder 1A3 " + SCRIPT + " to Ukraine, and " + IMG + " more later.";
        String evidence = "6 Marder 1A3 " + SCRIPT;
        String later = IMG + " more later";
        server.app.review().ingest(new ReviewService.DocumentMeta(SCRIPT + ".txt", "https://example.org/" + SCRIPT, IMG, LocalDate.of(2023, 2, 1),
                "text/plain"), claimText, List.of(
                new ClaimDraft("pledge", "Germany", "Ukraine", "Marder 1A3", null, 6L, null, "exact", null, null, null, evidence,
                        claimText.indexOf(evidence), claimText.indexOf(evidence) + evidence.length(), "test", 0.9),
                new ClaimDraft("pledge", "Germany", "Ukraine", IMG, SCRIPT, null, null, "unspecified", null, null, null, later,
                        claimText.indexOf(later), claimText.indexOf(later) + later.length(), "test", 0.5)), SCRIPT);
        server.refreshIds();
        String rejected = server.column("SELECT c.id FROM claim c WHERE c.evidence = '" + later.replace("'", "''") + "'").get(0);
        HostileServer.Answer reject = server.post("/api/v1/claims/" + rejected + "/reject", "{\"reason\": " + quoted(SCRIPT + IMG)
                + ", \"recordedBy\": " + quoted(IMG) + ", \"version\": 1}");
        assertThat(reject.status()).as(reject.body()).isEqualTo(200);

        // Oryx observations whose names and proof links are payloads, uploaded in a file whose name is a payload
        String csv = "vehicle_name,vehicle_type,supplier,recipient,count,is_delivered,proof\n"
                + csvField(IMG) + "," + csvField(SCRIPT) + ",Germany,Ukraine,3,True," + JS_URL + "\n"
                + "Marder 1A3,Infantry fighting vehicles,Germany,Ukraine,4,True,JavaScript:alert(2)\n";
        HostileServer.Answer upload = server.post("/import", RequestLimitsTest.multipart("xssb", "oryx", SCRIPT + ".csv",
                csv.getBytes(StandardCharsets.UTF_8)), "multipart/form-data; boundary=xssb");
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(upload.body()).doesNotContain("Nothing was imported");
        server.refreshIds();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static com.fasterxml.jackson.databind.JsonNode created(String path, String body) {
        HostileServer.Answer a = server.post(path, body);
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(201);
        return a.json();
    }

    static String quoted(String s) {
        return "\"" + json(s) + "\"";
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String csvField(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The text as jte writes it between tags. */
    static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Every dashboard address over the recorded entities, and each page once more with payloads in its query. */
    static List<String> addresses() {
        Map<String, List<String>> all = everyId();
        Map<String, List<String>> saved = new LinkedHashMap<>(server.ids);
        server.ids.putAll(all);
        try {
            Set<String> out = new LinkedHashSet<>();
            String payloadQuery = "?donor=" + HostileServer.enc(SCRIPT) + "&item=" + HostileServer.enc(IMG) + "&since=" + HostileServer.enc(SCRIPT)
                    + "&pledge=" + HostileServer.enc(SCRIPT) + "&line=" + HostileServer.enc(IMG) + "&status=" + HostileServer.enc(IMG)
                    + "&" + HostileServer.enc(SCRIPT) + "=" + HostileServer.enc(IMG) + "&pledgesPage=" + HostileServer.enc("51." + SCRIPT);
            for (String route : server.routes(HandlerType.GET, false)) {
                for (String address : server.addresses(route)) {
                    out.add(address);
                    out.add(address + payloadQuery);
                }
            }
            return List.copyOf(out);
        } finally {
            server.ids.clear();
            server.ids.putAll(saved);
        }
    }

    static Map<String, List<String>> everyId() {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        ids.put("pledge", server.column("SELECT id FROM pledge ORDER BY id"));
        ids.put("entry", server.column("SELECT CAST(id AS TEXT) FROM ledger_entry WHERE kind <> 'commitment' ORDER BY id"));
        ids.put("need", server.column("SELECT id FROM need ORDER BY id"));
        ids.put("meeting", server.column("SELECT id FROM meeting ORDER BY id"));
        ids.put("source", server.column("SELECT id FROM source ORDER BY id"));
        ids.put("observation", server.column("SELECT id FROM observation ORDER BY id"));
        ids.put("claim", server.column("SELECT id FROM claim ORDER BY id"));
        ids.put("donor", List.of("DEU"));
        ids.put("system", List.of("marder-1a3"));
        return ids;
    }

    static void assertSafe(String address, String html) {
        for (String raw : RAW) assertThat(html).as("%s shows markup from a payload", address).doesNotContain(raw);
        Matcher m = SCRIPT_LINK.matcher(html);
        if (m.find()) {
            throw new AssertionError(address + " links to a script: " + html.substring(Math.max(0, m.start() - 120), Math.min(html.length(), m.end() + 80)));
        }
    }

    @Test
    void everyPageShowsThePayloadsAsTextAndNeverAsMarkup() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (String address : addresses()) {
            HostileServer.Answer a = server.get(address);
            assertThat(a.status()).as(address).isLessThan(500);
            assertSafe(address, a.body());
            if (a.status() == 200) pages.put(address, a.body());
        }
        assertThat(pages.keySet()).as("pages fetched").hasSizeGreaterThan(40);
        String scriptText = escaped(SCRIPT);
        String imgText = escaped(IMG);
        // the texts are on the pages, escaped: the pledge's title and its item text, the meeting's title and place,
        // the need's description, the delivery's note, the sources' titles, the text read for review
        assertThat(pages.get("/provenance/pledge/xss-pledge")).contains(scriptText, imgText);
        assertThat(pages.get("/donors/DEU")).contains(scriptText);
        assertThat(pages.get("/meetings")).contains(scriptText, imgText);
        assertThat(pages.get("/needs")).contains(scriptText);
        assertThat(pages.get("/provenance/need/xss-need")).contains(scriptText, imgText);
        String delivery = server.column("SELECT CAST(id AS TEXT) FROM ledger_entry WHERE kind = 'delivery' AND line_id = 'xss-pledge/1'").get(0);
        assertThat(pages.get("/provenance/entry/" + delivery)).contains(scriptText);
        String claim = server.column("SELECT id FROM claim WHERE evidence LIKE '6 Marder 1A3%'").get(0);
        assertThat(pages.get("/review/" + claim)).contains("Marder 1A3 " + scriptText);
        String proof = server.column("SELECT id FROM observation WHERE url = '" + JS_URL + "'").get(0);
        assertThat(pages.get("/provenance/observation/" + proof)).as("the javascript: proof is shown as text, not as a link")
                .contains("<span class=\"url\">" + JS_URL + "</span>").doesNotContain("href=\"\"");
        // the audit trail shows what was sent, payloads and all, as text
        assertThat(pages.get("/audit")).as("the audit trail page").contains(scriptText);
        // an uploaded file's name is a payload: it is listed among the changes by its last part, made a plain name
        HostileServer.Answer changes = server.get("/changes?since=2000-01-01");
        assertSafe("/changes", changes.body());
        assertThat(changes.body()).contains("oryx file script_.csv: 2 rows");
    }

    @Test
    void downloadsCarryTheTextAsDataAndNoFormula() throws Exception {
        Pattern export = Pattern.compile("href=\"([^\"]*export=[^\"]*format=csv[^\"]*)\"");
        Set<String> downloads = new LinkedHashSet<>();
        for (String page : List.of("/donors/DEU", "/meetings", "/needs", "/provenance/pledge/xss-pledge", "/systems/marder-1a3", "/changes?since=2000-01-01")) {
            Matcher m = export.matcher(server.get(page).body());
            while (m.find()) downloads.add(m.group(1).replace("&amp;", "&"));
        }
        assertThat(downloads).hasSizeGreaterThan(5);
        List<String> cells = new ArrayList<>();
        for (String d : downloads) {
            HostileServer.Answer a = server.get(d);
            assertThat(a.status()).as(d).isEqualTo(200);
            assertThat(a.contentType()).as(d).startsWith("text/csv");
            assertThat(a.headers().firstValue("Content-Disposition").orElse("")).as(d).startsWith("attachment;");
            for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(a.body()))) r.forEach(cells::add);
        }
        assertThat(cells).as("the payloads are data in the downloads").contains(SCRIPT);
        assertThat(cells).as("the formula is kept as text, marked so that no spreadsheet runs it").contains("'" + FORMULA)
                .doesNotContain(FORMULA);
        for (String c : cells) {
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                assertThat(c).as("a cell a spreadsheet would run as a formula").matches("-?[0-9][0-9.,]*%?");
            }
        }
    }
}
