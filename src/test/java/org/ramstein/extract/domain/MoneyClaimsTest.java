package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

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

    @Test
    void theNumbersOfAListUnderAHeadingThatDeclaresAUnitAreSums() {
        String memo = "In 2025 the Netherlands reserves EUR 3.5 billion for military support to Ukraine.\n\n"
                + "Table 4.1 Commitments per line (EUR million)\n"
                + "4.1.1 Artillery ammunition for Ukraine ...... 350\n"
                + "4.1.2 Replenishment of Dutch stocks after donations ...... 620\n"
                + "4.1.3 Contribution to the drone coalition ...... 150\n";
        assertThat(claims(memo)).extracting(c -> c.kind() + " " + c.item() + " " + c.value().toPlainString() + " " + c.currency())
                .containsExactly("money military support 3500000000 EUR", "money artillery ammunition 350000000 EUR",
                        "money contribution to the drone coalition 150000000 EUR");
        // without a declared unit the same numbers are no sums
        assertThat(claims("Planned commitments per line\n4.1.1 Artillery ammunition for Ukraine ...... 350\n")).extracting(Claim::kind)
                .doesNotContain("money");
    }

    @Test
    void aTablesHeaderMayDeclareTheUnitOfItsBareNumbers() {
        String table = "Pledges at the meeting:\n\n| Donor | Military aid (EUR million) |\n| --- | --- |\n| Germany | 350 |\n| Netherlands | 1,200 |\n";
        assertThat(briefs(table)).containsExactly("money Germany | 350000000 EUR exact", "money Netherlands | 1200000000 EUR exact");
        assertThat(claims(table)).extracting(Claim::item).containsOnly("military aid");
    }

    @Test
    void aSumRestatedInBracketsWithATildeIsTheSameSum() {
        assertThat(briefs("Sweden announced its 18th package, worth SEK 13.5 billion (~$1.2 bn).")).containsExactly("money Sweden | 13500000000 SEK exact");
        assertThat(briefs("Denmark gave ~€1 bn for air defence.")).containsExactly("money Denmark | 1000000000 EUR about");
    }

    @Test
    void aBudgetForMilitaryAidIsMilitaryAidBudgetSupportIsNot() {
        assertThat(briefs("€7.1 billion — Germany's budget for military aid to Ukraine in 2024.")).containsExactly("money Germany | 7100000000 EUR exact");
        assertThat(briefs("Germany gives €7.1 billion in budget support to Ukraine.")).isEmpty();
    }

    @Test
    void aBracketAfterNoSumHoldsTheSumItself() {
        assertThat(briefs("Norway's contribution (NOK 1.5 billion) goes to the Czech ammunition initiative."))
                .containsExactly("money Norway | 1500000000 NOK exact");
        assertThat(briefs("Germany pledged €500 million (around $540 million) for shells.")).containsExactly("money Germany | 500000000 EUR exact");
    }
}
