package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.PledgeLine;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.storage.LedgerWriter;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.StorageException;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * Rows prepared off the transaction's thread ({@link LedgerWriter.BulkRows}): on SQLite a commitment that only repeats
 * its line and pledge is copied by the database from them; one that says anything else is written as given. Either
 * way the ledger must hold exactly the entries handed over, in their order, with their running totals.
 */
class BulkRowsTest {

    private static final FuzzyDate ANNOUNCED = FuzzyDate.day(LocalDate.of(2023, 1, 5));

    static Pledge pledge(String id) {
        return new Pledge(id, "DEU", AidType.MILITARY, "title " + id, ANNOUNCED, null, Visibility.PUBLIC, null, null, 1, 7L, "t");
    }

    static PledgeLine line(String pledgeId, int no, String itemId, Money value) {
        return new PledgeLine(pledgeId + "/" + no, pledgeId, no, itemId, itemId == null ? "unlisted" : null, "armour",
                no % 2 == 0 ? new Quantity(10L + no, 20L + no, org.ramstein.ledger.domain.Qualifier.RANGE) : Quantity.exact(no),
                value, FundingRoute.STOCKS, null, null, 100 + no, 7L, "t");
    }

    static LedgerEntry commitment(Pledge p, PledgeLine l, FuzzyDate happened, String note) {
        return new LedgerEntry(null, EntryKind.COMMITMENT, p.id(), l.id(), p.donorCode(), p.aidType(), l.itemId(), l.category(),
                l.quantity(), l.value() == null ? null : l.value().cents(), l.value() == null ? null : l.value().currency(), happened,
                null, Visibility.PUBLIC, null, note, l.batchId(), l.sourceRow(), l.recordedAt(), l.recordedBy());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void commitmentsArriveAsHandedOverWhetherCopiedFromTheirLinesOrNot(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            app.ledger().write(w -> {
                LedgerWriter.BulkRows first = w.bulkRows();
                Pledge p1 = pledge("p1");
                first.pledge(p1);
                for (int no = 1; no <= 3; no++) {
                    PledgeLine l = line("p1", no, no == 2 ? null : "leopard-2a6", no == 3 ? Money.ofCents(12_345, "EUR") : null);
                    first.line(l, commitment(p1, l, ANNOUNCED, null));
                }
                // the lines of p1 go on in the next rows: still copied from p1, written in an earlier chunk
                LedgerWriter.BulkRows second = first.next();
                PledgeLine l4 = line("p1", 4, null, null);
                second.line(l4, commitment(p1, l4, ANNOUNCED, null));
                Pledge p2 = pledge("p2");
                second.pledge(p2);
                PledgeLine l5 = line("p2", 1, null, null);
                second.line(l5, commitment(p2, l5, ANNOUNCED, null));
                // this commitment says more than its line: from here on the rows are written as given
                PledgeLine l6 = line("p2", 2, null, null);
                second.line(l6, commitment(p2, l6, FuzzyDate.day(LocalDate.of(2024, 2, 29)), "restated"));
                PledgeLine l7 = line("p2", 3, null, null);
                second.line(l7, commitment(p2, l7, ANNOUNCED, null));
                w.write(first);
                w.write(second);
                return null;
            });
            List<Map<String, Object>> entries = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT line_id, kind, pledge_id, donor_code, aid_type, item_id, category, qualifier, quantity, quantity_max, amount_cents, "
                            + "currency, happened_on, happened_precision, route, visibility, reverses_id, note, source_row, recorded_at, recorded_by "
                            + "FROM ledger_entry ORDER BY id").mapToMap().list());
            assertThat(entries).extracting(e -> e.get("line_id")).containsExactly("p1/1", "p1/2", "p1/3", "p1/4", "p2/1", "p2/2", "p2/3");
            Map<String, Object> third = entries.get(2);
            assertThat(third).containsEntry("kind", "commitment").containsEntry("pledge_id", "p1").containsEntry("donor_code", "DEU")
                    .containsEntry("aid_type", "military").containsEntry("item_id", "leopard-2a6").containsEntry("category", "armour")
                    .containsEntry("qualifier", "exact").containsEntry("currency", "EUR").containsEntry("happened_on", "2023-01-05")
                    .containsEntry("happened_precision", "day").containsEntry("visibility", "public").containsEntry("recorded_by", "t");
            assertThat(((Number) third.get("quantity")).longValue()).isEqualTo(3);
            assertThat(((Number) third.get("amount_cents")).longValue()).isEqualTo(12_345);
            assertThat(((Number) third.get("source_row")).longValue()).isEqualTo(103);
            assertThat(((Number) third.get("recorded_at")).longValue()).isEqualTo(7);
            assertThat(third.get("quantity_max")).isNull();
            assertThat(third.get("route")).isNull();
            assertThat(third.get("reverses_id")).isNull();
            assertThat(third.get("note")).isNull();
            assertThat(entries.get(1).get("item_id")).isNull();
            assertThat(((Number) entries.get(3).get("quantity_max")).longValue()).isEqualTo(24);
            assertThat(entries.get(5)).containsEntry("note", "restated").containsEntry("happened_on", "2024-02-29");
            assertThat(entries.get(6).get("note")).isNull();
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT SUM(postings) FROM posting_month_totals")).isEqualTo(7);
            assertThat(PledgeLinesLoaderTest.count(app, "SELECT SUM(quantity) FROM posting_item_totals"))
                    .isEqualTo(1 + 12 + 3 + 14 + 1 + 12 + 3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aLineNamingAnUnknownItemFailsTheRowsWhole(DatabaseFactory db) {
        refusedWhole(db, no -> line("p1", no, no == 37 ? "no-such-item" : null, null), no -> line("p1", no, no == 37 ? "no-such-item" : null, null));
    }

    /**
     * PostgreSQL checks a bulk load's references once at the end, and a commitment that only repeats its line is checked
     * through that line: one that names a line the ledger does not hold must still fail the load, after mirrors or not.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aCommitmentNamingAnUnknownLineFailsTheRowsWhole(DatabaseFactory db) {
        refusedWhole(db, no -> line("p1", no, null, null), no -> line("p1", no == 37 ? 99 : no, null, null));
    }

    /**
     * Writes pledge p1 with 50 lines in one bulk load, line n being {@code line.apply(n)} and its commitment naming
     * {@code named.apply(n)}: the load must fail, and leave nothing behind.
     */
    private static void refusedWhole(DatabaseFactory db, IntFunction<PledgeLine> line, IntFunction<PledgeLine> named) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            assertThatThrownBy(() -> app.ledger().write(w -> {
                LedgerWriter.BulkRows rows = w.bulkRows();
                Pledge p = pledge("p1");
                rows.pledge(p);
                for (int no = 1; no <= 50; no++) rows.line(line.apply(no), commitment(p, named.apply(no), ANNOUNCED, null));
                try (BulkPragmas ignored = BulkPragmas.apply(w)) {
                    w.write(rows);
                }
                return null;
            })).isInstanceOf(StorageException.class);
            for (String table : List.of("pledge", "pledge_line", "ledger_entry", "posting_month_totals")) {
                assertThat(PledgeLinesLoaderTest.count(app, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
            }
        }
    }
}
