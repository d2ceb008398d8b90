package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** A scanned letter's pages, its numbered sections and its annex; a partner named before the subject; a fund named by an adjective. */
class ScannedLettersAndPartnersRulesTest {

    @Test
    void pagesLoseTheirRunningHeadsAndASentenceRunsOverThePageBreak() {
        String scan = "Letter to Parliament          Our reference BS2024018817\n\nThe Netherlands will deliver a further\n"
                + "\fOur reference BS2024018817                     Page 2 of 4\n\n18 YPR-765 armoured personnel carriers.\n"
                + "\fOur reference BS2024018817                     Page 3 of 4\n\nThe Minister of Defence,\n\n- 3 -\n";
        assertThat(PrintedPages.text(scan)).isEqualTo("Letter to Parliament          Our reference BS2024018817\n\n"
                + "The Netherlands will deliver a further 18 YPR-765 armoured personnel carriers.\n\nThe Minister of Defence,\n");
        assertThat(briefs(Markup.plain(scan))).containsExactly("pledge Netherlands | YPR-765 | 18 exact");
    }

    @Test
    void wordsBrokenAtALinesEndAreWholeAgainButCompoundsKeepTheirHyphen() {
        assertThat(PrintedPages.text("financed the refurbish-\nment of 14 tanks, all deliv-\nered. A full-\nscale war; self-\npropelled guns.\n"))
                .isEqualTo("financed the refurbishment\nof 14 tanks, all delivered.\nA full-scale\nwar; self-propelled\nguns.\n");
        assertThat(PrintedPages.text("Sweden sent 8 Ar-\ncher systems.\n")).isEqualTo("Sweden sent 8 Archer\nsystems.\n");
        // a hyphen before a capital, a figure or a line of one letter is no broken word
        assertThat(PrintedPages.text("the Czech-\nUkrainian border, T-\n72 tanks, a-\nb\n")).isEqualTo("the Czech-\nUkrainian border, T-\n72 tanks, a-\nb\n");
        assertThat(briefs(Markup.plain("In 2023 Sweden deliv-\nered 8 Archer systems.\n"))).containsExactly("delivery Sweden | Archer | 8 exact");
    }

    @Test
    void ligaturesReadAsTheirLetters() {
        assertThat(PrintedPages.withoutLigatures("24 F-16 \uFB01ghter aircraft, \uFB02ights, e\uFB03cient")).isEqualTo("24 F-16 fighter aircraft, flights, efficient");
        String plain = "no ligature here";
        assertThat(PrintedPages.withoutLigatures(plain)).isSameAs(plain);
    }

    @Test
    void aNumberedSectionsHeadingIsNoListItemOfTheSentenceBeforeIt() {
        String letter = """
                The training centre in Romania received 18 F-16s from the Netherlands.

                2. Tanks and armoured vehicles
                The Netherlands financed the refurbishment of 14 Leopard 2A4 tanks.
                """;
        assertThat(briefs(letter)).noneMatch(b -> b.contains("| tanks |") || b.contains("armoured vehicles"))
                .contains("pledge Netherlands | Leopard 2A4 | 14 exact");
        // a numbered list under its introduction still takes the introduction's kind
        assertThat(briefs("Germany has delivered the following:\n1. 18 Leopard 2A6 tanks\n2. 40 Marder vehicles\n"))
                .containsExactly("delivery Germany | Leopard 2A6 | 18 exact", "delivery Germany | Marder 1A3 | 40 exact");
    }

    @Test
    void aRowOfAnAlignedTableMayCountAClassOfEquipment() {
        String annex = """
                The Netherlands' deliveries in 2023:

                System                          Number      Status
                PzH 2000                             5      delivered
                Mine-clearing tanks                  2      pledged
                """;
        assertThat(briefs(annex)).containsExactly("delivery Netherlands | PzH 2000 | 5 exact", "pledge Netherlands | Mine-clearing tanks | 2 exact");
    }

    @Test
    void aPartnerNamedBeforeTheSubjectGivesJointlyWithIt() {
        assertThat(briefs("Together with Denmark, the Netherlands financed 14 Leopard 2A4 tanks."))
                .containsExactly("pledge Netherlands; Denmark | Leopard 2A4 | 14 exact");
        assertThat(briefs("Along with Denmark, Norway sent 14 Leopard 2A4 tanks.")).containsExactly("delivery Norway; Denmark | Leopard 2A4 | 14 exact");
    }

    @Test
    void aFundNamedByACountrysAdjectiveIsNoRecipient() {
        assertThat(briefs("The Netherlands contributes EUR 250 million to the Czech initiative."))
                .containsExactly("money Netherlands | 250000000 EUR exact");
        assertThat(briefs("The Netherlands sent 14 Leopard 2A4 tanks to Czechia.")).isEmpty();
    }
}
