package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.access.domain.Role;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.ledger.LedgerQueries;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/** The correction forms carry the version they were shown on: a stale one is the error page saying what changed, none is asked again. */
class VersionedFormsTest {
    static App app;
    static WebServer server;

    @BeforeAll
    static void start() {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
        for (String id : List.of("f-1", "f-2", "f-3")) {
            app.ledgerService().recordPledge(new PledgeDraft(id, "Germany", AidType.MILITARY, "Marders", FuzzyDate.day(LocalDate.of(2023, 1, 5)), null,
                    Visibility.PUBLIC, List.of(new LineDraft("Marder 1A3", null, null, Quantity.exact(40), null, null)), List.of(SourceRef.manual(null)),
                    "fixture"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    static final Map<String, PageSession> SESSIONS = new HashMap<>();

    /** {@code who}, a coordinator signed in through the form: what they record is recorded under their name. */
    static PageSession as(String who) throws Exception {
        PageSession s = SESSIONS.get(who);
        if (s == null) {
            s = PageSession.signedIn(app, server.port(), who, Role.COORDINATOR, null);
            SESSIONS.put(who, s);
        }
        return s;
    }

    static HttpResponse<String> get(String path) throws Exception {
        return as("coordinator").get(path);
    }

    static HttpResponse<String> post(String who, String path, String form) throws Exception {
        return as(who).post(path, form);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long lineVersion(String pledge) {
        return new LedgerQueries(app.database().jdbi(), app.catalog()).pledge(pledge, TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).version();
    }

    static String delivery(String pledge) {
        return "kind=delivery&pledge=" + pledge + "&line=1&quantity=4&happened=2023-03&" + enc("sources[0].kind") + "=manual";
    }

    static final String HIDDEN = "<input type=\"hidden\" name=\"version\" value=\"%d\">";

    @Test
    void aDeliveryFormCarriesTheLinesVersionAndAStaleOneShowsWhatChanged() throws Exception {
        String form = get("/enter/delivery?pledge=f-1&line=1").body();
        assertThat(form).contains(HIDDEN.formatted(1));

        HttpResponse<String> alice = post("alice", "/enter/delivery", delivery("f-1") + "&version=1");
        assertThat(alice.statusCode()).isEqualTo(303);
        assertThat(lineVersion("f-1")).isEqualTo(2);

        // bob's form was shown at version 1 too: the error page says what alice did, and nothing is recorded
        HttpResponse<String> bob = post("bob", "/enter/delivery", delivery("f-1") + "&version=1");
        assertThat(bob.statusCode()).isEqualTo(409);
        assertThat(bob.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(bob.body()).contains("pledge line 'f-1/1' has changed since version 1 was read; it is now at version 2", "version 2: delivery of 4",
                "by alice").doesNotContain("Internal error");
        assertThat(lineVersion("f-1")).isEqualTo(2);

        // a link that names the version its page showed is kept as given
        assertThat(get("/enter/delivery?pledge=f-1&line=1&version=1").body()).contains(HIDDEN.formatted(1));
        assertThat(get("/enter/delivery?pledge=f-1&line=1").body()).contains(HIDDEN.formatted(2));
    }

    @Test
    void aFormSentWithoutAVersionShowsWhereTheSubjectStandsAndIsTakenWhenSentAgain() throws Exception {
        HttpResponse<String> typed = post("carol", "/enter/delivery", delivery("f-2"));
        assertThat(typed.statusCode()).isEqualTo(428);
        assertThat(typed.body()).contains("Nothing was recorded yet:", "is at version 1 (line recorded, by fixture", HIDDEN.formatted(1),
                "name=\"quantity\" value=\"4\"").doesNotContain("name=\"recordedBy\"");
        assertThat(lineVersion("f-2")).isEqualTo(1);
        HttpResponse<String> tampered = post("carol", "/enter/delivery", delivery("f-2") + "&version=abc");
        assertThat(tampered.statusCode()).isEqualTo(422);
        assertThat(tampered.body()).contains("<li>version: 'abc' is not a whole number</li>");
        assertThat(post("carol", "/enter/delivery", delivery("f-2") + "&version=1").statusCode()).isEqualTo(303);
        assertThat(lineVersion("f-2")).isEqualTo(2);
    }

    @Test
    void aReversalAndARestatementAreMadeOnTheVersionTheirFormShowed() throws Exception {
        long entry = app.ledgerService().recordEntry(new org.ramstein.ledger.domain.EntryDraft(org.ramstein.ledger.domain.EntryKind.DELIVERY, "f-3/1",
                2L, null, FuzzyDate.parse("2023-04"), null, null, List.of(SourceRef.manual(null)), "fixture"));
        assertThat(get("/correct/entry?entry=" + entry).body()).contains(HIDDEN.formatted(1));
        String reversal = "entry=" + entry + "&reason=" + enc("typed twice") + "&version=1";
        assertThat(post("dave", "/correct/entry", reversal).statusCode()).isEqualTo(303);
        HttpResponse<String> again = post("erin", "/correct/entry", reversal);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("entry #" + entry + " has changed since version 1 was read", "reversed by entry #", "by dave");

        long line = lineVersion("f-3");
        assertThat(get("/correct/commitment?pledge=f-3&line=1").body()).contains(HIDDEN.formatted(line));
        String restate = "pledge=f-3&line=1&" + enc("quantity.qualifier") + "=exact&" + enc("quantity.value") + "=44&reason=" + enc("final figure")
                + "&" + enc("sources[0].kind") + "=manual&version=";
        HttpResponse<String> stale = post("frank", "/correct/commitment", restate + (line - 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("delivery #" + entry + " of 2 reversed", "by dave");
        assertThat(post("frank", "/correct/commitment", restate + line).statusCode()).isEqualTo(303);
        assertThat(lineVersion("f-3")).isEqualTo(line + 1);
    }
}
