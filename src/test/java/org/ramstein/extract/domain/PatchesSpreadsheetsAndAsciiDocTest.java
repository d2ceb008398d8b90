package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Inputs read as the text they leave: a tracker's patch, a spreadsheet's export, an AsciiDoc report. */
class PatchesSpreadsheetsAndAsciiDocTest {

    @Test
    void aPatchReadsAsWhatItAddsAndKeepsWithItsMessageAndWithoutWhatItRemoves() {
        String patch = """
                commit 4e1f0a9c2b7d5e38a1f06c4d9b2e7a1c0f3d8b62
                Author: Desk <desk@example.org>
                Date:   Tue Mar 12 09:41:07 2024 +0100

                    Raise the Danish figure

                diff --git a/tracker.md b/tracker.md
                index 3b2c1d4..9f8e7a6 100644
                --- a/tracker.md
                +++ b/tracker.md
                @@ -12,3 +12,3 @@ ## Nordic
                 | Donor | System | Quantity | Status |
                -| Denmark | Leopard 1A5 | 30 | pledged |
                +| Denmark | Leopard 1A5 | 45 | pledged |
                \\ No newline at end of file
                """;
        assertThat(UnifiedDiffs.isUnifiedDiff(patch)).isTrue();
        assertThat(UnifiedDiffs.textAfter(patch)).isEqualTo("""
                Raise the Danish figure


                ## Nordic
                | Donor | System | Quantity | Status |
                | Denmark | Leopard 1A5 | 45 | pledged |
                """);
        assertThat(Markup.plain(patch)).doesNotContain("30").doesNotContain("@@").doesNotContain("index");
    }

    @Test
    void proseThatQuotesADiffsMarksIsNoPatch() {
        assertThat(UnifiedDiffs.isUnifiedDiff("--- the figures\n+++ more figures\nNo hunk follows.\n")).isFalse();
        assertThat(Markup.plain("- Denmark: 19\n+ 4 more\n")).isEqualTo("- Denmark: 19\n+ 4 more\n");
    }

    @Test
    void aCommaSeparatedExportIsAPipeTableWithQuotedFieldsWhole() {
        String csv = "date,donor,system,quantity,notes\r\n2023-10-10,Italy,,\"1,000\",\"eighth decree; \"\"classified\"\"\"\r\n\r\n"
                + "2024-01-01,Sweden,CV90,50,\"two\nlines\"\n";
        assertThat(DelimitedTables.table(csv, false)).isEqualTo("""
                | date | donor | system | quantity | notes |
                | --- | --- | --- | --- | --- |
                | 2023-10-10 | Italy |  | 1,000 | eighth decree; "classified" |
                | 2024-01-01 | Sweden | CV90 | 50 | two lines |
                """);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUsesMostAndATitleLineStaysText() {
        assertThat(DelimitedTables.delimiterOf("donor;system;\"a, b\";qty")).isEqualTo(';');
        assertThat(DelimitedTables.delimiterOf("donor\tsystem\tqty")).isEqualTo('\t');
        assertThat(DelimitedTables.table("Tracker export\ndonor;system;qty\nPoland;Krab;18\n", false)).isEqualTo("""
                Tracker export

                | donor | system | qty |
                | --- | --- | --- |
                | Poland | Krab | 18 |
                """);
        assertThat(DelimitedTables.table("donor\tsystem|variant\tqty\nPoland\tKrab\t18\n", true)).contains("| donor | system/variant | qty |");
    }

    @Test
    void anAsciiDocReportReadsAsItsRenderedWords() {
        String adoc = """
                = Quarterly report
                :revdate: 2024-07-05
                // a comment with 99 tanks

                [abstract]
                Lithuania announced a package of *NASAMS* support.footnote:[Ministry figures.] See <<annex-a>> and <<annex-b,Annex B>>.

                NOTE: Figures marked (e) are estimates.

                * Estonia: https://example.org/fh70[FH70 howitzers]
                ////
                Draft: 500 shells
                ////
                [[annex-a]]
                == Annex A
                """;
        assertThat(AsciiDoc.text(adoc)).isEqualTo("""
                Quarterly report

                Lithuania announced a package of NASAMS support. See  and Annex B.

                Figures marked (e) are estimates.

                - Estonia: FH70 howitzers
                Annex A
                """);
    }

    @Test
    void anAsciiDocsCharacterReferencesReadAsTheirCharacters() {
        assertThat(AsciiDoc.text("Latvia committed &#8364;10 million to the Czech{nbsp}initiative &amp; more.\n"))
                .isEqualTo("Latvia committed \u20AC10 million to the Czech initiative & more.\n");
    }

    @Test
    void anAsciiDocTableIsAPipeTableWhetherItsCellsShareALineOrStandOneALine() {
        String adoc = """
                [cols="2,3,1,2",options="header"]
                |===
                |Donor |System |Qty |Status

                |Estonia
                |FH70 howitzer
                |6
                |delivered

                |Lithuania |M577 |10 |pledged
                |===

                [cols="3,1"]
                |===
                |Item |Quantity

                |Patriot batteries |7
                |===

                ,===
                Poland,Krab,18
                ,===
                """;
        assertThat(AsciiDoc.text(adoc)).isEqualTo("""
                | Donor | System | Qty | Status |
                | --- | --- | --- | --- |
                | Estonia | FH70 howitzer | 6 | delivered |
                | Lithuania | M577 | 10 | pledged |

                | Item | Quantity |
                | --- | --- |
                | Patriot batteries | 7 |

                | column 1 | column 2 | column 3 |
                | --- | --- | --- |
                | Poland | Krab | 18 |
                """);
    }

    @Test
    void aCellSpanningColumnsLosesItsSpecNotItsText() {
        String adoc = """
                [cols="3*"]
                |===
                |Donor |System |Qty

                2+|Total |12
                |===
                """;
        assertThat(AsciiDoc.text(adoc)).contains("| Total |  | 12 |").doesNotContain("2+");
    }

    @Test
    void anHtmlTablesPipeInACellBecomesASlash() {
        assertThat(Markup.html("<table><tr><th>A|B</th></tr><tr><td>1</td></tr></table>")).isEqualTo("| A/B |\n| --- |\n| 1 |\n");
    }
}
