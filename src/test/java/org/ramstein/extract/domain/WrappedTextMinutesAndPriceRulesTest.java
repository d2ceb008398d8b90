package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text wrapped at a fixed width with words broken at line ends, minutes that write countries as three-letter codes,
 * cards whose counts and names stand in elements side by side, tables that repeat a donor by a ditto mark and total it,
 * reports in nouns ("the transfer of 40 ... by Germany"), counts out of a donor's fleet, and prices: what is counted,
 * whose and of what kind.
 */
class WrappedTextMinutesAndPriceRulesTest {

    @Test
    void aWrappedParagraphReadsAsOneWithItsBrokenWordsWhole() {
        String text = "By the summer the Czech Republic had sent 20 DANA self-propelled guns to Ukraine and the Slo-\n"
                + "vak government had delivered 16 Zuzana 2 howitzers, while Italy has pro-\n"
                + "mised 10 more FH70 guns, its defence minister told parliament in Rome on\n"
                + "Tuesday, and Lithuania has supplied 6 M113 armoured\n"
                + "personnel carriers.\n";
        List<Claim> found = claims(text);
        assertThat(found.stream().map(ClaimExtractorTest::brief)).contains("delivery Slovakia | Zuzana 2 | 16 exact", "pledge Italy | FH70 | 10 exact",
                "delivery Lithuania | M113 | 6 exact");
        // the quotes are still the text's own words, line breaks and all
        for (Claim c : found) assertThat(text.substring(c.start(), c.end())).isEqualTo(c.evidence());
    }

    @Test
    void linesThatStandAloneAreNotJoined() {
        String text = "Deliveries this week\nGermany: 2 IRIS-T SLM\nNorway: 1 NASAMS\n";
        assertThat(Sentences.softBreaks(text).isEmpty()).isTrue();
        // a short last line ends its paragraph where its writer ended it, even in a wrapped paragraph
        String wrapped = "Poland has sent 14 Leopard 2A4 tanks and the country's president said that more\nwould follow soon.\nSee also:\n";
        assertThat(Sentences.softBreaks(wrapped).get(wrapped.indexOf('\n'))).isTrue();
        assertThat(Sentences.softBreaks(wrapped).get(wrapped.indexOf("soon.") + 5)).isFalse();
    }

    @Test
    void aCountAddedByASecondDonorIsGivenToo() {
        assertThat(briefs("Denmark sent 19 Caesar howitzers and Norway added 4 from its own stocks."))
                .containsExactly("delivery Denmark | Caesar | 19 exact", "delivery Norway | Caesar | 4 exact");
        assertThat(briefs("Denmark sent 19 Caesar howitzers, the minister added.")).containsExactly("delivery Denmark | Caesar | 19 exact");
    }

    @Test
    void minutesNameCountriesByTheirThreeLetterCodes() {
        String text = "Item 2. Deliveries\n2.1 POL reported that 6 AHS Krab howitzers have been handed over.\n"
                + "2.2 NOR confirmed delivery of 2 NASAMS fire units.\n"
                + "2.3 NLD offered 2 Patriot launchers; the request for 5 further batteries remains open.\n";
        assertThat(briefs(text)).containsExactly("delivery Poland | AHS Krab | 6 exact", "delivery Norway | NASAMS | 2 exact",
                "pledge Netherlands | Patriot | 2 exact");
        // in a headline in capitals the code is a word, and codes that are words are never read
        assertThat(claims("NEITHER GERMANY NOR FRANCE WILL SEND TAURUS").stream().map(Claim::donor)).doesNotContain("Norway");
        assertThat(briefs("Allies CAN send 10 more Leopard 2A4 tanks, Poland said.")).allMatch(b -> !b.contains("Canada"));
    }

    @Test
    void elementsSideBySideArePartedBySpaces() {
        String html = "<div class=card><h3>Poland</h3><div><span class=n>14</span><span class=label>Leopard 2A4</span>"
                + "<span class=status>delivered</span></div></div>";
        String text = Markup.html(html);
        assertThat(text).contains("14 Leopard 2A4 delivered");
        assertThat(briefs(text)).containsExactly("delivery Poland | Leopard 2A4 | 14 exact");
    }

