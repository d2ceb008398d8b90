package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

import org.junit.jupiter.api.Test;

/**
 * Tables set in fixed-width columns and ruled with dashes, tables whose columns are donors, rows that keep their numbers
 * back, posts that key marks to a status, texts that declare what their figures are, lists of works cited, and the
 * sentences of a reference article: gapped clauses past reference marks, a donor's own system behind a class word, payers
 * named by their money, a promise not yet kept, an aside's refusal.
 */
class AnnexMatrixAndStatusMarkRulesTest {

    @Test
    void aFixedWidthTableRuledWithDashesIsReadByItsColumnsWithEmptyCellsAndRemarksLeftOut() {
        String text = "Donor            System              Pledged   Delivered   Remarks\n"
                + "---------------  ------------------  --------  ----------  ------------------\n"
                + "Germany          Marder 1A3               140         120  20 in refurbishment\n"
                + "                 Leopard 2A6               18          18\n"
                + "United States    M2 Bradley               300        ~250\n"
                + "Denmark          Caesar                    19           -  delivery from 2025\n"
                + "---------------  ------------------  --------  ----------  ------------------\n"
                + "TOTAL                                     477         388\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Germany | Marder 1A3 | 140 exact", "delivery Germany | Marder 1A3 | 120 exact",
                "pledge Germany | Leopard 2A6 | 18 exact", "delivery Germany | Leopard 2A6 | 18 exact", "pledge United States | M2 Bradley | 300 exact",
                "delivery United States | M2 Bradley | 250 about", "pledge Denmark | Caesar | 19 exact");
        // each count's evidence runs from its row's start to its own cell, not into the remarks
        assertThat(claims(text)).allSatisfy(c -> assertThat(c.evidence()).doesNotContain("refurbishment").doesNotContain("2025"));
    }

    @Test
    void aTableWhoseColumnsAreDonorsGivesEachCellToItsColumnsDonorOfTheKindTheLinesAboveSay() {
        String text = "Each cell is the number of units delivered in the first half of 2024.\n\n"
                + "| System | Denmark | Latvia | Sweden |\n|---|---:|---:|---:|\n"
                + "| CV90 infantry fighting vehicles | 15 | | 20 |\n| M113 armoured personnel carriers | 20 | 10 | |\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Denmark | CV90 | 15 exact", "delivery Sweden | CV90 | 20 exact",
                "delivery Denmark | M113 | 20 exact", "delivery Latvia | M113 | 10 exact");
        // without a kind said above it, such a table gives nothing rather than a guess
        assertThat(briefs("| System | Denmark | Sweden |\n|---|---|---|\n| CV90 | 15 | 20 |\n")).isEmpty();
    }

    @Test
    void aRowThatKeepsItsNumberBackIsOneClaimWithoutANumberOfItsFurthestKind() {
        String text = "| Donor | System | Pledged | Delivered | Notes |\n|---|---|---|---|---|\n| Italy | Aspide | n/a | n/a | numbers classified |\n"
                + "| Italy | SAMP/T | 2 | 2 | |\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Italy | Aspide | - unspecified", "pledge Italy | SAMP/T | 2 exact",
                "delivery Italy | SAMP/T | 2 exact");
    }

    @Test
    void marksKeyedToAStatusGiveTheKindOfTheLinesTheyOpen() {
        String text = "Status: \u2705 = delivered \u00b7 \u23f3 = pledged or in transit \u00b7 \u274c = refused\n\n"
                + "Germany\n\u2705 4 IRIS-T SLM\n\u23f3 2 IRIS-T SLM more by the end of the year\n\u274c Taurus cruise missiles\n\n"
                + "Czechia\n\u2705 500,000 shells from the initiative since January\n\u23f3 up to 800,000 more by the end of the year\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery Germany | IRIS-T SLM | 4 exact", "pledge Germany | IRIS-T SLM | 2 exact",
                "delivery Czech Republic | shells | 500000 exact rounds", "pledge Czech Republic | shells | 800000 up_to rounds");
        // a mark with no key says nothing: the same line without one reads as before
        assertThat(StatusMarks.of("\u2705 4 IRIS-T SLM delivered\n").kindAt(0)).isNull();
        assertThat(StatusMarks.of("\u2705 delivered, \u23f3 pledged\n\u23f3 2 more").kindAt(30)).isEqualTo(Claim.PLEDGE);
    }

    @Test
    void aTextThatDeclaresItsFiguresDeliveredGivesThatKindToCountsWithoutAVerb() {
        String text = "Figures are systems delivered unless marked otherwise.\n\nUnited States\nM777: more than 180.\n"
                + "HIMARS: 39 (plus 20 more pledged for 2025).\nM109: about 200 across several variants.\n\n"
                + "Slovakia\nZuzana 2: 16, bought by Denmark, Germany and Norway from the manufacturer.\n";
        assertThat(briefs(text)).containsExactlyInAnyOrder("delivery United States | M777 | 180 more_than", "delivery United States | HIMARS | 39 exact",
                "pledge United States | HIMARS | 20 exact", "delivery United States | M109 | 200 about",
                "delivery Denmark; Germany; Norway | Zuzana 2 | 16 exact");
        assertThat(KindClassifier.declaredKind("Figures are units; \"-\" means none yet.")).isNull();
        assertThat(KindClassifier.declaredKind("All numbers show systems pledged.")).isEqualTo(Claim.PLEDGE);
        // a declaration about figures says nothing of a name without one
        assertThat(briefs("Figures are systems delivered.\n\nPoland\nThe Bohdana guns that Ukraine builds itself.\n")).isEmpty();
    }

    @Test
    void theWorksCitedStateNoClaims() {
        String text = "Germany announced it would supply 14 Leopard 2A6 tanks.[3]\n\nReferences\n\n"
                + "1. \"Germany to send 14 Leopard tanks to Ukraine\". Reuters. 25 January 2023.\n"
                + "2. \"Poland delivers 14 Leopard 2A4\". Notes from Poland.\n";
        assertThat(briefs(text)).containsExactly("pledge Germany | Leopard 2A6 | 14 exact");
    }

    @Test
    void gappedClausesPastReferenceMarksAndAClassWordForTheOneSystemItsDonorGave() {
        assertThat(briefs("Norway offered eight Leopard 2A4,[7] Spain six[8] and Canada four.[9]")).containsExactly(
                "pledge Norway | Leopard 2A4 | 8 exact", "pledge Spain | Leopard 2A4 | 6 exact", "pledge Canada | Leopard 2A4 | 4 exact");
        assertThat(briefs("Poland has handed over 14 Leopard 2A4, Spain 10 across two batches and Canada 8.")).contains(
                "delivery Spain | Leopard 2A4 | 10 exact");
        String text = "Germany announced it would supply 14 Leopard 2A6 tanks. Sweden pledged ten Stridsvagn 122.\n\n"
                + "Germany later raised its own contribution to 18 tanks, so that a full battalion could be formed.\n";
        assertThat(briefs(text)).containsExactly("pledge Germany | Leopard 2A6 | 14 exact", "pledge Sweden | Stridsvagn 122 | 10 exact",
                "pledge Germany | Leopard 2A6 | 18 exact");
        // a total of the class sums many systems: it stays the class
        assertThat(briefs("Germany delivered 18 Leopard 2A6. Poland sent 14 PT-91. In total, Germany has sent 100 tanks."))
                .contains("delivery Germany | tanks | 100 exact");
        assertThat(briefs("- Leopard 1 in Ukrainian service: 110 tanks pledged jointly by Germany, Denmark and the Netherlands"))
                .containsExactly("pledge Germany; Denmark; Netherlands | Leopard 1A5 | 110 exact");
    }

    @Test
    void payersByTheirMoneyPromisesNotYetKeptAndAnAsidesRefusal() {
        assertThat(briefs("Poland donated 18 AHS Krab from army stocks, and 54 more were sold to Ukraine with EU and US money.")).containsExactly(
                "delivery Poland | AHS Krab | 18 exact", "delivery European Union; United States | AHS Krab | 54 exact");
        assertThat(briefs("Pledged but not yet delivered at 30 June: Denmark 19 F-16, Norway 6 F-16.")).containsExactly(
                "pledge Denmark | F-16 | 19 exact", "pledge Norway | F-16 | 6 exact");
        assertThat(briefs("Germany promised but never delivered 10 Leopard 1A5.")).containsExactly("pledge Germany | Leopard 1A5 | 10 exact");
        assertThat(briefs("Germany has not delivered 10 Leopard 1A5.")).isEmpty();
        assertThat(briefs("Among the equipment already gifted, the UK listed 14 Challenger 2 tanks, \"a significant number\" of Storm Shadow "
                + "missiles, a figure it declined to give, and more than 200,000 rounds of artillery ammunition.")).contains(
                "delivery United Kingdom | Challenger 2 | 14 exact", "delivery United Kingdom | artillery ammunition | 200000 more_than rounds");
    }
}
