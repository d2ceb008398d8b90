package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** Counts whose verb and name are left out, and aid as a share of GDP. */
class CountPatternsTest {

    @Test
    void aGappedCountTakesTheVerbAndNameBeforeIt() {
        assertThat(briefs("Denmark has pledged 19 F-16 jets and the Netherlands 24."))
                .containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Netherlands | F-16 | 24 exact");
        // a number with its own name, or a time, is no gap
        assertThat(briefs("Denmark has pledged 19 F-16 jets and the Netherlands 24 hours later said more.")).containsExactly("pledge Denmark | F-16 | 19 exact");
    }

    @Test
    void respectivelyPairsDonorsAndNumbers() {
        assertThat(briefs("Denmark has pledged 19 F-16 jets, while Norway and Belgium have promised a further 6 and 30 respectively."))
                .containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Norway | F-16 | 6 exact", "pledge Belgium | F-16 | 30 exact");
        assertThat(briefs("Norway and Belgium have promised 6 and 30 F-16 jets respectively."))
                .containsExactly("pledge Norway | F-16 | 6 exact", "pledge Belgium | F-16 | 30 exact");
        // two donors and three numbers do not pair
        assertThat(briefs("Norway and Belgium have promised 6, 8 and 30 F-16 jets respectively.")).doesNotContain("pledge Norway | F-16 | 6 exact")
                .doesNotContain("pledge Belgium | F-16 | 30 exact");
    }

    @Test
    void aidAsAShareOfGdpIsAnAggregate() {
        assertThat(briefs("Latvia has so far given Ukraine military aid worth over 1% of its GDP."))
                .containsExactly("aggregate Latvia | military aid as share of GDP | 1 more_than percent");
        assertThat(briefs("Poland has pledged to spend 4% of its GDP on defence.")).isEmpty();
        assertThat(briefs("Allies committed to 2% of GDP for their own armies.")).isEmpty();
    }

    @Test
    void countsWithAParticipleOrARelativeClauseCountTheNameBefore() {
        assertThat(briefs("Canada will buy 40 more Senator vehicles, in addition to the 200 already promised and the 65 that have been delivered to date."))
                .containsExactly("pledge Canada | Roshel Senator | 40 exact", "pledge Canada | Roshel Senator | 200 exact",
                        "delivery Canada | Roshel Senator | 65 exact");
        assertThat(briefs("Canada will buy 40 more Senator vehicles, the 200 promised.")).containsExactly("pledge Canada | Roshel Senator | 40 exact");
    }

    @Test
    void ofThemCountsTheSystemNamedLastAndMoreBeforeANameIsReadWithIt() {
        assertThat(briefs("Donors had delivered 8 Patriot batteries. Germany alone supplied three of them."))
                .contains("delivery Germany | Patriot | 3 exact");
        assertThat(briefs("Spain shipped six Hawk launchers and plans to send up to 20 more M113 carriers."))
                .containsExactly("delivery Spain | HAWK | 6 exact", "pledge Spain | M113 | 20 up_to");
    }

    @Test
    void aShareOfAllAid() {
        assertThat(briefs("NATO Allies have provided around 99 percent of all military aid to Ukraine."))
                .containsExactly("aggregate NATO allies | share of all military aid | 99 about percent");
        assertThat(briefs("The EU reimburses up to 90% of the costs.")).isEmpty();
    }

    @Test
    void ofWhichNAndTheFirstNCountTheNameBeforeWithTheVerbAfter() {
        assertThat(briefs("The Netherlands has pledged 18 PzH 2000 howitzers, of which 8 have been delivered."))
                .containsExactly("pledge Netherlands | PzH 2000 | 18 exact", "delivery Netherlands | PzH 2000 | 8 exact");
        assertThat(briefs("Czechia will supply six DITA howitzers this year, with the first two already on their way."))
                .containsExactly("pledge Czech Republic | ShKH vz. 77 Dana | 6 exact", "delivery Czech Republic | ShKH vz. 77 Dana | 2 exact");
        assertThat(briefs("The Netherlands has pledged 18 PzH 2000 howitzers, of which 8 were destroyed."))
                .containsExactly("pledge Netherlands | PzH 2000 | 18 exact");
    }
}
