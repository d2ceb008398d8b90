package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.demo.DemoData;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * Prints how long each dashboard page takes to render on the server and how large it is, with the demo data (a figure
 * to watch, never asserted: timings depend on the machine). Checks only that every page answers 200 as HTML.
 */
class RenderTimesTest {

    @Test
    void printsServerRenderTimes() throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            DemoData.load(app);
            WebServer server = WebServer.start(app, 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String auth = org.ramstein.access.TestAccounts.coordinator(app);
                List<String> lines = new ArrayList<>();
                for (String[] page : DashboardBrowserTest.PAGES) {
                    long[] nanos = new long[7];
                    int size = 0;
                    for (int i = 0; i < nanos.length; i++) {
                        long t = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + page[1]))
                                        .header("Authorization", auth).build(),
                                HttpResponse.BodyHandlers.ofString());
                        nanos[i] = System.nanoTime() - t;
                        assertThat(r.statusCode()).as(page[1]).isEqualTo(200);
                        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
                        size = r.body().length();
                    }
                    java.util.Arrays.sort(nanos);
                    lines.add(String.format(java.util.Locale.ROOT, "  %-28s median %6.1f ms  %,9d chars", page[1], nanos[nanos.length / 2] / 1e6, size));
                }
                System.out.println("dashboard render times (demo data, SQLite, after one warm-up request):");
                lines.forEach(System.out::println);
            } finally {
                server.close();
            }
        }
    }
}
