package org.ramstein.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.extract.ExtractService;
import org.ramstein.extract.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Stores texts once (by content hash, with their URL, publisher and date), extracts their claims and queues them for review.",
            "Inputs: text, Markdown or HTML files, folders of them, or .urls files listing web addresses one a line."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<file, folder or URL list>")
    List<Path> inputs;

    @Option(names = "--url", description = "The texts' web address (else read from a 'SOURCE: ... | DATE: ... | PUBLISHER: ...' first line).")
    String url;

    @Option(names = "--publisher", description = "Who published the texts.")
    String publisher;

    @Option(names = "--date", paramLabel = "yyyy-mm-dd", description = "When the texts were published.")
    LocalDate date;

    @Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who ingests (default: the system user).")
    String by;

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = db.open()) {
            IngestService ingest = new IngestService(ExtractService.bundled(), app.review());
            int claims = 0;
            List<IngestService.Ingested> done = CliAudit.recorded(app.audit(), "ingest", "source", null,
                    CliArgs.of("inputs", inputs, "url", url, "publisher", publisher, "date", date, "by", by),
                    () -> ingest.ingest(inputs, new IngestService.Origin(url, publisher, date), by),
                    r -> new CliAudit.Done("source", r.size() == 1 ? r.get(0).result().sourceId() : null, r.size() + " text(s): "
                            + r.stream().filter(i -> !i.result().alreadyIngested()).count() + " new, "
                            + r.stream().filter(i -> !i.result().alreadyIngested()).mapToInt(i -> i.result().claims()).sum() + " claim(s) queued for review"));
            for (IngestService.Ingested i : done) {
                if (i.result().alreadyIngested()) {
                    out.println(i.name() + ": already ingested as " + i.result().sourceId() + ": nothing changed");
                } else {
                    claims += i.result().claims();
                    out.println(i.name() + ": " + i.result().claims() + " claim(s) queued for review (source " + i.result().sourceId() + ")");
                }
            }
            out.println(claims + " new claim(s) waiting for review: ./ramstein serve, then /review");
        }
        return 0;
    }
}
