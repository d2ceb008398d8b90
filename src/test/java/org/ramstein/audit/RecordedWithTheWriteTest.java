package org.ramstein.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.access.domain.Role;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.storage.CommitWitness;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * A command's audit record is the last row of the transaction that carries out its write: when the record cannot be
 * written the write is rolled back with it, and what one transaction wrote is what its record names. On both databases.
 */
class RecordedWithTheWriteTest {

    private static AuditCommand command(List<CommitWitness.Written> written) {
        String[] entity = AuditTrail.entity("meeting", null, written);
        return new AuditCommand("alice", "coordinator", "127.0.0.1", "POST /meetings", entity[0], entity[1], "{}", AuditTrail.committed(written));
    }

    private static MeetingDraft meeting(int year, int month, int day, String place, String title) {
        return new MeetingDraft(null, java.time.LocalDate.of(year, month, day), place, title, "udcg", List.of(), "alice");
    }

    private static long count(App app, String table) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aLedgerWriteCommitsWithItsRecordNamingWhatItWrote(DatabaseFactory factory) throws Exception {
        try (App app = App.open(factory.open().url())) {
            String held;
            try (CommitWitness.Scope scope = app.audit().recording(RecordedWithTheWriteTest::command)) {
                held = app.ledgerService().recordMeeting(meeting(2023, 2, 14, "Brussels", "9th UDCG"));
                assertThat(scope.commits()).isEqualTo(1);
            }
            List<AuditRecord> records = app.audit().list(AuditFilter.all()).items();
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.entityType()).isEqualTo("meeting");
                assertThat(r.entityId()).isEqualTo(held);
                assertThat(r.outcome()).isEqualTo("committed: meeting " + held + " (recorded)");
            });
            assertThat(app.audit().verify().intact()).isTrue();

            // after the scope, writes are no longer recorded for this thread
            app.ledgerService().recordMeeting(meeting(2023, 3, 14, "Ramstein", "10th UDCG"));
            assertThat(count(app, "audit_record")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aWriteWhoseRecordCannotBeWrittenIsRolledBack(DatabaseFactory factory) throws Exception {
        try (App app = App.open(factory.open().url())) {
            long meetings = count(app, "meeting");
            // the trail's head row gone: no record can be appended, so no write may commit
            app.database().jdbi().useHandle(h -> h.execute("DELETE FROM audit_head"));
            try (CommitWitness.Scope scope = app.audit().recording(RecordedWithTheWriteTest::command)) {
                assertThatThrownBy(() -> app.ledgerService().recordMeeting(meeting(2023, 2, 14, "Brussels", "9th UDCG")))
                        .hasMessageContaining("audit trail's head row is missing");
                assertThatThrownBy(() -> app.accounts().addUser("eve", "Eve", Role.ANALYST, null, "a long enough password 1", "admin"))
                        .hasMessageContaining("audit trail's head row is missing");
                assertThat(scope.commits()).isZero();
            }
            assertThat(count(app, "meeting")).as("meetings after the refused write").isEqualTo(meetings);
            assertThat(count(app, "app_user")).as("users after the refused write").isZero();
            assertThat(count(app, "audit_record")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aWitnessThatFailsAfterTheWriteUndoesTheWholeTransaction(DatabaseFactory factory) throws Exception {
        try (App app = App.open(factory.open().url())) {
            CommitWitness failing = (Handle h, List<CommitWitness.Written> written) -> {
                assertThat(written).extracting(CommitWitness.Written::type).containsExactly("meeting");
                throw new IllegalStateException("no record");
            };
            try (CommitWitness.Scope scope = app.database().witnessCommits(failing)) {
                assertThatThrownBy(() -> app.ledgerService().recordMeeting(meeting(2023, 2, 14, "Brussels", "9th UDCG")))
                        .hasMessageContaining("no record");
            }
            assertThat(count(app, "meeting")).isZero();
        }
    }
}
