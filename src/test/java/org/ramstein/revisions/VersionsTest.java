package org.ramstein.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.ledger.view.LedgerViews.PledgeView;
import org.ramstein.revisions.domain.Revision;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.Subject;
import org.ramstein.revisions.domain.VersionRequiredException;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.Revisions;
import org.ramstein.storage.TestDatabases.DatabaseFactory;
import org.ramstein.ledger.LedgerQueries;

/** Versions as the services keep them, on both databases: what a change appends, and what a stale or blind change is told. */
class VersionsTest {
    static final List<SourceRef> SRC = List.of(SourceRef.manual(null));

    static PledgeDraft pledge(String id, int lines) {
        List<LineDraft> l = new java.util.ArrayList<>();
        for (int i = 0; i < lines; i++) l.add(new LineDraft("Marder 1A3", null, null, Quantity.exact(40), null, null));
        return new PledgeDraft(id, "Germany", AidType.MILITARY, "Marders", FuzzyDate.day(LocalDate.of(2023, 1, 5)), null, Visibility.PUBLIC,
                l, SRC, "recorder");
    }

    static EntryDraft delivery(String lineId, long quantity, String by) {
        return new EntryDraft(EntryKind.DELIVERY, lineId, quantity, null, FuzzyDate.parse("2023-03"), null, null, SRC, by);
    }

    static List<Revision> history(App app, Subject s) {
        return app.database().jdbi().withHandle(h -> Revisions.history(h, s));
    }

