package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.exchange.ExchangeService;
import org.ramstein.exchange.ExportFormat;
import org.ramstein.exchange.PledgeLinesLoader;
import org.ramstein.importers.FuzzFiles.Encoding;
import org.ramstein.importers.FuzzFiles.Model;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * The files the importer fuzzing found mishandled, each kept as an example: every one is refused with the row or
 * column named (or, a BOM, read as the file it is), and nothing is written.
 */
class BrokenImportFilesTest {
    static final String HEADER = String.join(",", PledgeLinesLoader.COLUMNS) + "\n";
    static final String LINE = "p1,DEU,military,Marders,2023-01-05,day,1,,Marder,infantry_fighting_vehicle,exact,40,,,,stocks\n";

    @TempDir
    Path dir;

    /** Imports {@code content} as {@code name}; returns the refusal, after checking that no table changed. */
    static ValidationException refused(App app, String format, Path file) {
        Map<String, Long> before = ImporterFuzzProperties.counts(app.database());
        Throwable thrown = catchThrowable(() -> Fixtures.service(app).importFile(format, file, "tester", n -> { }));
        assertThat(thrown).as("importing %s", file.getFileName()).isInstanceOf(ValidationException.class);
        assertThat(thrown.getMessage()).as("no class names for the user").doesNotContain("Exception").doesNotContain("java.");
        assertThat(ImporterFuzzProperties.counts(app.database())).as("rows after refusing %s", file.getFileName()).isEqualTo(before);
        return (ValidationException) thrown;
    }

    Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    // ---- pledge lines

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void pledgeLinesWhosePledgeIsAlreadyInTheLedgerAreRefusedByRow(DatabaseFactory db) throws Exception {
        try (App app = new App(db.open(), RecordingClock.system())) {
            Fixtures.service(app).importFile("pledge-lines", write("first.csv", HEADER + LINE), "tester", n -> { });
            // a corrected file under the same pledge id: before, the database's key violation surfaced as an internal error
            Path again = write("second.csv", HEADER + "p0,POL,military,Tanks,2023-01-06,day,1,,T-72,main_battle_tank,exact,3,,,,stocks\n"
                    + LINE.replace(",40,", ",41,"));
            ValidationException e = refused(app, "pledge-lines", again);
            assertThat(e.errors()).extracting(Object::toString)
                    .containsExactly("second.csv, row 3, column 'pledge_id': pledge 'p1' is already in the ledger (imported before?); "
                            + "a correction is a new pledge id");
        }
    }

