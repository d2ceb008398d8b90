package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/** Who gives: members of groups, several donors' totals, a system named again, attributions after a name. */
class DonorAttributionTest {

    @Test
    void membersOfAGroupAreManyDonors() {
        assertThat(briefs("Members of the Ukraine Defense Contact Group have committed more than 2 million rounds of artillery ammunition."))
                .containsExactly("aggregate NATO allies and partners | artillery ammunition | 2000000 more_than rounds");
        assertThat(briefs("Coalition partners have delivered 40 air defence systems since the autumn."))
                .containsExactly("aggregate NATO allies and partners | air defence systems | 40 exact");
        // one member is one donor
        assertThat(briefs("Norway, a member of the coalition, will send 6 F-16 jets.")).containsExactly("pledge Norway | F-16 | 6 exact");
    }

    @Test
    void theMembersOfAnOrganisationGiveUnderItsNameAsATotal() {
        assertThat(briefs("EU member states have delivered around 600,000 artillery shells to Ukraine."))
                .containsExactly("aggregate European Union | artillery shells | 600000 about rounds");
        assertThat(briefs("The EU will deliver 600,000 artillery shells to Ukraine."))
                .containsExactly("pledge European Union | artillery shells | 600000 exact rounds");
    }

    @Test
    void severalDonorsWhoHaveTogetherGivenACountGiveATotal() {
        assertThat(briefs("Denmark, the Netherlands and Norway have together pledged more than 60 F-16 fighter jets."))
                .containsExactly("aggregate Denmark; Netherlands; Norway | F-16 | 60 more_than");
        assertThat(briefs("The Netherlands and Denmark will together buy 14 Leopard 2A4 tanks for Ukraine."))
                .containsExactly("pledge Netherlands; Denmark | Leopard 2A4 | 14 exact");
    }

    @Test
    void aSystemNamedAgainWithoutADonorIsTheOneClaimedBefore() {
        assertThat(briefs("Australia will give Ukraine 49 Abrams tanks. They replace older models bought from the United States. "
                + "Officials declined to say when the Abrams would arrive in Ukraine."))
                .containsExactly("pledge Australia | M1A1 Abrams | 49 exact");
        // with no earlier claim the guess stays: the donor the text names
        assertThat(briefs("Spain has been generous. The Hawk launchers will arrive in Ukraine soon."))
                .containsExactly("pledge Spain | HAWK | - unspecified");
    }

    @Test
    void anAttributionAfterAnAdverbAndOriginsInCompounds() {
        assertThat(briefs("The first battery of the Franco-Italian SAMP/T system was delivered jointly by Italy and France."))
                .containsExactly("delivery Italy; France | SAMP/T | 1 exact");
        assertThat(briefs("The tanks were sold to Poland and the Netherlands, while Spain will send 10 Leopard 2 tanks to Ukraine."))
                .containsExactly("pledge Spain | Leopard 2 (unspecified variant) | 10 exact");
    }

    @Test
    void donorsAsAWholeAndDonorsTogetherWithOthers() {
        assertThat(briefs("By our count, donors had delivered at least 8 Patriot batteries, from the United States, Germany and the Netherlands."))
                .containsExactly("aggregate United States; Germany; Netherlands | Patriot | 8 more_than");
        assertThat(briefs("Germany, one of the largest donors, will send 10 Leopard 2 tanks."))
                .containsExactly("pledge Germany | Leopard 2 (unspecified variant) | 10 exact");
        assertThat(briefs("The Netherlands will deliver a Patriot battery together with Germany."))
                .containsExactly("pledge Netherlands; Germany | Patriot | 1 exact");
        assertThat(briefs("Germany has delivered around 100 Leopard 1 A5 tanks (jointly with Denmark)."))
                .containsExactly("delivery Germany; Denmark | Leopard 1A5 | 100 about");
        assertThat(briefs("Norway will send two NASAMS in cooperation with the United States.")).containsExactly("pledge Norway | NASAMS | 2 exact");
    }
}
