package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class ExchangeBrokenFileTest {

    static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** Rewrites one CSV of the archive; with {@code fixChecksum} the manifest is updated so the row checks are reached. */
    static Path rewrite(Path zip, Path target, String entry, UnaryOperator<String> change, boolean fixChecksum) throws Exception {
        Map<String, byte[]> files = entries(zip);
        String before = new String(files.get(entry), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the test's edit must change " + entry).isNotEqualTo(before);
        files.put(entry, after.getBytes(StandardCharsets.UTF_8));
        if (fixChecksum) {
            String manifest = new String(files.get("manifest.csv"), StandardCharsets.UTF_8);
            manifest = manifest.replace(sha(before.getBytes(StandardCharsets.UTF_8)), sha(files.get(entry)));
            files.put("manifest.csv", manifest.getBytes(StandardCharsets.UTF_8));
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void brokenFilesNameThePlaceAndWriteNothing(DatabaseFactory db) throws Exception {
        Path dir = Files.createTempDirectory("ramstein-broken-");
        Path zip = dir.resolve("good.zip");
        Path xlsx = dir.resolve("good.xlsx");
        try (App source = new App(db.open(), RecordingClock.system())) {
            ExchangeRoundTripTest.buildLedger(source);
            new ExchangeService(source.ledger()).export(zip, ExportFormat.CSV);
            new ExchangeService(source.ledger()).export(xlsx, ExportFormat.XLSX);
        }

        Path badEnum = rewrite(zip, dir.resolve("bad-enum.zip"), "ledger_entry.csv",
                s -> s.replaceFirst("\"delivery\"", "\"delivered\""), true);
        Path missingColumn = rewrite(zip, dir.resolve("missing-column.zip"), "pledge_line.csv",
                s -> s.replaceFirst(",\"qualifier\"", ""), true);
        Path badNumber = rewrite(zip, dir.resolve("bad-number.zip"), "pledge_line.csv",
                s -> s.replaceFirst("\"40\"", "\"forty\""), true);
        Path missingRequired = rewrite(zip, dir.resolve("missing-required.zip"), "need.csv",
                s -> s.replaceFirst("\"Patriot batteries, urgent\"", ""), true);
        Path wrongChecksum = rewrite(zip, dir.resolve("wrong-checksum.zip"), "pledge.csv",
                s -> s.replace("Marders", "Leopards"), false);
        Path missingMember = rewrite(zip, dir.resolve("missing-member.zip"), "manifest.csv",
                s -> s.replace("\"pledge.csv\"", "\"pledges.csv\""), false);
        byte[] whole = Files.readAllBytes(zip);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Path badSheet = dir.resolve("bad-enum.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx)); OutputStream out = Files.newOutputStream(badSheet)) {
            var sheet = book.getSheet("pledge");
            int col = 0;
            while (!"aid_type".equals(sheet.getRow(0).getCell(col).getStringCellValue())) col++;
            // a fresh cell: POI edits of an inline-string cell leave the old text in place
            sheet.getRow(2).removeCell(sheet.getRow(2).getCell(col));
            sheet.getRow(2).createCell(col).setCellValue("weapons");
            book.write(out);
        }

        Map<Path, List<String>> expected = new LinkedHashMap<>();
        expected.put(badEnum, List.of("bad-enum.zip: ledger_entry.csv, row ", "column 'kind'", "'delivered' is not one of commitment, allocation, delivery"));
        expected.put(missingColumn, List.of("missing-column.zip: pledge_line.csv, row 1, column 'qualifier'", "missing from the header"));
        expected.put(badNumber, List.of("bad-number.zip: pledge_line.csv, row ", "column 'quantity'", "'forty' is not an integer"));
        expected.put(missingRequired, List.of("missing-required.zip: need.csv, row 2, column 'description'", "is required"));
        expected.put(wrongChecksum, List.of("wrong-checksum.zip: pledge.csv", "SHA-256"));
        expected.put(truncated, List.of("truncated.zip", "not a readable zip archive"));
        expected.put(missingMember, List.of("missing-member.zip: manifest.csv, row ", "column 'file'",
                "names 'pledges.csv', which is missing from the archive"));
        expected.put(badSheet, List.of("bad-enum.xlsx: sheet pledge, row 3, column 'aid_type'", "'weapons' is not one of military"));

        try (App target = new App(db.open(), RecordingClock.system())) {
            var empty = ExchangeRoundTripTest.dump(target.database().dataSource());
            for (var e : expected.entrySet()) {
                Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new ExchangeService(target.ledger()).importFrom(e.getKey()));
                var check = assertThat(thrown).as(e.getKey().getFileName().toString()).isInstanceOf(ValidationException.class);
                for (String part : e.getValue()) check.hasMessageContaining(part);
                assertThat(ExchangeRoundTripTest.dump(target.database().dataSource())).as("nothing written by " + e.getKey().getFileName())
                        .isEqualTo(empty);
            }
            // and the untouched files still restore into that same database
            assertThat(new ExchangeService(target.ledger()).importFrom(zip).total()).isPositive();
        }
    }
}