    @Test
    void pledgeLinesRefuseRepeatedPledgesAndLinesMissingCodesOutOfRangeNumbersAndImpossibleDays() throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            assertThat(refused(app, "pledge-lines", write("twice.csv", HEADER.replace("quantity_max", "quantity") + LINE)).getMessage())
                    .contains("twice.csv, row 1, column 'quantity': appears twice in the header");
            // a column without a name (a trailing comma, as spreadsheets save): the CSV parser's IllegalArgumentException before
            assertThat(Fixtures.service(app).importFile("pledge-lines", write("trailing.csv", (HEADER + LINE.replace("p1,", "t1,")).replace("\n", ",\n")), "tester", n -> { })
                    .rows()).isEqualTo(1);
            assertThat(refused(app, "pledge-lines", write("apart.csv", HEADER + LINE + LINE.replace("p1,", "p2,") + LINE.replace(",1,,", ",2,,")))
                    .getMessage()).contains("apart.csv, row 4, column 'pledge_id': pledge 'p1' is on earlier rows, before other pledges");
            assertThat(refused(app, "pledge-lines", write("line.csv", HEADER + LINE + LINE)).getMessage())
                    .contains("line.csv, row 3, column 'line_no': line 1 of pledge 'p1' is there twice");
            // an empty aid type used to drop the pledge's rows without a word, an empty qualifier to fail inside the writer
            assertThat(refused(app, "pledge-lines", write("aid.csv", HEADER + LINE.replace("military", ""))).getMessage())
                    .contains("aid.csv, row 2, column 'aid_type': is required");
            assertThat(refused(app, "pledge-lines", write("qualifier.csv", HEADER + LINE.replace("exact", ""))).getMessage())
                    .contains("qualifier.csv, row 2, column 'qualifier': is required");
            assertThat(refused(app, "pledge-lines", write("huge.csv", HEADER + LINE.replace(",40,", ",9223372036854775807,"))).getMessage())
                    .contains("huge.csv, row 2, column 'quantity': '9223372036854775807' is out of range");
            assertThat(refused(app, "pledge-lines", write("huger.csv", HEADER + LINE.replace(",40,", ",99999999999999999999,"))).getMessage())
                    .contains("huger.csv, row 2, column 'quantity': '99999999999999999999' is out of range");
            assertThat(refused(app, "pledge-lines", write("minus.csv", HEADER + LINE.replace("2023-01-05", "-2023-01-05"))).getMessage())
                    .contains("minus.csv, row 2, column 'announced_on': '-2023-01-05' is not a date");
            assertThat(refused(app, "pledge-lines", write("nodate.csv", HEADER + LINE.replace("2023-01-05", ""))).getMessage())
                    .contains("nodate.csv, row 2, column 'announced_on': is required unless announced_precision is 'unknown'");
            assertThat(refused(app, "pledge-lines", write("negative.csv", HEADER + LINE.replace(",40,", ",-40,"))).getMessage())
                    .contains("negative.csv, row 2, column 'quantity': must not be negative");
        }
    }

    // ---- encodings

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheLineAndAByteOrderMarkIsSkipped() throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            byte[] good = Files.readAllBytes(Fixtures.file("good/bilateral_activities.csv"));
            String text = new String(good, StandardCharsets.UTF_8);
            int thirdLine = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
            byte[] latin1 = insert(good, thirdLine + 3, (byte) 0xE9);
            assertThat(refused(app, "kiel-activities", write("bilateral_activities.csv", latin1)).getMessage())
                    .isEqualTo("bilateral_activities.csv, line 3: is not UTF-8 text: byte 0xE9, the line's byte 4; save the file as UTF-8");
            assertThat(refused(app, "pledge-lines", write("lines.csv", insert((HEADER + LINE).getBytes(StandardCharsets.UTF_8),
                    HEADER.length() + 4, (byte) 0xC3, (byte) 0x28))).getMessage()).startsWith("lines.csv, line 2: is not UTF-8 text");
            // a spreadsheet's "CSV UTF-8" starts with a byte-order mark: the header is still found
            byte[] bom = insert(good, 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(Fixtures.service(app).importFile("kiel-activities", write("with-bom.csv", bom), "tester", n -> { }).rows()).isEqualTo(8);
            byte[] linesWithBom = insert((HEADER + LINE).getBytes(StandardCharsets.UTF_8), 0, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(Fixtures.service(app).importFile("pledge-lines", write("lines-bom.csv", linesWithBom), "tester", n -> { }).rows()).isEqualTo(1);
        }
    }

    static byte[] insert(byte[] bytes, int at, byte... inserted) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + inserted.length);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    // ---- PUN packages and Kiel releases

    @Test
    void packageAmountsBeyondATrillionAndMonthsThatAreNoneAreRefusedByRow() throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            String head = "date,pda_musd,usai_musd,fmf_or_other_musd,col4_unknown,announcement_url,factsheet_url\n";
            // 1e14 million dollars passed the number check and overflowed the cents inside the writer
            assertThat(refused(app, "pun", write("us_packages_derived.csv", head + "2022-02-25,1e14,,,,https://www.defense.gov/a,\n"))
                    .getMessage()).contains("us_packages_derived.csv row 1, pda_musd: '1e14' million USD is out of range");
            // a negative USAI amount was reported against pda_musd
            assertThat(refused(app, "pun", write("us_packages_2.csv", head + "2022-02-25,1,-5,,,https://www.defense.gov/a,\n")).getMessage())
                    .contains("us_packages_2.csv row 1, usai_musd: a package amount cannot be negative");
            Path kiel = Files.createDirectories(dir.resolve("kiel"));
            Files.copy(Fixtures.file("good/kiel-web/weapons.csv"), kiel.resolve("weapons.csv"));
            Files.writeString(kiel.resolve("release_info.csv"), "\"release\",\"period\",\"date\",\"label\"\n\"12\",\"13/2023\",\"2023-05-01\",\"x\"\n");
            assertThat(refused(app, "kiel-weapons", kiel.resolve("weapons.csv")).getMessage())
                    .contains("release_info.csv row 1, period: '13/2023' is not a month (mm/yyyy)");
        }
    }

    // ---- workbooks

    @Test
    void workbooksThatAreDamagedOrHoldImpossibleNumbersAreRefusedByFileOrRow() throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            Path book = dir.resolve("allocations_delivery.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
                Sheet sheet = wb.createSheet("delivery");
                String[] head = {"Countries", "date", "general_type", "donation_type", "Type of Item", "Sub-type of item", "No of Units",
                    "Unit Price in USD", "eur_value"};
                Row h = sheet.createRow(0);
                for (int i = 0; i < head.length; i++) h.createCell(i).setCellValue(head[i]);
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                for (int i = 1; i <= 3; i++) sheet.createRow(i).createCell(0).setCellValue("Germany");
                sheet.getRow(1).createCell(1).setCellValue(1e30); // a date cell beyond any calendar
                sheet.getRow(1).getCell(1).setCellStyle(date);
                sheet.getRow(2).createCell(8).setCellValue(12345.678);
                sheet.getRow(3).createCell(6).setCellValue(23456.789);
                wb.write(out);
            }
            // numbers no decimal can be (POI writes an error value for them, another program may not): a
            // NumberFormatException when the cell was read, before
            Files.write(book, rewriteEntry(Files.readAllBytes(book), "xl/worksheets/sheet1.xml",
                    x -> x.replace("<v>12345.678</v>", "<v>Infinity</v>").replace("<v>23456.789</v>", "<v>NaN</v>")));
            ValidationException e = refused(app, "kiel-items", book);
            assertThat(e.getMessage()).contains("allocations_delivery.xlsx row 1, date: ").contains("is not a date")
                    .contains("allocations_delivery.xlsx row 2, eur_value: 'Infinity' is not a number")
                    .as("a NaN count is Kiel's 'nan', not stated").doesNotContain("row 3");

            byte[] whole = Files.readAllBytes(book);
            assertThat(refused(app, "kiel-items", write("half.xlsx", Arrays.copyOf(whole, whole.length / 2))).getMessage()).startsWith("half.xlsx: ");
            assertThat(refused(app, "kiel-items", write("parts.xlsx", FuzzFiles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)))))
                    .getMessage()).startsWith("parts.xlsx: is not a readable XLSX workbook");
        }
    }

    // ---- the ramstein export

    @Test
    void exportsWithAnEmptyManifestEntryAnImpossibleDayBytesThatAreNotUtf8OrDamageAreRefused() throws Exception {
        Path zip = dir.resolve("export.zip");
        Path xlsx = dir.resolve("export.xlsx");
        try (App source = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            ImporterFuzzProperties.importFixtures(source, dir);
            new ExchangeService(source.ledger()).export(zip, ExportFormat.CSV);
            new ExchangeService(source.ledger()).export(xlsx, ExportFormat.XLSX);
        }
        Model model = FuzzFiles.zipModel(Files.readAllBytes(zip));
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            // the manifest naming no file for a table: a NullPointerException before
            Model noFile = model.copy();
            noFile.tables.get("manifest.csv").get(1).set(3, null);
            assertThat(refused(app, "ramstein", write("no-file.zip", FuzzFiles.encode(noFile, Encoding.RAMSTEIN_ZIP, false))).getMessage())
                    .contains("no-file.zip: manifest.csv, row 2, column 'file': is required");
            // a day that has the shape yyyy-mm-dd but is none: restored as it was, and the reports failed on it
            Model badDay = model.copy();
            List<List<Object>> pledges = badDay.tables.get("pledge.csv");
            int announced = pledges.get(0).indexOf("announced_on");
            int row = 1;
            while (pledges.get(row).get(announced) == null) row++;
            pledges.get(row).set(announced, "2023-02-30");
            assertThat(refused(app, "ramstein", write("bad-day.zip", FuzzFiles.encode(badDay, Encoding.RAMSTEIN_ZIP, true))).getMessage())
                    .contains("bad-day.zip: pledge.csv, row " + (row + 1) + ", column 'announced_on': '2023-02-30' is not a date (yyyy-mm-dd)");
            // bytes that are not UTF-8, under a checksum that matches them: replaced silently before
            Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
            for (String table : model.names()) {
                entries.put(table, FuzzFiles.csv(model.tables.get(table), FuzzFiles.EXCHANGE_CSV));
            }
            byte[] donors = entries.get("donor.csv");
            int secondLine = new String(donors, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
            entries.put("donor.csv", insert(donors, secondLine + 2, (byte) 0xFF));
            assertThat(refused(app, "ramstein", write("latin.zip", rechecksummed(entries))).getMessage())
                    .startsWith("latin.zip: donor.csv, line 2: is not UTF-8 text: byte 0xFF");
            // a truncated workbook: POI's own runtime exception before
            byte[] book = Files.readAllBytes(xlsx);
            assertThat(refused(app, "ramstein", write("half.xlsx", Arrays.copyOf(book, book.length / 2))).getMessage()).startsWith("half.xlsx: ");
            assertThat(refused(app, "ramstein", write("quarter.xlsx", Arrays.copyOf(book, book.length / 4))).getMessage()).startsWith("quarter.xlsx: ");
            // a damaged entry: the message is the damage, not the library's class name
            byte[] archive = Files.readAllBytes(zip);
            byte[] flipped = archive.clone();
            flipped[60] ^= 0x10;
            Throwable thrown = catchThrowable(() -> Fixtures.service(app).importFile("ramstein", write("flipped.zip", flipped), "t", n -> { }));
            assertThat(thrown).isInstanceOf(ValidationException.class);
            assertThat(thrown.getMessage()).startsWith("flipped.zip").doesNotContain("java.util.zip");
        }
    }

    /** The zip with one text entry changed. */
    static byte[] rewriteEntry(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) entries.put(e.getName(), in.readAllBytes());
        }
        String before = new String(entries.get(entry), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the edit changes " + entry).isNotEqualTo(before);
        entries.put(entry, after.getBytes(StandardCharsets.UTF_8));
        return FuzzFiles.zip(entries);
    }

    /** The zip of {@code entries} (raw bytes, not UTF-8 ones included) with a manifest stating their true SHA-256. */
    static byte[] rechecksummed(Map<String, byte[]> entries) throws Exception {
        String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
        StringBuilder fixed = new StringBuilder();
        for (String line : manifest.split("\r\n")) {
            for (var e : entries.entrySet()) {
                if (line.contains("\"" + e.getKey() + "\"")) line = line.replaceFirst("\"[0-9a-f]{64}\"", "\"" + FuzzFiles.sha256(e.getValue()) + "\"");
            }
            fixed.append(line).append("\r\n");
        }
        Map<String, byte[]> out = new java.util.LinkedHashMap<>(entries);
        out.put("manifest.csv", fixed.toString().getBytes(StandardCharsets.UTF_8));
        return FuzzFiles.zip(out);
    }
}