    @Test
    void aTableRepeatsTheDonorAboveByADittoMarkAndTotalsItByDonor() {
        String text = "Armoured vehicles pledged in spring\n\n| Donor | System | Qty | Status |\n|---|---|---|---|\n"
                + "| Norway | M113 | 20 | pledged |\n| do. | NASAMS | 2 | delivered |\n|  | Leopard 2A4 | 8 | pledged |\n"
                + "| Subtotal Norway | | 30 | |\n| Denmark | Caesar | 19 | delivered |\n| \u3003 | Leopard 1A5 | 10 | pledged |\n"
                + "| Total | | 59 | |\n";
        assertThat(briefs(text)).containsExactly("pledge Norway | M113 | 20 exact", "delivery Norway | NASAMS | 2 exact",
                "pledge Norway | Leopard 2A4 | 8 exact", "aggregate Norway | armoured vehicles | 30 exact", "delivery Denmark | Caesar | 19 exact",
                "pledge Denmark | Leopard 1A5 | 10 exact");
    }

    @Test
    void aReportInNounsNamesItsGiverAfterBy() {
        assertThat(briefs("Completion of the handover of 6 Archer howitzers by Sweden was reported in June."))
                .containsExactly("delivery Sweden | Archer | 6 exact");
        assertThat(briefs("The supply of up to 50 M113 carriers by Portugal and Spain is planned, and of 10 Leopard 2A4 by Canada."))
                .contains("pledge Portugal; Spain | M113 | 50 up_to");
        assertThat(briefs("The arrival of 12 CV90 vehicles from Sweden was confirmed by the general staff."))
                .containsExactly("delivery Sweden | CV90 | 12 exact");
        assertThat(briefs("A decision on the provision of a further 3 IRIS-T SLM by Germany is pending.")).isEmpty();
        assertThat(briefs("The loss of 4 donated Marder vehicles was confirmed.")).isEmpty();
        assertThat(briefs("Two Marders needed new tracks on arrival.")).isEmpty();
    }

    @Test
    void aCountOutOfADonorsFleetGivesThePartOnly() {
        assertThat(briefs("Greece sent 40 of its 80 BMP-1 vehicles.")).containsExactly("delivery Greece | BMP-1 | 40 exact");
        assertThat(briefs("Of the 44 PzH 2000 the Netherlands has in service, it gave 8."))
                .containsExactly("delivery Netherlands | PzH 2000 | 8 exact");
        assertThat(briefs("Latvia delivered 6 of its 8 M109 howitzers; the last 2 were kept for training."))
                .containsExactly("delivery Latvia | M109 | 6 exact");
        // a whole that was promised stays a pledge
        assertThat(briefs("Spain has delivered 10 of the 20 Leopard 2A4 it pledged."))
                .containsExactly("delivery Spain | Leopard 2A4 | 10 exact", "pledge Spain | Leopard 2A4 | 20 exact");
    }

    @Test
    void whatOneSystemCostsIsAPriceNotASumGiven() {
        assertThat(briefs("A single Patriot battery - radar, launchers and interceptors - costs about $1.1 billion, and each Stinger missile "
                + "roughly $400,000.")).isEmpty();
        assertThat(briefs("Germany has delivered 4 IRIS-T SLM fire units; a new IRIS-T SLM costs Germany about EUR 140 million."))
                .containsExactly("delivery Germany | IRIS-T SLM | 4 exact");
        assertThat(briefs("Ukraine says it needs 10 more IRIS-T SLM systems, a bill of about EUR 1.4 billion.")).isEmpty();
        assertThat(briefs("Norway will give NOK 1 billion per year for air defence.")).containsExactly("money Norway | 1000000000 NOK exact");
        String row = "EUR 140 million per fire unit";
        List<Token> t = Tokenizer.tokenize(row);
        assertThat(MoneyClaims.priceAfter(t, 3, t.size())).isTrue();
        List<Token> perYear = Tokenizer.tokenize("EUR 1 billion per year");
        assertThat(MoneyClaims.priceAfter(perYear, 3, perYear.size())).isFalse();
    }
}
