package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.ramstein.App;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.exchange.ExchangeService;
import org.ramstein.exchange.ExchangeTables;
import org.ramstein.exchange.ExportFormat;
import org.ramstein.exchange.PledgeLinesLoader;
import org.ramstein.importers.FuzzFiles.AddCell;
import org.ramstein.importers.FuzzFiles.Bom;
import org.ramstein.importers.FuzzFiles.ByteMutation;
import org.ramstein.importers.FuzzFiles.Container;
import org.ramstein.importers.FuzzFiles.DeleteBytes;
import org.ramstein.importers.FuzzFiles.DeleteRow;
import org.ramstein.importers.FuzzFiles.DropCell;
import org.ramstein.importers.FuzzFiles.DuplicateRow;
import org.ramstein.importers.FuzzFiles.EmptyRows;
import org.ramstein.importers.FuzzFiles.Encoding;
import org.ramstein.importers.FuzzFiles.FlipBits;
import org.ramstein.importers.FuzzFiles.InsertBytes;
import org.ramstein.importers.FuzzFiles.LongCell;
import org.ramstein.importers.FuzzFiles.Model;
import org.ramstein.importers.FuzzFiles.RenameTable;
import org.ramstein.importers.FuzzFiles.Sample;
import org.ramstein.importers.FuzzFiles.SetCell;
import org.ramstein.importers.FuzzFiles.Sibling;
import org.ramstein.importers.FuzzFiles.SwapCells;
import org.ramstein.importers.FuzzFiles.SwapColumns;
import org.ramstein.importers.FuzzFiles.TableMutation;
import org.ramstein.importers.FuzzFiles.Truncate;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.storage.Database;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestPostgres;
import org.ramstein.storage.TotalsTables;

/**
 * Every import format, fed small valid files broken in every way a file breaks: cut short, bytes flipped, invalid
 * UTF-8, a BOM, cells too many or too few, columns swapped, empty, huge or negative numbers, NaN, impossible dates,
 * unknown donors and items, very long cells, workbooks that are no zip or whose sheet has another name. Whatever the
 * file, the import either succeeds (and the reports still read the ledger) or is refused with the domain's validation
 * error naming the file and its row or column; after a refusal every table holds exactly the rows it held before.
 * Many tries on SQLite, a handful of every format on PostgreSQL.
 */
class ImporterFuzzProperties {

    static final String PLEDGE_LINES = String.join(",", PledgeLinesLoader.COLUMNS) + "\n"
            + "f1,DEU,military,\"Marders, first\",2023-01-05,day,1,leopard-2a6,,,exact,14,,123456,EUR,stocks\n"
            + "f1,DEU,military,\"Marders, first\",2023-01-05,day,2,,155 mm rounds,artillery_ammunition,range,100,200,,,unknown\n"
            + "f2,USA,financial,,,unknown,1,,,budget_support,unspecified,,,500000000000,USD,procurement\n"
            + "f3,POL,humanitarian,Tents,2022-12-01,month,1,,tents,shelter,about,300,,,,joint\n"
            + "f4,FRA,military,Caesar,2022-01-01,year,1,,Caesar howitzers,self_propelled_artillery,up_to,18,,9000000000,EUR,procurement\n";

    static final String MONEY_JSON = """
            [["2022-02-25", 350, null, null, null, "https://www.defense.gov/a", null],
             ["2022-07-22", 175, 95, null, null, "https://www.defense.gov/b", "https://media.defense.gov/b.pdf"],
             ["2022-09-08", 675, null, 1000, null, "https://www.defense.gov/c", null]]""";

    // ---- the databases

    /** One ledger the tries of one format import into; a copy of a template, taken again after an accepted restore. */
    static final class Target implements AutoCloseable {
        final Path template;
        final String url;
        final Path dir;
        App app;
        ImportService service;
        int copies;

        Target(Path template, Path dir) {
            this.template = template;
            this.dir = dir;
            this.url = null;
            reset();
        }

