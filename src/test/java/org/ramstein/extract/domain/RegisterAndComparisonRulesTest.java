package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Registers written as fields or with country codes, and the sentences that compare, make, pay for a part or receive:
 * who gives and what is counted there.
 */
class RegisterAndComparisonRulesTest {

    @Test
    void anEntryWrittenAsFieldsIsARowOfATable() {
        String text = "Entry 31\nDonor: Portugal\nSystem: Leopard 2A6 main battle tanks\nQuantity: 3\nStatus: delivered\n\n"
                + "Entry 32\nDonor: Belgium\nSystem: M109A4BE howitzers\nQuantity: 10\nStatus: pledged, delivery expected in 2025\n";
        assertThat(briefs(text)).containsExactly("delivery Portugal | Leopard 2A6 | 3 exact", "pledge Belgium | M109 | 10 exact");
    }

    @Test
    void anEntrysRemarksAreNotItsEvidenceAndItsUndecidedOrUndisclosedStatusIsRead() {
        String text = "Donor: Sweden\nSystem: Archer self-propelled artillery\nQuantity: 8\nStatus: delivered\nCrew: 4 per gun; range up to 50 km.\n";
        Claim c = claims(text).get(0);
        assertThat(c.evidence()).startsWith("Donor: Sweden").endsWith("Status: delivered").doesNotContain("Crew");
        assertThat(briefs("Donor: Austria\nSystem: Pandur armoured personnel carriers\nQuantity: 12\nStatus: under consideration\n")).isEmpty();
        assertThat(briefs("Donor: Luxembourg\nSystem: CV90 infantry fighting vehicles\nQuantity: not disclosed\nStatus: pledged\n"))
                .containsExactly("pledge Luxembourg | CV90 | - unspecified");
        // a time or an address is no field: "At 16:30: ..." and "See: http://..." start no entry
        assertThat(briefs("Donor: Norway\nTime: 16:30\nSystem: NASAMS launchers\nQuantity: 2\nStatus: delivered\n"))
                .containsExactly("delivery Norway | NASAMS | 2 exact");
        assertThat(briefs("- Donor: Spain\n- System: Leopard 2A4 tanks\n- Quantity: 10\n- Status: delivered\n"))
                .containsExactly("delivery Spain | Leopard 2A4 | 10 exact");
        // the fields of a contact or a note name no system: no entry
        assertThat(briefs("Contact: press office\nPhone: +45 72 81 00 00\nRoom: 3.14\n")).isEmpty();
    }

    @Test
    void aDeliveredCountBesideThePromiseItIsCountedAgainst() {
        assertThat(briefs("Donor: Netherlands\nSystem: PzH 2000 howitzers\nQuantity: 6 (of 8 pledged)\nStatus: delivered\n"))
                .containsExactly("delivery Netherlands | PzH 2000 | 6 exact", "pledge Netherlands | PzH 2000 | 8 exact");
        assertThat(briefs("Donor: Canada\nSystem: 155mm artillery ammunition\nQuantity: approx. 12,000 rounds\nStatus: delivered\n"))
                .containsExactly("delivery Canada | 155mm artillery ammunition | 12000 about rounds");
    }

