package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Logs with signed counts and editors' notes, manifests, lists that put the system first, loose counts ("a score of",
 * "20-odd", "just shy of"), counterfactuals and the other side's suppliers: what is counted, whose and of what kind.
 */
class LogManifestAndLooseCountRulesTest {

    @Test
    void aSignedLogCountsWhatIsAddedNotWhatIsTakenAway() {
        String text = "- 11 Jun \u2014 +1 Patriot battery pledged (Germany) [total delivered: 2]\n"
                + "- 05 Feb \u2014 +1 SAMP/T battery delivered (France; Italy)\n"
                + "- 30 Sep \u2014 \u22121 IRIS-T SLM unit: damaged in a strike near Odesa\n";
        assertThat(briefs(text)).containsExactly("pledge Germany | Patriot | 1 exact", "delivery Germany | Patriot | 2 exact",
                "delivery France; Italy | SAMP/T | 1 exact");
    }

    @Test
    void aManifestsQuantitiesTakeTheStatusAboveIt() {
        String text = "Donor: Denmark\nStatus: shipped 12.03.2024\n\nLine  Description                         Qty\n"
                + "01    CAESAR 8x8 self-propelled howitzer  x 6\n02    Spare parts kit, CAESAR             x 9\n"
                + "03    Shipping container, 20 ft           x 40\n";
        assertThat(briefs(text)).containsExactly("delivery Denmark | Caesar | 6 exact");
    }

    @Test
    void aSystemFirstListGivesEachCountItsParticiple() {
        String text = "- CV90 (Sweden): 50 pledged, 50 delivered\n- Archer (Sweden): 8 delivered, 18 more on order\n"
                + "- M113 (Australia, Portugal): more than 40 delivered\n";
        assertThat(briefs(text)).containsExactly("pledge Sweden | CV90 | 50 exact", "delivery Sweden | CV90 | 50 exact",
                "delivery Sweden | Archer | 8 exact", "pledge Sweden | Archer | 18 exact", "delivery Australia; Portugal | M113 | 40 more_than");
    }

    @Test
    void looseCountsAreAboutTheirNumber() {
        assertThat(briefs("A score of M113 carriers, sent by Portugal and Spain, were seen near Zaporizhzhia."))
                .containsExactly("delivery Portugal; Spain | M113 | 20 about");
        assertThat(briefs("The Netherlands has delivered 20-odd PzH 2000 howitzers.")).containsExactly("delivery Netherlands | PzH 2000 | 20 about");
        assertThat(briefs("Germany has sent just shy of 50 Marder infantry fighting vehicles.")).containsExactly("delivery Germany | Marder 1A3 | 50 about");
        assertThat(briefs("Norway has provided a couple of NASAMS launchers.")).containsExactly("delivery Norway | NASAMS | 2 about");
        assertThat(briefs("Sweden has sent north of 50 CV90 vehicles.")).containsExactly("delivery Sweden | CV90 | 50 more_than");
    }

    @Test
    void aClassWordTakesTheSystemOfItsOwnSentenceFirst() {
        assertThat(briefs("Germany has sent 40 Marder infantry fighting vehicles. Sweden has delivered CV90s, north of 50 vehicles in all."))
                .contains("delivery Germany | Marder 1A3 | 40 exact").noneMatch(b -> b.contains("Marder 1A3 | 50"));
    }

    @Test
    void whatCameFromEachGiverUnderAHeadingThatNamesTheSystem() {
        String text = "## 3 Patriot systems\n\nTwo came from Germany and one from the United States, the air force said.\n";
        assertThat(briefs(text)).contains("delivery Germany | Patriot | 2 exact", "delivery United States | Patriot | 1 exact");
    }

    @Test
    void aCounterfactualOrAHypotheticalGivesNothing() {
        assertThat(briefs("Had the West sent 100 tanks in 2022, the war might look different.")).isEmpty();
        assertThat(briefs("Were Germany to send 20 Taurus missiles, Russia would react.")).isEmpty();
        assertThat(briefs("Germany had sent 18 Leopard 2A6 tanks by then.")).containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
    }

    @Test
    void theOtherSidesSupplierPastASourcesAside() {
        assertThat(briefs("Iran has sent Russia hundreds of Shahed drones and, according to Western intelligence, more than 200 Fath-360 "
                + "ballistic missiles.")).isEmpty();
    }

    @Test
    void aCurrencysCountryCodeNamesNoDonor() {
        assertThat(briefs("Canada announced C$500 million (US$365 million) in military assistance, and said it had delivered the last of its "
                + "50 armoured vehicles.")).contains("delivery Canada | armoured vehicles | 50 exact").noneMatch(b -> b.contains("United States"));
    }

    @Test
    void aPackagesOrderFromIndustryIsForUkraine() {
        assertThat(briefs("Sweden's package includes 18 Archer artillery systems on order from industry."))
                .containsExactly("pledge Sweden | Archer | 18 exact");
        assertThat(briefs("Norway has ordered 52 K9 howitzers from South Korea for its own army.")).isEmpty();
    }

    @Test
    void aCountSaidToBeInUkraineIsThere() {
        assertThat(briefs("Together with others, that is about 70 modern Western tanks in Ukraine."))
                .containsExactly("aggregate NATO allies and partners | tanks | 70 about");
        assertThat(briefs("That is about 70 tanks not in Ukraine yet.")).isEmpty();
    }
}
