package org.ramstein.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ramstein.App;
import org.ramstein.demo.DemoAccounts;
import org.ramstein.demo.DemoData;
import org.ramstein.importers.ImportResult;
import org.ramstein.importers.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Starts Ramstein on a fresh embedded database holding the demo dataset (the founding texts' facts with their "
                + "quotes, and further sourced facts of 2022-2024); optionally also loads public dataset files a user has.")
public final class DemoCommand implements Callable<Integer> {

    static final Path DEMO_DB = Path.of("data", "demo.db");

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--import", paramLabel = "<folder>",
            description = "Also import the dataset files found in this folder (Kiel, Oryx, SIPRI, PUN files by their usual names)")
    Path importFolder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // a fresh database every time: the demo is for looking, and must show the same thing on every start
        for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(DEMO_DB + suffix));
        String url = "jdbc:sqlite:" + DEMO_DB;
        App app = App.open(url);
        try {
            var summary = CliAudit.recorded(app.audit(), "demo load", "demo", null, CliArgs.of("db", url), () -> DemoData.load(app),
                    s -> new CliAudit.Done("demo", null, s.describe()));
            spec.commandLine().getOut().println(summary.describe());
            var accounts = CliAudit.recorded(app.audit(), "demo accounts", "user", null, CliArgs.of(), () -> DemoAccounts.create(app),
                    created -> new CliAudit.Done("user", null, "added " + String.join(", ", created.stream().map(a -> a.name() + " (" + a.role().code() + ")").toList())));
            spec.commandLine().getOut().print(DemoAccounts.describe(accounts));
            if (importFolder != null) importFolder(app);
        } catch (RuntimeException | IOException e) {
            app.close();
            throw e;
        }
        return ServeCommand.serveUntilStopped(app, port, url);
    }

    private void importFolder(App app) throws IOException {
        if (!Files.isDirectory(importFolder)) {
            throw new org.ramstein.common.ValidationException("--import", "'" + importFolder + "' is not a folder");
        }
        ImportService imports = new ImportService(app.ledger(), app.catalog());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(importFolder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        int loaded = 0;
        for (Path file : files) {
            String format = formatOf(file.getFileName().toString());
            if (format == null) continue;
            ImportResult result = CliAudit.recorded(app.audit(), "import " + format, "import", null, CliArgs.of("format", format, "file", file, "by", "demo"),
                    () -> imports.importFile(format, file, "demo", n -> { }), r -> new CliAudit.Done("import", r.batchId(), r.message()));
            spec.commandLine().getOut().println(result.message());
            loaded++;
        }
        if (loaded == 0) spec.commandLine().getOut().println("no dataset files recognised in " + importFolder);
    }

    /** The public datasets' usual file names, so a user can point at a folder of downloads. */
    static String formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.equals("bilateral_activities.csv")) return "kiel-activities";
        if (n.equals("delivery_items_derived.csv")) return "kiel-items"; // the XLSX holds the same rows: one of them is enough
        if (n.equals("weapons.csv")) return "kiel-weapons";
        if (n.equals("donated_vehicles.csv")) return "oryx";
        if (n.startsWith("sipri_trade_register") && n.endsWith(".csv")) return "sipri";
        if (n.equals("heavy_weapon_commits_derived.csv") || n.equals("us_packages_derived.csv")) return "pun";
        return null;
    }
}
