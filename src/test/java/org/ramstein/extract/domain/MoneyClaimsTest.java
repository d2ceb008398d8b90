package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** Totals to date and sums given now; what a sum buys. */
class MoneyClaimsTest {

    @Test
    void aSumSinceADateOrByADateWithAPerfectIsATotal() {
        assertThat(briefs("Analysts estimate Italy's military aid since 2022 at roughly €2.2 billion."))
                .containsExactly("aggregate Italy | 2200000000 EUR about");
        assertThat(briefs("EU member states had committed roughly €50 billion in military assistance by the end of February."))
                .containsExactly("aggregate European Union | 50000000000 EUR about");
        assertThat(briefs("Germany will provide €2 billion in military aid by the end of the year."))
                .containsExactly("money Germany | 2000000000 EUR exact");
        // "since" as a reason is no date
        assertThat(briefs("Since Ukraine needs shells, Germany will pay €1 billion for ammunition."))
                .containsExactly("money Germany | 1000000000 EUR exact");
    }

    @Test
    void aDonorsTotalAndCommitmentsAreTotals() {
        assertThat(briefs("The package brings Australia's total military assistance to Ukraine to more than A$1.1 billion."))
                .containsExactly("aggregate Australia | 1100000000 AUD more_than");
        assertThat(briefs("Germany remains the largest donor, with around €17.7 billion in military commitments."))
                .containsExactly("aggregate Germany | 17700000000 EUR about");
        assertThat(briefs("Germany announced a new package of €1.4 billion in military aid."))
                .containsExactly("money Germany | 1400000000 EUR exact");
    }

    @Test
    void whatASumBuysIsItsPurpose() {
        assertThat(briefs("New Zealand pledged NZ$5 million to help Ukraine buy drones.")).containsExactly("money New Zealand | 5000000 NZD exact");
        assertThat(briefs("Canada will provide $60 million to purchase 40 more Senator armoured vehicles for Ukraine."))
                .containsExactly("money Canada | 60000000 $ exact", "pledge Canada | Roshel Senator | 40 exact");
    }

    @Test
    void soFarAfterASuperlativeCountsNothingAndAYearsTotalIsATotal() {
        assertThat(briefs("Sweden presented its largest package so far, worth SEK 13.3 billion."))
                .containsExactly("money Sweden | 13300000000 SEK exact");
        assertThat(briefs("Sweden has so far given SEK 43.5 billion.")).containsExactly("aggregate Sweden | 43500000000 SEK exact");
        assertThat(briefs("Madrid has committed a total of 1.1 billion euros in military aid this year."))
                .containsExactly("aggregate Spain | 1100000000 EUR exact");
        assertThat(briefs("Belgium will provide 977 million euros in military aid this year.")).containsExactly("money Belgium | 977000000 EUR exact");
    }

    @Test
    void crownsTakeTheDonorsCrownAndAPriceIsNoSum() {
        assertThat(briefs("The Czech Republic has given Ukraine weapons, with total military aid worth more than 4 billion crowns."))
                .containsExactly("aggregate Czech Republic | 4000000000 CZK more_than");
        assertThat(briefs("Denmark will give 2 billion kroner in military aid.")).containsExactly("money Denmark | 2000000000 DKK exact");
        assertThat(briefs("Allies will send interceptors, which cost roughly $4 million each.")).isEmpty();
        assertThat(briefs("Allies will send interceptors worth roughly $4 million.")).containsExactly("money NATO allies | 4000000 USD about");
    }

    @Test
    void aSumInBracketsAfterADonorIsTheDonorsAndEachSumHasItsOwnMarkers() {
        assertThat(briefs("The United States has committed the most, followed by Germany (€10.1 billion) in military aid so far."))
                .contains("aggregate Germany | 10100000000 EUR exact");
        assertThat(briefs("Sweden will give 4.3 billion Swedish kronor ($418 million) in aid.")).containsExactly("money Sweden | 4300000000 SEK exact");
        assertThat(briefs("The UK has committed £7.6 billion since February 2022, and will provide £3 billion every year."))
                .containsExactly("aggregate United Kingdom | 7600000000 GBP exact", "money United Kingdom | 3000000000 GBP exact");
    }
}
