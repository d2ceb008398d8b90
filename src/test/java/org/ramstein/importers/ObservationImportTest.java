package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ramstein.importers.Fixtures.count;
import static org.ramstein.importers.Fixtures.file;
import static org.ramstein.importers.Fixtures.rows;
import static org.ramstein.importers.Fixtures.text;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class ObservationImportTest {

    static Map<String, Object> obs(Jdbi jdbi, int row) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM observation WHERE source_row = :r").bind("r", row).mapToMap().one());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void oryxRowsBecomeObservationsWithTheirQuirksHandled(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ImportResult r = Fixtures.service(app).importFile("oryx", file("good/donated_vehicles.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(r.rows()).isEqualTo(7);
            assertThat(r.skipped()).containsEntry("supplied to Russia, not aid to Ukraine", 1);
            assertThat(rows(jdbi, "observation")).isEqualTo(6);
            assertThat(rows(jdbi, "pledge")).as("Oryx is compared, never counted").isZero();

            Map<String, Object> mig = obs(jdbi, 1);
            assertThat(mig.get("item_id")).as("trailing apostrophes stripped, first variant resolved").isEqualTo("mig-29");
            assertThat(mig.get("donor_code")).isEqualTo("SVK");
            assertThat(((Number) mig.get("quantity")).longValue()).isEqualTo(10);
            assertThat(mig.get("measure")).isEqualTo("delivered");
            assertThat(mig.get("url")).isEqualTo("https://i.postimg.cc/BbwRwDPK/87500.png");

            Map<String, Object> m113 = obs(jdbi, 2);
            assertThat(m113.get("item_id")).isEqualTo("m113");
            assertThat(m113.get("qualifier")).as("count 0 = Oryx gives no number").isEqualTo("unspecified");
            assertThat(m113.get("quantity")).isNull();

            Map<String, Object> roshel = obs(jdbi, 3);
            assertThat(roshel.get("donor_code")).isNull();
            assertThat(roshel.get("donor_text")).isEqualTo("NONE");
            assertThat((String) roshel.get("status_text")).contains("no supplying state");

            assertThat(obs(jdbi, 5).get("measure")).isEqualTo("pledged");
            assertThat(obs(jdbi, 5).get("item_id")).isEqualTo("pzh-2000");
            assertThat(obs(jdbi, 6).get("donor_code")).as("Macedonia").isEqualTo("MKD");
            assertThat(obs(jdbi, 6).get("item_text")).isEqualTo("Unmanned Aerial Vehicles");
            assertThat((String) obs(jdbi, 7).get("status_text")).startsWith("Ringtausch");
            assertThat(obs(jdbi, 7).get("donor_code")).isEqualTo("DEU");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void oryxBadRowsAreNamedAndNothingIsWritten(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> Fixtures.service(app).importFile("oryx", file("bad/donated_vehicles.csv"), "tester", n -> { }))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("donated_vehicles.csv row 2, supplier", "donated_vehicles.csv row 3, count",
                                    "donated_vehicles.csv row 4, is_delivered"));
            Jdbi jdbi = app.database().jdbi();
            assertThat(rows(jdbi, "observation")).isZero();
            assertThat(rows(jdbi, "import_batch")).isZero();
            assertThat(rows(jdbi, "source")).isZero();
        }
    }

    @Test
    void sipriGivesOrderedAndDeliveredWithUncertaintyAsAbout() {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            Fixtures.service(app).importFile("sipri", file("good/sipri_trade_register_recipient_ukraine.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(rows(jdbi, "observation")).isEqualTo(8);
            String bushmaster = "SELECT %s FROM observation WHERE source_row = 1 AND measure = '%s'";
            assertThat(text(jdbi, bushmaster.formatted("qualifier", "ordered"))).isEqualTo("exact");
            assertThat(text(jdbi, bushmaster.formatted("qualifier", "delivered"))).isEqualTo("about");
            assertThat(text(jdbi, bushmaster.formatted("observed_on", "delivered"))).as("last year of delivery").isEqualTo("2023-01-01");
            assertThat(text(jdbi, bushmaster.formatted("observed_precision", "delivered"))).isEqualTo("year");
            assertThat(text(jdbi, bushmaster.formatted("item_id", "ordered"))).isEqualTo("bushmaster");
            assertThat(text(jdbi, bushmaster.formatted("status_text", "ordered"))).contains("aid after 2022 Russian invasion");
            assertThat(text(jdbi, "SELECT qualifier FROM observation WHERE source_row = 2 AND measure = 'ordered'")).isEqualTo("about");
            assertThat(text(jdbi, "SELECT observed_precision FROM observation WHERE source_row = 2 AND measure = 'delivered'")).isEqualTo("unknown");
            assertThat(text(jdbi, "SELECT donor_code FROM observation WHERE source_row = 3 AND measure = 'ordered'")).isEqualTo("UNK");
            assertThat(text(jdbi, "SELECT qualifier FROM observation WHERE source_row = 3 AND measure = 'ordered'")).as("no number").isEqualTo("unspecified");
            assertThat(text(jdbi, "SELECT donor_code FROM observation WHERE source_row = 4 AND measure = 'ordered'")).isEqualTo("ARE");
        }
    }

    @Test
    void punCommitsFromCsvAndJsonAgree() {
        for (String name : List.of("good/heavy_weapon_commits_derived.csv", "good/commits.json")) {
            try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
                Fixtures.service(app).importFile("pun", file(name), "tester", n -> { });
                Jdbi jdbi = app.database().jdbi();
                assertThat(rows(jdbi, "observation")).as(name).isEqualTo(3);
                assertThat(text(jdbi, "SELECT donor_code || ' ' || item_id || ' ' || quantity || ' ' || observed_on || ' ' || url FROM observation WHERE source_row = 3"))
                        .as(name).isEqualTo("USA m1a1-abrams 31 2023-01-25 https://example.org/abrams");
                assertThat(text(jdbi, "SELECT donor_code FROM observation WHERE source_row = 1")).isEqualTo("CZE");
            }
        }
    }

    @Test
    void punPackagesArePledgesOfTheUnitedStatesInDollarsWithTheirAnnouncements() {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            ImportResult r = Fixtures.service(app).importFile("pun", file("good/us_packages_derived.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(r.skipped()).containsEntry("no amount stated", 1);
            assertThat(rows(jdbi, "pledge")).isEqualTo(3);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM pledge WHERE donor_code = 'USA'")).isEqualTo(3);
            assertThat(rows(jdbi, "pledge_line")).as("350 PDA; 175 PDA + 95 USAI; 675 PDA + 1000 FMF").isEqualTo(5);
            assertThat(text(jdbi, "SELECT funding_route || ' ' || value_cents || ' ' || value_currency FROM pledge_line WHERE source_row = 2 AND line_no = 2"))
                    .isEqualTo("procurement 9500000000 USD");
            assertThat(text(jdbi, "SELECT funding_route FROM pledge_line WHERE source_row = 1")).isEqualTo("stocks");
            assertThat(Fixtures.number(jdbi, "SELECT SUM(amount_cents) FROM ledger_entry WHERE kind = 'commitment'"))
                    .isEqualTo((350L + 175 + 95 + 675 + 1000) * 100_000_000L);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM citation c JOIN source s ON s.id = c.source_id WHERE s.kind = 'web' AND c.subject_type = 'pledge'"))
                    .as("three announcements and one fact sheet").isEqualTo(4);
            assertThat(text(jdbi, "SELECT url FROM source WHERE kind = 'web' AND url LIKE '%.pdf'")).isEqualTo("https://media.defense.gov/b.pdf");
        }
    }

    @Test
    void kielItemsTreatPlaceholdersAsUnstatedAndRepairTheRawSheet(@TempDir Path dir) throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            Fixtures.service(app).importFile("kiel-items", file("good/delivery_items_derived.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(rows(jdbi, "observation")).isEqualTo(5);
            assertThat(rows(jdbi, "pledge")).as("item rows are observations: the money facts come from kiel-activities").isZero();
            assertThat(text(jdbi, "SELECT item_id || ' ' || quantity || ' ' || qualifier FROM observation WHERE source_row = 2")).isEqualTo("pzh-2000 7 exact");
            assertThat(Fixtures.number(jdbi, "SELECT amount_cents FROM observation WHERE source_row = 2")).as("'.' is an unknown value").isNull();
            assertThat(text(jdbi, "SELECT donor_code || ' ' || qualifier || ' ' || category FROM observation WHERE source_row = 3"))
                    .as("Czech Republic, 'undisclosed' units, MBT").isEqualTo("CZE unspecified main_battle_tank");
            assertThat(text(jdbi, "SELECT donor_code || ' ' || quantity || ' ' || qualifier || ' ' || observed_precision || ' ' || category FROM observation WHERE source_row = 4"))
                    .isEqualTo("TUR 13 about unknown ammunition_155mm");
            assertThat(text(jdbi, "SELECT status_text FROM observation WHERE source_row = 4")).isEqualTo("Allocation; unit price USD 395.88");
            assertThat(Fixtures.number(jdbi, "SELECT amount_cents FROM observation WHERE source_row = 5")).isEqualTo(150_000_000_000L);
            assertThat(text(jdbi, "SELECT category FROM observation WHERE source_row = 5")).isEqualTo("funding");
        }
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            Fixtures.service(app).importFile("kiel-items", file("raw/allocations_delivery__delivery.csv"), "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(text(jdbi, "SELECT observed_on || ' ' || status_text FROM observation WHERE source_row = 1"))
                    .as("Excel serial 44733 and '280NULL49'").isEqualTo("2022-06-21 Allocation; unit price USD 280.49");
            assertThat(text(jdbi, "SELECT quantity || ' ' || qualifier || ' ' || observed_on FROM observation WHERE source_row = 2")).isEqualTo("13 about 2022-03-01");
        }
        Path xlsx = dir.resolve("allocations_delivery.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("bigone");
            XSSFSheet sheet = wb.createSheet("delivery");
            String[] header = {"Countries", "date", "general_type", "specific_type", "Original Currency", "donation_type", "Type of Item",
                "Sub-type of item", "No of Units", "Unit Price in USD", "eur_value"};
            XSSFRow h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            XSSFRow a = sheet.createRow(1);
            Object[] va = {"Germany", 44733.0, "Military", "Weapons", "EUR", "Allocation", "Heavy weapon", "Gepard", 15.0, "undisclosed", 12345678.5};
            XSSFRow b = sheet.createRow(2);
            Object[] vb = {"Norway", 44652.0, "Military", "Weapons", "NOK", "Commitment", "Heavy weapon", "M109", "NULL", "#N/A", "."};
            for (int i = 0; i < va.length; i++) {
                if (va[i] instanceof Double d) a.createCell(i).setCellValue(d); else a.createCell(i).setCellValue((String) va[i]);
                if (vb[i] instanceof Double d) b.createCell(i).setCellValue(d); else b.createCell(i).setCellValue((String) vb[i]);
            }
            a.getCell(1).setCellStyle(dateStyle); // a real date cell, and a bare serial on the next row
            wb.write(out);
        }
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            Fixtures.service(app).importFile("kiel-items", xlsx, "tester", n -> { });
            Jdbi jdbi = app.database().jdbi();
            assertThat(text(jdbi, "SELECT donor_code || ' ' || item_id || ' ' || quantity || ' ' || amount_cents || ' ' || observed_on FROM observation WHERE source_row = 1"))
                    .isEqualTo("DEU gepard 15 1234567850 2022-06-21");
            assertThat(text(jdbi, "SELECT donor_code || ' ' || qualifier || ' ' || observed_on FROM observation WHERE source_row = 2"))
                    .isEqualTo("NOR unspecified 2022-04-01");
        }
    }

    @Test
    void unknownFormatAndMissingColumnsAreClearErrors(@TempDir Path dir) throws Exception {
        try (App app = new App(TestDatabases.sqlite(), RecordingClock.system())) {
            assertThatThrownBy(() -> Fixtures.service(app).importFile("kiel", file("good/donated_vehicles.csv"), "t", n -> { }))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("'kiel' is not a known format");
            assertThatThrownBy(() -> Fixtures.service(app).importFile("sipri", file("good/donated_vehicles.csv"), "t", n -> { }))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("donated_vehicles.csv: column 1 should be 'Recipient'");
            Path notXlsx = Files.writeString(dir.resolve("items.xlsx"), "not a workbook");
            assertThatThrownBy(() -> Fixtures.service(app).importFile("kiel-items", notXlsx, "t", n -> { }))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("items.xlsx");
            assertThat(rows(app.database().jdbi(), "import_batch")).isZero();
        }
    }
}
