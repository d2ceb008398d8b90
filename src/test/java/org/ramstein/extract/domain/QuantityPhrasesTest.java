package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** The number before a name: never part of a sum, one for "a further", compounds, "the first battery of". */
class QuantityPhrasesTest {

    @Test
    void aNumberInsideASumOfMoneyCountsNothing() {
        assertThat(briefs("The UK will send a £200 million package of drones.")).containsExactly("money United Kingdom | 200000000 GBP exact");
        assertThat(briefs("The UK will send a package of 200 drones.")).containsExactly("pledge United Kingdom | drones | 200 exact");
    }

    @Test
    void aFurtherOrASecondSystemIsOneAsFirmAsANumber() {
        assertThat(briefs("Germany has delivered a further IRIS-T SLM system, and has now delivered four IRIS-T systems in total."))
                .containsExactly("delivery Germany | IRIS-T SLM | 1 exact", "delivery Germany | IRIS-T SLM | 4 exact");
        assertThat(briefs("Italy will provide another SAMP/T battery.")).containsExactly("pledge Italy | SAMP/T | 1 exact");
        // "a" alone yields to a written number
        assertThat(briefs("Germany has delivered an IRIS-T SLM system, and has now delivered four IRIS-T systems in total."))
                .containsExactly("delivery Germany | IRIS-T SLM | 4 exact");
    }

    @Test
    void aHyphenatedWordBelongsToTheClassName() {
        assertThat(briefs("The first 50,000 rounds of large-calibre ammunition from Czechia have arrived in Ukraine."))
                .containsExactly("delivery Czech Republic | large-calibre ammunition | 50000 exact rounds");
        assertThat(briefs("France will send 40 French-made howitzers.")).containsExactly("pledge France | howitzers | 40 exact");
    }

    @Test
    void theFirstBatteryOfASystemIsOne() {
        Reading r = Readings.of("Italy delivered the first battery of the SAMP/T system.");
        Sentence s = r.sentences.get(0);
        Quantity q = new Quantity();
        r.quantities.measure(s, Readings.token(r, "battery"), q, null);
        assertThat(q.value).isEqualTo(1L);
        Reading b = Readings.of("Italy delivered the second battery of the SAMP/T system.");
        Quantity none = new Quantity();
        b.quantities.measure(b.sentences.get(0), Readings.token(b, "battery"), none, null);
        assertThat(none.counted()).isFalse();
    }

    @Test
    void aModelNumberIsNoCountAndOneNumberForTwoSystemsCountsNeither() {
        assertThat(briefs("Sweden will send 16 Bandvagn 206 all-terrain vehicles."))
                .containsExactly("pledge Sweden | Bandvagn 206 all-terrain vehicles | 16 exact");
        assertThat(briefs("Sweden will send Pbv 401 armoured personnel carriers."))
                .containsExactly("pledge Sweden | Pbv 401 armoured personnel carriers | - unspecified");
        assertThat(briefs("Poland has handed over about 250 PT-91 and T-72 tanks."))
                .containsExactly("delivery Poland | PT-91 Twardy | - unspecified", "delivery Poland | T-72M1 | - unspecified");
        assertThat(claimsText("Poland has handed over about 250 PT-91 and T-72 tanks.")).contains("about 250 (shared)");
        assertThat(briefs("Poland has handed over 250 PT-91 tanks and 40 T-72 tanks."))
                .containsExactly("delivery Poland | PT-91 Twardy | 250 exact", "delivery Poland | T-72M1 | 40 exact");
    }

    @Test
    void precisionAerialMunitionsAreGuidedBombs() {
        assertThat(briefs("The package includes precision aerial munitions from the United States."))
                .containsExactly("pledge United States | precision aerial munitions | - unspecified");
        assertThat(ClaimExtractorTest.claims("The package includes precision aerial munitions from the United States.").get(0).category())
                .isEqualTo("guided_bomb");
    }

    private static java.util.List<String> claimsText(String text) {
        return ClaimExtractorTest.claims(text).stream().map(Claim::quantityText).toList();
    }

