package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** What looks like a claim and is not: losses, questions, a class word standing for a kind. */
class NegativeFiltersTest {

    @Test
    void lossesAreNoClaims() {
        assertThat(briefs("Ukraine had received 49 Caesar guns from France, six of which were destroyed in combat."))
                .containsExactly("delivery France | Caesar | 49 exact");
        assertThat(briefs("Ukraine has lost 20 Leopard 2 tanks, and Germany will send 10 Leopard 2 tanks."))
                .containsExactly("pledge Germany | Leopard 2 (unspecified variant) | 10 exact");
        Reading r = Readings.of("Six of which were handed over.");
        assertThat(r.filters.lost(r.sentences.get(0), 0, 1)).isFalse();
        Reading d = Readings.of("Twelve tanks have been damaged.");
        assertThat(d.filters.lost(d.sentences.get(0), 0, 2)).isTrue();
    }

    @Test
    void howManyAsks() {
        assertThat(briefs("Denmark has sent F-16 jets. Officials did not say how many aircraft had arrived."))
                .containsExactly("delivery Denmark | F-16 | - unspecified");
    }

    @Test
    void aBarePluralWithNothingBeforeItIsAKind() {
        assertThat(briefs("Poland sent 300 T-72 tanks. Japan has provided no weapons, limiting itself to helmets and vehicles."))
                .containsExactly("delivery Poland | T-72M1 | 300 exact");
        // with a number or a determiner it refers back
        assertThat(briefs("Poland sent 300 T-72 tanks. Poland also sent the remaining 20 vehicles."))
                .contains("delivery Poland | T-72M1 | 20 exact");
    }
}
