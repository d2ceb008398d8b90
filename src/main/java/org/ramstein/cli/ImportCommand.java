package org.ramstein.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.importers.ImportResult;
import org.ramstein.importers.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a public dataset file in one transaction (all rows or none); the same file is never imported twice.%n"
                + "Formats: kiel-activities, kiel-items, kiel-weapons, oryx, sipri, pun")
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<format>", description = "kiel-activities | kiel-items | kiel-weapons | oryx | sipri | pun")
    String format;

    @Parameters(index = "1", paramLabel = "<file>", description = "The file to import")
    Path file;

    @Option(names = "--by", description = "Who records the import (default: the system user)")
    String recordedBy = System.getProperty("user.name");

    @Mixin
    DatabaseOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (App app = db.open()) {
            ImportService service = new ImportService(app.ledger(), app.catalog());
            ImportResult result = CliAudit.recorded(app.audit(), "import " + format, "import", null, CliArgs.of("format", format, "file", file, "by", recordedBy),
                    () -> service.importFile(format, file, recordedBy, n -> spec.commandLine().getErr().printf("  %,d rows…%n", n)),
                    r -> new CliAudit.Done("import", r.batchId(), r.message()));
            spec.commandLine().getOut().println(result.message());
            return 0;
        }
    }
}
