package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * A timeline's headlines, a newsletter's correction, an appropriations act, a plenary record, a list page's notes and a
 * bulletin set in columns: how each tells a gift, and what it says that is none.
 */
class TimelinesCorrectionsAndLawsRulesTest {

    @Test
    void aHeadlineInThePresentTellsWhatHappened() {
        assertThat(briefs("Portugal's 3 Leopard 2A6 arrive with the German battalion.")).containsExactly("delivery Portugal | Leopard 2A6 | 3 exact");
        assertThat(briefs("Poland hands over the first 4 Leopard 2A4s.")).containsExactly("delivery Poland | Leopard 2A4 | 4 exact");
        assertThat(briefs("All 18 German Leopard 2A6 now in Ukraine.")).containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
        // what is still to come, or arrives only when something else happens, has not arrived
        assertThat(briefs("When the 14 Leopard 2A6 arrive, they will join the brigade.")).containsExactly("pledge null | Leopard 2A6 | 14 exact");
        assertThat(briefs("Germany will hand over 14 Leopard 2A6.")).containsExactly("pledge Germany | Leopard 2A6 | 14 exact");
        assertThat(briefs("Germany, Denmark and the Netherlands: \"at least 100\" Leopard 1A5 over the coming months."))
                .containsExactly("pledge Germany; Denmark; Netherlands | Leopard 1A5 | 100 more_than");
    }

    @Test
    void eachCountTakesItsOwnVerb() {
        assertThat(briefs("Spain's second batch: 19 Leopard 2A4 promised, after 10 delivered in 2023."))
                .containsExactly("pledge Spain | Leopard 2A4 | 19 exact", "delivery Spain | Leopard 2A4 | 10 exact");
        // a verb with a subject of its own, past a comma, tells of another thing
        assertThat(briefs("The package contains 15 additional Leopard 1A5 tanks, as well as ammunition for the infantry fighting vehicles "
                + "Denmark has already donated.")).containsExactly("pledge Denmark | Leopard 1A5 | 15 exact");
        assertThat(briefs("Germany committed 14 Leopard 2A6 in January; Berlin later raised its pledge from 14 to 18."))
                .containsExactly("pledge Germany | Leopard 2A6 | 14 exact", "pledge Germany | Leopard 2A6 | 18 exact");
    }

    @Test
    void aFormationNamedOrReceivingIsNoCountOfFormations() {
        assertThat(briefs("Germany sent 14 Leopard 2A6 to the 33rd brigade.")).containsExactly("delivery Germany | Leopard 2A6 | 14 exact");
        assertThat(briefs("Germany sent 14 Leopard 2A6 to a new brigade.")).containsExactly("delivery Germany | Leopard 2A6 | 14 exact");
        assertThat(briefs("The 33rd brigade got 14 Leopard 2A6.")).containsExactly("delivery null | Leopard 2A6 | 14 exact");
        assertThat(briefs("France will equip a brigade.")).containsExactly("aggregate France | brigade | 1 exact");
    }

    @Test
    void whatACorrectionWithdrawsIsNoClaim() {
        assertThat(briefs("Correction: last week's digest said Latvia had sent 6 M109 howitzers; the correct figure is 5.")).isEmpty();
        assertThat(briefs("An earlier version of this article incorrectly stated that Germany had pledged 20 Leopard 2A6 tanks.")).isEmpty();
        assertThat(briefs("Correction: Latvia sent 5 M109 howitzers, not 6 as we reported earlier.")).containsExactly("delivery Latvia | M109 | 5 exact");
        // an earlier statement that nothing corrects stands
        assertThat(briefs("Germany said earlier it had sent 6 M109 howitzers.")).containsExactly("delivery Germany | M109 | 6 exact");
    }

    @Test
    void whatIsMadeAndWhoMakesItIsNoGift() {
        assertThat(briefs("The Czech Republic has delivered 6 DITA howitzers to Ukraine, with\n10 more to follow by the end of the year.\n"
                + "The 155 mm guns are produced by Excalibur Army.\n"))
                .containsExactly("delivery Czech Republic | ShKH vz. 77 Dana | 6 exact", "pledge Czech Republic | ShKH vz. 77 Dana | 10 exact");
        // made to order for Ukraine, it is the gift
        assertThat(briefs("Denmark will pay for 18 Bohdana self-propelled howitzers to be built by Ukrainian industry."))
                .containsExactly("pledge Denmark | Bohdana | 18 exact");
    }

