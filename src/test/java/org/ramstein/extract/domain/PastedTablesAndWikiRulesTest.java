package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Tables pasted from spreadsheets (fields set apart by tabs), grid tables and tables between rules of "=", wiki markup
 * read as its page shows it, sums written "€150 m", a group's members named with a possessive, and a class counted as a
 * class that stays one.
 */
class PastedTablesAndWikiRulesTest {

    @Test
    void aSpreadsheetPastedWithTabsIsReadFieldByFieldWithEmptyFieldsKept() {
        String text = "Numbers are as in the master file.\n\n"
                + "Donor\tItem\tQty pledged\tQty delivered\tValue (EUR m)\tLast update\n"
                + "Norway\tNASAMS\t2\t2\t\t2024-05-30\n"
                + "Italy\tFH70\tn/k\t\t\t2023-06-02\n"
                + "Finland\tDefence materiel package 22\t\t\t188\t2024-06-04\n"
                + "Belgium\tF-16\t30\t0\t\t2024-05-28\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Norway | NASAMS | 2 exact", "delivery Norway | NASAMS | 2 exact",
                "pledge Italy | FH70 | - unspecified", "money Finland | 188000000 EUR exact",
                "pledge Belgium | F-16 | 30 exact");
    }

    @Test
    void aGridTableIsReadRowByRowWithWrappedCellsPassedOverAndASpanningDonorRepeated() {
        String text = "1. Handed over\n==============\n\n"
                + "+-------------+-------------+----------+--------------------+\n"
                + "| Donor       | System      | Vehicles | Remarks            |\n"
                + "+=============+=============+==========+====================+\n"
                + "| Denmark     | Leopard 1A5 | 45       | refurbished;       |\n"
                + "|             |             |          | 12 more in transit |\n"
                + "+-------------+-------------+----------+--------------------+\n"
                + "| Sweden      | CV90        | 50       |                    |\n"
                + "|             +-------------+----------+--------------------+\n"
                + "|             | Pbv 302     | 56       | road range 300 km  |\n"
                + "+-------------+-------------+----------+--------------------+\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Denmark | Leopard 1A5 | 45 exact", "delivery Sweden | CV90 | 50 exact",
                "delivery Sweden | Pbv 302 | 56 exact");
    }

    @Test
    void aTableBetweenRulesOfEqualsSignsTakesTheKindOfItsHeadingAndANotYetIsNoDelivery() {
        String text = "2. Pledged, not yet handed over\n===============================\n\n"
                + "=============  ===================  ========\n"
                + "Donor          System               Vehicles\n"
                + "=============  ===================  ========\n"
                + "Portugal       M113                 28\n"
                + "Canada         Roshel Senator       200\n"
                + "Lithuania      M577                 not disclosed\n"
                + "=============  ===================  ========\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Portugal | M113 | 28 exact", "pledge Canada | Roshel Senator | 200 exact",
                "pledge Lithuania | M113 | - unspecified");
    }

    @Test
    void wikiMarkupIsReadAsItsPageShowsItTablesIncluded() {
        String wiki = "== Tanks ==\n{{Main|List of tanks}}\nTanks pledged and delivered.<ref name=\"k\">{{cite web |url=https://example.org |title=T}}</ref>\n\n"
                + "{| class=\"wikitable\"\n|+ Tanks for Ukraine\n! Donor !! Model !! Pledged !! Delivered\n|-\n"
                + "| {{flagcountry|Germany}} || [[Leopard 2|Leopard 2A6]] || 18 || style=\"text-align:right\" | 18\n|-\n"
                + "| {{flagcountry|Denmark}}<br />{{flagcountry|Germany}} || [[Leopard 1|Leopard 1A5]] || 135 || 30\n|}\n\n"
                + "* '''Sweden''' – 50 [[Combat Vehicle 90|CV9040]] delivered.\nThe CV90 reaches {{convert|320|km}} on a tank of fuel.\n";
        assertThat(Markup.isWikitext(wiki)).isTrue();
        String text = Markup.plain(wiki);
        assertThat(text).contains("| Germany | Leopard 2A6 | 18 | 18 |", "| Denmark, Germany | Leopard 1A5 | 135 | 30 |", "- Sweden – 50 CV9040 delivered.",
                "320 km").doesNotContain("[[", "{{", "'''", "cite", "<ref");
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Germany | Leopard 2A6 | 18 exact", "delivery Germany | Leopard 2A6 | 18 exact",
                "pledge Denmark; Germany | Leopard 1A5 | 135 exact", "delivery Denmark; Germany | Leopard 1A5 | 30 exact",
                "delivery Sweden | CV90 | 50 exact");
        // plain prose with one bracket is no wiki page, and is read as it is
        String prose = "Germany sent 18 Leopard 2A6 [[sic]] in March.";
        assertThat(Markup.plain(prose)).isEqualTo(prose);
    }

    @Test
    void aLoneScaleLetterAfterACurrencySignIsTheScale() {
        assertThat(briefs("The Netherlands gave €150 m for drones.")).containsExactly("money Netherlands | 150000000 EUR exact");
        // without a currency sign before it, "5 m" is five metres
        assertThat(briefs("The Netherlands gave 5 m of cable.")).isEmpty();
    }

    @Test
    void aGroupsMembersNamedWithAPossessiveGiveTogetherAndAClassCountedAsAClassStaysOne() {
        String text = "| Donor | System | Pledged |\n|---|---|---|\n| Portugal | M113 | 28 |\n\n"
                + "In all, the coalition's members have handed over 497 armoured vehicles and pledged 258 more.\n";
        assertThat(briefs(text)).contains("aggregate NATO allies and partners | armoured vehicles | 497 exact",
                "aggregate NATO allies and partners | armoured vehicles | 258 exact");
    }
}
