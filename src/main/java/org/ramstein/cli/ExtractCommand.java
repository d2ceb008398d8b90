package org.ramstein.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ramstein.extract.ExtractBench;
import org.ramstein.extract.ExtractService;
import org.ramstein.extract.domain.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the aid claims stated in texts (plain text, Markdown, HTML): one JSON object per line, or a table.",
            "Offsets (start, end) refer to the file for plain text, to the text after markup removal for Markdown, HTML, wiki markup and subtitle files."})
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<file or folder>", description = "Texts, or folders of .txt, .md and .html files.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|table", description = "Output format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "Also time N passes over the texts on one thread and print texts per second to stderr.")
    int repeat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ExtractService service = ExtractService.bundled();
        List<ExtractService.Document> docs = service.read(inputs);
        List<Claim> claims = service.extractAll(docs);
        switch (format) {
            case "jsonl" -> claims.forEach(c -> out.println(service.toJson(c)));
            case "table" -> table(out, claims);
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or table, not '" + format + "'");
        }
        out.flush();
        if (repeat > 0) {
            ExtractBench.Result r = ExtractBench.run(service.extractor(), docs, repeat);
            spec.commandLine().getErr().println(String.format(Locale.ROOT,
                    "extract: %d texts x %d passes on one thread in %.2f s: %.0f texts/s (%d claims per pass)", r.texts(), r.passes(), r.seconds(),
                    r.textsPerSecond(), r.claims()));
        }
        return 0;
    }

    static void table(PrintWriter out, List<Claim> claims) {
        String fmt = "%-28s %-22s %-9s %-30s %-26s %12s %-11s %16s %-4s  %s%n";
        out.printf(Locale.ROOT, fmt, "file", "donor", "kind", "item", "category", "quantity", "qualifier", "value", "cur", "evidence");
        for (Claim c : claims) {
            String q = c.quantity() == null ? (c.quantityText() == null ? "" : c.quantityText())
                    : c.quantityMax() == null ? c.quantity().toString() : c.quantity() + "-" + c.quantityMax();
            out.printf(Locale.ROOT, fmt, cut(c.file(), 28), cut(c.donor(), 22), c.kind(), cut(c.item(), 30), cut(c.category(), 26), q, c.qualifier(),
                    c.value() == null ? "" : c.value().toPlainString(), c.currency() == null ? "" : c.currency(), cut(c.evidence(), 80));
        }
    }

    private static String cut(String s, int n) {
        if (s == null) return "";
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
