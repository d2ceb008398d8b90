package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Contracts that restate their numbers, transcripts that correct themselves, tables of two counts a cell, and stories
 * whose counts refer back to a system named sentences before: what is counted, whose it is and what became of it.
 */
class ContractTranscriptAndReferenceRulesTest {

    @Test
    void aNumberRestatedInBracketsIsCountedOnce() {
        assertThat(briefs("The Supplier shall deliver eighteen (18) CAESAR howitzers and six thousand (6,000) 155 mm artillery rounds, "
                + "for transfer by France to the Armed Forces of Ukraine."))
                .containsExactly("pledge France | Caesar | 18 exact", "pledge France | 155mm artillery ammunition | 6000 exact rounds");
        // a bracket that says something else stays: "18 (of 24)" is a part of a whole
        assertThat(briefs("Norway has delivered 18 (of 24) Leopard 2A4 tanks.")).noneMatch(b -> b.contains("| 24 ") && b.startsWith("delivery"));
    }

    @Test
    void theDeadlineOfTheRestOfAScheduleIsNoObstacle() {
        assertThat(briefs("France will deliver 18 Caesar howitzers. The first six systems shall be delivered no later than 30 June 2025; "
                + "the remaining twelve no later than 31 March 2026."))
                .contains("pledge France | Caesar | 18 exact", "pledge France | Caesar | 6 exact", "pledge France | Caesar | 12 exact");
    }

    @Test
    void whatTheRecipientPaysForIsNoAid() {
        assertThat(briefs("The State Department cleared a $1.2bn foreign military sale of NASAMS to Ukraine, paid for by Kyiv.")).isEmpty();
        assertThat(briefs("Poland will send 10 Krab howitzers, paid for by the United States."))
                .containsExactly("pledge United States | AHS Krab | 10 exact");
    }

    @Test
    void aSwissApostropheGroupsThousands() {
        assertThat(briefs("Germany sent 4 more Gepard anti-aircraft guns, with 20'000 rounds of 35mm ammunition."))
                .contains("delivery Germany | 35mm anti-aircraft ammunition | 20000 exact rounds");
    }

    @Test
    void aRelativeClauseAfterTheNameIsNotItsVerb() {
        assertThat(briefs("Stockholm confirmed that all 8 Archer howitzers it had promised had arrived."))
                .containsExactly("delivery Sweden | Archer | 8 exact");
    }

    @Test
    void aClassCountClosingTheClauseCountsTheSystem() {
        assertThat(briefs("Denmark's third tranche of F-16 jets left Skrydstrup, six aircraft in all."))
                .containsExactly("delivery Denmark | F-16 | 6 exact");
        // another system named between: the count is not the first one's
        assertThat(briefs("Norway sent NASAMS launchers and IRIS-T SLM units, three systems in all."))
                .noneMatch(b -> b.contains("NASAMS | 3"));
    }

    @Test
    void aQuestionOfHowManyEndsAtItsComma() {
        assertThat(briefs("The Americans have a new package, they didn't say how many, and 60 Bradley vehicles."))
                .containsExactly("pledge United States | M2 Bradley | 60 exact");
        assertThat(briefs("It is unclear how many of its 36 howitzers had been sent.")).isEmpty();
    }

    @Test
    void aSpeakersCorrectedCountIsTheCount() {
        assertThat(briefs("And the Netherlands said it would give, I think, 18 \u2013 sorry, 28 \u2013 F-16s in total."))
                .containsExactly("pledge Netherlands | F-16 | 28 exact");
    }

    @Test
    void whatIsOnlyRumouredIsNoClaim() {
        assertThat(briefs("Sweden might offer Gripen fighters once its own arrive, perhaps as many as 14, according to press speculation.")).isEmpty();
        assertThat(briefs("Germany is rumoured to be sending 10 Leopard 1A5 tanks.")).isEmpty();
        assertThat(briefs("Amid speculation about Taurus, Germany announced 10 more Leopard 1A5 tanks."))
                .containsExactly("pledge Germany | Leopard 1A5 | 10 exact");
    }

