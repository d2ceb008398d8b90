package org.ramstein.extract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Claim;
import org.ramstein.extract.domain.Markup;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.ClaimDraft;

/**
 * Texts into the review queue: each file (or web page of a URL list) is read once, its claims extracted, and both
 * stored by {@link ReviewService#ingest}; the same text again changes nothing. A first line of the form
 * "SOURCE: url | DATE: yyyy-mm-dd | PUBLISHER: name", or a dateline "date yyyy-mm-dd ...", gives the text's origin;
 * options given by the user win over it.
 */
public final class IngestService {
    private static final Pattern DATELINE = Pattern.compile("(?i)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b.*");
    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*SOURCE:\\s*(\\S+)\\s*\\|\\s*DATE:\\s*([0-9-]+)\\s*\\|\\s*PUBLISHER:\\s*(.+?)\\s*$");

    private final ExtractService extract;
    private final ReviewService review;

    public IngestService(ExtractService extract, ReviewService review) {
        this.extract = extract;
        this.review = review;
    }

    /** What the user says of the texts; null fields are read from each text's header line, where it has one. */
    public record Origin(String url, String publisher, LocalDate publishedOn) {
        public static final Origin NONE = new Origin(null, null, null);
    }

    public record Ingested(String name, ReviewService.IngestResult result) {
    }

    /** Files, folders (their .txt, .md and .html files) and URL lists (.urls: one http(s) address a line). */
    public List<Ingested> ingest(List<Path> inputs, Origin origin, String recordedBy) throws IOException {
        List<Ingested> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isRegularFile(in) && in.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".urls")) {
                for (String url : urls(in)) out.add(ingestUrl(url, origin, recordedBy));
                continue;
            }
            for (ExtractService.Document d : extract.read(List.of(in))) {
                String mediaType = mediaType(d.name());
                out.add(new Ingested(d.name(), ingestText(d.name(), d.text(), mediaType, origin, recordedBy)));
            }
        }
        return out;
    }

    Ingested ingestUrl(String url, Origin origin, String recordedBy) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException(url, "cannot be fetched: " + e.getMessage());
        }
        if (r.statusCode() / 100 != 2) throw new ValidationException(url, "answered HTTP " + r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("text/plain").toLowerCase(Locale.ROOT);
        boolean html = type.contains("html");
        String text = html ? Markup.html(r.body()) : Markup.plain(r.body());
        Origin withUrl = new Origin(origin.url() != null ? origin.url() : url, origin.publisher(), origin.publishedOn());
        return new Ingested(url, ingestText(url, text, html ? "text/html" : "text/plain", withUrl, recordedBy));
    }

    ReviewService.IngestResult ingestText(String name, String text, String mediaType, Origin origin, String recordedBy) {
        Origin header = header(text);
        Origin o = new Origin(origin.url() != null ? origin.url() : header.url(),
                origin.publisher() != null ? origin.publisher() : header.publisher(),
                origin.publishedOn() != null ? origin.publishedOn() : header.publishedOn());
        List<ClaimDraft> drafts = new ArrayList<>();
        for (Claim c : extract.extractor().extract(name, text)) drafts.add(draft(c));
        return review.ingest(new ReviewService.DocumentMeta(name, o.url(), o.publisher(), o.publishedOn(), mediaType), text, drafts, recordedBy);
    }

    static ClaimDraft draft(Claim c) {
        return new ClaimDraft(c.kind(), c.donor(), c.recipient(), c.item(), c.category(), c.quantity(), c.quantityMax(), c.qualifier(), c.value(),
                c.currency(), c.unit(), c.evidence(), c.start(), c.end(), c.rule(), c.confidence());
    }

    /** The origin a text states in its first line, if it has such a line. */
    static Origin header(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        Matcher dateline = DATELINE.matcher(first);
        if (dateline.matches()) return new Origin(null, null, LocalDate.parse(dateline.group(1)));
        Matcher m = HEADER.matcher(first);
        if (!m.matches()) return Origin.NONE;
        LocalDate on = null;
        try {
            on = LocalDate.parse(m.group(2));
        } catch (DateTimeParseException ignored) {
            // an unreadable date is left unknown rather than guessed
        }
        String url = m.group(1).matches("(?i)https?://\\S+") ? m.group(1) : null;
        return new Origin(url, m.group(3), on);
    }

    static List<String> urls(Path list) throws IOException {
        List<String> urls = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(list)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (!t.matches("(?i)https?://\\S+")) throw new ValidationException(list.getFileName() + " line " + n, "'" + t + "' is not an http(s) address");
            urls.add(t);
        }
        return urls;
    }

    static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) return "text/html";
        if (n.endsWith(".md") || n.endsWith(".markdown")) return "text/markdown";
        return "text/plain";
    }
}
