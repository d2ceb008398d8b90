package org.ramstein.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FulfilmentState;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.LedgerViews.EntryView;
import org.ramstein.ledger.view.LedgerViews.Page;
import org.ramstein.ledger.view.LedgerViews.PledgeView;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class LedgerQueriesTest {

    static final SourceRef QUOTE = new SourceRef(null, SourceKind.WEB, "Bundesregierung", "Bundesregierung",
            "https://www.bundesregierung.de/lieferungen", LocalDate.of(2023, 1, 6), "40 Schützenpanzer Marder", null);

    static PledgeDraft pledge(String id, String donor, String item, long qty, FuzzyDate announced) {
        return new PledgeDraft(id, donor, AidType.MILITARY, id, announced, null, null,
                List.of(new LineDraft(item, null, null, Quantity.exact(qty), null, null)), List.of(QUOTE), "analyst");
    }

    static EntryDraft delivery(String lineId, long qty, String when) {
        return new EntryDraft(EntryKind.DELIVERY, lineId, qty, null, FuzzyDate.parse(when), null, null,
                List.of(SourceRef.manual("seen at the border")), "analyst");
    }

    static TimeFilter asOf(String date) {
        return new TimeFilter(LocalDate.parse(date), null);
    }

    static TimeFilter knownAt(Instant at) {
        return new TimeFilter(null, at);
    }

    static List<String> ids(Page<PledgeView> page) {
        return page.items().stream().map(PledgeView::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void asOfCountsMonthDatesFromTheFirstAndDropsUnknownDates(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            app.ledgerService().recordPledge(pledge("jan", "Germany", "Marder 1A3", 40, FuzzyDate.parse("2023-01")));
            app.ledgerService().recordPledge(pledge("undated", "Germany", "Marder 1A3", 5, FuzzyDate.UNKNOWN));

            assertThat(ids(q.pledges(ListQuery.all().withTime(asOf("2023-02-01")), Audience.EVERYTHING))).containsExactly("jan");
            assertThat(ids(q.pledges(ListQuery.all().withTime(asOf("2023-01-01")), Audience.EVERYTHING))).containsExactly("jan");
            assertThat(ids(q.pledges(ListQuery.all().withTime(asOf("2022-12-31")), Audience.EVERYTHING))).isEmpty();
            assertThat(ids(q.pledges(ListQuery.all(), Audience.EVERYTHING))).containsExactlyInAnyOrder("jan", "undated");
            PledgeView jan = q.pledge("jan", TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(jan.announced().display()).isEqualTo("2023-01");
            assertThat(jan.sources()).singleElement().satisfies(s -> assertThat(s.quote()).isEqualTo("40 Schützenpanzer Marder"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void knownAtHidesWhatWasRecordedLater(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            var recorded = app.ledgerService().recordPledge(pledge("a", "Germany", "Marder 1A3", 40, FuzzyDate.parse("2023-01-05")));
            String line = recorded.lineIds().get(0);
            app.ledgerService().recordPledge(pledge("b", "Germany", "Marder 1A3", 40, FuzzyDate.parse("2023-01-20")));
            Instant pledgeA = q.pledge("a", TimeFilter.NOW, Audience.EVERYTHING).recordedAt();
            long deliveryId = app.ledgerService().recordEntry(delivery(line, 20, "2023-03-28"));
            Instant afterDelivery = q.entries(EntryKind.DELIVERY, ListQuery.all(), Audience.EVERYTHING).items().get(0).recordedAt();
            app.ledgerService().reverseEntry(deliveryId, "it was the other package", "analyst");
            app.ledgerService().markSameAs("b", "a", "re-announced at Ramstein", "analyst");
            app.ledgerService().retractPledge("a", "withdrawn", "analyst");

            Instant before = pledgeA.minus(1, ChronoUnit.MICROS);
            assertThat(ids(q.pledges(ListQuery.all().withTime(knownAt(before)), Audience.EVERYTHING))).isEmpty();
            assertThatThrownBy(() -> q.pledge("a", knownAt(before), Audience.EVERYTHING)).isInstanceOf(NotFoundException.class);
            assertThat(ids(q.pledges(ListQuery.all().withTime(knownAt(pledgeA)), Audience.EVERYTHING))).containsExactly("a");

            PledgeView then = q.pledge("a", knownAt(afterDelivery), Audience.EVERYTHING);
            assertThat(then.lines().get(0).delivered()).isEqualTo(20);
            assertThat(then.lines().get(0).state()).isEqualTo(FulfilmentState.PARTIAL);
            assertThat(then.retracted()).isFalse();
            assertThat(q.pledge("b", knownAt(afterDelivery), Audience.EVERYTHING).sameAs()).isNull();
            assertThat(then.history()).extracting(EntryView::kind).containsExactly(EntryKind.COMMITMENT, EntryKind.DELIVERY);
            assertThat(then.history().get(1).reversedBy()).as("the reversal is not known yet").isNull();

            PledgeView now = q.pledge("a", TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(now.retracted()).isTrue();
            assertThat(now.retraction().reason()).isEqualTo("withdrawn");
            assertThat(now.lines().get(0).delivered()).isZero();
            assertThat(now.lines().get(0).committed().value()).as("the retraction reverses the commitment").isZero();
            assertThat(q.pledge("b", TimeFilter.NOW, Audience.EVERYTHING).sameAs()).isEqualTo("a");
            EntryView original = now.history().stream().filter(e -> e.id() == deliveryId).findFirst().orElseThrow();
            assertThat(original.reversedBy()).isNotNull();
            assertThat(now.history()).filteredOn(e -> e.reversesId() != null).allSatisfy(e -> assertThat(e.correction()).isEqualTo("reversal"));
            assertThat(now.history()).filteredOn(e -> e.reversesId() != null).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void pagesThroughThreePagesWithTheCursor(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                String id = "p" + i;
                // two share a date so the id breaks the tie; one has no date and sorts first
                FuzzyDate when = i == 7 ? FuzzyDate.UNKNOWN : FuzzyDate.day(LocalDate.of(2023, 1, Math.min(i, 5)));
                app.ledgerService().recordPledge(pledge(id, "Germany", "Marder 1A3", i, when));
            }
            expected.add("p7");
            for (int i = 1; i <= 6; i++) expected.add("p" + i);

            List<String> seen = new ArrayList<>();
            ListQuery query = ListQuery.all().withLimit(3);
            int pages = 0;
            String cursor = null;
            do {
                Page<PledgeView> page = q.pledges(query.withCursor(cursor), Audience.EVERYTHING);
                seen.addAll(ids(page));
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null);
            assertThat(pages).isEqualTo(3);
            assertThat(seen).containsExactlyElementsOf(expected);
            assertThatThrownBy(() -> q.pledges(query.withCursor("not-a-cursor!"), Audience.EVERYTHING))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("cursor"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void filtersByDonorItemCategoryAndDates(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            app.ledgerService().recordPledge(pledge("de-marder", "Germany", "Marder 1A3", 40, FuzzyDate.parse("2023-01-05")));
            app.ledgerService().recordPledge(pledge("de-leo", "DEU", "Leopard 2A6", 14, FuzzyDate.parse("2023-01-25")));
            app.ledgerService().recordPledge(pledge("fr-caesar", "France", "Caesar", 12, FuzzyDate.parse("2022-06-01")));
            ListQuery all = ListQuery.all();

            assertThat(ids(q.pledges(new ListQuery("Germany", null, null, null, null, null, null, null, null, 0, null), Audience.EVERYTHING)))
                    .containsExactly("de-marder", "de-leo");
            assertThat(ids(q.pledges(new ListQuery(null, "Leo 2A6", null, null, null, null, null, null, null, 0, null), Audience.EVERYTHING)))
                    .containsExactly("de-leo");
            assertThat(ids(q.pledges(new ListQuery(null, null, "main_battle_tank", null, null, null, null, null, null, 0, null), Audience.EVERYTHING)))
                    .containsExactly("de-leo");
            assertThat(ids(q.pledges(new ListQuery(null, null, null, null, null, null, LocalDate.parse("2023-01-01"),
                    LocalDate.parse("2023-01-10"), null, 0, null), Audience.EVERYTHING))).containsExactly("de-marder");
            assertThat(ids(q.pledges(new ListQuery(null, null, null, AidType.FINANCIAL, null, null, null, null, null, 0, null), Audience.EVERYTHING))).isEmpty();
            assertThat(ids(q.pledges(all, Audience.EVERYTHING))).hasSize(3);
            assertThatThrownBy(() -> q.pledges(new ListQuery("Atlantis", null, null, null, null, null, null, null, null, 0, null), Audience.EVERYTHING))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("donor"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void stateIsDerivedFromCommittedAndDelivered(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            String line = app.ledgerService().recordPledge(pledge("m", "Germany", "Marder 1A3", 40, FuzzyDate.parse("2023-01-05")))
                    .lineIds().get(0);
            assertThat(q.pledge("m", TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).state()).isEqualTo(FulfilmentState.NONE);
            app.ledgerService().recordEntry(delivery(line, 20, "2023-03"));
            assertThat(q.pledge("m", TimeFilter.NOW, Audience.EVERYTHING).lines().get(0).state()).isEqualTo(FulfilmentState.PARTIAL);
            app.ledgerService().recordEntry(delivery(line, 20, "2023-09-01"));
            var l = q.pledge("m", TimeFilter.NOW, Audience.EVERYTHING).lines().get(0);
            assertThat(l.state()).isEqualTo(FulfilmentState.COMPLETE);
            assertThat(l.delivered()).isEqualTo(40);
            assertThat(l.committed()).isEqualTo(Quantity.exact(40));
            // as of the summer only the March delivery had happened
            assertThat(q.pledge("m", asOf("2023-06-30"), Audience.EVERYTHING).lines().get(0).state()).isEqualTo(FulfilmentState.PARTIAL);

            app.ledgerService().restateCommitment(line, new Quantity(50L, null, Qualifier.UP_TO), null, "restated", List.of(QUOTE), "analyst");
            var restated = q.pledge("m", TimeFilter.NOW, Audience.EVERYTHING);
            assertThat(restated.lines().get(0).committed()).isEqualTo(new Quantity(50L, null, Qualifier.UP_TO));
            assertThat(restated.lines().get(0).state()).isEqualTo(FulfilmentState.PARTIAL);
            assertThat(restated.history()).extracting(EntryView::correction).containsExactly(null, null, null, "reversal", "restatement");
            assertThat(q.entries(EntryKind.DELIVERY, ListQuery.all(), Audience.EVERYTHING).items()).hasSize(2)
                    .allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
        }
    }
}
