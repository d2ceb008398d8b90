package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.sources.domain.Claim;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

class IngestServiceTest {

    @Test
    void aTextsFirstLineMayGiveItsOrigin() {
        var h = IngestService.header("SOURCE: https://example.org/a | DATE: 2023-02-01 | PUBLISHER: Example Wire\nbody");
        assertThat(h).isEqualTo(new IngestService.Origin("https://example.org/a", "Example Wire", LocalDate.of(2023, 2, 1)));
        assertThat(IngestService.header(" date 2023-01-15 The secretary general said...").publishedOn()).isEqualTo(LocalDate.of(2023, 1, 15));
        assertThat(IngestService.header("Oslo, 14 March. Norway will send tanks.")).isEqualTo(IngestService.Origin.NONE);
        assertThat(IngestService.header("SOURCE: not-a-url | DATE: someday | PUBLISHER: X").url()).isNull();
    }

    @Test
    void filesAndWebPagesAreStoredOnceWithTheirClaimsQueued(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("oslo.txt"), "SOURCE: https://example.org/oslo | DATE: 2023-03-14 | PUBLISHER: Example Wire\n"
                + "Norway will send 8 Leopard 2A4 tanks to Ukraine, the defence ministry said on Tuesday.\n");
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/news", ex -> {
            byte[] page = "<html><body><script>var x = 1;</script><p>Germany will send 40 Marder infantry fighting vehicles to Ukraine.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        web.start();
        String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/news";
        Files.writeString(dir.resolve("pages.urls"), "# one address a line\n" + url + "\n");
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            IngestService ingest = new IngestService(ExtractService.bundled(), app.review());
            var first = ingest.ingest(List.of(dir.resolve("oslo.txt"), dir.resolve("pages.urls")), IngestService.Origin.NONE, "tester");
            assertThat(first).extracting(i -> i.result().alreadyIngested()).containsExactly(false, false);
            assertThat(first).allMatch(i -> i.result().claims() >= 1);
            List<Claim> queue = app.review().queue(true, 50, Audience.EVERYTHING);
            Claim leopards = queue.stream().filter(c -> "leopard-2a4".equals(c.itemId())).findFirst().orElseThrow();
            var doc = app.review().store().document(leopards.sourceId()).orElseThrow();
            assertThat(doc.url()).isEqualTo("https://example.org/oslo");
            assertThat(doc.publisher()).isEqualTo("Example Wire");
            assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2023, 3, 14));
            Claim marders = queue.stream().filter(c -> "marder-1a3".equals(c.itemId())).findFirst().orElseThrow();
            var page = app.review().store().document(marders.sourceId()).orElseThrow();
            assertThat(page.url()).isEqualTo(url);
            assertThat(page.mediaType()).isEqualTo("text/html");
            assertThat(page.body()).doesNotContain("<p>").doesNotContain("var x").contains(marders.draft().evidence());

            var again = ingest.ingest(List.of(dir), IngestService.Origin.NONE, "tester");
            assertThat(again).extracting(i -> i.result().alreadyIngested()).containsOnly(true);
            assertThat(app.review().queue(true, 50, Audience.EVERYTHING)).hasSameSizeAs(queue);

            Files.writeString(dir.resolve("bad.urls"), url + "\nftp://example.org/x\n");
            assertThatThrownBy(() -> ingest.ingest(List.of(dir.resolve("bad.urls")), IngestService.Origin.NONE, "tester"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("bad.urls line 2"));
        } finally {
            web.stop(0);
        }
    }
}
