package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * A press conference's questions, an analysts' chat in country codes, a social thread's counts, and a spreadsheet's rows
 * with their sums and estimates.
 */
class TranscriptsChatsAndExportRowsRulesTest {

    @Test
    void whatAQuestionerSaysInATranscriptIsNoClaimButTheAnswerIs() {
        String text = """
                Q (Reuters): Minister, reports this morning said Germany could approve up to 100 Leopard tanks. Can you confirm?

                MINISTER: We will send 10 more YPR-765 armoured vehicles.

                Q: Ukraine says it needs 300 more tanks.
                """;
        // (no donor is named: the minister's country is the press conference's, which the text leaves out)
        assertThat(briefs(text)).singleElement().satisfies(b -> assertThat(b).startsWith("pledge ").endsWith("| YPR-765 | 10 exact"));
    }

    @Test
    void aCaptionEndingInItsPicturesCreditStatesNothing() {
        assertThat(briefs("Sweden has delivered all 8 Archer systems.\n\nOne of the 8 Archer howitzers during handover. Photo: FMV\n"))
                .containsExactly("delivery Sweden | Archer | 8 exact");
    }

    @Test
    void whatADonorIsOpenToOrWeighsIsNoPledge() {
        assertThat(briefs("The Netherlands said we are open to buying tanks for Ukraine if a coalition forms.")).isEmpty();
        assertThat(briefs("Spain said it was considering sending 10 Leopard 2A4 tanks.")).isEmpty();
        assertThat(briefs("Spain will send 10 Leopard 2A4 tanks.")).containsExactly("pledge Spain | Leopard 2A4 | 10 exact");
    }

    @Test
    void tanksAlreadyCountedAndJointlyFundedAreNoNewGift() {
        assertThat(briefs("Denmark will send 45 Leopard 1A5. Danish figures include the jointly funded tanks."))
                .containsExactly("pledge Denmark | Leopard 1A5 | 45 exact");
    }

    @Test
    void aCountsOwnParticipleSaysItsKindAndTheClauseOfAnotherCountSaysNothingOfIt() {
        assertThat(briefs("Denmark: 19 F-16 pledged, none arrived so far.")).containsExactly("pledge Denmark | F-16 | 19 exact");
        assertThat(briefs("Sweden: 8 Archer pledged, all delivered.")).contains("pledge Sweden | Archer | 8 exact", "delivery Sweden | Archer | 8 exact");
        assertThat(briefs("Germany: 18 Leopard 2A6 tanks, all delivered this week.")).containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
    }

    @Test
    void twoLetterCountryCodesAmongWordsOrJoinedNameDonors() {
        assertThat(briefs("NL announced 2 more Patriot launchers yesterday")).containsExactly("pledge Netherlands | Patriot | 2 exact");
        assertThat(briefs("DK+DE+NL will jointly send 100 Leopard 1A5.")).containsExactly("pledge Denmark; Germany; Netherlands | Leopard 1A5 | 100 exact");
        // codes that are also words in capitals name no one
        assertThat(briefs("IT systems, HR staff, SI units and AT mines: 2 more Patriot launchers were sent by Poland.")).containsExactly("delivery Poland | Patriot | 2 exact");
    }

    @Test
    void aLineWithoutADonorTakesTheOneNamedEarlierInItsParagraph() {
        String chat = """
                [08:40] <anna_v> Denmark: 19 F-16 pledged. Denmark says 6 F-16 delivered.

                [09:02] <kmaier> German MoD list updated overnight
                [09:03] <kmaier> Gepard: 52 delivered now
                """;
        assertThat(briefs(chat)).contains("delivery Germany | Gepard | 52 exact");
    }

    @Test
    void thePartOfAWholeSaidToBePromisedIsWhatTheVerbSaysAndTheWholeIsThePromise() {
        assertThat(briefs("Norway: the first 2 of its 6 pledged F-16s were handed over in February."))
                .containsExactlyInAnyOrder("delivery Norway | F-16 | 2 exact", "pledge Norway | F-16 | 6 exact");
        assertThat(briefs("Slovakia sent 28 of its 54 M-55S tanks.")).containsExactly("delivery Slovakia | M-55S | 28 exact");
    }

    @Test
    void theSystemASumKeepsRunningIsNoGiftOfTheSystem() {
        assertThat(briefs("Lithuania announced a package of NASAMS support worth EUR 35 million."))
                .containsExactly("money Lithuania | 35000000 EUR exact");
    }

    @Test
    void aRowsSumTakesTheCurrencyOfItsCurrencyColumnAndAnEstimateIsAbout() {
        String table = """
                | date | donor | recipient | system | quantity | status | value | currency | source |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | 2023-06-01 | Canada | Ukraine | NASAMS | 1 | pledged | 406000000 | CAD | canada.ca |
                | 2023-10-10 | Italy | Ukraine |  |  | pledged | 1,000,000,000 | EUR | difesa.it |
                | 2023-04-06 | Germany | Slovakia | Leopard 2A4 | 15 | delivered |  |  | mod.gov.sk |
                | 2024-05-01 | Latvia | Ukraine | M109A5Ö | 6 (e) | delivered |  |  | mod.gov.lv |
                """;
        assertThat(briefs(table)).containsExactlyInAnyOrder("pledge Canada | NASAMS | 1 exact", "money Canada | 406000000 CAD exact",
                "money Italy | 1000000000 EUR exact", "delivery Latvia | M109 | 6 about");
    }
}
