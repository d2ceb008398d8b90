package org.ramstein.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ramstein.catalog.ReferenceData;
import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ValidationException;
import org.ramstein.extract.domain.Claim;
import org.ramstein.extract.domain.ClaimExtractor;
import org.ramstein.extract.domain.ClaimScorer;
import org.ramstein.extract.domain.AsciiDoc;
import org.ramstein.extract.domain.DelimitedTables;
import org.ramstein.extract.domain.Markup;
import org.ramstein.extract.domain.PrintedPages;
import org.ramstein.extract.domain.RichText;
import org.ramstein.ledger.domain.Donor;

/**
 * Reads texts (plain text, Markdown, HTML), extracts their claims, writes them as JSON lines, and scores them against
 * labelled claims. Offsets of plain texts are offsets into the file; of Markdown and HTML, into the text after markup
 * removal ({@link Markup}).
 */
public final class ExtractService {

    /** A text to read: its name (relative to the folder given) and its text. */
    public record Document(String name, String text) {
    }

    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "html", "htm", "wiki", "mediawiki", "srt", "vtt", "xml", "rss", "atom",
            "csv", "tsv", "adoc", "asciidoc", "diff", "patch", "rtf", "ipynb", "docx", "odt", "eml", "ics");

    private final ClaimExtractor extractor;
    private final CatalogIndex index;
    private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    public ExtractService(List<CatalogItem> catalog, List<Donor> donors) {
        this.extractor = new ClaimExtractor(catalog, donors);
        this.index = new CatalogIndex(catalog);
    }

    /** With the catalogue and donor list the project ships. */
    public static ExtractService bundled() {
        return new ExtractService(ReferenceData.bundledCatalog(), ReferenceData.bundledDonors());
    }

    public ClaimExtractor extractor() {
        return extractor;
    }

    /** The texts of files and folders (folders: every file inside whose extension is one of {@link #TEXT_EXTENSIONS}, by name). */
    public List<Document> read(List<Path> inputs) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(in)) {
                    files = s.filter(Files::isRegularFile).filter(p -> TEXT_EXTENSIONS.contains(extension(p))).sorted().toList();
                }
                for (Path f : files) out.add(new Document(in.relativize(f).toString().replace('\\', '/'), textOf(f)));
            } else if (Files.isRegularFile(in)) {
                out.add(new Document(in.getFileName().toString(), textOf(in)));
            } else {
                throw new ValidationException(in.toString(), "is neither a file nor a folder");
            }
        }
        return out;
    }

    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The text the extractor reads: markup removed from HTML, Markdown, AsciiDoc and wiki pages, spreadsheets' exports as tables, plain text as it is. */
    public static String textOf(Path file) throws IOException {
        return textOf(Files.readAllBytes(file), extension(file), file.getFileName().toString());
    }

    /** A file's text by its kind (its extension); {@code name} names it in errors. Mail attachments are read the same way. */
    static String textOf(byte[] bytes, String extension, String name) {
        return switch (extension) {
            case "docx" -> PrintedPages.withoutLigatures(WordText.text(bytes, name));
            case "odt" -> PrintedPages.withoutLigatures(OpenDocumentText.text(bytes, name));
            case "eml" -> MailText.text(bytes, name);
            default -> textOf(decode(bytes), extension, name);
        };
    }

    /** A text's text by its kind: markup removed, spreadsheets' exports as tables, plain text as it is. */
    static String textOf(String text, String extension, String name) {
        String raw = PrintedPages.withoutLigatures(text);
        return switch (extension) {
            case "html", "htm" -> Markup.html(raw);
            case "md", "markdown" -> Markup.markdown(raw);
            case "wiki", "mediawiki" -> Markup.wikitext(raw);
            case "xml", "rss", "atom" -> Markup.xml(raw);
            case "csv", "tsv" -> DelimitedTables.table(raw, extension.equals("tsv"));
            case "adoc", "asciidoc" -> AsciiDoc.text(raw);
            case "rtf" -> RichText.text(raw);
            case "ipynb" -> NotebookText.text(raw, name);
            case "ics" -> CalendarText.text(raw, name);
            default -> Markup.plain(raw);
        };
    }

    private static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Claim> extract(Document d) {
        return extractor.extract(d.name(), d.text());
    }

    public List<Claim> extractAll(List<Document> docs) {
        List<Claim> out = new ArrayList<>();
        for (Document d : docs) out.addAll(extract(d));
        return out;
    }

    /** One claim as a JSON object in the corpus schema, plus start, end, rule and confidence. */
    public String toJson(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", c.file());
        m.put("donor", c.donor());
        m.put("recipient", c.recipient());
        m.put("kind", c.kind());
        m.put("item", c.item());
        m.put("category", c.category());
        m.put("quantity", c.quantity());
        m.put("quantity_max", c.quantityMax());
        m.put("qualifier", c.qualifier());
        m.put("value", c.value() == null ? null : c.value().stripTrailingZeros().scale() <= 0 ? c.value().toBigIntegerExact() : c.value());
        m.put("currency", c.currency());
        m.put("unit", c.unit());
        m.put("evidence", c.evidence());
        m.put("start", c.start());
        m.put("end", c.end());
        m.put("rule", c.rule());
        m.put("confidence", c.confidence());
        if (c.quantityText() != null) m.put("quantity_text", c.quantityText());
        try {
            return json.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Labelled claims, one JSON object a line; offsets are found from the evidence where the text is known. */
    public List<Claim> readClaims(Path jsonl, Map<String, String> texts) throws IOException {
        List<Claim> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) continue;
            JsonNode n = parse(l, jsonl, line);
            String file = text(n, "file");
            String evidence = text(n, "evidence");
            int start = -1;
            int end = -1;
            String t = texts.get(file);
            if (t != null && evidence != null) {
                start = t.indexOf(evidence);
                if (start >= 0) end = start + evidence.length();
            }
            out.add(new Claim(file, text(n, "donor"), text(n, "recipient"), text(n, "kind"), text(n, "item"), text(n, "category"),
                    whole(n, "quantity", jsonl, line), whole(n, "quantity_max", jsonl, line), text(n, "qualifier"), decimal(n, "value"), text(n, "currency"),
                    text(n, "unit"), evidence, start, end, "label", 1.0, text(n, "quantity_text")));
        }
        return out;
    }

    public List<ClaimScorer.Negative> readNegatives(Path jsonl) throws IOException {
        List<ClaimScorer.Negative> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) continue;
            JsonNode n = parse(l, jsonl, line);
            out.add(new ClaimScorer.Negative(text(n, "file"), text(n, "span"), text(n, "reason"), text(n, "severity")));
        }
        return out;
    }

    private JsonNode parse(String l, Path file, int line) {
        try {
            JsonNode n = json.readTree(l);
            if (!n.isObject()) throw new ValidationException(file.getFileName() + " line " + line, "is not a JSON object");
            return n;
        } catch (IOException e) {
            throw new ValidationException(file.getFileName() + " line " + line, "is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A count, which the label schema says is a whole number: "0.4" is refused, not read as 0. */
    private static Long whole(JsonNode n, String f, Path file, int line) {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || v.decimalValue().stripTrailingZeros().scale() > 0) {
            throw new ValidationException(file.getFileName() + " line " + line + " field " + f, "is " + v + "; a count is a whole number or null");
        }
        return v.asLong();
    }

    private static BigDecimal decimal(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isNumber() ? null : v.decimalValue();
    }

    /** The scorer, resolving items through the catalogue and donors through the donor list. */
    public ClaimScorer scorer() {
        return new ClaimScorer(this::itemId, name -> extractor.donors().codes(name));
    }

    /** The catalogue entry an item names: its name or alias (singular or plural), else a system named inside it. */
    public Optional<String> itemId(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return resolved.computeIfAbsent(name, n -> {
            Optional<CatalogItem> hit = index.resolve(n);
            if (hit.isEmpty()) hit = index.resolve(n + "s");
            if (hit.isEmpty() && n.endsWith("s")) hit = index.resolve(n.substring(0, n.length() - 1));
            if (hit.isEmpty()) hit = index.findIn(n);
            return hit.filter(i -> !i.category().equals("funding")).map(CatalogItem::id);
        });
    }

    public ClaimScorer.Report score(List<Document> docs, Path gold, Path negatives) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Document d : docs) texts.put(d.name(), d.text());
        List<Claim> labels = readClaims(gold, texts);
        List<ClaimScorer.Negative> negs = negatives == null ? List.of() : readNegatives(negatives);
        return scorer().score(labels, extractAll(docs), negs, texts);
    }
}
