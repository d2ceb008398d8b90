package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * JSON exports pasted into texts, tables whose headers group their columns, joint statements that say "we", audit
 * reports on the EU's effort, letters that list requirements, and the short phrases of channel posts and broadcast
 * scripts: what each says of gifts to Ukraine.
 */
class ExportsSharesAndStatementsRulesTest {

    @Test
    void aJsonExportsObjectsAreEntriesAndTheirInnerObjectsFieldsTheirOwn() {
        String text = """
                Our export, as the API returns it:

                [
                  {
                    "donor": "Norway",
                    "recipient": "Ukraine",
                    "system": "M109",
                    "quantities": {"pledged": 22, "delivered": 14},
                    "source": "Norwegian MoD, 3 May 2024"
                  },
                  {
                    "donor": "Poland",
                    "recipient": "Slovakia",
                    "system": "T-72",
                    "quantities": {"pledged": 30, "delivered": 30}
                  },
                  {"donor": "Belgium", "recipient": "Ukraine", "system": "F-16", "quantities": {"pledged": 30, "delivered": null}}
                ]
                """;
        // the second entry is for someone else; "null" is no number
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Norway | M109 | 22 exact", "delivery Norway | M109 | 14 exact",
                "pledge Belgium | F-16 | 30 exact");
    }

    @Test
    void aCellsSystemIsTheItemOfItsClassGroupOnTheRow() {
        String text = """
                | Donor | Tanks pledged | Tanks delivered | Howitzers pledged | Howitzers delivered |
                |---|---|---|---|---|
                | Netherlands | 14 Leopard 2A4 | 10 | 8 PzH 2000 | 8 |
                | Canada | 8 Leopard 2A4 | 8 | – | – |
                """;
        // "PzH 2000": a system's own number, no year
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Netherlands | Leopard 2A4 | 14 exact",
                "delivery Netherlands | Leopard 2A4 | 10 exact", "pledge Netherlands | PzH 2000 | 8 exact",
                "delivery Netherlands | PzH 2000 | 8 exact", "pledge Canada | Leopard 2A4 | 8 exact", "delivery Canada | Leopard 2A4 | 8 exact");
    }

    @Test
    void aCountSharedOutAfterAColonIsTheTotalOfItsShares() {
        assertThat(briefs("Kyiv has asked for more NASAMS. So far, four have arrived: three from Norway, and one from Canada."))
                .containsExactlyInAnyOrder("aggregate Norway; Canada | NASAMS | 4 exact", "delivery Norway | NASAMS | 3 exact",
                        "delivery Canada | NASAMS | 1 exact");
        // the subject of its sentence, with a verb of arrival, counts the system the paragraph named last
        assertThat(briefs("Sweden pledged 50 CV90 vehicles in January. A year on, about 40 have arrived."))
                .containsExactlyInAnyOrder("pledge Sweden | CV90 | 50 exact", "delivery Sweden | CV90 | 40 about");
    }

    @Test
    void aSecondCountWithItsParticipleCountsWhatTheFirstCounted() {
        assertThat(briefs("From 12 donors, the tracker counts 300 howitzers pledged and 210 delivered."))
                .containsExactlyInAnyOrder("aggregate NATO allies and partners | howitzers | 300 exact",
                        "aggregate NATO allies and partners | howitzers | 210 exact");
        assertThat(briefs("Denmark promised 19 F-16s, and 6 delivered by the summer."))
                .containsExactlyInAnyOrder("pledge Denmark | F-16 | 19 exact", "delivery Denmark | F-16 | 6 exact");
    }

    @Test
    void aClassCountInAppositionIsTheCountOfTheSystemNamedBeforeIt() {
        String before = "Germany has delivered 18 Leopard 2A6 tanks. ";
        assertThat(briefs(before + "Spain says the Leopard 2A4 company promised in May, 10 tanks, is complete."))
                .containsExactlyInAnyOrder("delivery Germany | Leopard 2A6 | 18 exact", "pledge Spain | Leopard 2A4 | 10 exact");
        // a date between them: the count is not the name's apposition
        assertThat(briefs(before + "Spain says the Leopard 2A4 company promised on 5 May, 10 tanks, is complete."))
                .contains("pledge Spain | tanks | 10 exact");
    }

    @Test
    void aVerblessSentenceCountsWhatTheSentenceBeforeSaidOfItsSystem() {
        assertThat(briefs("We received the second batch of Danish F-16s. Six aircraft this time."))
                .containsExactly("delivery Denmark | F-16 | 6 exact");
        // a sentence with its own verb is not one
        assertThat(briefs("We received the second batch of Danish F-16s. Each aircraft consists of many parts, and six fuel tanks."))
                .doesNotContain("delivery Denmark | F-16 | 6 exact");
    }

    @Test
    void bareRoundsAreOfTheOneAmmunitionNamedJustBefore() {
        assertThat(briefs("Estonia has sent 20,000 rounds of 155 mm ammunition. Latvia paid for a further 5,000 rounds."))
                .containsExactlyInAnyOrder("delivery Estonia | 155mm artillery ammunition | 20000 exact rounds",
                        "pledge Latvia | 155mm artillery ammunition | 5000 exact rounds");
        // two kinds named before: whose rounds, the text does not say
        assertThat(briefs("Estonia has sent 155 mm and 105 mm ammunition. Latvia paid for a further 5,000 rounds."))
                .contains("pledge Latvia | rounds | 5000 exact rounds");
    }

    @Test
    void weInAJointStatementAreTheCountriesItsOpeningNames() {
        String text = """
                1. We, the Ministers of Defence of Estonia, Latvia and Lithuania, met in Riga.

                2. Since 2022 our countries have together committed more than EUR 3 billion in military support to Ukraine.

                3. Latvia will provide 2 000 drones through the coalition it leads together with the United Kingdom.
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("aggregate Estonia; Latvia; Lithuania | 3000000000 EUR more_than",
                "pledge Latvia | drones | 2000 exact");
    }

    @Test
    void memberStatesAndTheCouncilInATextOnTheEuAreTheEu() {
        String text = """
                European Peace Facility: the ammunition initiative

                In March 2023, the Council agreed to provide Ukraine with one million rounds of artillery ammunition. Member States had
                delivered about 524,000 rounds of artillery ammunition by March 2024. Track 3: EUR 500 million under ASAP to increase
                ammunition production capacity in the EU.
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge European Union | artillery ammunition | 1000000 exact rounds",
                "aggregate European Union | artillery ammunition | 524000 about rounds");
        // their own national support is each member's, not the Union's
        assertThat(briefs("With this decision the EU's support reaches €5.6 billion. Member states have reported that their own military "
                + "support totals about €12 billion.")).contains("aggregate NATO allies | 12000000000 EUR about");
    }

    @Test
    void aDonorsDeliveryNamedAsANounIsDoneAndDenyingAnAuditDeniesNoDelivery() {
        assertThat(briefs("We did not audit Germany's delivery of 60 Gepard systems or France's transfer of 30 CAESAR howitzers."))
                .containsExactlyInAnyOrder("delivery Germany | Gepard | 60 exact", "delivery France | Caesar | 30 exact");
        assertThat(briefs("Germany's delivery of 60 Gepard systems will be completed next year."))
                .containsExactly("pledge Germany | Gepard | 60 exact");
        assertThat(briefs("Germany did not deliver 60 Gepard systems.")).isEmpty();
    }

    @Test
    void aRequirementIsNoGiftAndAGiverPutBeforeItsCountGivesIt() {
        String text = """
                Our requirement for the winter is 10 additional Patriot batteries. To date we have received from Germany two Patriot
                fire units and from Italy and France one SAMP/T battery.
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Germany | Patriot | 2 exact", "delivery Italy; France | SAMP/T | 1 exact");
        // the whole the fronted phrase counts keeps its own relative clause's verb, even under a list's introduction
        assertThat(briefs("We thank partners for what has already been provided.\n\n3. Armour. Of the 40 Marder infantry fighting vehicles "
                + "that Germany promised, all have arrived.")).containsExactlyInAnyOrder("pledge Germany | Marder 1A3 | 40 exact",
                        "delivery Germany | Marder 1A3 | 40 exact");
    }

    @Test
    void financingIsAPledgeAndAFurtherCountBeforeThroughCountsTheAmmunitionBefore() {
        assertThat(briefs("We thank Estonia for the 10,000 rounds of 155 mm received in August, and Denmark for financing a further "
                + "100,000 through the Czech initiative.")).containsExactlyInAnyOrder(
                        "delivery Estonia | 155mm artillery ammunition | 10000 exact rounds", "pledge Denmark | 155mm artillery ammunition | 100000 exact rounds");
    }

    @Test
    void theWholeOfAHoldingGivenIsAGiftAndAMakersOrderNone() {
        assertThat(briefs("Norway decided to donate its entire stock of 24 M109 howitzers.")).containsExactly("pledge Norway | M109 | 24 exact");
        assertThat(briefs("Norway will keep its entire stock of 24 M109 howitzers.")).isEmpty();
        assertThat(briefs("KNDS said it had booked an order for 18 more PzH 2000 from an undisclosed customer.")).isEmpty();
    }

    @Test
    void partnersOfAnotherClauseAndCoalitionLeadersAreNoCoDonors() {
        assertThat(briefs("The paper leads with Berlin's decision, citing government sources, to send Ukraine 64 more missiles for Patriot."))
                .containsExactly("pledge Germany | Patriot missiles | 64 exact");
        assertThat(briefs("Denmark says it will pay for another 15 CV90 infantry fighting vehicles, to be built in Sweden for Ukraine."))
                .containsExactly("pledge Denmark | CV90 | 15 exact");
        assertThat(briefs("Spotted: a train with at least 12 Danish Leopard 1A5 tanks heading for the Polish-Ukrainian border."))
                .containsExactly("delivery Denmark | Leopard 1A5 | 12 more_than");
    }

    @Test
    void aPlaceInARankingNamesNoGiverAndMineClearingLeopardsAreTheLeopard2R() {
        assertThat(briefs("The United Kingdom delivered 32 AS-90 howitzers. Ranked below France because the AS-90s arrived later."))
                .containsExactly("delivery United Kingdom | AS-90 | 32 exact");
        assertThat(briefs("Finland sent three Leopard 2 mine-clearing tanks.")).containsExactly("delivery Finland | Leopard 2R | 3 exact");
    }
}
