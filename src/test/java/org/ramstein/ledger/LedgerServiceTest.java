package org.ramstein.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ConflictException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class LedgerServiceTest {

    static final SourceRef SEED = new SourceRef(null, SourceKind.DOCUMENT, "NATO Secretary General, press remarks", "NATO", null,
            LocalDate.of(2023, 1, 15), "40 German Marders", null);

    static PledgeDraft marders(String id) {
        return new PledgeDraft(id, "Germany", AidType.MILITARY, "Marders", FuzzyDate.day(LocalDate.of(2023, 1, 5)), null, Visibility.PUBLIC,
                List.of(new LineDraft("Marder 1A3", null, null, Quantity.exact(40), null, null)), List.of(SEED), "test");
    }

    static long sum(Jdbi jdbi, String kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(quantity),0) FROM ledger_entry WHERE kind = :k")
                .bind("k", kind).mapTo(Long.class).one());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void pledgeDeliveryAndReversalAreAppendOnly(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            var pledge = app.ledgerService().recordPledge(marders(null));
            String line = pledge.lineIds().get(0);
            long delivery = app.ledgerService().recordEntry(new EntryDraft(EntryKind.DELIVERY, line, 20L, null,
                    FuzzyDate.parse("2023-03"), null, null, List.of(SourceRef.manual(null)), "analyst"));
            Jdbi jdbi = app.database().jdbi();
            assertThat(sum(jdbi, "commitment")).isEqualTo(40);
            assertThat(sum(jdbi, "delivery")).isEqualTo(20);

            app.ledgerService().reverseEntry(delivery, "double-counted", "analyst");
            assertThat(sum(jdbi, "delivery")).isZero();
            int deliveryRows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ledger_entry WHERE kind='delivery'").mapTo(Integer.class).one());
            assertThat(deliveryRows)
                    .as("the original entry stays, beside its reversal").isEqualTo(2);
            assertThatThrownBy(() -> app.ledgerService().reverseEntry(delivery, "again", "analyst")).isInstanceOf(ConflictException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void badPledgeNamesEveryBadFieldAndWritesNothing(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            PledgeDraft bad = new PledgeDraft(null, "Atlantis", null, null, FuzzyDate.UNKNOWN, null, null,
                    List.of(new LineDraft("Death Star", null, null, new Quantity(-3L, null, null), null, null)), List.of(), "t");
            assertThatThrownBy(() -> app.ledgerService().recordPledge(bad))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .contains("donor", "aidType", "lines[0].item", "lines[0].quantity.qualifier", "sources"));
            int pledges = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pledge").mapTo(Integer.class).one());
            assertThat(pledges).isZero();
        }
    }

    static long ceiling(Jdbi jdbi, String lineId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT SUM(COALESCE(quantity_max, quantity)) FROM ledger_entry WHERE kind = 'commitment' AND line_id = :l")
                .bind("l", lineId).mapTo(Long.class).one());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void restatingARangeLeavesTheOldFigureInHistoryAndSumsToTheNewOne(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            PledgeDraft range = new PledgeDraft(null, "DEU", AidType.MILITARY, "Marders and Patriot", FuzzyDate.parse("2023-01"), null, null,
                    List.of(new LineDraft("Marder", null, null, Quantity.of(40L, 50L, org.ramstein.ledger.domain.Qualifier.RANGE), null, null)),
                    List.of(SEED), "test");
            String line = app.ledgerService().recordPledge(range).lineIds().get(0);
            Jdbi jdbi = app.database().jdbi();
            assertThat(sum(jdbi, "commitment")).isEqualTo(40);
            assertThat(ceiling(jdbi, line)).isEqualTo(50);

            app.ledgerService().restateCommitment(line, Quantity.exact(40), null, "final figure announced", List.of(SourceRef.manual(null)), "analyst");
            assertThat(sum(jdbi, "commitment")).isEqualTo(40);
            assertThat(ceiling(jdbi, line)).isEqualTo(40);
            int postings = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ledger_entry WHERE line_id = :l").bind("l", line).mapTo(Integer.class).one());
            assertThat(postings).as("the first statement, its reversal, the restatement").isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void retractionReversesEveryPostingAndSameAsCannotChain(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            String first = app.ledgerService().recordPledge(marders("p1")).pledgeId();
            String second = app.ledgerService().recordPledge(marders("p2")).pledgeId();
            String third = app.ledgerService().recordPledge(marders("p3")).pledgeId();
            app.ledgerService().recordEntry(new EntryDraft(EntryKind.DELIVERY, "p1/1", 10L, null, FuzzyDate.parse("2023-04-01"), null, null,
                    List.of(SourceRef.manual(null)), "analyst"));
            app.ledgerService().markSameAs(second, first, "same package, reported twice", "analyst");
            assertThatThrownBy(() -> app.ledgerService().markSameAs(third, second, "chain", "analyst"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("p1");
            assertThatThrownBy(() -> app.ledgerService().markSameAs(second, third, "again", "analyst")).isInstanceOf(ConflictException.class);

            app.ledgerService().retractPledge(first, "announcement withdrawn", "analyst");
            Jdbi jdbi = app.database().jdbi();
            long p1Net = jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(quantity),0) FROM ledger_entry WHERE pledge_id = 'p1'").mapTo(Long.class).one());
            assertThat(p1Net).isZero();
            assertThatThrownBy(() -> app.ledgerService().retractPledge(first, "again", "analyst")).isInstanceOf(ConflictException.class);
            assertThat(sum(jdbi, "commitment")).as("p2 and p3 remain").isEqualTo(80);
        }
    }
}
