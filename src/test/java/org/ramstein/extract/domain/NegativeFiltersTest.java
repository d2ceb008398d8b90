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

    @Test
    void whatSomeoneWasKeptFromGivingIsNoClaim() {
        assertThat(briefs("Switzerland blocked Germany from re-exporting 12,400 rounds of 35mm ammunition to Ukraine.")).isEmpty();
        assertThat(briefs("Germany has sent 12,400 rounds of 35mm ammunition to Ukraine."))
                .containsExactly("delivery Germany | 35mm anti-aircraft ammunition | 12400 exact rounds");
        Reading r = Readings.of("Berlin blocked Kyiv from using 20 tanks.");
        assertThat(r.filters.blocked(r.sentences.get(0), Readings.token(r, "20"))).isTrue();
        Reading f = Readings.of("Berlin sent 20 tanks from its stocks.");
        assertThat(f.filters.blocked(f.sentences.get(0), Readings.token(f, "20"))).isFalse();
    }

    @Test
    void theRecipientsOwnAndANameQualifyingAnotherNoun() {
        assertThat(briefs("The US has sent shells. Where do Ukraine's artillery rounds come from?")).doesNotContain("pledge United States | artillery rounds | - unspecified");
        assertThat(briefs("Sweden will not send Gripen jets, as it would interfere with the F-16 roll-out.")).isEmpty();
        assertThat(briefs("Denmark will train F-16 pilots and send 6 F-16 jets.")).containsExactly("pledge Denmark | F-16 | 6 exact");
        assertThat(briefs("Sweden will send two ASC 890 airborne surveillance aircraft.")).noneMatch(b -> b.contains("F-16") || b.contains("fighter"));
    }
}
