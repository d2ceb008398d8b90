package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

class PageColumnsTest {

    private static final String BULLETIN = """
            POLAND HANDS OVER MORE TANKS                   NORWAY FUNDS AIR DEFENCE

            Poland has handed over a further 60 PT-91      Norway will contribute NOK 1.5 billion to
            Twardy tanks to Ukraine, the Ministry of       the purchase of air defence systems for
            National Defence said on Tuesday. The          Ukraine, the government announced on
            vehicles come from army reserves.              Friday. Oslo also pledged 2 additional
                                                           NASAMS fire units.
            WIDE HEADLINE ACROSS THE WHOLE PAGE OF THE BULLETIN HERE
            """;

    @Test
    void aPageInTwoColumnsReadsLeftColumnThenRightUpToALineAcrossBoth() {
        assertThat(PageColumns.text(BULLETIN)).isEqualTo("""
                POLAND HANDS OVER MORE TANKS

                Poland has handed over a further 60 PT-91
                Twardy tanks to Ukraine, the Ministry of
                National Defence said on Tuesday. The
                vehicles come from army reserves.

                NORWAY FUNDS AIR DEFENCE

                Norway will contribute NOK 1.5 billion to
                the purchase of air defence systems for
                Ukraine, the government announced on
                Friday. Oslo also pledged 2 additional
                NASAMS fire units.

                WIDE HEADLINE ACROSS THE WHOLE PAGE OF THE BULLETIN HERE
                """);
        assertThat(briefs(PrintedPages.text(BULLETIN))).containsExactly("delivery Poland | PT-91 Twardy | 60 exact",
                "money Norway | 1500000000 NOK exact", "pledge Norway | NASAMS | 2 exact");
    }

    @Test
    void aTableAlignedWithSpacesAndProseInOneColumnStayAsTheyAre() {
        String table = """
                System                               Number  Status
                PzH 2000 howitzers                   5       delivered
                M113 armoured vehicles               94      delivered
                Mine-clearing tanks                  2       pledged
                Leopard 1A5 tanks                    30      pledged
                """;
        assertThat(PageColumns.text(table)).isEqualTo(table);
        String names = """
                Germany pledged tanks        Denmark pledged jets
                Norway pledged launchers     Sweden pledged guns
                Poland pledged carriers      Spain pledged tanks
                Italy pledged missiles       France pledged guns
                """;
        // two columns of lines that never run on are a list side by side, not a page of prose: left as written
        assertThat(PageColumns.text(names)).isEqualTo(names);
        String prose = "Germany has delivered 18 Leopard 2A6 tanks to Ukraine.\nThe tanks arrived in March.\n";
        assertThat(PageColumns.text(prose)).isEqualTo(prose);
    }
}
