package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramstein.ledger.domain.Donor;

class DonorLexiconTest {

    static final DonorLexicon DONORS = new DonorLexicon(List.of(
            new Donor("DEU", "Germany", "country", "DE", List.of("German")),
            new Donor("USA", "United States", "country", "US", List.of("US", "U.S.", "American")),
            new Donor("POL", "Poland", "country", "PL", List.of("Polish")),
            new Donor("CZE", "Czechia", "country", "CZ", List.of("Czech Republic", "Czech")),
            new Donor("GRC", "Greece", "country", "GR", List.of("Greek")),
            new Donor("FRA", "France", "country", "FR", List.of("French")),
            new Donor("SWE", "Sweden", "country", "SE", List.of("Swedish")),
            new Donor("EUI", "EU (Commission and Council)", "organisation", null, List.of("EU", "European Union")),
            new Donor("NATO", "NATO", "organisation", null, List.of("NATO allies"))));

    private static List<String> donors(String text) {
        List<Token> t = Tokenizer.tokenize(text);
        return DONORS.find(t, 0, t.size()).stream().map(m -> m.donor().name() + (m.attributed() ? "*" : "")).toList();
    }

    @Test
    void namesAdjectivesCapitalsAndInstitutions() {
        assertThat(donors("40 German Marders and 50 US Bradleys")).containsExactly("Germany", "United States");
        assertThat(donors("The U.S. will also supply")).containsExactly("United States");
        assertThat(donors("Athens will hand over BMP-1s; the Pentagon agreed")).containsExactly("Greece", "United States");
        assertThat(donors("the Czech Republic and the European Union")).containsExactly("Czech Republic", "European Union");
        assertThat(donors("let us send them")).isEmpty();
    }

    @Test
    void aNationsPeopleNameTheNationOnlyAfterThe() {
        // (the bundled donor list spells the peoples "the Germans", "the Brits")
        java.util.function.Function<String, List<String>> bundled = text -> {
            List<Token> t = Tokenizer.tokenize(text);
            return Readings.DONORS.find(t, 0, t.size()).stream().map(m -> m.donor().name()).toList();
        };
        assertThat(bundled.apply("the Germans have sent, and The Americans delivered; the Brits too"))
                .containsExactly("Germany", "United States", "United Kingdom");
        assertThat(bundled.apply("Lithuanians raised money")).isEmpty();
    }

    @Test
    void whereANameSaysOriginPlaceRecipientOrSourceItIsNoDonor() {
        assertThat(donors("French-made howitzers and a US-led meeting")).isEmpty();
        assertThat(donors("forty will be delivered to Greece")).isEmpty();
        assertThat(donors("trained in Germany, said the German daily newspaper")).isEmpty();
        assertThat(donors("worth 4.3 billion Swedish kroner")).isEmpty();
        assertThat(donors("Norway, in cooperation with the United States, will send")).isEmpty();
        assertThat(donors("the Swedish defence minister")).containsExactly("Sweden");
        assertThat(donors("a ring swap, with Athens handing over its tanks")).containsExactly("Greece");
    }

    @Test
    void attributionsAndCollectives() {
        assertThat(donors("jets held by Poland and the Czech Republic")).containsExactly("Poland*", "Czech Republic");
        assertThat(donors("en route from France")).containsExactly("France*");
        // the buyer of an order names the giver where the order is for Ukraine (an order for itself is filtered as a purchase)
        assertThat(donors("ordered by France")).containsExactly("France*");
        assertThat(donors("NATO allies and their partners have provided")).containsExactly("NATO allies and partners");
        assertThat(donors("Allies and partners of the contact group")).containsExactly("NATO allies and partners");
        assertThat(donors("several European countries")).containsExactly("NATO allies");
        assertThat(donors("50 countries met")).isEmpty();
    }

    @Test
    void namesJoinedByAndAreOneJointDonor() {
        String s = "MiG-29s held by Poland and the Czech Republic, and Germany";
        List<Token> t = Tokenizer.tokenize(s);
        List<DonorLexicon.Group> g = DonorLexicon.groups(t, DONORS.find(t, 0, t.size()));
        assertThat(g).hasSize(1);
        assertThat(g.get(0).donors()).extracting(DonorLexicon.DonorRef::code).containsExactly("POL", "CZE", "DEU");
    }

    @Test
    void labelsResolveToDonorCodes() {
        assertThat(DONORS.codes("Poland; Czech Republic")).containsExactly("POL", "CZE");
        assertThat(DONORS.codes("NATO allies and partners")).containsExactly("NATO");
        assertThat(DONORS.codes("European Union")).containsExactly("EUI");
        assertThat(DONORS.codes("Atlantis")).containsExactly("?atlantis");
    }

    @Test
    void membersOfGroupsAndOrganisations() {
        List<Token> t = Tokenizer.tokenize("Members of the Contact Group and EU member states and the EU");
        List<DonorLexicon.Mention> m = DONORS.find(t, 0, t.size());
        assertThat(m).extracting(x -> x.donor().code()).containsExactly("NATO", "EUI", "EUI");
        assertThat(m).extracting(x -> x.donor().many()).containsExactly(true, true, false);
        assertThat(donors("members of the family")).isEmpty();
    }

    @Test
    void namesJoinedToAnExcludedNameAreExcludedToo() {
        assertThat(donors("sold to Poland and the Czech Republic")).isEmpty();
        assertThat(donors("made in France, Germany and Sweden")).isEmpty();
        assertThat(donors("Poland and the Czech Republic sent jets")).containsExactly("Poland", "Czech Republic");
        assertThat(donors("a Franco-German plan")).isEmpty();
        assertThat(donors("delivered jointly by Germany and France")).containsExactly("Germany*", "France");
    }
}
