package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Subtitle files, entries of a data export written as fields (one a line or in braces), budget exhibits, fact checks and
 * the phrases of long-form stories: what each says of gifts to Ukraine, and what it only reports, holds or replaces.
 */
class SubtitlesRecordsAndFactCheckRulesTest {

    private static final String SUBTITLES = """
            1
            00:00:00,500 --> 00:00:03,900
            [Press conference, The Hague]

            2
            00:00:04,100 --> 00:00:07,800
            MINISTER: The Netherlands is announcing
            a new package worth 350 million euros.

            3
            00:00:08,000 --> 00:00:12,600
            It includes 14 Leopard 2A4 tanks and six PzH 2000
            howitzers from our own army.

            4
            00:00:12,700 --> 00:00:16,300
            REPORTER: Ukraine says it needs 25 Patriot systems.
            """;

    @Test
    void subtitlesAreReadAsTheSpeechTheyCarryOneParagraphATurn() {
        assertThat(Markup.isSubtitles(SUBTITLES)).isTrue();
        assertThat(Markup.subtitles(SUBTITLES)).isEqualTo("[Press conference, The Hague]\n\n"
                + "MINISTER: The Netherlands is announcing a new package worth 350 million euros. It includes 14 Leopard 2A4 tanks and six "
                + "PzH 2000 howitzers from our own army.\n\nREPORTER: Ukraine says it needs 25 Patriot systems.\n");
        assertThat(briefs(Markup.plain(SUBTITLES))).containsExactlyInAnyOrder("money Netherlands | 350000000 EUR exact",
                "pledge Netherlands | Leopard 2A4 | 14 exact", "pledge Netherlands | PzH 2000 | 6 exact");
        // a WebVTT file's header goes, its voice tags too
        assertThat(Markup.plain("WEBVTT\nKind: captions\n\n00:01.000 --> 00:03.000\n<v Minister>We sent two\n\n"
                + "00:03.100 --> 00:05.000\nPatriot launchers.</v>\n")).isEqualTo("We sent two Patriot launchers.\n");
        // one arrow in a text makes no subtitle file
        assertThat(Markup.isSubtitles("Gepard --> 52 (DE)\n00:00:01,000 --> 00:00:02,000\n")).isFalse();
    }

    @Test
    void anExportsEntriesAreReadOneByOneAndAnEntryForSomeoneElseIsNoGift() {
        String text = """
                - donor: Germany
                  recipient: Ukraine
                  system: Marder 1A3
                  pledged: 140
                  delivered: 120
                  as_of: 2024-04-30
                - donor: Germany
                  recipient: Czechia
                  system: Leopard 2A4
                  pledged: 15
                  delivered: 14
                  note: ring exchange; Czechia sent T-72 tanks to Ukraine in return
                - donor: Sweden
                  recipient: Ukraine
                  system: CV90
                  pledged: 50
                  delivered: ~
                - {donor: Canada, recipient: Ukraine, system: Roshel Senator, pledged: 200, delivered: 90}
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Germany | Marder 1A3 | 140 exact", "delivery Germany | Marder 1A3 | 120 exact",
                "delivery Czech Republic | T-72M1 | - unspecified", "pledge Sweden | CV90 | 50 exact",
                "pledge Canada | Roshel Senator | 200 exact", "delivery Canada | Roshel Senator | 90 exact");
    }

    @Test
    void aBudgetExhibitsLinesAreStillToComeAndItsReplacementsStayWithTheDonor() {
        String text = """
                United States Army budget exhibit

                Quantities are end items to be bought from industry and delivered to the Armed Forces of Ukraine.

                | Line | Item | Qty | Cost ($K) |
                |---:|---|---:|---:|
                | 1 | NASAMS fire units | 2 | 596,000 |
                | 2 | Switchblade 600 loitering munitions | TBD | 44,000 |
                | 3 | 155mm artillery ammunition | 250,000 | 1,125,000 |
                | 4 | Javelin missiles (replacement) | 1,600 | 312,000 |

                Of the 250,000 rounds in line 3, the first are expected in spring.
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge United States | NASAMS | 2 exact",
                "pledge United States | Switchblade | - unspecified", "pledge United States | 155mm artillery ammunition | 250000 exact rounds");
    }

    @Test
    void theClaimAFactCheckExaminesAndWhatAVideoSaysAreNoGifts() {
        String text = "Claim\n\n“Germany has secretly sent 300 Leopard tanks to Ukraine.”\n\nRating\n\nFalse\n\n"
                + "A voice says Berlin has shipped 300 Leopards to Kyiv. Germany has delivered 18 Leopard 2A6 tanks.\n";
        assertThat(briefs(text)).containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
        assertThat(briefs("Poland sent 14 Leopard 2A4 to Ukraine; its army, which had about 240 of them, kept the rest."))
                .containsExactly("delivery Poland | Leopard 2A4 | 14 exact");
    }

    @Test
    void whatADonorGetsInReturnBuysForItselfOrMakesIsNoGift() {
        assertThat(briefs("Greece was to send 40 BMP-1, and Germany was to replace them with 40 Marder 1A3."))
                .containsExactly("pledge Greece | BMP-1 | 40 exact");
        assertThat(briefs("Poland delivered 72 AHS Krab; Poland's own army is buying 96 more."))
                .containsExactly("delivery Poland | AHS Krab | 72 exact");
        assertThat(briefs("The plant also makes 35 mm rounds for the Gepard anti-aircraft tank, of which Germany has sent Ukraine 52."))
                .containsExactly("delivery Germany | Gepard | 52 exact");
        assertThat(briefs("Germany has sent 52 Gepard; Switzerland refused to let Germany pass on 12,000 Swiss-made rounds."))
                .containsExactly("delivery Germany | Gepard | 52 exact");
    }

    @Test
    void emphasisComparisonsWithThePlanAndTheBudgetASumComesFromSayNoKindOfTheirOwn() {
        assertThat(briefs("Paris did deliver AMX-10 RC armoured vehicles.")).containsExactly("delivery France | AMX-10 RC | - unspecified");
        assertThat(briefs("Washington's 31 M1A1 tanks reached Ukraine in September, months earlier than planned."))
                .containsExactly("delivery United States | M1A1 Abrams | 31 exact");
        assertThat(briefs("The Netherlands announced a package for Ukraine worth 350 million euros, paid from this year's budget."))
                .containsExactly("money Netherlands | 350000000 EUR exact");
        assertThat(briefs("Of the 24 F-16 the Netherlands has pledged, the first 18 went to the training centre in Romania."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact");
    }

    @Test
    void collectiveDonorsAndModelDesignationsWithAFullStop() {
        assertThat(briefs("Ukraine has received around 140 Western main battle tanks of all kinds."))
                .containsExactly("aggregate NATO allies and partners | main battle tanks | 140 about");
        assertThat(briefs("So far, the contributing states have committed EUR 1.6 billion to the initiative."))
                .containsExactly("aggregate NATO allies and partners | 1600000000 EUR exact");
        assertThat(briefs("Delivered: 40+ ShKH vz. 77 Dana howitzers.")).containsExactly("delivery null | ShKH vz. 77 Dana | 40 more_than");
        // under a heading naming a donor, a system named in another donor's section is this donor's own
        assertThat(briefs("Italy\nDelivered: FH70 and M109\n\nNorway\nDelivered: 22 M109\n"))
                .contains("delivery Italy | M109 | - unspecified", "delivery Norway | M109 | 22 exact");
    }
}
