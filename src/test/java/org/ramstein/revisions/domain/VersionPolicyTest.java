package org.ramstein.revisions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramstein.revisions.domain.VersionPolicy.Verdict;

class VersionPolicyTest {

    @Test
    void aChangeOnTheCurrentVersionIsMadeAsTheNext() {
        assertThat(VersionPolicy.judge(1L, 1)).isEqualTo(Verdict.CURRENT);
        assertThat(VersionPolicy.judge(7L, 7)).isEqualTo(Verdict.CURRENT);
        assertThat(VersionPolicy.next(1)).isEqualTo(2);
        assertThat(VersionPolicy.next(7)).isEqualTo(8);
    }

    @Test
    void noVersionIsMissingNotAGuess() {
        assertThat(VersionPolicy.judge(null, 1)).isEqualTo(Verdict.MISSING);
        assertThat(VersionPolicy.judge(null, 9)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void anOlderVersionIsStaleAndOneNeverRecordedIsUnknown() {
        assertThat(VersionPolicy.judge(1L, 2)).isEqualTo(Verdict.STALE);
        assertThat(VersionPolicy.judge(3L, 9)).isEqualTo(Verdict.STALE);
        assertThat(VersionPolicy.judge(3L, 2)).as("ahead of the subject").isEqualTo(Verdict.UNKNOWN);
        assertThat(VersionPolicy.judge(0L, 2)).isEqualTo(Verdict.UNKNOWN);
        assertThat(VersionPolicy.judge(-1L, 1)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void everyPairOfVersionsHasExactlyOneVerdictAndOnlyTheCurrentOneProceeds() {
        for (long current = 1; current <= 6; current++) {
            for (long expected = -1; expected <= 8; expected++) {
                Verdict v = VersionPolicy.judge(expected, current);
                assertThat(v == Verdict.CURRENT).as(expected + " vs " + current).isEqualTo(expected == current);
                assertThat(v == Verdict.STALE).as(expected + " vs " + current).isEqualTo(expected >= 1 && expected < current);
            }
        }
    }

    @Test
    void aSubjectIsNeverBelowVersionOne() {
        assertThatThrownBy(() -> VersionPolicy.judge(1L, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Revision(Subject.pledge("p"), 0, "recorded", "x", 1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStaleChangeSaysWhatChangedAndByWhom() {
        Subject line = Subject.line("p1/1");
        List<Revision> since = List.of(
                new Revision(line, 3, "delivery", "delivery of 20 recorded as entry #7", 1_700_000_000_000_000L, "alice"),
                new Revision(line, 4, "reversal", "delivery #7 of 20 reversed by entry #8: double-counted", 1_700_000_060_000_000L, "bob"));
        StaleVersionException e = new StaleVersionException(line, 2, 4, since);
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.getMessage()).isEqualTo("nothing was recorded: pledge line 'p1/1' has changed since version 2 was read; it is now at version 4; "
                + "version 3: delivery of 20 recorded as entry #7, by alice, 2023-11-14T22:13:20Z; "
                + "version 4: delivery #7 of 20 reversed by entry #8: double-counted, by bob, 2023-11-14T22:14:20Z");
        assertThat(e.changes()).extracting(Revision::version).containsExactly(3L, 4L);
        assertThat(new StaleVersionException(Subject.entry(5), 9, 2, List.of()).getMessage())
                .isEqualTo("nothing was recorded: entry #5 has no version 9; it is at version 2: read it again");
    }

    @Test
    void aMissingVersionNamesTheField() {
        VersionRequiredException e = new VersionRequiredException(Subject.need("n1"), 3, null);
        assertThat(e.status()).isEqualTo(428);
        assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("version"));
        assertThat(e.getMessage()).contains("need 'n1'", "If-Match");
    }

    @Test
    void subjectsAreWrittenInOneOrderWhoeverWritesThem() {
        List<Subject> mixed = new ArrayList<>(List.of(Subject.line("b/1"), Subject.entry(3), Subject.pledge("b"), Subject.line("a/1"),
                Subject.claim("c"), Subject.need("n"), Subject.pledge("a")));
        java.util.Collections.sort(mixed);
        assertThat(mixed).containsExactly(Subject.claim("c"), Subject.pledge("a"), Subject.pledge("b"), Subject.need("n"), Subject.entry(3),
                Subject.line("a/1"), Subject.line("b/1"));
        assertThat(Subject.entry(42).label()).isEqualTo("entry #42");
        assertThat(Subject.line("p/2").label()).isEqualTo("pledge line 'p/2'");
    }
}
