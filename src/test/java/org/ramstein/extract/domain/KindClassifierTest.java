package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** The kind of a claim from its cues, and the totals several donors have given together. */
class KindClassifierTest {

    @Test
    void whatWillFollowOrIsDueIsPledged() {
        assertThat(briefs("Germany has sent 10 tanks. A further 100,000 shells will follow in July."))
                .contains("pledge Germany | shells | 100000 exact rounds");
        assertThat(briefs("Germany has handed over four IRIS-T systems. One more system is due before the end of the year."))
                .containsExactly("delivery Germany | IRIS-T SLM | 4 exact", "pledge Germany | IRIS-T SLM | 1 exact");
        Reading r = Readings.of("The talks follow a meeting in Kyiv.");
        assertThat(Cues.at(r.tokens, Readings.token(r, "follow"), 0, r.tokens.size())).isEqualTo(Cues.NONE);
        Reading due = Readings.of("Payments due in May.");
        assertThat(Cues.at(due.tokens, Readings.token(due, "due"), 0, due.tokens.size())).isEqualTo(Cues.NONE);
    }

    @Test
    void givenAfterAnAuxiliaryAndAdverbsIsADelivery() {
        Reading r = Readings.of("Latvia has so far given Ukraine aid.");
        assertThat(Cues.at(r.tokens, Readings.token(r, "given"), 0, r.tokens.size())).isEqualTo(Cues.DELIVERY);
        Reading g = Readings.of("Given the risk, Latvia waits.");
        assertThat(Cues.at(g.tokens, Readings.token(g, "given"), 0, g.tokens.size())).isEqualTo(Cues.NONE);
    }

    @Test
    void aJointTotalNeedsTogetherAndAPerfect() {
        Reading r = Readings.of("Denmark and Norway have together pledged 30 jets.");
        Sentence s = r.sentences.get(0);
        assertThat(r.kinds.jointTotal(s, Readings.token(r, "30"))).isTrue();
        Reading f = Readings.of("Denmark and Norway will together buy 30 jets.");
        assertThat(f.kinds.jointTotal(f.sentences.get(0), Readings.token(f, "30"))).isFalse();
        Reading p = Readings.of("Denmark and Norway have pledged 30 jets.");
        assertThat(p.kinds.jointTotal(p.sentences.get(0), Readings.token(p, "30"))).isFalse();
    }

    @Test
    void theMainVerbAfterARelativeClauseAndAClauseOfItsOwn() {
        assertThat(briefs("The Archer systems and ten Stridsvagn 122 tanks that Sweden pledged in January 2023 have all been delivered."))
                .containsExactly("delivery Sweden | Archer | - unspecified", "delivery Sweden | Stridsvagn 122 | 10 exact");
        assertThat(briefs("Denmark handed over 19 Caesar howitzers, and the first Danish F-16 aircraft are expected in Ukraine this summer."))
                .containsExactly("delivery Denmark | Caesar | 19 exact", "pledge Denmark | F-16 | - unspecified");
        // without a comma "and" joins two objects of one verb
        assertThat(briefs("Denmark handed over 19 Caesar howitzers and 10 F-16 aircraft."))
                .containsExactly("delivery Denmark | Caesar | 19 exact", "delivery Denmark | F-16 | 10 exact");
    }

    @Test
    void aSecondPredicateWithAModalIsStillToCome() {
        assertThat(briefs("Portugal had sent three Leopard 2A6 tanks last spring and would now add 14 M113 armoured personnel carriers."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact", "pledge Portugal | M113 | 14 exact");
        assertThat(briefs("Portugal had sent three Leopard 2A6 tanks and 14 M113 armoured personnel carriers."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact", "delivery Portugal | M113 | 14 exact");
    }

    @Test
    void inPreparationAndSalesArePledges() {
        assertThat(briefs("In preparation:\n- 4 RCH 155 wheeled howitzers\n")).containsExactly("pledge null | RCH 155 | 4 exact");
        assertThat(briefs("Poland will sell Ukraine a further 54 Krab howitzers.")).containsExactly("pledge Poland | AHS Krab | 54 exact");
    }

    @Test
    void aListItemWithoutAKindOfItsOwnTakesItsIntroductionsAndACompletedDeliveryIsADelivery() {
        assertThat(briefs("The UK has so far provided:\n- more than 10,000 anti-tank weapons, including NLAWs;\n"))
                .containsExactly("delivery United Kingdom | anti-tank weapons | 10000 more_than", "delivery United Kingdom | NLAW | - unspecified");
        assertThat(briefs("The Netherlands has completed the delivery of all 24 F-16 jets it pledged."))
                .containsExactly("delivery Netherlands | F-16 | 24 exact");
        assertThat(briefs("The Netherlands has started the delivery of 24 F-16 jets.")).containsExactly("pledge Netherlands | F-16 | 24 exact");
    }
}
