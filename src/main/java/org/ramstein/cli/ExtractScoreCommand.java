package org.ramstein.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ramstein.extract.ExtractService;
import org.ramstein.extract.domain.Claim;
import org.ramstein.extract.domain.ClaimScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract-score", mixinStandardHelpOptions = true,
        description = {"Extracts the claims of a folder of texts and scores them against labelled claims: precision and recall at item",
            "level (same file, kind and item) and full level (every labelled field), by kind and by qualifier; lists every false",
            "positive, every miss, every partly wrong match and every hit on a must-not-extract span.",
            "With --min-* options it exits 1 when a figure is below its target."})
public final class ExtractScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<folder>", description = "The texts (folders or files).")
    List<Path> inputs;

    @Option(names = "--gold", required = true, paramLabel = "<gold.jsonl>", description = "Labelled claims, one JSON object per line.")
    Path gold;

    @Option(names = "--negatives", paramLabel = "<negatives.jsonl>", description = "Spans that must not become claims.")
    Path negatives;

    @Option(names = "--min-full-precision", paramLabel = "P", description = "Exit 1 when full-level precision is below P.")
    Double minFullPrecision;

    @Option(names = "--min-item-recall", paramLabel = "R", description = "Exit 1 when item-level recall is below R.")
    Double minItemRecall;

    @Option(names = "--max-must-not-hits", paramLabel = "N", description = "Exit 1 when more than N predictions overlap must-not-extract spans.")
    Integer maxMustNotHits;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExtractService service = ExtractService.bundled();
        List<ExtractService.Document> docs = service.read(inputs);
        ClaimScorer.Report r = service.score(docs, gold, negatives);
        print(out, r);
        boolean ok = true;
        if (minFullPrecision != null && r.total().fullPrecision() < minFullPrecision) {
            out.printf(Locale.ROOT, "FAILED: full-level precision %.3f is below %.3f%n", r.total().fullPrecision(), minFullPrecision);
            ok = false;
        }
        if (minItemRecall != null && r.total().itemRecall() < minItemRecall) {
            out.printf(Locale.ROOT, "FAILED: item-level recall %.3f is below %.3f%n", r.total().itemRecall(), minItemRecall);
            ok = false;
        }
        if (maxMustNotHits != null && r.mustNotHits().size() > maxMustNotHits) {
            out.printf(Locale.ROOT, "FAILED: %d must-not-extract hits, at most %d allowed%n", r.mustNotHits().size(), maxMustNotHits);
            ok = false;
        }
        out.flush();
        return ok ? 0 : 1;
    }

    static void print(PrintWriter out, ClaimScorer.Report r) {
        ClaimScorer.Counts t = r.total();
        out.printf(Locale.ROOT, "extract-score: %d texts, %d labelled claims, %d predicted%s%n", r.files(), t.gold(), t.predicted(),
                r.ignored().isEmpty() ? "" : " (" + r.ignored().size() + " more on spans marked ignore, not counted)");
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s%n", "", "item P", "item R", "full P", "full R");
        row(out, "all", t);
        for (Map.Entry<String, ClaimScorer.Counts> e : r.byKind().entrySet()) row(out, "kind " + e.getKey(), e.getValue());
        for (Map.Entry<String, ClaimScorer.Counts> e : r.byQualifier().entrySet()) row(out, "qualifier " + e.getKey(), e.getValue());
        out.printf(Locale.ROOT, "must-not-extract hits: %d%n", r.mustNotHits().size());
        for (ClaimScorer.NegativeHit h : r.mustNotHits()) {
            out.printf(Locale.ROOT, "  HIT  %s: \"%s\" (%s) by %s%n", h.negative().file(), h.negative().span(), h.negative().reason(), describe(h.predicted()));
        }
        for (ClaimScorer.Negative n : r.negativesNotFound()) out.printf(Locale.ROOT, "  (negative span not found in %s: \"%s\")%n", n.file(), n.span());
        out.printf(Locale.ROOT, "false positives: %d%n", r.falsePositives().size());
        for (Claim c : r.falsePositives()) out.println("  FP   " + describe(c));
        out.printf(Locale.ROOT, "misses: %d%n", r.misses().size());
        for (Claim c : r.misses()) out.println("  MISS " + describe(c));
        out.printf(Locale.ROOT, "matched at item level, wrong at full level: %d%n", r.partial().size());
        for (ClaimScorer.Pair p : r.partial()) {
            out.println("  GOLD " + describe(p.gold()));
            out.println("  PRED " + describe(p.predicted()) + "  differs in " + String.join(", ", p.differences()));
        }
        if (!r.ignored().isEmpty()) {
            out.printf(Locale.ROOT, "on spans marked ignore: %d%n", r.ignored().size());
            for (Claim c : r.ignored()) out.println("  IGN  " + describe(c));
        }
    }

    private static void row(PrintWriter out, String label, ClaimScorer.Counts c) {
        out.printf(Locale.ROOT, "%-24s %9s %9s %9s %9s   (%d predicted, %d labelled)%n", label, fmt(c.itemMatchedPredicted(), c.predicted()),
                fmt(c.itemMatchedGold(), c.gold()), fmt(c.fullMatchedPredicted(), c.predicted()), fmt(c.fullMatchedGold(), c.gold()), c.predicted(),
                c.gold());
    }

    private static String fmt(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    static String describe(Claim c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.file()).append(" | ").append(c.kind()).append(" | ").append(c.donor()).append(" | ").append(c.item()).append(" [")
                .append(c.category()).append("] ");
        if (c.value() != null) sb.append(c.value().toPlainString()).append(' ').append(c.currency()).append(' ');
        if (c.quantity() != null) sb.append(c.quantity()).append(c.quantityMax() != null ? "-" + c.quantityMax() : "").append(' ');
        sb.append(c.qualifier());
        if (c.unit() != null) sb.append(' ').append(c.unit());
        sb.append(" | \"").append(c.evidence()).append('"');
        return sb.toString();
    }
}