    @Test
    void aClassASumIsToBuyIsWhatTheSumIsFor() {
        assertThat(briefs("Norway will contribute NOK 1.5 billion to the purchase of air defence systems for Ukraine."))
                .containsExactly("money Norway | 1500000000 NOK exact");
        assertThat(briefs("Germany will fund the purchase of air defence systems for Ukraine."))
                .containsExactly("pledge Germany | air defence systems | - unspecified");
    }

    @Test
    void anActsSumsAreWhatItGivesNotWhatItStrikesOrSpendsOnItsOwnStocks() {
        assertThat(briefs("The United States Congress enacted it. Section 506 is amended by striking '$100,000,000' and inserting "
                + "'$7,800,000,000' for the drawdown of defense articles for Ukraine.")).containsExactly("money United States | 7800000000 USD exact");
        assertThat(briefs("For an additional amount, $2,585,000,000, to remain available until September 30, 2026, for replacement of "
                + "defense articles from stocks of the Department of Defense provided to Ukraine.")).isEmpty();
        // the office that spends a sum is not whom it goes to
        assertThat(briefs("Of the total, $13,772,000,000 shall be for Ukraine: Provided further, That such funds shall be available to the "
                + "Secretary of Defense.")).containsExactly("money null | 13772000000 USD exact");
    }

    @Test
    void oneSystemNamedTwiceOverIsOne() {
        assertThat(briefs("The United States sent: Bradley M2A2 ODS-SA — 60 pcs.")).containsExactly("delivery United States | M2 Bradley | 60 exact");
        assertThat(briefs("Germany sent 14 Leopard 2A4-NL tanks.")).containsExactly("delivery Germany | Leopard 2A4 | 14 exact");
    }

    @Test
    void aTablesNotesAndFloorsSayTheirCounts() {
        String table = "| Country | Model | Number | Status | Notes |\n| --- | --- | --- | --- | --- |\n"
                + "| Spain | Leopard 2A4 | 10 | Delivered | A further 19 pledged in April 2024 |\n"
                + "| Poland | T-72M1 | 250+ | Delivered | |\n"
                + "| Germany | Leopard 2A6 | 14 | Pledged | raised to 18 in March 2023 |\n"
                + "| Norway | NASAMS | 2 | Pledged | with 20 Patriot missiles delivered |\n";
        assertThat(briefs(table)).containsExactlyInAnyOrder("delivery Spain | Leopard 2A4 | 10 exact", "pledge Spain | Leopard 2A4 | 19 exact",
                "delivery Poland | T-72M1 | 250 more_than", "pledge Germany | Leopard 2A6 | 14 exact", "pledge Germany | Leopard 2A6 | 18 exact",
                "pledge Norway | NASAMS | 2 exact");
    }

    @Test
    void aLineThatStopsOnAWordThatAsksForMoreGoesOnInTheNext() {
        assertThat(briefs("Warsaw had earlier supplied more than 250\nT-72 tanks, most of them from storage.\n"))
                .containsExactly("delivery Poland | T-72M1 | 250 more_than");
    }

    @Test
    void aNumberedItemThatOpensAListIntroducesItsSubItems() {
        assertThat(briefs("Having regard to the request, the Government of the Republic of Lithuania resolves:\n\n1. To transfer to the Armed "
                + "Forces of Ukraine, from the stocks of the Lithuanian Armed Forces:\n\n1.1. 10 M577 armoured command vehicles;\n\n"
                + "1.2. 2 NASAMS launchers;\n")).containsExactly("pledge Lithuania | M113 | 10 exact", "pledge Lithuania | NASAMS | 2 exact");
    }

    @Test
    void aTableUnderAFundsNameIsTheGiversNotTheFunds() {
        assertThat(briefs("Lithuania will transfer 2 NASAMS launchers. It will allocate EUR 30 million for ammunition through the Czech "
                + "initiative.\n\n| Item | Quantity | Status |\n| --- | --- | --- |\n| M577 | 10 | to be transferred |\n"))
                .containsExactly("pledge Lithuania | NASAMS | 2 exact", "money Lithuania | 30000000 EUR exact", "pledge Lithuania | M113 | 10 exact");
    }

    @Test
    void thePriceOfOnePieceAndTheDonorsOwnRearmingAreNoGifts() {
        assertThat(briefs("Each system costs about 1 billion dollars and production is slow.")).isEmpty();
        assertThat(briefs("Canada will buy a NASAMS system for Ukraine at a cost of US$406 million.")).contains("money Canada | 406000000 USD exact");
        assertThat(briefs("We do not have more to give; our own artillery is being rebuilt with 12 new K9 Thunder guns from Korea.")).isEmpty();
    }
}
