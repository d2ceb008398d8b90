package org.ramstein.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.audit.domain.AuditChain;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.audit.domain.Finding;
import org.ramstein.audit.domain.Verification;
import org.ramstein.storage.Database;
import org.ramstein.storage.HandClock;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** The trail on both databases: concurrent appends make one gap-free chain; edits and deletions made with SQL are found and named. */
class AuditTrailTest {

    static AuditCommand command(String actor, String type, String id, String action) {
        return new AuditCommand(actor, "coordinator", "127.0.0.1", action, type, id, "{\"n\":1}", "201 Created");
    }

    static AuditTrail appended(Database db, int n) {
        AuditTrail trail = new AuditTrail(db, RecordingClock.system());
        for (int i = 1; i <= n; i++) trail.append(command("alice", "pledge", "p-" + i, "POST /api/v1/pledges"));
        return trail;
    }

    static List<String> messages(Verification v) {
        return v.findings().stream().map(Finding::message).toList();
    }

    static List<Long> seqs(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT seq FROM audit_record ORDER BY seq").mapTo(Long.class).list());
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void appendsFromEightThreadsAtOnceMakeOneGapFreeChain(DatabaseFactory factory) throws Exception {
        try (Database db = factory.open()) {
            AuditTrail trail = new AuditTrail(db, RecordingClock.system());
            int threads = 8;
            int each = 25;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String actor = "user-" + t;
                done.add(pool.submit(() -> {
                    go.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) mine.add(trail.append(command(actor, "need", actor + "-" + i, "POST /api/v1/needs")).seq());
                    return mine;
                }));
            }
            go.countDown();
            List<Long> handedOut = new ArrayList<>();
            for (Future<List<Long>> f : done) handedOut.addAll(f.get());
            pool.shutdown();

            List<Long> expected = LongStream.rangeClosed(1, threads * each).boxed().toList();
            assertThat(handedOut).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(seqs(db)).containsExactlyElementsOf(expected);
            Verification v = trail.verify();
            assertThat(messages(v)).isEmpty();
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isEqualTo(threads * each);
            assertThat(trail.head().orElseThrow().seq()).isEqualTo(threads * each);
            List<Long> times = db.jdbi().withHandle(h -> h.createQuery("SELECT recorded_at FROM audit_record ORDER BY seq").mapTo(Long.class).list());
            assertThat(times).as("never dated before the record it follows").isSorted();
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aRecordEditedWithSqlIsNamed(DatabaseFactory factory) {
        try (Database db = factory.open()) {
            AuditTrail trail = appended(db, 20);
            assertThat(trail.verify().intact()).isTrue();
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_record SET outcome = '200 OK', actor = 'mallory' WHERE seq = 7"));
            Verification v = trail.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.checked()).isEqualTo(20);
            assertThat(messages(v)).containsExactly("record 7 was edited: its hash does not match its content");
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void recordsDeletedInTheMiddleAreNamed(DatabaseFactory factory) {
        try (Database db = factory.open()) {
            AuditTrail trail = appended(db, 20);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_record WHERE seq BETWEEN 8 AND 10"));
            Verification v = trail.verify();
            assertThat(messages(v)).containsExactly("records 8–10 are missing",
                    "record 11 does not follow record 7: its previous hash is not record 7's hash");
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_record WHERE seq = 15"));
            assertThat(messages(trail.verify())).contains("record 15 is missing");
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aDeletedLastRecordIsFoundFromTheHead(DatabaseFactory factory) {
        try (Database db = factory.open()) {
            AuditTrail trail = appended(db, 20);
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_record WHERE seq = 20"));
            assertThat(messages(trail.verify())).containsExactly("record 20 is missing at the end of the trail (the head names record 20)");
            // the next append follows the head, so the gap stays visible
            assertThat(trail.append(command("bob", "pledge", "p-21", "POST /api/v1/pledges")).seq()).isEqualTo(21);
            assertThat(messages(trail.verify())).containsExactly("record 20 is missing",
                    "record 21 does not follow record 19: its previous hash is not record 19's hash");
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aRecordWrittenAroundTheTrailAndADeletedHeadAreFound(DatabaseFactory factory) {
        try (Database db = factory.open()) {
            AuditTrail trail = appended(db, 3);
            AuditRecord last = trail.list(AuditFilter.all()).items().get(0);
            AuditRecord sneaked = AuditRecord.chained(command("mallory", null, null, "DELETE everything"), 4, last.recordedAt() + 1, last.hash());
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO audit_record (seq, recorded_at, actor, role, origin, action, outcome, payload, "
                            + "prev_hash, hash) VALUES (:seq, :recordedAt, :actor, :role, :origin, :action, :outcome, :payload, :prevHash, :hash)")
                    .bindMethods(sneaked).execute());
            assertThat(messages(trail.verify())).containsExactly("record 4 lies beyond the head (record 3): not appended through the trail");
            db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_head"));
            assertThat(trail.verify().findings()).extracting(Finding::kind).containsExactly(Finding.Kind.NO_HEAD);
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void listsFilterByActorEntityDateAndActionInKeysetPages(DatabaseFactory factory) {
        try (Database db = factory.open()) {
            HandClock clock = new HandClock("2024-03-01T10:00:00Z");
            AuditTrail trail = new AuditTrail(db, new RecordingClock(clock));
            trail.append(command("alice", "pledge", "p-1", "POST /api/v1/pledges"));                       // 1, 1 March
            trail.append(command("bob", "pledge", "p-1", "POST /api/v1/pledges/p-1/retraction"));          // 2
            clock.now = Instant.parse("2024-03-02T23:59:59Z");
            trail.append(command("alice", "need", "n-1", "POST /api/v1/needs"));                           // 3, 2 March
            clock.now = Instant.parse("2024-03-03T00:00:00Z");
            trail.append(command("cli:ops", "import", "kiel-1", "import kiel-activities"));                // 4, 3 March
            trail.append(command("alice", "pledge", "p-2", "POST /api/v1/pledges"));                       // 5

            assertThat(seqsOf(trail.list(new AuditFilter("alice", null, null, null, null, null, 100, null)).items())).containsExactly(5L, 3L, 1L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, "pledge", null, null, null, null, 100, null)).items())).containsExactly(5L, 2L, 1L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, "pledge", "p-1", null, null, null, 100, null)).items())).containsExactly(2L, 1L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, null, null, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), null, 100, null)).items()))
                    .containsExactly(3L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, null, null, LocalDate.of(2024, 3, 3), null, null, 100, null)).items())).containsExactly(5L, 4L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, null, null, null, null, "retraction", 100, null)).items())).containsExactly(2L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, null, null, null, null, "IMPORT KIEL", 100, null)).items())).containsExactly(4L);
            assertThat(seqsOf(trail.list(new AuditFilter(null, null, null, null, null, "100%_", 100, null)).items())).as("LIKE wildcards are literal").isEmpty();
            assertThat(trail.count(new AuditFilter("alice", null, null, null, null, null, 1, null))).isEqualTo(3);

            List<Long> paged = new ArrayList<>();
            AuditFilter f = new AuditFilter(null, null, null, null, null, null, 2, null);
            int pages = 0;
            while (true) {
                var page = trail.list(f);
                pages++;
                paged.addAll(seqsOf(page.items()));
                if (page.nextCursor() == null) break;
                f = f.after(AuditTrail.cursor(page.nextCursor()));
            }
            assertThat(pages).isEqualTo(3);
            assertThat(paged).containsExactly(5L, 4L, 3L, 2L, 1L);
            assertThat(trail.verify().intact()).isTrue();
        }
    }

    static List<Long> seqsOf(List<AuditRecord> records) {
        return records.stream().map(AuditRecord::seq).toList();
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aLongTrailIsVerifiedInOnePassAndATamperedRecordInItNamed(DatabaseFactory factory) {
        int n = 100_000;
        try (Database db = factory.open()) {
            // written in one batch for speed; the records are exactly those append() would write
            db.jdbi().useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch("INSERT INTO audit_record (seq, recorded_at, actor, role, origin, action, entity_type, entity_id, "
                        + "payload, outcome, prev_hash, hash) VALUES (:seq, :recordedAt, :actor, :role, :origin, :action, :entityType, :entityId, "
                        + ":payload, :outcome, :prevHash, :hash)");
                String prev = AuditChain.GENESIS;
                AuditRecord r = null;
                for (int i = 1; i <= n; i++) {
                    r = AuditRecord.chained(command("user-" + (i % 7), "pledge", "p-" + i, "POST /api/v1/pledges"), i, 1_700_000_000_000_000L + i, prev);
                    batch.bindMethods(r).add();
                    prev = r.hash();
                    if (i % 5_000 == 0) batch.execute();
                }
                h.createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash, recorded_at = :recordedAt WHERE id = 1").bindMethods(r).execute();
            });
            AuditTrail trail = new AuditTrail(db, RecordingClock.system());
            Verification v = trail.verify();
            assertThat(v.checked()).isEqualTo(n);
            assertThat(v.intact()).isTrue();
            db.jdbi().useHandle(h -> h.execute("UPDATE audit_record SET entity_id = 'p-0' WHERE seq = 54321"));
            assertThat(messages(trail.verify())).containsExactly("record 54321 was edited: its hash does not match its content");
        }
    }
}