    @Test
    void bracketedCountryCodesOpenARegistersLinesAndNameItsDonors() {
        String text = "Entries are pledges.\n\n(DK) 19 F-16 fighter aircraft\n(NO) 22 F-16 aircraft (not all airworthy)\n"
                + "(BE) 30 F-16 by 2028\n(NL) 24 F-16\n\nTotals: 95 F-16 pledged by four countries.\n";
        assertThat(briefs(text)).containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Norway | F-16 | 22 exact",
                "pledge Belgium | F-16 | 30 exact", "pledge Netherlands | F-16 | 24 exact",
                "aggregate Denmark; Norway; Belgium; Netherlands | F-16 | 95 exact");
        // "NO" in capitals outside brackets, and "no" in prose, stay words
        assertThat(briefs("Norway has sent NO F-16 aircraft so far.")).isEmpty();
    }

    @Test
    void aComparisonNamesNoGiver() {
        assertThat(briefs("Poland had delivered more than 300 T-72 tanks, roughly twice as many as the Czech Republic, and 60 PT-91 tanks."))
                .containsExactly("delivery Poland | T-72M1 | 300 more_than", "delivery Poland | PT-91 Twardy | 60 exact");
        assertThat(briefs("Germany delivered 18 Leopard 2A6, fewer than half of the 40 Marder it sent."))
                .contains("delivery Germany | Leopard 2A6 | 18 exact", "delivery Germany | Marder 1A3 | 40 exact")
                .noneMatch(b -> b.contains("| 20 "));
        assertThat(briefs("Norway delivered eight Leopard 2A4, and Spain sent two more than that.")).containsExactly("delivery Norway | Leopard 2A4 | 8 exact");
    }

    @Test
    void aPossessiveBeforeTheCountIsItsDonorWhoeverMatchesIt() {
        assertThat(briefs("Canada's eight Leopard 2A4 were matched by Norway, which delivered the same number."))
                .containsExactly("delivery Canada | Leopard 2A4 | 8 exact", "delivery Norway | Leopard 2A4 | 8 exact");
    }

    @Test
    void theMakerOrTheCountryInItsNameIsNoGiver() {
        assertThat(briefs("Denmark announced a package. It includes 15 Caesar howitzers, to be produced by KNDS France, and 6 Skynex systems "
                + "purchased from Rheinmetall.")).containsExactly("pledge Denmark | Caesar | 15 exact", "pledge Denmark | Skynex | 6 exact");
    }

    @Test
    void whoPaidForAPartIsNotWhoGaveTheWhole() {
        assertThat(briefs("The Czech Republic has delivered about 90 refurbished T-72s to Ukraine, a third of them paid for by the Netherlands."))
                .containsExactly("delivery Czech Republic | T-72M1 | 90 about");
        assertThat(briefs("Slovakia delivered 16 Zuzana 2 howitzers paid for by Denmark, Germany and Norway."))
                .containsExactly("delivery Denmark; Germany; Norway | Zuzana 2 | 16 exact");
    }

    @Test
    void aCountryOrADonorsArmyThatReceivesIsNotUkraine() {
        assertThat(briefs("Poland receives 10 Leopard tanks from Germany.")).isEmpty();
        assertThat(briefs("In July, from the Federal Republic of Germany were received 10 units of Leopard 1A5 tanks."))
                .containsExactly("delivery Germany | Leopard 1A5 | 10 exact");
        assertThat(briefs("Ukraine receives 10 Leopard 2A4 tanks from Germany.")).containsExactly("pledge Germany | Leopard 2A4 | 10 exact");
        assertThat(briefs("Polish officials say its own army will be re-equipped with 250 Abrams and 1,000 K2 tanks from the United States and South Korea."))
                .isEmpty();
        assertThat(briefs("The Dutch army will receive 46 Leopard 2A8 tanks.")).isEmpty();
        assertThat(briefs("The Ukrainian army will receive 20 Leopard 2A4 tanks from Germany.")).containsExactly("pledge Germany | Leopard 2A4 | 20 exact");
    }

    @Test
    void aFrontedDonorAndVerbGovernTheListAfterTheColon() {
        assertThat(briefs("Arriving this week from Spain: 10 Leopard 2A4 tanks and 20 M113 armoured personnel carriers."))
                .containsExactly("delivery Spain | Leopard 2A4 | 10 exact", "delivery Spain | M113 | 20 exact");
        assertThat(briefs("Also handed over, by Italy: a second SAMP/T battery.")).containsExactly("delivery Italy | SAMP/T | 1 exact");
    }

    @Test
    void anAcknowledgedDeliveryAndTheFirstToArriveAreDone() {
        assertThat(briefs("The Senate welcomes the delivery of the second SAMP/T battery promised by Italy in 2023."))
                .containsExactly("delivery Italy | SAMP/T | 1 exact");
        assertThat(briefs("Poland's 14 Leopard 2A4 were the first Western tanks to arrive.")).containsExactly("delivery Poland | Leopard 2A4 | 14 exact");
        assertThat(briefs("Poland's 14 Leopard 2A4 will be the first Western tanks to arrive.")).containsExactly("pledge Poland | Leopard 2A4 | 14 exact");
        assertThat(briefs("Spain sent four launchers of its Hawk system.")).containsExactly("delivery Spain | HAWK | 4 exact");
    }

    @Test
    void continentalSumsReadTheirDecimalCommaAndAbbreviatedScale() {
        List<String> b = briefs("Germany has earmarked 7,1 Mrd. Euro for military support to Ukraine, up from 5,4 Mrd. Euro in 2023. "
                + "Germany also pays 500 Mio. Euro into the fund.");
        assertThat(b).hasSize(3).allMatch(x -> x.startsWith("money Germany"));
        assertThat(String.join("\n", b)).contains("7100000000 EUR").contains("5400000000 EUR").contains("500000000 EUR");
    }
}
