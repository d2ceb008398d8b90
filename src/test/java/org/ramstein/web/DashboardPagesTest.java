package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * The dashboard's pages as plain HTML, without a browser: long tables come in pages whose links work without
 * JavaScript and keep both clocks, a download gives the whole table, and knownAt replays what the ledger knew.
 */
class DashboardPagesTest {
    static App app;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Instant afterThirty;

    @BeforeAll
    static void start() throws InterruptedException {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
        SourceRef source = new SourceRef(null, SourceKind.WEB, "Polish MoD", "MoD", "https://example.org/pl", LocalDate.of(2023, 1, 1),
                "howitzers for Ukraine", null);
        for (int i = 1; i <= 60; i++) {
            app.ledgerService().recordPledge(new PledgeDraft("pol-" + i, "Poland", AidType.MILITARY, "Package " + i,
                    FuzzyDate.day(LocalDate.of(2023, 1, 1).plusDays(i)), null, null,
                    List.of(new LineDraft("Marder 1A3", null, null, Quantity.exact(i), null, null)), List.of(source), "test"));
            if (i == 30) {
                Thread.sleep(5);
                afterThirty = Instant.now();
                Thread.sleep(5);
            }
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    static PageSession session;

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        if (session == null) session = PageSession.coordinator(app, server.port());
        return session.get(path);
    }

    /** The rows of one table on a page. */
    static int rows(String html, String table) {
        int start = html.indexOf("id=\"t-" + table + "\"");
        assertThat(start).as("table " + table).isPositive();
        String section = html.substring(start, html.indexOf("</section>", start));
        int body = section.indexOf("<tbody>");
        return body < 0 ? 0 : section.substring(body).split("<tr>", -1).length - 1;
    }

    static String link(String html, String text) {
        Matcher m = Pattern.compile("<a[^>]*? href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text)).matcher(html);
        assertThat(m.find()).as("a link '" + text + "'").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    @Test
    void aLongTableComesInPagesWhoseLinksWorkWithoutJavaScript() throws Exception {
        String first = get("/donors/POL").body();
        assertThat(rows(first, "pledges")).isEqualTo(50);
        assertThat(first).contains("Pledges 1–50 of 60").doesNotContain("« First page");
        String next = link(first, "Next 50 pledges");
        assertThat(next).startsWith("/donors/POL?pledgesPage=51.").endsWith("#t-pledges");

        String second = get(next).body();
        assertThat(rows(second, "pledges")).isEqualTo(10);
        assertThat(second).contains("Pledges 51–60 of 60", "Package 60").doesNotContain("Next 50 pledges", ">Package 1<");
        assertThat(get(link(second, "« First page")).body()).contains("Pledges 1–50 of 60");

        // the download is the whole table, whichever page is shown
        HttpResponse<String> csv = get(next.replace("#t-pledges", "") + "&export=pledges&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(61);
    }

    static HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        if (session == null) session = PageSession.coordinator(app, server.port());
        return session.post(path, form);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void withoutJavaScriptAddALineIsAPlainSubmitThatKeepsWhatWasTyped() throws Exception {
        assertThat(get("/enter/pledge").body()).contains("id=\"f-lines-0-item\"").doesNotContain("id=\"f-lines-1-item\"");
        HttpResponse<String> r = postForm("/enter/pledge", "donor=POL&title=" + enc("Typed title") + "&" + enc("lines[0].item") + "=" + enc("Marder 1A3")
                + "&" + enc("lines[0].quantity.value") + "=7&lineSlots=1&addLine=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"f-lines-1-item\"", "value=\"Marder 1A3\"", "value=\"Typed title\"", "name=\"lineSlots\" value=\"2\"")
                .doesNotContain("Nothing was recorded");
        assertThat(get("/donors/POL").body()).doesNotContain("Typed title");

        // a line's error stands beside its field, numbered as the form numbers the line (the empty slots before it are not sent)
        HttpResponse<String> bad = postForm("/enter/pledge", "donor=POL&aidType=military&announced=2023-02-01&lineSlots=3&recordedBy=t"
                + "&" + enc("sources[0].kind") + "=manual&" + enc("sources[0].quote") + "=x"
                + "&" + enc("lines[2].item") + "=" + enc("Marder 1A3") + "&" + enc("lines[2].quantity.qualifier") + "=exact");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("id=\"f-lines-2-quantity-value-err\"").doesNotContain("lines[0].quantity.value: ");

        // a word where a number belongs, after an empty slot: the error stays on its own line, said once
        HttpResponse<String> word = postForm("/enter/pledge", "donor=POL&aidType=military&announced=2023-02-01&lineSlots=3&recordedBy=t"
                + "&" + enc("sources[0].kind") + "=manual&" + enc("sources[0].quote") + "=x"
                + "&" + enc("lines[0].item") + "=" + enc("Marder 1A3") + "&" + enc("lines[0].quantity.value") + "=3"
                + "&" + enc("lines[0].quantity.qualifier") + "=exact&" + enc("lines[2].quantity.qualifier") + "=exact"
                + "&" + enc("lines[2].item") + "=" + enc("Leopard 2A6") + "&" + enc("lines[2].quantity.value") + "=lots");
        assertThat(word.statusCode()).isEqualTo(422);
        assertThat(word.body()).contains("<p class=\"field-error\" id=\"f-lines-2-quantity-value-err\">'lots' is not a whole number</p>")
                .doesNotContain("id=\"f-lines-1-quantity-value-err\"", "id=\"f-lines-1-item-err\"");
    }

    @Test
    void knownAtShowsWhatTheLedgerHadRecordedAndEveryLinkKeepsIt() throws Exception {
        String at = afterThirty.truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        String then = get("/donors/POL?knownAt=" + at + "&asOf=2024-01-01").body();
        assertThat(rows(then, "pledges")).isEqualTo(30);
        assertThat(then).contains("as the ledger knew it at").doesNotContain("Package 31<");
        // every internal link and form carries both clocks
        assertThat(link(then, "Systems")).contains("asOf=2024-01-01", "knownAt=" + at.replace(":", "%3A"));
        assertThat(then).contains("name=\"knownAt\" value=\"" + afterThirty.toString().substring(0, 19) + "\"");
        assertThat(link(then, "show latest")).isEqualTo("/donors/POL");

        // the browser's date-and-time control sends local time without a zone: read as UTC
        assertThat(rows(get("/donors/POL?knownAt=2000-01-01T10:00").body(), "pledges")).isZero();
        assertThat(get("/donors/POL?knownAt=2000-01-01T10:00").body()).contains("No pledges recorded for Poland as the ledger knew it at 2000-01-01 10:00:00 UTC");
        // a date: what was known by the end of that day
        assertThat(rows(get("/donors/POL?knownAt=2999-01-01").body(), "pledges")).isEqualTo(50);

        HttpResponse<String> bad = get("/donors/POL?knownAt=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("knownAt", "is not an instant");
    }
}