        Target(String url) {
            this.template = null;
            this.dir = null;
            this.url = url;
            open(url);
        }

        private void open(String jdbc) {
            app = new App(Database.open(jdbc), RecordingClock.system());
            service = new ImportService(app.ledger(), app.catalog());
        }

        /** A fresh copy of the template (SQLite only). */
        void reset() {
            if (template == null) return;
            if (app != null) app.close();
            try {
                Path db = dir.resolve("ledger-" + (++copies) + ".db");
                Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
                open("jdbc:sqlite:" + db);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        Database db() {
            return app.database();
        }

        @Override
        public void close() {
            if (app != null) app.close();
        }
    }

    private static Path work;
    private static Path baselineTemplate;
    private static Path emptyTemplate;
    private static byte[] exportZip;
    private static byte[] exportXlsx;
    private static final Map<String, Target> TARGETS = new HashMap<>();
    private static Target postgres;

    private static synchronized Path work() throws IOException {
        if (work == null) work = Files.createTempDirectory("ramstein-fuzz-");
        return work;
    }

    /** Imports the good fixture of every format: the rows every try's ledger starts with. */
    static void importFixtures(App app, Path dir) throws IOException {
        ImportService s = new ImportService(app.ledger(), app.catalog());
        s.importFile("kiel-activities", Fixtures.file("good/bilateral_activities.csv"), "fixture", n -> { });
        s.importFile("kiel-items", Fixtures.file("good/delivery_items_derived.csv"), "fixture", n -> { });
        s.importFile("kiel-weapons", Fixtures.file("good/kiel-web/weapons.csv"), "fixture", n -> { });
        s.importFile("oryx", Fixtures.file("good/donated_vehicles.csv"), "fixture", n -> { });
        s.importFile("sipri", Fixtures.file("good/sipri_trade_register_recipient_ukraine.csv"), "fixture", n -> { });
        s.importFile("pun", Fixtures.file("good/heavy_weapon_commits_derived.csv"), "fixture", n -> { });
        s.importFile("pun", Fixtures.file("good/us_packages_derived.csv"), "fixture", n -> { });
        // the same lines under other pledge ids: the tries' files (pledges f1..f4) are new to the ledger
        Path lines = dir.resolve("pledge-lines.csv");
        Files.writeString(lines, PLEDGE_LINES.replaceAll("(?m)^f", "b"));
        s.importFile("pledge-lines", lines, "fixture", n -> { });
    }

    private static synchronized Path baselineTemplate() throws IOException {
        if (baselineTemplate == null) {
            Path dir = Files.createDirectories(work().resolve("baseline"));
            Path db = dir.resolve("template.db");
            try (App app = App.open("jdbc:sqlite:" + db)) {
                importFixtures(app, dir);
            }
            baselineTemplate = db;
        }
        return baselineTemplate;
    }

    private static synchronized Path emptyTemplate() throws IOException {
        if (emptyTemplate == null) {
            Path dir = Files.createDirectories(work().resolve("empty"));
            Path db = dir.resolve("template.db");
            App.open("jdbc:sqlite:" + db).close();
            emptyTemplate = db;
        }
        return emptyTemplate;
    }

    /** A ramstein export (zip and workbook) of a ledger holding every fixture. */
    private static synchronized void exports() throws IOException {
        if (exportZip != null) return;
        Path dir = Files.createDirectories(work().resolve("export"));
        try (App app = App.open("jdbc:sqlite:" + dir.resolve("source.db"))) {
            importFixtures(app, dir);
            new ExchangeService(app.ledger()).export(dir.resolve("export.zip"), ExportFormat.CSV);
            new ExchangeService(app.ledger()).export(dir.resolve("export.xlsx"), ExportFormat.XLSX);
        }
        exportZip = Files.readAllBytes(dir.resolve("export.zip"));
        exportXlsx = Files.readAllBytes(dir.resolve("export.xlsx"));
    }

    private static synchronized Target sqlite(String name, boolean empty) throws IOException {
        Target t = TARGETS.get(name);
        if (t == null) {
            Path dir = Files.createDirectories(work().resolve("target-" + name));
            t = new Target(empty ? emptyTemplate() : baselineTemplate(), dir);
            TARGETS.put(name, t);
        }
        return t;
    }

    private static synchronized Target postgres() throws IOException {
        if (postgres == null) {
            postgres = new Target(TestPostgres.freshDatabase());
            importFixtures(postgres.app, Files.createDirectories(work().resolve("postgres")));
        }
        return postgres;
    }

    @AfterContainer
    static void closeAll() throws IOException {
        TARGETS.values().forEach(Target::close);
        TARGETS.clear();
        if (postgres != null) postgres.close();
        postgres = null;
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        work = null;
        baselineTemplate = null;
        emptyTemplate = null;
        exportZip = null;
        exportXlsx = null;
    }

    // ---- the formats

    static String fixture(String name) {
        try {
            return Files.readString(Fixtures.file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A format's base file: what its tries start from. */
    record Base(String format, String fileName, Encoding encoding, Model model, Model sibling, String siblingName) {
    }

    static Base base(String kind) throws IOException {
        return switch (kind) {
            case "kiel-activities" -> new Base("kiel-activities", "bilateral_activities.csv", Encoding.CSV,
                    FuzzFiles.csvModel(fixture("good/bilateral_activities.csv")), null, null);
            case "kiel-items-csv" -> new Base("kiel-items", "delivery_items_derived.csv", Encoding.CSV,
                    FuzzFiles.csvModel(fixture("good/delivery_items_derived.csv") + fixture("raw/allocations_delivery__delivery.csv")
                            .lines().skip(1).map(l -> l.replaceAll(",+$", "") + "\n").reduce("", String::concat)), null, null);
            case "kiel-items-xlsx" -> new Base("kiel-items", "allocations_delivery.xlsx", Encoding.XLSX,
                    FuzzFiles.xlsxModel(fixture("good/delivery_items_derived.csv"), "delivery"), null, null);
            case "kiel-weapons" -> new Base("kiel-weapons", "weapons.csv", Encoding.CSV, FuzzFiles.csvModel(fixture("good/kiel-web/weapons.csv")),
                    FuzzFiles.csvModel(fixture("good/kiel-web/release_info.csv")), "release_info.csv");
            case "oryx" -> new Base("oryx", "donated_vehicles.csv", Encoding.CSV, FuzzFiles.csvModel(fixture("good/donated_vehicles.csv")), null, null);
            case "sipri" -> new Base("sipri", "sipri_trade_register_recipient_ukraine.csv", Encoding.CSV,
                    FuzzFiles.csvModel(fixture("good/sipri_trade_register_recipient_ukraine.csv")), null, null);
            case "pun-commits-csv" -> new Base("pun", "heavy_weapon_commits_derived.csv", Encoding.CSV,
                    FuzzFiles.csvModel(fixture("good/heavy_weapon_commits_derived.csv")), null, null);
            case "pun-commits-json" -> new Base("pun", "commits.json", Encoding.JSON, FuzzFiles.jsonModel(fixture("good/commits.json")), null, null);
            case "pun-packages-csv" -> new Base("pun", "us_packages_derived.csv", Encoding.CSV,
                    FuzzFiles.csvModel(fixture("good/us_packages_derived.csv")), null, null);
            case "pun-money-json" -> new Base("pun", "money.json", Encoding.JSON, FuzzFiles.jsonModel(MONEY_JSON), null, null);
            case "pledge-lines" -> new Base("pledge-lines", "pledge-lines.csv", Encoding.CSV, FuzzFiles.csvModel(PLEDGE_LINES), null, null);
            case "ramstein-zip" -> {
                exports();
                yield new Base("ramstein", "export.zip", Encoding.RAMSTEIN_ZIP, FuzzFiles.zipModel(exportZip), null, null);
            }
            case "ramstein-xlsx" -> {
                exports();
                yield new Base("ramstein", "export.xlsx", Encoding.RAMSTEIN_XLSX, FuzzFiles.workbookModel(exportXlsx), null, null);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static final List<String> KINDS = List.of("kiel-activities", "kiel-items-csv", "kiel-items-xlsx", "kiel-weapons", "oryx", "sipri",
            "pun-commits-csv", "pun-commits-json", "pun-packages-csv", "pun-money-json", "pledge-lines", "ramstein-zip", "ramstein-xlsx");

    /** Every column and sheet name the format knows: a refusal names one of them, a row, or the file itself. */
    static List<String> names(Base b) {
        List<String> names = new ArrayList<>();
        for (List<List<Object>> rows : b.model().tables.values()) {
            if (!rows.isEmpty()) rows.get(0).forEach(c -> names.add(String.valueOf(c)));
        }
        names.addAll(b.model().tables.keySet());
        names.addAll(PunImporter.COMMITS);
        names.addAll(PunImporter.PACKAGES);
        for (ExchangeTables.Table t : ExchangeTables.ALL) {
            names.add(t.name());
            names.addAll(t.columnNames());
        }
        names.removeIf(n -> n.isBlank() || n.equals("null"));
        return names;
    }

    // ---- the mutations

    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).ofScale(3);
    }

    static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(FuzzFiles.NASTY)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(10)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e25"), new java.math.BigDecimal("1e25"))
                        .ofScale(4).map(d -> d.stripTrailingZeros().toPlainString())));
    }

    static Arbitrary<TableMutation> tableMutations(boolean workbook) {
        Arbitrary<Double> f = fraction();
        List<Tuple.Tuple2<Integer, Arbitrary<? extends TableMutation>>> choices = new ArrayList<>(List.of(
                Tuple.of(12, Combinators.combine(f, f, f, f).as(FuzzFiles.Shaped::new)),
                Tuple.of(5, Combinators.combine(f, f, f, values()).as(SetCell::new)),
                Tuple.of(7, Combinators.combine(f, f, f, Arbitraries.integers().between(0, 11), f).as(FuzzFiles.Perturb::new)),
                Tuple.of(1, Combinators.combine(f, f, f, Arbitraries.integers().between(1_000, 120_000), Arbitraries.of('x', '9', 'é', ',', '"'))
                        .as(LongCell::new)),
                Tuple.of(2, Combinators.combine(f, f, f).as(DropCell::new)),
                Tuple.of(2, Combinators.combine(f, f, values()).as(AddCell::new)),
                Tuple.of(1, Combinators.combine(f, f, f).as(SwapColumns::new)),
                Tuple.of(2, Combinators.combine(f, f, f, f).as(SwapCells::new)),
                Tuple.of(1, Combinators.combine(f, f, f).as(DuplicateRow::new)),
                Tuple.of(1, Combinators.combine(f, f).as(DeleteRow::new)),
                Tuple.of(1, f.map(EmptyRows::new))));
        if (workbook) {
            choices.add(Tuple.of(1, Combinators.combine(f, Arbitraries.of("Delivery", "Sheet1", "delivery ", "allocations", "manifest",
                    "pledge", "ledger_entry")).as(RenameTable::new)));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<TableMutation> any = (Arbitrary<TableMutation>) (Arbitrary) Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
        return any;
    }

    static Arbitrary<ByteMutation> byteMutations(boolean container) {
        Arbitrary<Double> f = fraction();
        return Arbitraries.frequencyOf(
                Tuple.of(3, f.map(Truncate::new)),
                Tuple.of(3, Combinators.combine(f, Arbitraries.integers().between(1, 255)).as(FlipBits::new)),
                Tuple.of(3, Combinators.combine(f, Arbitraries.of(FuzzFiles.INVALID_UTF8)).as(InsertBytes::new)),
                Tuple.of(1, Combinators.combine(f, Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as(InsertBytes::new)),
                Tuple.of(1, Combinators.combine(f, Arbitraries.integers().between(1, 60)).as(DeleteBytes::new)),
                Tuple.of(2, Arbitraries.just(new Bom())),
                Tuple.of(container ? 3 : 1, Arbitraries.integers().between(0, 9).map(Container::new)));
    }

    static Arbitrary<Sample> samples(Base b) {
        boolean workbook = b.encoding() == Encoding.XLSX || b.encoding() == Encoding.RAMSTEIN_XLSX;
        boolean binary = workbook || b.encoding() == Encoding.RAMSTEIN_ZIP;
        Arbitrary<List<TableMutation>> tables = tableMutations(workbook).list().ofMinSize(0).ofMaxSize(3);
        // mostly whole files, so that the row checks are reached; now and then broken bytes
        Arbitrary<List<ByteMutation>> bytes = Arbitraries.frequencyOf(
                Tuple.of(binary ? 4 : 3, Arbitraries.just(List.<ByteMutation>of())),
                Tuple.of(1, byteMutations(binary).list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<Boolean> fixChecksums = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(true)), Tuple.of(1, Arbitraries.just(false)));
        Arbitrary<Sibling> sibling = b.sibling() == null ? Arbitraries.just(null)
                : Combinators.combine(tableMutations(false).list().ofMaxSize(2),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(List.<ByteMutation>of())),
                                Tuple.of(1, byteMutations(false).list().ofMinSize(1).ofMaxSize(1))))
                .as((t, y) -> new Sibling(b.siblingName(), b.sibling(), t, y));
        return Combinators.combine(tables, bytes, fixChecksums, sibling)
                .as((t, y, fix, s) -> new Sample(b.format(), b.fileName(), b.encoding(), b.model(), t, y, fix, s));
    }

    @Provide
    Arbitrary<Sample> kielActivities() throws IOException {
        return samples(base("kiel-activities"));
    }

    @Provide
    Arbitrary<Sample> kielItemsCsv() throws IOException {
        return samples(base("kiel-items-csv"));
    }

    @Provide
    Arbitrary<Sample> kielItemsXlsx() throws IOException {
        return samples(base("kiel-items-xlsx"));
    }

    @Provide
    Arbitrary<Sample> kielWeapons() throws IOException {
        return samples(base("kiel-weapons"));
    }

    @Provide
    Arbitrary<Sample> oryx() throws IOException {
        return samples(base("oryx"));
    }

    @Provide
    Arbitrary<Sample> sipri() throws IOException {
        return samples(base("sipri"));
    }

    @Provide
    Arbitrary<Sample> punCommitsCsv() throws IOException {
        return samples(base("pun-commits-csv"));
    }

    @Provide
    Arbitrary<Sample> punCommitsJson() throws IOException {
        return samples(base("pun-commits-json"));
    }

    @Provide
    Arbitrary<Sample> punPackagesCsv() throws IOException {
        return samples(base("pun-packages-csv"));
    }

    @Provide
    Arbitrary<Sample> punMoneyJson() throws IOException {
        return samples(base("pun-money-json"));
    }

    @Provide
    Arbitrary<Sample> pledgeLines() throws IOException {
        return samples(base("pledge-lines"));
    }

    @Provide
    Arbitrary<Sample> ramsteinZip() throws IOException {
        return samples(base("ramstein-zip"));
    }

    @Provide
    Arbitrary<Sample> ramsteinXlsx() throws IOException {
        return samples(base("ramstein-xlsx"));
    }

    @Provide
    Arbitrary<Sample> anyFormat() throws IOException {
        List<Arbitrary<Sample>> all = new ArrayList<>();
        for (String kind : KINDS) all.add(samples(base(kind)));
        return Arbitraries.oneOf(all);
    }

    // ---- the properties: many tries on SQLite

    @Property(tries = 120)
    void kielActivitiesFiles(@ForAll("kielActivities") Sample s) throws IOException {
        check(sqlite("kiel-activities", false), s, false);
    }

    @Property(tries = 100)
    void kielItemsCsvFiles(@ForAll("kielItemsCsv") Sample s) throws IOException {
        check(sqlite("kiel-items-csv", false), s, false);
    }

    @Property(tries = 40)
    void kielItemsWorkbooks(@ForAll("kielItemsXlsx") Sample s) throws IOException {
        check(sqlite("kiel-items-xlsx", false), s, false);
    }

    @Property(tries = 100)
    void kielWeaponsFiles(@ForAll("kielWeapons") Sample s) throws IOException {
        check(sqlite("kiel-weapons", false), s, false);
    }

    @Property(tries = 100)
    void oryxFiles(@ForAll("oryx") Sample s) throws IOException {
        check(sqlite("oryx", false), s, false);
    }

    @Property(tries = 100)
    void sipriFiles(@ForAll("sipri") Sample s) throws IOException {
        check(sqlite("sipri", false), s, false);
    }

    @Property(tries = 60)
    void punCommitCsvFiles(@ForAll("punCommitsCsv") Sample s) throws IOException {
        check(sqlite("pun-commits-csv", false), s, false);
    }

    @Property(tries = 60)
    void punCommitJsonFiles(@ForAll("punCommitsJson") Sample s) throws IOException {
        check(sqlite("pun-commits-json", false), s, false);
    }

    @Property(tries = 60)
    void punPackageCsvFiles(@ForAll("punPackagesCsv") Sample s) throws IOException {
        check(sqlite("pun-packages-csv", false), s, false);
    }

    @Property(tries = 60)
    void punMoneyJsonFiles(@ForAll("punMoneyJson") Sample s) throws IOException {
        check(sqlite("pun-money-json", false), s, false);
    }

    /** The pledges f1..f4 are new to the ledger; after an accepted file the next try gets a fresh copy, so they stay new. */
    @Property(tries = 120)
    void pledgeLinesFiles(@ForAll("pledgeLines") Sample s) throws IOException {
        check(sqlite("pledge-lines", false), s, true);
    }

    /** The export restores into a ledger without its rows: after each accepted restore the next try gets a fresh copy. */
    @Property(tries = 80)
    void ramsteinZipFiles(@ForAll("ramsteinZip") Sample s) throws IOException {
        check(sqlite("ramstein-zip", true), s, true);
    }

    @Property(tries = 30)
    void ramsteinWorkbooks(@ForAll("ramsteinXlsx") Sample s) throws IOException {
        check(sqlite("ramstein-xlsx", true), s, true);
    }

    // ---- and a handful of every format on PostgreSQL, all into one ledger

    @Property(tries = 60)
    void anyFormatOnPostgres(@ForAll("anyFormat") Sample s) throws IOException {
        check(postgres(), s, false);
    }

    // ---- one try

    static void check(Target target, Sample s, boolean freshAfterSuccess) throws IOException {
        Path dir = Files.createTempDirectory(work(), "try-");
        try {
            Path file = dir.resolve(s.fileName());
            Files.write(file, s.bytes());
            if (s.sibling() != null) Files.write(dir.resolve(s.sibling().fileName()), s.sibling().bytes());
            Map<String, Long> before = counts(target.db());
            List<Map<String, Object>> totalsBefore = TotalsTables.rows(target.db());
            Throwable caught = null;
            ImportResult result = null;
            try {
                result = target.service.importFile(s.format(), file, "fuzz", n -> { });
            } catch (Throwable e) {
                caught = e;
            }
            Throwable thrown = caught;
            Statistics.label("outcome").collect(thrown == null ? (result.alreadyImported() ? "same file again" : "accepted")
                    : thrown instanceof ValidationException ? "refused" : "failed otherwise");
            if (thrown == null) {
                assertThat(result.rows()).as("rows of %s", s).isNotNegative();
                Map<String, Long> after = counts(target.db());
                before.forEach((table, n) -> assertThat(after.get(table)).as("%s after accepting %s", table, s).isGreaterThanOrEqualTo(n));
                readsReports(target.app, s);
                if (freshAfterSuccess && !result.alreadyImported()) target.reset();
                return;
            }
            assertThat(thrown).withFailMessage(() -> "importing " + s + " threw " + stackTrace(thrown)).isInstanceOf(DomainException.class);
            namesTheRowOrField((DomainException) thrown, s);
            assertThat(counts(target.db())).as("row counts after refusing %s (%s)", s, thrown.getMessage()).isEqualTo(before);
            assertThat(TotalsTables.rows(target.db())).as("running totals after refusing %s", s).isEqualTo(totalsBefore);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The refusal names the file and, within it, a row, a column or a sheet; a whole-file problem names the file alone. */
    static void namesTheRowOrField(DomainException e, Sample s) throws IOException {
        String message = e.getMessage();
        List<String> files = new ArrayList<>(List.of(s.fileName()));
        if (s.sibling() != null) files.add(s.sibling().fileName());
        if (e instanceof ValidationException v) {
            assertThat(v.errors()).as("errors of %s", s).isNotEmpty();
            for (FieldError fe : v.errors()) {
                if (fe.field().equals("…")) continue; // "N more rows with errors"
                assertThat(files).as("the field '%s' of %s names the file", fe.field(), s).anyMatch(fe.field()::contains);
                assertThat(fe.message()).as("the problem of %s", s).isNotBlank();
            }
        }
        List<String> names = names(base(kindOf(s)));
        boolean wholeFile = e instanceof ValidationException v && v.errors().stream().allMatch(fe -> files.contains(fe.field()));
        assertThat(wholeFile || message.contains("row") || message.contains("line ") || names.stream().anyMatch(message::contains))
                .as("'%s' names a row, a column or the file (%s)", message, s).isTrue();
        assertThat(message).as("no stack trace in %s", message).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    static String kindOf(Sample s) {
        return switch (s.encoding()) {
            case RAMSTEIN_ZIP -> "ramstein-zip";
            case RAMSTEIN_XLSX -> "ramstein-xlsx";
            case XLSX -> "kiel-items-xlsx";
            case JSON -> s.fileName().startsWith("money") ? "pun-money-json" : "pun-commits-json";
            case CSV -> switch (s.format()) {
                case "kiel-items" -> "kiel-items-csv";
                case "pun" -> s.fileName().startsWith("us_packages") ? "pun-packages-csv" : "pun-commits-csv";
                default -> s.format();
            };
        };
    }

    /** What an accepted file left must be readable: every report over the whole ledger. */
    static void readsReports(App app, Sample s) {
        try {
            app.reports().donors(TimeFilter.NOW, Audience.EVERYTHING);
            app.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor,category", null, null);
            app.reports().values(TimeFilter.NOW, Audience.EVERYTHING, "donor,category", null);
            app.reports().needs(TimeFilter.NOW, Audience.EVERYTHING);
            app.reports().meetings(TimeFilter.NOW, Audience.EVERYTHING);
        } catch (RuntimeException e) {
            throw new AssertionError("the reports fail after accepting " + s + ": " + stackTrace(e), e);
        }
    }

    /** Rows of every table of the schema (Flyway's history aside). */
    static Map<String, Long> counts(Database db) {
        return db.jdbi().withHandle(h -> counts(h, db.dialect()));
    }

    static Map<String, Long> counts(org.jdbi.v3.core.Handle h, Dialect dialect) {
        List<String> tables = dialect == Dialect.SQLITE
                ? h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
                        .mapTo(String.class).list()
                : h.createQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                        .mapTo(String.class).list();
        Map<String, Long> out = new LinkedHashMap<>();
        for (String t : tables) {
            if (t.equals("flyway_schema_history")) continue;
            out.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
        }
        return out;
    }

    /** A failure with its causes, a dozen frames each: enough to find it, short enough to read among the samples. */
    static String stackTrace(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(c == t ? "" : "caused by ").append(c).append('\n');
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(12, frames.length); i++) sb.append("\tat ").append(frames[i]).append('\n');
        }
        return sb.toString();
    }
}
