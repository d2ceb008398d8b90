package org.ramstein.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * Many writers at once, while readers read: every write succeeds (SQLite's writers take turns instead of failing as
 * busy), and the ledger holds exactly what they wrote.
 */
class ConcurrentWritesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void concurrentWritersAllSucceedAndTheTotalsAreTheirSum(DatabaseFactory db) throws Exception {
        try (App app = new App(db.open(), RecordingClock.system())) {
            int writers = 12;
            int each = 15;
            for (int w = 0; w < writers; w++) {
                app.ledgerService().recordPledge(LedgerQueriesTest.pledge("cw-" + w, "Germany", "Marder 1A3", 1_000, FuzzyDate.parse("2023-01")));
            }
            LedgerQueries queries = new LedgerQueries(app.database().jdbi(), app.catalog());
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            AtomicLong written = new AtomicLong();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String line = "cw-" + w + "/1";
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                        long last = -1;
                        for (int i = 1; i <= each; i++) {
                            long id = app.ledgerService().recordEntry(new EntryDraft(EntryKind.DELIVERY, line, (long) i, null,
                                    FuzzyDate.day(LocalDate.of(2023, 2, i)), null, null, List.of(SourceRef.manual("seen")), "writer"));
                            written.addAndGet(i);
                            if (i % 5 == 0) {
                                app.ledgerService().reverseEntry(last, "counted twice", "writer");
                                written.addAndGet(-(i - 1));
                            }
                            last = id;
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            for (int r = 0; r < 4; r++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                        for (int i = 0; i < 20; i++) queries.pledge("cw-" + (i % writers), TimeFilter.NOW, Audience.EVERYTHING);
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }));
            }
            go.countDown();
            for (Thread t : threads) t.join();
            assertThat(failures).isEmpty();
            long delivered = 0;
            for (int w = 0; w < writers; w++) delivered += queries.pledge("cw-" + w, TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).delivered();
            assertThat(delivered).isEqualTo(written.get()).isPositive();
        }
    }
}
