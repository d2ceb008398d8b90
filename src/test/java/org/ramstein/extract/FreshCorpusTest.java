package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ramstein.extract.domain.Claim;
import org.ramstein.extract.domain.ClaimScorer;

/**
 * The extractor scored through the real scorer against the project's own labelled texts (src/test/resources/extract/fresh):
 * seven parts of news texts, statements, think-tank notes and web pages, labelled in the corpus schema with their
 * must-not-extract spans. The targets sit a little below what the extractor reaches, so that a regression fails.
 */
class FreshCorpusTest {

    static final ExtractService SERVICE = ExtractService.bundled();

    static Path half(String name) throws Exception {
        return Path.of(FreshCorpusTest.class.getResource("/extract/fresh/" + name).toURI());
    }

    @ParameterizedTest(name = "part {0}: full precision >= {1}, item recall >= {2}")
    @CsvSource({"a, 0.95, 0.94", "b, 0.95, 0.94", "c, 0.82, 0.80", "d, 0.82, 0.84", "e, 0.92, 0.80", "f, 0.85, 0.85", "g, 0.95, 0.95",
        "h, 0.95, 0.95", "i, 0.95, 0.95", "j, 0.95, 0.95",
        "k, 0.92, 0.90", "l, 0.95, 0.93", "m, 0.90, 0.95",
        "n, 0.95, 0.95", "o, 0.93, 0.95", "p, 0.93, 0.91", "q, 0.95, 0.94", "r, 0.95, 0.88", "s, 0.95, 0.92", "t, 0.86, 0.94", "u, 0.92, 0.90",
        "v, 0.95, 0.95", "w, 0.92, 0.92", "x, 0.95, 0.95", "y, 0.95, 0.95", "z, 0.95, 0.95", "aa, 0.95, 0.88",
        "ab, 0.95, 0.90", "ac, 0.92, 0.85", "ad, 0.93, 0.88", "ae, 0.95, 0.93", "af, 0.95, 0.90", "ag, 0.95, 0.95", "ah, 0.95, 0.93", "ai, 0.88, 0.93", "aj, 0.85, 0.77", "ak, 0.90, 0.90", "al, 0.90, 0.93", "am, 0.80, 0.84", "an, 0.93, 0.88", "ao, 0.86, 0.91", "ap, 0.95, 0.97", "aq, 0.62, 0.68"})
    void scoresAtLeastItsTargetsWithNoMustNotHits(String name, double minFullPrecision, double minItemRecall) throws Exception {
        Path dir = half(name);
        List<ExtractService.Document> docs = SERVICE.read(List.of(dir));
        ClaimScorer.Report r = SERVICE.score(docs, dir.resolve("gold.jsonl"), dir.resolve("negatives.jsonl"));
        assertThat(r.files()).isGreaterThanOrEqualTo(6);
        assertThat(r.mustNotHits()).as("must-not-extract hits").isEmpty();
        assertThat(r.total().fullPrecision()).as("full precision").isGreaterThanOrEqualTo(minFullPrecision);
        assertThat(r.total().itemRecall()).as("item recall").isGreaterThanOrEqualTo(minItemRecall);
    }

    @ParameterizedTest(name = "part {0}")
    @CsvSource({"a, 14", "b, 14", "c, 12", "d, 10", "e, 8", "f, 8", "g, 6", "h, 11", "i, 8", "j, 8", "k, 8", "l, 8", "m, 8", "n, 8", "o, 8", "p, 8", "q, 8", "r, 8", "s, 8", "t, 8", "u, 8", "v, 8", "w, 8", "x, 8", "y, 8", "z, 8", "aa, 8", "ab, 8", "ac, 8", "ad, 8", "ae, 8", "af, 8", "ag, 8", "ah, 8", "ai, 8", "aj, 8", "ak, 8", "al, 8", "am, 8", "an, 8", "ao, 8", "ap, 8", "aq, 8"})
    void everyLabelAndNegativeSpanIsInItsText(String name, int count) throws Exception {
        Path dir = half(name);
        Map<String, String> texts = new HashMap<>();
        for (ExtractService.Document d : SERVICE.read(List.of(dir))) texts.put(d.name(), d.text());
        List<Claim> gold = SERVICE.readClaims(dir.resolve("gold.jsonl"), texts);
        assertThat(gold).isNotEmpty();
        assertThat(gold).allSatisfy(c -> {
            assertThat(texts).as("text of " + c.file()).containsKey(c.file());
            assertThat(c.start()).as("evidence of a label in " + c.file() + ": " + c.evidence()).isNotNegative();
            assertThat(c.recipient()).isEqualTo("Ukraine");
        });
        List<ClaimScorer.Negative> negatives = SERVICE.readNegatives(dir.resolve("negatives.jsonl"));
        assertThat(negatives).allSatisfy(n -> assertThat(texts.get(n.file())).as("span in " + n.file()).contains(n.span()));
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> ExtractService.TEXT_EXTENSIONS.contains(ExtractService.extension(p))))
                    .hasSize(count);
        }
    }
}
