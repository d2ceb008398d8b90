package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** A minister's written answers, a coalition's minutes and an opinion piece: what became of a pledge, what ought to be given, who received. */
class AnswersMinutesAndOpinionRulesTest {

    @Test
    void whatSomeoneSaysOughtToBeGivenIsNoPledge() {
        assertThat(briefs("Every donor with Patriot batteries should give one.")).isEmpty();
        assertThat(briefs("Germany ought to send 50 Taurus missiles.")).isEmpty();
        assertThat(briefs("Germany will send 18 Leopard 2A6 and Poland should deliver one.")).containsExactly("pledge Germany | Leopard 2A6 | 18 exact");
        // a date a delivery is expected by is no advice
        assertThat(briefs("The 14 tanks should be delivered by March, Spain said.")).containsExactly("pledge Spain | tanks | 14 exact");
    }

    @Test
    void aPlaceInAnotherCountryThatReceivesIsNoRecipientOfAid() {
        assertThat(briefs("The European F-16 Training Centre in Romania received 18 F-16s from the Netherlands.")).isEmpty();
        assertThat(briefs("Troops in Kharkiv received 18 Leopard 2A4 tanks from Poland.")).containsExactly("delivery Poland | Leopard 2A4 | 18 exact");
    }

    @Test
    void theFirstOfWhatWasPledgedHandedOverIsADeliveryOfThatSystem() {
        assertThat(briefs("The Netherlands has committed 24 F-16 fighter aircraft to Ukraine. The first aircraft have been handed over."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact", "delivery Netherlands | F-16 | - unspecified");
        assertThat(briefs("Germany sent 18 Leopard 2A6. The new tanks are at the front.")).containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
    }

    @Test
    void whatComesTogetherWithAGiftIsGivenAsItWas() {
        assertThat(briefs("The UK has delivered all 14 Challenger 2 tanks it pledged in January 2023, together with around 30 AS90 guns."))
                .containsExactly("delivery United Kingdom | Challenger 2 | 14 exact", "delivery United Kingdom | AS-90 | 30 about");
    }

    @Test
    void allOfWhatWasPledgedDeliveredWhereverTheTextSaysIt() {
        assertThat(briefs("Of the 8 Archer systems pledged by Sweden in January 2023, all have been delivered."))
                .containsExactly("pledge Sweden | Archer | 8 exact", "delivery Sweden | Archer | 8 exact");
        assertThat(briefs("Sweden pledged 8 Archer systems in January 2023. All have been delivered."))
                .containsExactly("pledge Sweden | Archer | 8 exact", "delivery Sweden | Archer | 8 exact");
        // (a new paragraph speaks of something else)
        assertThat(briefs("Sweden pledged 8 Archer systems in January 2023.\n\nAll have been delivered.\n"))
                .containsExactly("pledge Sweden | Archer | 8 exact");
        assertThat(briefs("DEU reported that the third Patriot system, pledged in December 2023, was handed over on 10 March."))
                .containsExactly("pledge Germany | Patriot | 1 exact", "delivery Germany | Patriot | 1 exact");
        assertThat(briefs("The Patriot system, pledged by Germany in December, was not handed over in March."))
                .containsExactly("pledge Germany | Patriot | - unspecified");
    }

    @Test
    void anOrderForTheDonorsOwnForcesIsNoGiftEvenWhereItNamesTheStocksUkraineGot() {
        assertThat(briefs("The Government has authorised the Defence Materiel Administration (FMV) to order 14 new Archer systems and 48 "
                + "Leopard 2A8 tanks for the Swedish Armed Forces, to replenish the stocks given to Ukraine.")).isEmpty();
        assertThat(briefs("Denmark has handed over all 19 of its CAESAR howitzers, including those it had originally ordered for its own army."))
                .containsExactly("delivery Denmark | Caesar | 19 exact");
        assertThat(briefs("Germany ordered 10 IRIS-T SLM for Ukraine to replenish its air defence.")).containsExactly("pledge Germany | IRIS-T SLM | 10 exact");
    }
}
