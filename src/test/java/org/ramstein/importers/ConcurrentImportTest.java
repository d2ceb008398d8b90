package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.importers.Fixtures.file;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/** Two people import the same file at the same moment: one import writes it, the other is told nothing changed. */
class ConcurrentImportTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void theSameFileImportedTwiceAtOnceIsWrittenOnceAndNeitherFails(DatabaseFactory db) throws Exception {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ImportService service = Fixtures.service(app);
            int imports = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(imports);
            try {
                List<Future<ImportResult>> results = new ArrayList<>();
                for (int i = 0; i < imports; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return service.importFile("oryx", file("good/donated_vehicles.csv"), "tester", n -> { });
                    }));
                }
                start.countDown();
                List<ImportResult> done = new ArrayList<>();
                for (Future<ImportResult> f : results) done.add(f.get()); // none throws
                assertThat(done).filteredOn(r -> !r.alreadyImported()).hasSize(1);
                assertThat(done).extracting(ImportResult::batchId).containsOnly(done.stream()
                        .filter(r -> !r.alreadyImported()).findFirst().orElseThrow().batchId());
                assertThat(Fixtures.count(app.database().jdbi(), "SELECT COUNT(*) FROM import_batch")).isEqualTo(1);
                assertThat(Fixtures.rows(app.database().jdbi(), "observation")).isEqualTo(6);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
