package org.ramstein.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ramstein.ledger.VisibilityFixture.DONOR_A;
import static org.ramstein.ledger.VisibilityFixture.DONOR_B;
import static org.ramstein.ledger.VisibilityFixture.R;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.NotFoundException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.LedgerViews.CitedBy;
import org.ramstein.ledger.view.LedgerViews.Page;
import org.ramstein.ledger.view.LedgerViews.PledgeSummary;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * The ledger's lists and single reads for each audience: a hidden subject is not listed and reads as 404, exactly as one
 * that does not exist; a source cited only by hidden subjects is hidden, and the citations of hidden subjects are not
 * shown; keyset pages walk the same rows the whole list holds.
 */
class LedgerVisibilityTest {
    static final Audience PUBLIC = Audience.PUBLIC;
    static final Audience GERMANY = Audience.donor(DONOR_A);
    static final Audience UK = Audience.donor(DONOR_B);

    /** Every item of a list, walked page by page with {@code size} items a page. */
    static <T> List<T> walk(Function<ListQuery, Page<T>> list, int size) {
        List<T> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = list.apply(ListQuery.all().withLimit(size).withCursor(cursor));
            out.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return out;
    }

    /** One pair of ledgers per database, asked both questions below. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void eachAudienceReadsWhatItMaySee(DatabaseFactory db) {
        var with = VisibilityFixture.build(db.open(), true);
        var without = VisibilityFixture.build(db.open(), false);
        try (var a = with.app(); var b = without.app()) {
            hiddenSubjectsAreNeitherListedNorReadable(with);
            sourcesPageAroundHiddenOnesAndHideOnlyWhatOnlyHiddenSubjectsCite(a, b);
        }
    }

    private static void hiddenSubjectsAreNeitherListedNorReadable(VisibilityFixture.Built built) {
        var app = built.app();
        {
            LedgerQueries q = new LedgerQueries(app.database().jdbi(), app.catalog());
            Function<Audience, List<String>> pledges = a -> walk(l -> q.pledges(l, a), 2).stream().map(p -> p.id()).toList();
            assertThat(pledges.apply(PUBLIC)).containsExactly("DE-1", "GB-1", VisibilityFixture.REANNOUNCED, "PL-1");
            assertThat(pledges.apply(UK)).containsExactly("DE-1", "GB-1", VisibilityFixture.REANNOUNCED, "PL-1", VisibilityFixture.B_RESTRICTED);
            assertThat(pledges.apply(GERMANY)).containsExactly("DE-1", "GB-1", R, VisibilityFixture.REANNOUNCED, "PL-1", VisibilityFixture.R_RETRACTED);
            assertThat(pledges.apply(Audience.EVERYTHING)).hasSize(7);
            assertThat(walk(l -> q.pledges(l, PUBLIC), 1000)).as("the same rows in one page as in pages of two")
                    .extracting(p -> p.id()).isEqualTo(pledges.apply(PUBLIC));

            for (Audience hidden : List.of(PUBLIC, UK)) {
                assertThatThrownBy(() -> q.pledge(R, TimeFilter.NOW, hidden)).isInstanceOf(NotFoundException.class)
                        .hasMessage(notFound(() -> q.pledge("no-such-pledge", TimeFilter.NOW, hidden)).replace("no-such-pledge", R));
                for (long id : built.restrictedEntries()) {
                    assertThatThrownBy(() -> q.entry(id, TimeFilter.NOW, hidden)).isInstanceOf(NotFoundException.class);
                }
                assertThatThrownBy(() -> q.need(VisibilityFixture.NEED_R, TimeFilter.NOW, hidden)).isInstanceOf(NotFoundException.class);
                assertThatThrownBy(() -> q.source(VisibilityFixture.SOURCE_R, TimeFilter.NOW, hidden)).isInstanceOf(NotFoundException.class);
                // the public pledge R was announced again as is a pledge of its own for them: no link to what they cannot see
                assertThat(q.pledge(VisibilityFixture.REANNOUNCED, TimeFilter.NOW, hidden).sameAs()).isNull();
                assertThat(q.meeting(VisibilityFixture.MEETING, TimeFilter.NOW, hidden).pledges()).extracting(PledgeSummary::id)
                        .containsExactly("DE-1", "GB-1");
                List<CitedBy> shared = q.source(VisibilityFixture.SHARED_SOURCE, TimeFilter.NOW, hidden).citedBy();
                assertThat(shared).extracting(CitedBy::subjectId).containsExactly(VisibilityFixture.REANNOUNCED);
                assertThat(walk(l -> q.entries(EntryKind.DELIVERY, l, hidden), 1)).extracting(e -> e.pledgeId()).doesNotContain(R);
                assertThat(walk(l -> q.entries(EntryKind.ALLOCATION, l, hidden), 1)).extracting(e -> e.pledgeId()).containsExactly("DE-1");
                assertThat(walk(l -> q.needs(l, hidden), 1)).extracting(n -> n.id()).containsExactly(VisibilityFixture.PUBLIC_NEED);
                assertThat(VisibilityFixture.found(String.valueOf(q.pledge("DE-1", TimeFilter.NOW, hidden)), VisibilityFixture.markersOfR())).isEmpty();
            }
            assertThatThrownBy(() -> q.pledge(VisibilityFixture.B_RESTRICTED, TimeFilter.NOW, PUBLIC)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> q.source(VisibilityFixture.SOURCE_B, TimeFilter.NOW, GERMANY)).isInstanceOf(NotFoundException.class);
            assertThat(q.pledge(VisibilityFixture.B_RESTRICTED, TimeFilter.NOW, UK).lines().get(0).committed().value()).isEqualTo(VisibilityFixture.QTY_B);

            // Germany's liaison reads R whole: its lines, postings, sources and history
            var r = q.pledge(R, TimeFilter.NOW, GERMANY);
            assertThat(r.title()).isEqualTo(VisibilityFixture.TITLE_R);
            assertThat(r.lines().get(0).delivered()).isEqualTo(VisibilityFixture.DELIVERED_R);
            assertThat(r.sources()).extracting(c -> c.quote()).contains(VisibilityFixture.QUOTE_R);
            assertThat(r.history()).hasSize(3);
            assertThat(q.pledge(VisibilityFixture.REANNOUNCED, TimeFilter.NOW, GERMANY).sameAs()).isEqualTo(R);
            assertThat(q.source(VisibilityFixture.SHARED_SOURCE, TimeFilter.NOW, GERMANY).citedBy()).extracting(CitedBy::subjectId)
                    .containsExactly(VisibilityFixture.REANNOUNCED, R);
            assertThat(q.source(VisibilityFixture.SOURCE_R, TimeFilter.NOW, GERMANY).citedBy()).hasSizeGreaterThanOrEqualTo(4);
            // Ukraine's needs belong to no donor: a restricted one is for insiders
            assertThatThrownBy(() -> q.need(VisibilityFixture.NEED_R, TimeFilter.NOW, GERMANY)).isInstanceOf(NotFoundException.class);
            assertThat(q.need(VisibilityFixture.NEED_R, TimeFilter.NOW, Audience.EVERYTHING).quantity().value()).isEqualTo(VisibilityFixture.NEED_QTY_R);
        }
    }

    private static void sourcesPageAroundHiddenOnesAndHideOnlyWhatOnlyHiddenSubjectsCite(App a, App b) {
        {
            LedgerQueries qa = new LedgerQueries(a.database().jdbi(), a.catalog());
            LedgerQueries qb = new LedgerQueries(b.database().jdbi(), b.catalog());
            for (Audience audience : List.of(PUBLIC, UK)) {
                List<String> shown = walk(l -> qa.sources(l, audience), 1).stream().map(s -> s.id()).toList();
                assertThat(shown).as("pages of one").isEqualTo(walk(l -> qa.sources(l, audience), 1000).stream().map(s -> s.id()).toList());
                // ingested texts get ids of their own in each ledger: compared by number, the others by id
                List<String> other = walk(l -> qb.sources(l, audience), 1000).stream().map(s -> s.id()).toList();
                assertThat(shown.stream().filter(id -> !id.startsWith("doc-")).toList()).isEqualTo(other.stream().filter(id -> !id.startsWith("doc-")).toList());
                assertThat(shown.stream().filter(id -> id.startsWith("doc-")).count()).isEqualTo(other.stream().filter(id -> id.startsWith("doc-")).count())
                        .isEqualTo(2);
                assertThat(shown).doesNotContain(VisibilityFixture.SOURCE_R).contains(VisibilityFixture.SHARED_SOURCE, "src-pub-de");
                assertThat(walk(l -> qa.pledges(l, audience), 1)).isEqualTo(walk(l -> qb.pledges(l, audience), 1));
            }
            assertThat(walk(l -> qa.sources(l, UK), 1)).extracting(s -> s.id()).contains(VisibilityFixture.SOURCE_B);
            assertThat(walk(l -> qa.sources(l, PUBLIC), 1)).extracting(s -> s.id()).doesNotContain(VisibilityFixture.SOURCE_B);
            assertThat(walk(l -> qa.sources(l, GERMANY), 1)).extracting(s -> s.id()).contains(VisibilityFixture.SOURCE_R)
                    .doesNotContain(VisibilityFixture.SOURCE_B);
        }
    }

    private static String notFound(Runnable read) {
        try {
            read.run();
        } catch (NotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a 404");
    }
}
