package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * The review pages as plain HTML, without a browser: the queue comes in pages whose links work without JavaScript, its
 * filters are links, and every decision is an ordinary form post — refused with 422 and the error beside its field,
 * done with 303 to the next claim waiting, refused with 409 once the claim is decided.
 */
class ReviewPagesTest {
    static App app;
    static WebServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String earlier;

    @BeforeAll
    static void start() {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
        earlier = ReviewFixtures.load(app);
        // a long bulletin: 45 claims, one per sentence, to page through
        StringBuilder text = new StringBuilder("Weekly bulletin. ");
        List<String> words = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            String w = (100 + i) + " Marder infantry fighting vehicles";
            words.add(w);
            text.append("Item ").append(i).append(": ").append(w).append(" were mentioned. ");
        }
        String body = text.toString();
        List<ClaimDraft> claims = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            claims.add(new ClaimDraft("pledge", "Germany", "Ukraine", "Marder", null, 101L + i, null, "exact", null, null, null, words.get(i),
                    null, null, "bulletin", 0.5));
        }
        app.review().ingest(new ReviewService.DocumentMeta("bulletin.txt", null, "Bulletin", LocalDate.of(2024, 1, 8), null), body, claims, "fixture");
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

    static HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        if (session == null) session = PageSession.coordinator(app, server.port());
        return session.post(path, form);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static int cards(String html) {
        return html.split("<article class=\"claim ", -1).length - 1;
    }

    static String link(String html, String text) {
        Matcher m = Pattern.compile("<a[^>]*? href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text)).matcher(html);
        assertThat(m.find()).as("a link '" + text + "'").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    static Claim claim(String evidence) {
        return app.review().queue(null, 1000, Audience.EVERYTHING).stream().filter(c -> c.draft().evidence().equals(evidence)).findFirst().orElseThrow();
    }

    static long count(String table) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void theQueueComesInPagesAndFiltersWhoseLinksWorkWithoutJavaScript() throws Exception {
        String first = get("/review").body();
        assertThat(cards(first)).isEqualTo(20);
        assertThat(first).contains("Claims 1–20 of ", "href=\"/review\" aria-current=\"page\"").doesNotContain("« First page");
        String next = link(first, "Next 20 claims");
        assertThat(next).startsWith("/review?claimsPage=21").endsWith("#t-claims");
        String second = get(next).body();
        assertThat(cards(second)).isEqualTo(20);
        assertThat(second).contains("Claims 21–40 of ");
        String third = get(link(second, "Next 20 claims")).body();
        long pending = app.review().count(true);
        assertThat(cards(third)).isEqualTo((int) (pending - 40));
        assertThat(third).doesNotContain("Next 20 claims");
        assertThat(get(link(third, "« First page")).body()).contains("Claims 1–20 of ");

        // the filters are links, each with its count; a page of one filter is not carried to another
        assertThat(link(second, "Decided")).isEqualTo("/review?status=decided");
        assertThat(link(second, "All")).isEqualTo("/review?status=all");
        HttpResponse<String> bad = get("/review?status=maybe");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("status", "is not one of pending, decided, all");
        assertThat(get("/review/cl-nothing").statusCode()).isEqualTo(404);

        // the evidence stands highlighted in its own sentence, not its neighbours'
        Claim one = claim("101 Marder infantry fighting vehicles");
        assertThat(get("/review/" + one.id()).body()).contains("<blockquote class=\"evidence\">Item 1: <mark>101 Marder infantry fighting vehicles</mark> "
                + "were mentioned.\n</blockquote>");
    }

    @Test
    void everyDecisionIsAPlainFormPostRefusedBesideItsFieldOrDoneAndOnToTheNextClaim() throws Exception {
        Claim tanks = claim(ReviewFixtures.TANKS);
        String page = get("/review/" + tanks.id()).body();
        assertThat(page).contains("<mark id=\"evidence\">" + ReviewFixtures.TANKS + "</mark>", "name=\"quantity\" value=\"8\"",
                "action=\"/review/" + tanks.id() + "/accept#decide\"", "<input type=\"hidden\" name=\"version\" value=\"1\">");
        long pledges = count("pledge");

        // a word for a number: 422, the error beside the field, what was typed kept, nothing recorded
        String form = "kind=pledge&donor=Norway&item=" + enc("Leopard 2A4") + "&category=main_battle_tank&qualifier=exact&quantity=eight"
                + "&evidence=" + enc(ReviewFixtures.TANKS) + "&recordedBy=tester&version=1";
        HttpResponse<String> refused = post("/review/" + tanks.id() + "/accept", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("<p class=\"field-error\" id=\"f-quantity-err\">'eight' is not a whole number</p>", "value=\"eight\"")
                .as("the reviewer is the signed-in user, not a name typed in").doesNotContain("name=\"recordedBy\"");
        // words the text does not hold are refused beside the evidence (a textarea's CR LF is the text's LF)
        HttpResponse<String> invented = post("/review/" + tanks.id() + "/accept", form.replace("quantity=eight", "quantity=8")
                .replace(enc(ReviewFixtures.TANKS), enc("80 Leopard 2A4 tanks")));
        assertThat(invented.statusCode()).isEqualTo(422);
        assertThat(invented.body()).contains("id=\"f-evidence-err\"");
        assertThat(count("pledge")).isEqualTo(pledges);

        HttpResponse<String> accepted = post("/review/" + tanks.id() + "/accept", form.replace("quantity=eight", "quantity=8"));
        assertThat(accepted.statusCode()).isEqualTo(303);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/review/cl-[^?]+\\?done=" + tanks.id() + "#main");
        assertThat(count("pledge")).isEqualTo(pledges + 1);
        String pledgeId = app.review().store().claim(tanks.id()).orElseThrow().review().pledgeId();
        assertThat(get(location.replace("#main", "")).body()).contains("accepted: a pledge was recorded", "href=\"/provenance/pledge/" + pledgeId + "\"",
                "Decided by coordinator");
        // its sources panel, as a page: the text's source with the claim's words as the quote
        String panel = get("/provenance/pledge/" + pledgeId).body();
        assertThat(panel).contains("<mark>" + ReviewFixtures.TANKS + "</mark>", "href=\"" + ReviewFixtures.URL + "\"", "Example Wire",
                "published 2023-03-14");

        // once decided, a decision made on the page as it was is refused with 409 saying who decided it and how; the page
        // shows what was decided
        HttpResponse<String> again = post("/review/" + tanks.id() + "/reject", "reason=late&recordedBy=someone&version=1");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("this claim has already been decided", "has changed since version 1 was read; it is now at version 2",
                "version 2: accepted: recorded as pledge " + pledgeId + ", by coordinator").doesNotContain("id=\"reject\"");
        HttpResponse<String> unversioned = post("/review/" + tanks.id() + "/reject", "reason=late&recordedBy=someone");
        assertThat(unversioned.statusCode()).isEqualTo(409);
        assertThat(unversioned.body()).contains("was already accepted by coordinator");

        // reject: the reason is required
        Claim intent = claim(ReviewFixtures.INTENT);
        HttpResponse<String> noReason = post("/review/" + intent.id() + "/reject", "reason=+&recordedBy=tester&version=1");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("<p class=\"field-error\" id=\"f-reject-reason-err\">a rejection must say why</p>");
        assertThat(post("/review/" + intent.id() + "/reject", "reason=" + enc("an intention") + "&recordedBy=tester&version=1").statusCode()).isEqualTo(303);

        // attach: a pledge id that is not recorded is refused beside the field, and leaves nothing behind
        Claim money = claim(ReviewFixtures.MONEY);
        assertThat(get("/review/" + money.id()).body()).contains("value=\"" + earlier + "\"", "both a sum of money");
        HttpResponse<String> unknown = post("/review/" + money.id() + "/attach", "otherPledgeId=pl-none&recordedBy=tester&version=1");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("<p class=\"field-error\" id=\"f-attach-otherPledgeId-err\">no pledge 'pl-none' is recorded</p>",
                "value=\"pl-none\"");
        assertThat(count("pledge")).isEqualTo(pledges + 1);
        HttpResponse<String> none = post("/review/" + money.id() + "/attach", "recordedBy=tester&version=1");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(none.body()).contains("id=\"f-attach-pledgeId-err\"");
        HttpResponse<String> attached = post("/review/" + money.id() + "/attach", "pledgeId=" + enc(earlier) + "&recordedBy=tester&version=1");
        assertThat(attached.statusCode()).isEqualTo(303);
        assertThat(app.review().store().claim(money.id()).orElseThrow().review().decision()).isEqualTo(Claim.Decision.ATTACHED);
    }

    @Test
    void aDecisionSentWithoutTheClaimsVersionShowsTheClaimAsItStandsAndIsTakenWhenSentAgain() throws Exception {
        Claim listed = claim("145 Marder infantry fighting vehicles");
        String form = "reason=" + enc("a list, not a pledge") + "&recordedBy=tester";
        HttpResponse<String> unversioned = post("/review/" + listed.id() + "/reject", form);
        assertThat(unversioned.statusCode()).isEqualTo(428);
        assertThat(unversioned.body()).contains("Nothing was recorded yet:", "is at version 1 (read in bulletin.txt, by fixture",
                "<input type=\"hidden\" name=\"version\" value=\"1\">", ">a list, not a pledge</textarea>");
        assertThat(app.review().store().claim(listed.id()).orElseThrow().pending()).isTrue();
        assertThat(post("/review/" + listed.id() + "/reject", form + "&version=1").statusCode()).isEqualTo(303);
        assertThat(app.review().store().claim(listed.id()).orElseThrow().version()).isEqualTo(2);
    }
}
