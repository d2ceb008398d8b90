package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

class UnexpectedFailureTest {

    @Test
    void aFailureThatIsNotTheUsersIsA500ProblemWithoutATrace() throws Exception {
        App app = new App(TestDatabases.sqlite(), RecordingClock.system());
        try (WebServer server = WebServer.start(app, 0)) {
            app.close(); // the database goes away under a running server
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/v1/pledges")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("\"status\":500").doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Hikari");
        }
    }
}
