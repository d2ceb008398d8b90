package org.ramstein.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.exchange.ExchangeService;
import org.ramstein.exchange.ExportFormat;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.revisions.domain.SubjectType;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** Version 1 for what was there before versions were kept, and for what the bulk paths write, on both databases. */
class RevisionStoreTest {

    static Stream<Named<String>> urls() throws Exception {
        Path dir = Files.createTempDirectory("ramstein-migrate-");
        return Stream.of(Named.of("sqlite", "jdbc:sqlite:" + dir.resolve("old.db")), Named.of("postgres", TestPostgres.freshDatabase()));
    }

    static long count(App app, String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /** The current version of every row of {@code table}, as the ledger answers it. */
    static java.util.Collection<Long> versions(App app, SubjectType type, String table) {
        return app.database().jdbi().withHandle(h -> {
            List<String> ids = h.createQuery("SELECT id FROM " + table).mapTo(String.class).list();
            return ids.stream().map(id -> Revisions.current(h, new org.ramstein.revisions.domain.Subject(type, id))).toList();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("urls")
    void theMigrationGivesWhatWasRecordedBeforeVersion1(String url) throws Exception {
        // a ledger as it stood before versions were kept
        var config = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Map.of("identity", Dialect.of(url).identityColumn));
        String before = java.util.Arrays.stream(config.load().info().all()).map(m -> m.getVersion())
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("8")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        config.target(before).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO donor (code, name, kind) VALUES ('DEU', 'Germany', 'country')");
            s.execute("INSERT INTO source (id, kind, title, recorded_at) VALUES ('s1', 'web', 'A text', 5)");
            s.execute("INSERT INTO pledge (id, donor_code, aid_type, announced_precision, recorded_at, recorded_by) "
                    + "VALUES ('old', 'DEU', 'military', 'unknown', 10, 'legacy')");
            s.execute("INSERT INTO pledge_line (id, pledge_id, line_no, category, qualifier, recorded_at, recorded_by) "
                    + "VALUES ('old/1', 'old', 1, 'armour', 'unspecified', 10, 'legacy')");
            s.execute("INSERT INTO need (id, capability, description, qualifier, priority, stated_precision, recorded_at) "
                    + "VALUES ('n-old', 'armour', 'tanks', 'unspecified', 1, 'unknown', 11)");
            s.execute("INSERT INTO claim (id, source_id, kind, qualifier, evidence, recorded_at) VALUES ('c-old', 's1', 'pledge', 'exact', 'x', 12)");
        }
        try (App app = new App(Database.open(url), RecordingClock.system())) {
            List<Map<String, Object>> rows = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT subject_type, subject_id, version, action, recorded_at, recorded_by FROM revision ORDER BY subject_type").mapToMap().list());
            assertThat(rows).extracting(r -> r.get("subject_type") + " " + r.get("subject_id") + " v" + r.get("version"))
                    .containsExactly("claim c-old v1", "line old/1 v1", "need n-old v1", "pledge old v1");
            assertThat(rows.get(3)).containsEntry("action", "recorded").containsEntry("recorded_by", "legacy");
            assertThat(((Number) rows.get(3).get("recorded_at")).longValue()).isEqualTo(10);
            // old data takes changes like new: its line at version 1
            app.ledgerService().recordEntry(new org.ramstein.ledger.domain.EntryDraft(org.ramstein.ledger.domain.EntryKind.DELIVERY, "old/1", 3L,
                    null, FuzzyDate.parse("2023"), null, null, List.of(SourceRef.manual(null)), "today"), 1L);
            assertThat(count(app, "SELECT MAX(version) FROM revision WHERE subject_id = 'old/1'")).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void bulkLoadsImportsAndRestoresLeaveWhatTheyCreateAtVersion1WithoutARowEach(DatabaseFactory db) throws Exception {
        Path csv = Files.createTempFile("lines-", ".csv");
        StringBuilder rows = new StringBuilder(String.join(",", org.ramstein.exchange.PledgeLinesLoader.COLUMNS)).append('\n');
        for (int i = 0; i < 60; i++) rows.append("bulk-").append(i / 3).append(",DEU,military,,2023-01-05,day,").append(i % 3 + 1)
                .append(",,tanks,armour,exact,").append(i + 1).append(",,,,stocks\n");
        Files.writeString(csv, rows);
        Path export = Files.createTempDirectory("ramstein-export-").resolve("ledger.zip");
        try (App app = new App(db.open(), RecordingClock.system())) {
            new ExchangeService(app.ledger()).loadPledgeLines(csv, app.catalog().catalog(), app.catalog().donors(), "loader");
            // an imported row's version 1 is the row itself, its batch saying who recorded it and when
            assertThat(count(app, "SELECT COUNT(*) FROM revision")).as("revision rows after a bulk load").isZero();
            assertThat(versions(app, SubjectType.PLEDGE, "pledge")).hasSize(20).containsOnly(1L);
            assertThat(versions(app, SubjectType.LINE, "pledge_line")).hasSize(60).containsOnly(1L);

            org.ramstein.importers.ImportService imports = new org.ramstein.importers.ImportService(app.ledger(), app.catalog());
            Path kiel = Path.of(RevisionStoreTest.class.getResource("/importers/good/bilateral_activities.csv").toURI());
            imports.importFile("kiel-activities", kiel, "importer", n -> { });
            long kielPledges = count(app, "SELECT COUNT(*) FROM pledge WHERE batch_id IN (SELECT id FROM import_batch WHERE format = 'kiel-activities')");
            assertThat(kielPledges).isPositive();
            assertThat(count(app, "SELECT COUNT(*) FROM revision")).as("revision rows after an import").isZero();
            assertThat(versions(app, SubjectType.PLEDGE, "pledge")).hasSize((int) (20 + kielPledges)).containsOnly(1L);

            app.ledgerService().recordNeed(new NeedDraft("n1", "armour", null, "armour", "tanks", Quantity.exact(3), 1, null, null, null,
                    List.of(SourceRef.manual(null)), "t"));
            app.ledgerService().recordPledge(new PledgeDraft("own", "Germany", AidType.MILITARY, null, FuzzyDate.UNKNOWN, null, Visibility.PUBLIC,
                    List.of(new LineDraft(null, null, "armour", Quantity.exact(2), null, null)), List.of(SourceRef.manual(null)), "t"));
            app.ledgerService().changeNeedStatus("n1", 1L, org.ramstein.ledger.domain.NeedStatus.MET, null, null, "t");
            new ExchangeService(app.ledger()).export(export, ExportFormat.CSV);
        }
        try (App restored = new App(db.open(), RecordingClock.system())) {
            new ExchangeService(restored.ledger()).importFrom(export);
            // the format carries what was recorded, not its versions: a restore starts everything at 1
            assertThat(versions(restored, SubjectType.PLEDGE, "pledge")).hasSize((int) count(restored, "SELECT COUNT(*) FROM pledge")).containsOnly(1L);
            assertThat(versions(restored, SubjectType.LINE, "pledge_line")).hasSize((int) count(restored, "SELECT COUNT(*) FROM pledge_line"))
                    .containsOnly(1L);
            assertThat(versions(restored, SubjectType.NEED, "need")).containsOnly(1L).hasSize(1);
            // and they take changes like any: the need's next version is 2
            restored.ledgerService().changeNeedStatus("n1", 1L, org.ramstein.ledger.domain.NeedStatus.OPEN, null, null, "t");
            assertThat(versions(restored, SubjectType.NEED, "need")).containsOnly(2L);
        }
    }
}
