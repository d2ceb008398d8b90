package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Slides and changelogs: counts after an arrow, donors as country codes in brackets, "+2" for two more, what is counted
 * said again after the count, how a thing was paid for set off by a comma, figures changed from one to another, and what
 * is brought down or counted twice, which nobody gave.
 */
class SlideAndChangelogRulesTest {

    @Test
    void aCountAfterAnArrowIsTheNamesWithTheCodesInBracketsAsItsDonors() {
        String text = "Delivered since the last meeting\n\n- Gepard → 52 (DE)\n- SAMP/T → 1 (FR/IT), operational since summer 2023\n"
                + "- IRIS-T SLM → +1 fire unit (DE)\n- NASAMS → +2 (NO, bought through a US contract)\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Germany | Gepard | 52 exact", "delivery France; Italy | SAMP/T | 1 exact",
                "delivery Germany | IRIS-T SLM | 1 exact", "delivery Norway | NASAMS | 2 exact");
        // two capitals outside a bracket are no country: "DE" may be a word's abbreviation anywhere else
        assertThat(briefs("Delivered since the last meeting\n\n- Gepard → 52 DE\n")).doesNotContain("delivery Germany | Gepard | 52 exact");
    }

    @Test
    void whatIsCountedMaySayItselfAgainAfterTheCount() {
        String text = "Norway: air defence (delivered)\n\n- Mistral: 100 missiles\n- Leopard 2A4: 8 tanks\n- IRIS-T SLM: 2 fire units\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Norway | Mistral | 100 exact", "delivery Norway | Leopard 2A4 | 8 exact",
                "delivery Norway | IRIS-T SLM | 2 exact");
    }

    @Test
    void aFigureChangedFromOneToAnotherCountsAsTheOneItBecame() {
        assertThat(briefs("- Germany, Leopard 2A6: pledged 14 → 18 (the top-up of March 2023).")).containsExactly("pledge Germany | Leopard 2A6 | 18 exact");
        assertThat(briefs("Germany raised its pledge of Leopard 2A6 from 14 to 18.")).containsExactly("pledge Germany | Leopard 2A6 | 18 exact");
        // a range is a range where nothing says a figure was changed
        assertThat(briefs("Germany will send from 14 to 18 Leopard 2A6.")).containsExactly("pledge Germany | Leopard 2A6 | 14-18 range");
    }

    @Test
    void whatAirDefenceBringsDownAndWhatATallyCountedTwiceNobodyGave() {
        assertThat(briefs("A German IRIS-T battery brought down 14 of 17 drones, the governor said.")).noneMatch(b -> b.contains("drones"));
        assertThat(briefs("Ukraine's air force shot down 30 cruise missiles overnight.")).isEmpty();
        assertThat(briefs("Removed: a duplicate row (40 tanks had been counted twice).")).isEmpty();
    }
}
