package org.ramstein.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ramstein.cli.CliRun;

class ExtractCommandTest {


    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static Path texts(Path dir) throws Exception {
        Path t = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(t.resolve("a.txt"), "Norway will send 12 Leopard 2 tanks to Ukraine.\nThe tank can fire up to 4 kilometres.\n");
        Files.writeString(t.resolve("b.html"), "<html><body><p>Canada will provide <b>C$500&nbsp;million</b> in military aid.</p>"
                + "<script>var x = '100 tanks';</script></body></html>");
        Files.writeString(t.resolve("c.md"), "# Aid\n\n**Poland** has delivered *14* Krab howitzers.\n");
        Files.writeString(t.resolve("photo.jpg"), "not a text");
        return t;
    }

    @Test
    void printsOneJsonObjectPerClaimWithOffsetsIntoTheTextRead(@TempDir Path dir) throws Exception {
        Path t = texts(dir);
        CliRun r = run("extract", t.toString());
        assertThat(r.exit()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo("a.txt");
        assertThat(first.get("donor").asText()).isEqualTo("Norway");
        assertThat(first.get("kind").asText()).isEqualTo("pledge");
        assertThat(first.get("quantity").asLong()).isEqualTo(12);
        assertThat(first.get("qualifier").asText()).isEqualTo("exact");
        String text = Files.readString(t.resolve("a.txt"));
        assertThat(text.substring(first.get("start").asInt(), first.get("end").asInt())).isEqualTo(first.get("evidence").asText());
        assertThat(first.fieldNames()).toIterable().containsSubsequence("file", "donor", "recipient", "kind", "item", "category", "quantity",
                "quantity_max", "qualifier", "value", "currency", "unit", "evidence", "start", "end", "rule", "confidence");
        JsonNode money = json.readTree(lines.get(1));
        assertThat(money.get("file").asText()).isEqualTo("b.html");
        assertThat(money.get("value").asLong()).isEqualTo(500_000_000L);
        assertThat(money.get("currency").asText()).isEqualTo("CAD");
        JsonNode md = json.readTree(lines.get(2));
        assertThat(md.get("quantity").asLong()).isEqualTo(14);
        assertThat(md.get("kind").asText()).isEqualTo("delivery");
    }

    @Test
    void spreadsheetsAsciiDocAndPatchesAreReadAsTheTextTheyLeave(@TempDir Path dir) throws Exception {
        Path t = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(t.resolve("tracker.csv"), "donor,system,quantity,status\nPoland,Krab,\"18\",delivered\n");
        Files.writeString(t.resolve("report.adoc"), "= Report\n\n|===\n|Donor |System |Qty |Status\n\n|Estonia |FH70 |6 |delivered\n|===\n");
        Files.writeString(t.resolve("change.diff"), "--- a/t.md\n+++ b/t.md\n@@ -1,3 +1,3 @@\n | Donor | System | Qty | Status |\n |---|---|---|---|\n"
                + "-| Sweden | Archer | 4 | pledged |\n+| Sweden | Archer | 8 | delivered |\n");
        CliRun r = run("extract", "--format", "table", t.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().filter(l -> !l.startsWith("file"))).hasSize(3).anyMatch(l -> l.startsWith("tracker.csv") && l.contains("AHS Krab"))
                .anyMatch(l -> l.startsWith("report.adoc") && l.contains("FH70")).anyMatch(l -> l.startsWith("change.diff") && l.contains(" 8 "))
                .noneMatch(l -> l.contains(" 4 "));
    }

    @Test
    void aTableAndASpeedFigure(@TempDir Path dir) throws Exception {
        CliRun r = run("extract", "--format", "table", "--repeat", "3", texts(dir).resolve("a.txt").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Leopard 2").contains("Norway");
        assertThat(r.err()).contains("texts/s").contains("1 texts x 3 passes");
        assertThat(run("extract", "--format", "xml", texts(dir).toString()).exit()).isNotZero();
    }

    @Test
    void scoresAgainstLabelsAndFailsBelowTheTargets(@TempDir Path dir) throws Exception {
        Path t = texts(dir);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"file\": \"a.txt\", \"donor\": \"Norway\", \"recipient\": \"Ukraine\", \"kind\": \"pledge\", \"item\": \"Leopard 2\", "
                        + "\"category\": \"main_battle_tank\", \"quantity\": 12, \"qualifier\": \"exact\", \"value\": null, \"currency\": null, "
                        + "\"evidence\": \"12 Leopard 2 tanks\"}",
                "{\"file\": \"c.md\", \"donor\": \"Poland\", \"recipient\": \"Ukraine\", \"kind\": \"delivery\", \"item\": \"Krab\", "
                        + "\"category\": \"self_propelled_artillery\", \"quantity\": 14, \"qualifier\": \"exact\", \"evidence\": \"14 Krab howitzers\"}",
                "{\"file\": \"c.md\", \"donor\": \"Poland\", \"recipient\": \"Ukraine\", \"kind\": \"pledge\", \"item\": \"Piorun\", "
                        + "\"category\": \"manpads\", \"quantity\": null, \"qualifier\": \"unspecified\", \"evidence\": \"Piorun\"}"));
        Path neg = dir.resolve("negatives.jsonl");
        Files.writeString(neg, "{\"file\": \"a.txt\", \"span\": \"up to 4 kilometres\", \"reason\": \"range\", \"severity\": \"must_not_extract\"}\n");
        CliRun r = run("extract-score", "--gold", gold.toString(), "--negatives", neg.toString(), t.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3 texts, 3 labelled claims, 3 predicted").contains("must-not-extract hits: 0")
                .contains("FP   b.html").contains("MISS c.md | pledge | Poland | Piorun");
        assertThat(r.out()).containsPattern("all\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+0\\.667");
        CliRun strict = run("extract-score", "--gold", gold.toString(), "--min-full-precision", "0.9", "--min-item-recall", "0.5",
                "--max-must-not-hits", "0", t.toString());
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("FAILED: full-level precision 0.667 is below 0.900").doesNotContain("item-level recall");
    }

    @Test
    void aLabelWithAFractionalCountIsRefusedNamingItsLineAndField(@TempDir Path dir) throws Exception {
        Path t = texts(dir);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"file\": \"a.txt\", \"kind\": \"pledge\", \"item\": \"Leopard 2\", \"quantity\": 12, \"qualifier\": \"exact\"}",
                "{\"file\": \"a.txt\", \"kind\": \"aggregate\", \"item\": \"share of GDP\", \"quantity\": 0.4, \"qualifier\": \"exact\"}"));
        CliRun r = run("extract-score", "--gold", gold.toString(), t.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("gold.jsonl line 2 field quantity").contains("0.4").contains("whole number").doesNotContain("Exception");
    }
}
