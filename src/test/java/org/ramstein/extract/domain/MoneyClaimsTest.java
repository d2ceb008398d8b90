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
}
