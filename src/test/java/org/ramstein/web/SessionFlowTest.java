package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.access.TestAccounts;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.SignInThrottle;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/** Signing in and out through the pages, the session cookie's flags, CSRF on forms, and slowed guessing. */
class SessionFlowTest {
    static App app;
    static WebServer server;

    @BeforeAll
    static void start() {
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        server = WebServer.start(app, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        app.close();
    }

    static HttpResponse<String> raw(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        TestAccounts.token(app, "cookie", Role.ANALYST, null);
        PageSession anon = PageSession.anonymous(server.port());
        String form = "name=cookie&password=" + PageSession.enc(TestAccounts.PASSWORD) + "&_csrf=" + PageSession.enc(anon.csrf());
        String csrfCookie = "ramstein_csrf=" + anon.csrf();
        HttpResponse<String> plain = raw(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie).POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(plain.statusCode()).isEqualTo(303);
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ramstein_session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure");
        HttpResponse<String> proxied = raw(HttpRequest.newBuilder(uri("/sign-in")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrfCookie).header("X-Forwarded-Proto", "https").POST(HttpRequest.BodyPublishers.ofString(form)));
        String secure = proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ramstein_session=")).findFirst().orElseThrow();
        assertThat(secure).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void formsWithoutTheSessionsTokenAreRefusedAndNothingIsWritten() throws Exception {
        PageSession s = PageSession.signedIn(app, server.port(), "coord-csrf", Role.COORDINATOR, null);
        String meeting = "heldOn=2023-04-21&place=Ramstein&title=" + PageSession.enc("UDCG eleven") + "&format=udcg&"
                + PageSession.enc("sources[0].kind") + "=manual&" + PageSession.enc("sources[0].quote") + "=q";
        assertThat(s.postRaw("/enter/meeting", meeting).statusCode()).isEqualTo(403);
        assertThat(s.postRaw("/enter/meeting", meeting + "&_csrf=forged-token-value").statusCode()).isEqualTo(403);
        assertThat(s.get("/meetings").body()).doesNotContain("UDCG eleven");
        HttpResponse<String> ok = s.post("/enter/meeting", meeting);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(s.get("/meetings").body()).contains("UDCG eleven");
    }

    @Test
    void aProtectedPageSendsThePublicToSignInAndBackAndOnlyToThisSite() throws Exception {
        HttpResponse<String> r = raw(HttpRequest.newBuilder(uri("/review?status=all")));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).isEqualTo("/sign-in?next=%2Freview%3Fstatus%3Dall");
        TestAccounts.token(app, "goer", Role.ANALYST, null);
        PageSession anon = PageSession.anonymous(server.port());
        HttpResponse<String> in = anon.post("/sign-in", "name=goer&password=" + PageSession.enc(TestAccounts.PASSWORD) + "&next=" + PageSession.enc("/review?status=all"));
        assertThat(in.headers().firstValue("Location").orElseThrow()).isEqualTo("/review?status=all");
        for (String evil : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            PageSession other = PageSession.anonymous(server.port());
            HttpResponse<String> out = other.post("/sign-in", "name=goer&password=" + PageSession.enc(TestAccounts.PASSWORD) + "&next=" + PageSession.enc(evil));
            assertThat(out.headers().firstValue("Location").orElseThrow()).as(evil).isEqualTo("/");
        }
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        PageSession s = PageSession.signedIn(app, server.port(), "leaver", Role.ANALYST, null);
        assertThat(s.get("/account").statusCode()).isEqualTo(200);
        assertThat(s.get("/account").body()).contains("leaver");
        assertThat(s.post("/sign-out", "").statusCode()).isEqualTo(303);
        assertThat(s.get("/account").statusCode()).isEqualTo(303);
        assertThat(s.get("/").body()).contains("href=\"/sign-in\"").doesNotContain("leaver");
    }

    @Test
    void guessingIsSlowedAndSaysWhenToTryAgain() throws Exception {
        TestAccounts.token(app, "target", Role.ADMIN, null);
        PageSession anon = PageSession.anonymous(server.port());
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            HttpResponse<String> r = anon.post("/sign-in", "name=target&password=guess" + i);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("user name or password is wrong");
        }
        HttpResponse<String> slowed = anon.post("/sign-in", "name=target&password=" + PageSession.enc(TestAccounts.PASSWORD));
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertThat(slowed.body()).contains("too many failed sign-ins");
        assertThat(app.accounts().user("target").recentFailedSignIns()).isEqualTo(SignInThrottle.FREE_FAILURES);
    }

    @Test
    void aPasswordChangeOnTheAccountPageSignsOutTheOtherSessions() throws Exception {
        PageSession here = PageSession.signedIn(app, server.port(), "changer", Role.RECIPIENT_OFFICER, null);
        PageSession there = PageSession.signedIn(app, server.port(), "changer", Role.RECIPIENT_OFFICER, null);
        HttpResponse<String> mismatch = here.post("/account/password", "currentPassword=" + PageSession.enc(TestAccounts.PASSWORD)
                + "&newPassword=a+brand+new+password&confirmPassword=another+one+entirely");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("does not match");
        HttpResponse<String> ok = here.post("/account/password", "currentPassword=" + PageSession.enc(TestAccounts.PASSWORD)
                + "&newPassword=a+brand+new+password&confirmPassword=a+brand+new+password");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(there.get("/account").statusCode()).isEqualTo(303);
    }

    @Test
    void aTokenMadeOnTheAccountPageWorksUntilRevokedThere() throws Exception {
        PageSession s = PageSession.signedIn(app, server.port(), "scripter", Role.ANALYST, null);
        HttpResponse<String> made = s.post("/account/tokens", "label=nightly");
        assertThat(made.statusCode()).isEqualTo(201);
        var m = java.util.regex.Pattern.compile("<code class=\"secret\">(rst_([0-9a-f]+)_[^<]+)</code>").matcher(made.body());
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        HttpResponse<String> me = raw(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + token));
        assertThat(me.body()).contains("\"name\":\"scripter\"", "\"role\":\"analyst\"");
        assertThat(s.get("/account").body()).doesNotContain(token);
        assertThat(s.post("/account/tokens/" + m.group(2) + "/revoke", "").statusCode()).isEqualTo(200);
        assertThat(raw(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
    }
}
