package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Tables in the sources writers paste (a LaTeX tabular, a continental export with semicolons and decimal commas),
 * military bulletins in capitals with country codes and counts written as multipliers, return forms whose sections say
 * the kind, notes keyed with arrows, and the company reports and agreements that mention aid among other things.
 */
class BulletinsFormsAndSourceTablesRulesTest {

    @Test
    void aLatexTabularIsReadRowByRowWithItsEscapedAmpersandAndRulesAndItsTotalLeftOut() {
        String text = """
                \\begin{tabular}{llrr}
                \\toprule
                Donor & System & Pledged & Delivered \\\\
                \\midrule
                Finland & CV90 & 12 & 4 \\\\
                Belgium \\& Luxembourg & M113 & 40 & 40\\tnote{b} \\\\
                \\midrule
                Total & & 52 & 44 \\\\
                \\bottomrule
                \\end{tabular}
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Finland | CV90 | 12 exact", "delivery Finland | CV90 | 4 exact",
                "pledge Belgium; Luxembourg | M113 | 40 exact", "delivery Belgium; Luxembourg | M113 | 40 exact");
    }

    @Test
    void aLatexTieIsASpaceBetweenANameAndItsModel() {
        assertThat(briefs("In March, Portugal delivered 3 Leopard~2A6 to Ukraine."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact");
    }

    @Test
    void aSemicolonExportWithDecimalCommasAndACurrencyNamedColumn() {
        String text = """
                country;system;qty;status;amount_eur
                Austria;;;pledged;1.250.000,00
                Estonia;155 mm ammunition;20.000;delivered;
                Estonia;"FH70, towed";;pledged;
                Latvia;M109;6;pledged;
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("money Austria | 1250000 EUR exact",
                "delivery Estonia | 155mm artillery ammunition | 20000 exact rounds", "pledge Estonia | FH70 | - unspecified",
                "pledge Latvia | M109 | 6 exact");
    }

    @Test
    void aCountWrittenAsAMultiplierAfterTheName() {
        assertThat(briefs("Norway delivered NASAMS ×2 in May.")).containsExactly("delivery Norway | NASAMS | 2 exact");
        assertThat(briefs("Denmark has pledged Leopard 1A5 ×~30.")).containsExactly("pledge Denmark | Leopard 1A5 | 30 about");
        assertThat(briefs("POL: KRAB X18 DELIVERED.")).containsExactly("delivery Poland | AHS Krab | 18 exact");
        assertThat(briefs("ESTONIA DELIVERED 155MM RDS X12,000.")).containsExactly("delivery Estonia | 155mm artillery ammunition | 12000 exact rounds");
    }

    @Test
    void aBulletinsSectionHeadingSaysTheKindOfItsIndentedLines() {
        String text = """
                2. RECEIVED (CONFIRMED BY UKR MOD):
                  A. SWE: ARCHER X6; CV90 X10.
                  B. NLD/BEL/DNK: F-16 X3.

                3. PLEDGES (ANNOUNCED, NOT YET DELIVERED):
                  A. DEU: SKYNEX X2.
                  B. FRA: CAESAR NIL (ALL 30 ALREADY DELIVERED).
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Sweden | Archer | 6 exact", "delivery Sweden | CV90 | 10 exact",
                "delivery Netherlands; Belgium; Denmark | F-16 | 3 exact", "pledge Germany | Skynex | 2 exact", "delivery France | Caesar | 30 exact");
    }

    @Test
    void aFormsSectionHeadingSaysTheKindOfItsFieldsAndAFieldNamesTheUnitOfItsSum() {
        String text = """
                Section B - Pledges made in the period
                B1 Systems (type and quantity): 6 x Archer
                B2 Value of the pledges (SEK): 2.1 billion

                Section D - Stocks
                D1 National stock of 155 mm ammunition after transfers: classified
                D2 Replenishment orders placed with industry: 4 (total SEK 900 million)
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge null | Archer | 6 exact", "money null | 2100000000 SEK exact");
    }

    @Test
    void anArrowOfTheKeyBetweenGiverAndReceiverSaysTheKind() {
        String text = """
                Key: `→` promised · `⇒` arrived

                - Canada ⇒ Ukraine: M777 ×4
                - Finland + Sweden → Ukraine: CV90 ×12
                - Ukraine ⇒ front: Bohdana ×12/month (own production)
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Canada | M777 | 4 exact", "pledge Finland; Sweden | CV90 | 12 exact");
    }

    @Test
    void anInitiativeLedByACountryIsThatCountrysAndABuyersLabelOutweighsItsSeller() {
        assertThat(briefs("The Czech-led initiative has delivered 50,000 rounds of 155 mm ammunition."))
                .containsExactly("delivery Czech Republic | 155mm artillery ammunition | 50000 exact rounds");
        assertThat(briefs("PLEDGES:\n  A. NOR: NASAMS X2 (PURCHASED FROM USA ON UKR BEHALF)."))
                .containsExactly("pledge Norway | NASAMS | 2 exact");
    }

    @Test
    void theOtherSidesLinesAndAModelTheCatalogueDoesNotKnowAreNoGifts() {
        String text = """
                2. DELIVERIES:
                  A. DEU: IRIS-T SLM X1.
                4. ADVERSARY: RU MOVED 6 TOR-M2 LAUNCHERS TO THE FRONT; 12 S-300 LAUNCHERS OBSERVED.
                """;
        assertThat(briefs(text)).containsExactly("delivery Germany | IRIS-T SLM | 1 exact");
    }

    @Test
    void anOrderForUkraineIsAPledgeOfThoseWhoOrderedIt() {
        assertThat(briefs("A further 14 Leopard 1A5 tanks, ordered by the Netherlands and Denmark for Ukraine, will be delivered in 2025."))
                .containsExactly("pledge Netherlands; Denmark | Leopard 1A5 | 14 exact");
    }

    @Test
    void theTotalValueOfOneAgreementIsItsSumNotARunningTotal() {
        assertThat(briefs("The total value of the assistance under this agreement is SEK 7 billion, Sweden said."))
                .containsExactly("money Sweden | 7000000000 SEK exact");
    }

    @Test
    void aTableRowsCountToldAgainWithOneOfItsDonorsIsTheRowsCount() {
        String text = """
                | Donor | System | Pledged |
                |---|---|---|
                | Denmark, Germany | Leopard 1A5 | 100 |

                Germany finances most of the programme: the 100 tanks are refurbished by industry and will be delivered by 2025.
                """;
        assertThat(briefs(text)).containsExactly("pledge Denmark; Germany | Leopard 1A5 | 100 exact");
    }

    @Test
    void aNumberKeptBackIsNoQuestionAndAVariantInBracketsNoSecondSystem() {
        assertThat(briefs("Key: `→` pledged · `⇒` delivered\n\n- Greece → Ukraine: Patriot missiles ×?")).containsExactly("pledge Greece | Patriot missiles | - unspecified");
        assertThat(briefs("DELIVERIES:\n  A. USA: PATRIOT INTERCEPTORS (PAC-3 MSE) UNK QTY."))
                .containsExactly("delivery United States | Patriot interceptors | - unspecified");
    }

    @Test
    void aBohdanaFinancedByADonorIsItsPledge() {
        assertThat(briefs("Denmark will finance 12 more Bohdana howitzers built in Ukraine."))
                .containsExactly("pledge Denmark | Bohdana | 12 exact");
    }
}