    @Test
    void aPlusIsAFloorACalibreDescribesTheGunAndItsOnlyIsOne() {
        assertThat(briefs("Sweden has delivered 5,000+ AT4 anti-tank weapons.")).containsExactly("delivery Sweden | AT4 | 5000 more_than");
        assertThat(briefs("Sweden has delivered 8 Archer 155mm self-propelled howitzers.")).containsExactly("delivery Sweden | Archer | 8 exact");
        assertThat(briefs("Slovakia donated its only S-300 air defence system.")).containsExactly("delivery Slovakia | S-300 | 1 exact");
        assertThat(briefs("Slovakia donated its S-300 air defence system.")).containsExactly("delivery Slovakia | S-300 | - unspecified");
    }

    @Test
    void airDefenceByRangeAndEngineeringTanks() {
        assertThat(ClaimExtractorTest.claims("Sweden sent 1 ASRAD-R short-range air defence system.").get(0).category()).isEqualTo("sam_short_range");
        assertThat(ClaimExtractorTest.claims("Sweden sent 2 air defence systems.").get(0).category()).isEqualTo("air_defense_generic");
        assertThat(ClaimExtractorTest.claims("Finland has sent two Leopard 2L bridge-laying tanks.").get(0).category()).isEqualTo("engineering_vehicle");
    }

    @Test
    void anOrdinalInWordsOrFiguresBeforeANameIsOne() {
        assertThat(briefs("Germany promised a twelfth IRIS-T SLM system for 2025.")).containsExactly("pledge Germany | IRIS-T SLM | 1 exact");
        assertThat(briefs("Germany promised a 12th IRIS-T SLM system for 2025.")).containsExactly("pledge Germany | IRIS-T SLM | 1 exact");
        assertThat(QuantityPhrases.ordinal("21st")).isTrue();
        assertThat(QuantityPhrases.ordinal("1st")).isFalse();
        assertThat(QuantityPhrases.ordinal("first")).isFalse();
        assertThat(QuantityPhrases.ordinal("155mm")).isFalse();
    }

    @Test
    void aFactLinesNumberBeforeItsDashCountsTheNameAfterIt() {
        assertThat(briefs("3 — Patriot systems Germany has handed over to Ukraine since April 2023."))
                .containsExactly("delivery Germany | Patriot | 3 exact");
        assertThat(briefs("1 million — rounds of artillery ammunition the EU promised to deliver by March 2024."))
                .containsExactly("pledge European Union | artillery ammunition | 1000000 exact rounds");
        // only at the start of a line: inside a sentence a dash sets off an aside
        assertThat(briefs("Germany has sent 3 — and will send more — Patriot systems.")).doesNotContain("delivery Germany | Patriot | 3 exact");
    }

    @Test
    void aCountOfZeroGivesNothingAndAVagueAmountHasNoUnit() {
        assertThat(briefs("Zero — Taurus cruise missiles Germany has agreed to send.")).isEmpty();
        assertThat(briefs("Canada has sent tens of thousands of rounds of artillery ammunition."))
                .containsExactly("delivery Canada | artillery ammunition | - unspecified");
        assertThat(briefs("Germany will send ~50 Marders.")).containsExactly("pledge Germany | Marder 1A3 | 50 about");
    }

    @Test
    void aCountInBracketsAfterTheNameAGluedMultiplierAndAPair() {
        assertThat(briefs("Germany's package includes Leopard 2A4 tanks (14) and PzH 2000 howitzers (6), the ministry said."))
                .containsExactly("pledge Germany | Leopard 2A4 | 14 exact", "pledge Germany | PzH 2000 | 6 exact");
        assertThat(briefs("The Gepard guns (1973) were delivered by Germany.")).containsExactly("delivery Germany | Gepard | - unspecified");
        assertThat(briefs("Denmark will send 2x IRIS-T SLM fire units and 1x Skynex air defence system."))
                .containsExactly("pledge Denmark | IRIS-T SLM | 2 exact", "pledge Denmark | Skynex | 1 exact");
        assertThat(briefs("Slovakia has delivered a pair of Mi-17 helicopters.")).containsExactly("delivery Slovakia | Mi-17 | 2 exact");
    }

    @Test
    void theLevelAPledgeIsRaisedToCountsIt() {
        assertThat(briefs("Sweden has doubled its pledge of Archer artillery systems to 16, the government said."))
                .containsExactly("pledge Sweden | Archer | 16 exact");
        assertThat(briefs("Norway raised the number of F-16 fighter jets it will donate to six."))
                .containsExactly("pledge Norway | F-16 | 6 exact");
    }
}