    @Test
    void countsThatReferBackToTheSystemNamedBefore() {
        String text = "Washington pledged 50 M2 Bradley fighting vehicles in January 2023. Another 59 followed within weeks. "
                + "Of these, 109 had arrived by the summer, the Pentagon said.\n\n"
                + "Germany took a similar path with its Marder. It promised 40 in January 2023; all of them were handed over by the end of March. "
                + "Twenty more came later that year from industry stocks, bringing Berlin's total to 60.";
        assertThat(briefs(text)).containsExactly("pledge United States | M2 Bradley | 50 exact", "pledge United States | M2 Bradley | 59 exact",
                "delivery United States | M2 Bradley | 109 exact", "pledge Germany | Marder 1A3 | 40 exact", "delivery Germany | Marder 1A3 | 40 exact",
                "delivery Germany | Marder 1A3 | 20 exact", "delivery Germany | Marder 1A3 | 60 exact");
    }

    @Test
    void everyOneOfAPromiseDeliveredIsAsManyAgainNotOne() {
        assertThat(briefs("Stockholm said it would send 50 CV90 infantry fighting vehicles, and it did: every one had been delivered by the end of 2023."))
                .containsExactly("pledge Sweden | CV90 | 50 exact", "delivery Sweden | CV90 | 50 exact");
    }

    @Test
    void theSubjectOfASecondClauseTakesItsOwnVerb() {
        assertThat(briefs("One Bradley was damaged before it ever reached Ukraine, and three Marders needed new engines on arrival.")).isEmpty();
        assertThat(briefs("Germany sent 10 tanks, and 20 howitzers followed in May."))
                .containsExactly("delivery Germany | tanks | 10 exact", "delivery Germany | howitzers | 20 exact");
    }

    @Test
    void countsGivenByReferenceToWhatIsThereOrWasPromised() {
        assertThat(briefs("Germany announced three more IRIS-T SLM systems, so that's on top of the six already there."))
                .containsExactly("pledge Germany | IRIS-T SLM | 3 exact", "delivery Germany | IRIS-T SLM | 6 exact");
        assertThat(briefs("The EU says it delivered about 650,000 shells of the million it promised."))
                .containsExactly("delivery European Union | shells | 650000 about rounds", "pledge European Union | shells | 1000000 exact rounds");
    }

    @Test
    void aCellOfTwoCountsUnderAHeaderOfTwoKinds() {
        String text = "| Donor | System | Pledged / delivered |\n|---|---|---|\n| Denmark | Leopard 1A5 | 100 / 60 |\n| Norway | M109 | 14 / n/d |\n"
                + "| Latvia | M109 | \u2014 / \u2014 |\n\nDenmark's Leopard 1A5 are bought jointly with Germany and the Netherlands; the table shows Denmark's share.\n";
        assertThat(briefs(text)).containsExactly("pledge Denmark | Leopard 1A5 | 100 exact", "delivery Denmark | Leopard 1A5 | 60 exact",
                "pledge Norway | M109 | 14 exact");
    }

    @Test
    void aCountGivenByReferenceToTheOneJustCounted() {
        assertThat(briefs("Germany sent 18 Leopard 2A6 tanks, and Norway sent as many."))
                .containsExactly("delivery Germany | Leopard 2A6 | 18 exact", "delivery Norway | Leopard 2A6 | 18 exact");
        assertThat(briefs("Canada sent eight Leopard 2A4, and Spain sent two more than that: ten."))
                .containsExactly("delivery Canada | Leopard 2A4 | 8 exact", "delivery Spain | Leopard 2A4 | 10 exact");
        // "as many as 14" is a ceiling on a count of its own
        assertThat(briefs("Germany sent 18 Leopard 2A6 tanks; Poland sent as many as 14."))
                .containsExactly("delivery Germany | Leopard 2A6 | 18 exact", "delivery Poland | Leopard 2A6 | 14 up_to");
    }

    @Test
    void aPartnerSetOffByCommasBeforeTheVerbGivesWithTheSubject() {
        assertThat(briefs("The United States provided the first Patriot battery in April 2023 and, with the Netherlands, has supplied interceptors."))
                .containsExactly("delivery United States | Patriot | 1 exact", "delivery United States; Netherlands | interceptors | - unspecified");
        // an aside of another kind is no partner
        assertThat(briefs("The United States, in April 2023, has supplied 12 NASAMS launchers."))
                .containsExactly("delivery United States | NASAMS | 12 exact");
    }
}