    static long count(App app, String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static LedgerQueries queries(App app) {
        return new LedgerQueries(app.database().jdbi(), app.catalog());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void eachChangeAppendsTheNextVersionOfWhatItChanges(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            var s = app.ledgerService();
            var p = s.recordPledge(pledge("p1", 2));
            String line = p.lineIds().get(0);
            assertThat(history(app, Subject.pledge("p1"))).singleElement().satisfies(r -> {
                assertThat(r.version()).isEqualTo(1);
                assertThat(r.action()).isEqualTo("recorded");
                assertThat(r.recordedBy()).isEqualTo("recorder");
            });
            assertThat(history(app, Subject.line(line))).extracting(Revision::version).containsExactly(1L);

            long delivery = s.recordEntry(delivery(line, 20, "alice"), 1L);
            assertThat(history(app, Subject.line(line))).extracting(Revision::version).containsExactly(1L, 2L);
            Revision delivered = history(app, Subject.line(line)).get(1);
            assertThat(delivered.action()).isEqualTo("delivery");
            assertThat(delivered.summary()).isEqualTo("delivery of 20 recorded as entry #" + delivery + ", happened 2023-03");
            assertThat(delivered.recordedBy()).isEqualTo("alice");

            PledgeView view = queries(app).pledge("p1", TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(view.version()).isEqualTo(1);
            assertThat(view.lines()).extracting(l -> l.version()).containsExactly(2L, 1L);
            assertThat(queries(app).entry(delivery, TimeFilter.NOW, Audience.EVERYTHING).version()).as("a posting is at version 1 as recorded").isEqualTo(1);

            long reversal = s.reverseEntry(delivery, 1L, "double-counted", "bob");
            assertThat(queries(app).entry(delivery, TimeFilter.NOW, Audience.EVERYTHING).version()).isEqualTo(2);
            assertThat(history(app, Subject.entry(delivery))).singleElement().satisfies(r -> {
                assertThat(r.version()).isEqualTo(2);
                assertThat(r.summary()).isEqualTo("reversed by entry #" + reversal + ": double-counted");
            });
            assertThat(queries(app).pledge("p1", TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).version()).as("the reversal changes the line too").isEqualTo(3);

            s.retractPledge("p1", 1L, "withdrawn", "carol");
            PledgeView retracted = queries(app).pledge("p1", TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(retracted.version()).isEqualTo(2);
            assertThat(retracted.lines()).extracting(l -> l.version()).as("every line of a retracted pledge changes").containsExactly(4L, 2L);
            assertThat(history(app, Subject.pledge("p1")).get(1).summary()).isEqualTo("retracted: withdrawn");

            // what the ledger knew before: versions answer at knownAt like everything else
            var before = new TimeFilter(null, org.ramstein.ledger.domain.Micros.toInstant(history(app, Subject.line(line)).get(1).recordedAt()));
            assertThat(queries(app).pledge("p1", before, Audience.EVERYTHING).lines().get(0).version()).isEqualTo(2);

            String need = s.recordNeed(new NeedDraft(null, "armour", "Leopard 2A6", null, "Main battle tanks", Quantity.exact(300), 1, null,
                    FuzzyDate.parse("2022-12"), null, SRC, "recorder"));
            assertThat(queries(app).need(need, TimeFilter.NOW, Audience.EVERYTHING).version()).isEqualTo(1);
            s.changeNeedStatus(need, 1L, NeedStatus.MET, LocalDate.of(2023, 9, 1), "all delivered", "dave");
            assertThat(queries(app).need(need, TimeFilter.NOW, Audience.EVERYTHING).version()).isEqualTo(2);
            assertThat(history(app, Subject.need(need)).get(1).summary()).isEqualTo("status met on 2023-09-01: all delivered");

            s.recordPledge(pledge("p2", 1));
            s.recordPledge(pledge("p3", 1));
            s.markSameAs("p3", 1L, "p2", "announced again", "erin");
            assertThat(queries(app).pledge("p3", TimeFilter.NOW, Audience.EVERYTHING).version()).isEqualTo(2);
            assertThat(queries(app).pledge("p2", TimeFilter.NOW, Audience.EVERYTHING).version()).as("the package counted once changes too").isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aStaleChangeIsRefusedWithWhatChangedAndWritesNothing(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            var s = app.ledgerService();
            String line = s.recordPledge(pledge("p1", 1)).lineIds().get(0);
            long first = s.recordEntry(delivery(line, 20, "alice"), 1L);
            long entries = count(app, "SELECT COUNT(*) FROM ledger_entry");
            long revisions = count(app, "SELECT COUNT(*) FROM revision");

            // bob read the line at version 1, before alice's delivery
            assertThatThrownBy(() -> s.recordEntry(delivery(line, 20, "bob"), 1L)).isInstanceOfSatisfying(StaleVersionException.class, e -> {
                assertThat(e.subject()).isEqualTo(Subject.line(line));
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.currentVersion()).isEqualTo(2);
                assertThat(e.changes()).singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo("delivery");
                    assertThat(r.summary()).contains("entry #" + first);
                    assertThat(r.recordedBy()).isEqualTo("alice");
                });
                assertThat(e.getMessage()).contains("has changed since version 1 was read", "by alice");
            });
            assertThatThrownBy(() -> s.recordEntry(delivery(line, 20, "bob"), 5L)).isInstanceOfSatisfying(StaleVersionException.class,
                    e -> assertThat(e.changes()).isEmpty());
            assertThatThrownBy(() -> s.reverseEntry(first, 2L, "wrong", "bob")).as("a posting never reached version 2")
                    .isInstanceOf(StaleVersionException.class);
            assertThatThrownBy(() -> s.retractPledge("p1", 0L, "wrong", "bob")).isInstanceOf(StaleVersionException.class);

            // no version at all: refused as well, naming the field, with where the subject stands
            assertThatThrownBy(() -> s.restateCommitment(line, null, Quantity.exact(30), null, "restated", SRC, "bob"))
                    .isInstanceOfSatisfying(VersionRequiredException.class, e -> {
                        assertThat(e.currentVersion()).isEqualTo(2);
                        assertThat(e.latest().recordedBy()).isEqualTo("alice");
                        assertThat(e.errors()).extracting(f -> f.field()).containsExactly("version");
                    });
            assertThatThrownBy(() -> s.markSameAs("p1", null, "p1x", "x", "bob")).isInstanceOf(org.ramstein.common.NotFoundException.class);
            assertThatThrownBy(() -> s.changeNeedStatus("nope", null, NeedStatus.MET, null, null, "bob"))
                    .isInstanceOf(org.ramstein.common.NotFoundException.class);

            assertThat(count(app, "SELECT COUNT(*) FROM ledger_entry")).as("nothing of a refused change is written").isEqualTo(entries);
            assertThat(count(app, "SELECT COUNT(*) FROM revision")).isEqualTo(revisions);
            assertThat(count(app, "SELECT COUNT(*) FROM retraction")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aClaimIsDecidedOnceOnItsVersionAndARefusedDecisionLeavesNothingBehind(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            String text = "Berlin said it will send 40 Marder infantry fighting vehicles.";
            String words = "40 Marder infantry fighting vehicles";
            ReviewService review = app.review();
            review.ingest(new ReviewService.DocumentMeta("berlin.txt", null, null, LocalDate.of(2023, 1, 5), null), text,
                    List.of(new ClaimDraft("pledge", "Germany", "Ukraine", "Marder", null, 40L, null, "exact", null, null, null, words,
                            text.indexOf(words), text.indexOf(words) + words.length(), "test", 0.9)), "ingester");
            Claim claim = review.queue(true, 10, Audience.EVERYTHING).get(0);
            assertThat(claim.version()).isEqualTo(1);
            assertThat(history(app, Subject.claim(claim.id()))).singleElement().satisfies(r -> {
                assertThat(r.summary()).isEqualTo("read in berlin.txt");
                assertThat(r.recordedBy()).isEqualTo("ingester");
            });

            assertThatThrownBy(() -> review.accept(claim.id(), null, null, null, "reviewer")).isInstanceOf(VersionRequiredException.class);
            assertThat(count(app, "SELECT COUNT(*) FROM pledge")).as("the pledge of a refused decision is not left behind").isZero();

            Claim decided = review.reject(claim.id(), 1L, "an intention", "first");
            assertThat(decided.version()).isEqualTo(2);
            assertThatThrownBy(() -> review.accept(claim.id(), 1L, null, null, "second")).isInstanceOfSatisfying(StaleVersionException.class, e -> {
                assertThat(e.changes()).singleElement().satisfies(r -> {
                    assertThat(r.action()).isEqualTo("rejected");
                    assertThat(r.summary()).isEqualTo("rejected: an intention");
                    assertThat(r.recordedBy()).isEqualTo("first");
                });
            });
            assertThat(count(app, "SELECT COUNT(*) FROM pledge")).isZero();
            assertThat(review.store().claim(claim.id()).orElseThrow().version()).isEqualTo(2);
        }
    }

    /** Runs both at once (released together) and returns what each threw, null for success. */
    static List<Throwable> atOnce(Runnable a, Runnable b) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Throwable>> out = new java.util.ArrayList<>();
            for (Runnable r : List.of(a, b)) {
                out.add(pool.submit(() -> {
                    start.await();
                    try {
                        r.run();
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Throwable> thrown = new java.util.ArrayList<>();
            for (var f : out) thrown.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            return thrown;
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void twoReversalsOfOneDeliveryAtOnceOneIsMadeTheOtherIsToldItWasReversed(DatabaseFactory db) throws Exception {
        try (App app = new App(db.open(), RecordingClock.system())) {
            var s = app.ledgerService();
            String line = s.recordPledge(pledge("p1", 1)).lineIds().get(0);
            for (int round = 0; round < 8; round++) {
                long lineVersion = queries(app).pledge("p1", TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).version();
                long delivery = s.recordEntry(delivery(line, 1 + round, "alice"), lineVersion);
                List<Throwable> thrown = atOnce(() -> s.reverseEntry(delivery, 1L, "typed twice", "bob"),
                        () -> s.reverseEntry(delivery, 1L, "typed twice", "carol"));
                assertThat(thrown).as("round " + round + ": " + thrown).filteredOn(t -> t == null).hasSize(1);
                assertThat(thrown).filteredOn(t -> t != null).singleElement().isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.subject()).isIn(Subject.entry(delivery), Subject.line(line));
                    assertThat(e.changes()).isNotEmpty().allSatisfy(r -> assertThat(r.action()).isEqualTo("reversal"));
                });
                assertThat(count(app, "SELECT COUNT(*) FROM ledger_entry WHERE reverses_id = " + delivery)).isEqualTo(1);
            }
            assertThat(count(app, "SELECT COALESCE(SUM(quantity), 0) FROM ledger_entry WHERE kind = 'delivery'")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aRetractionRacingADeliveryNeverLeavesThatDeliveryStandingOnTheRetractedPledge(DatabaseFactory db) throws Exception {
        try (App app = new App(db.open(), RecordingClock.system())) {
            var s = app.ledgerService();
            for (int round = 0; round < 8; round++) {
                String pledge = "race-" + round;
                String line = s.recordPledge(pledge(pledge, 1)).lineIds().get(0);
                List<Throwable> thrown = atOnce(() -> s.retractPledge(pledge, 1L, "withdrawn", "bob"),
                        () -> s.recordEntry(delivery(line, 5, "alice"), 1L));
                assertThat(thrown).as("round " + round + ": " + thrown).filteredOn(t -> t == null).isNotEmpty();
                assertThat(thrown).filteredOn(t -> t != null).allSatisfy(t -> assertThat(t).isInstanceOf(StaleVersionException.class));
                boolean retracted = count(app, "SELECT COUNT(*) FROM retraction WHERE subject_id = '" + pledge + "'") == 1;
                long delivered = count(app, "SELECT COALESCE(SUM(quantity), 0) FROM ledger_entry WHERE kind = 'delivery' AND pledge_id = '" + pledge + "'");
                if (retracted) assertThat(delivered).as("round " + round + ": a retracted pledge keeps no delivery").isZero();
                else assertThat(delivered).isEqualTo(5);
            }
        }
    }
}
