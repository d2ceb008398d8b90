package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DonorLexiconProperties {

    static final List<String> PIECES = List.of("Germany", "the Netherlands", "Czech Republic", "EU", "member states", "members of the",
            "Contact Group", "coalition", "partners", "allies", "NATO", "and", ",", "to", "in", "by", "delivered", "jointly", "French-made",
            "Franco-German", "sent", "tanks", "US", "us", "led", "-");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(25).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void mentionsAreOrderedDisjointAndInsideTheRange(@ForAll("texts") String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<DonorLexicon.Mention> mentions = Readings.DONORS.find(tokens, 0, tokens.size());
        int previous = 0;
        for (DonorLexicon.Mention m : mentions) {
            assertThat(m.from()).isGreaterThanOrEqualTo(previous).isLessThan(m.to());
            assertThat(m.to()).isLessThanOrEqualTo(tokens.size());
            if (m.donor().collective()) assertThat(m.donor().many()).isTrue();
            previous = m.to();
        }
    }

    @Property(tries = 300)
    void aNameAfterToIsNeverADonorAndNeitherAreTheNamesJoinedToIt(@ForAll("texts") String text) {
        String t = "sold to Germany and the Netherlands " + text;
        List<Token> tokens = Tokenizer.tokenize(t);
        List<DonorLexicon.Mention> mentions = Readings.DONORS.find(tokens, 0, tokens.size());
        int netherlandsEnd = 6; // sold to Germany and the Netherlands
        assertThat(mentions).allSatisfy(m -> assertThat(m.from()).isGreaterThanOrEqualTo(netherlandsEnd));
    }
}
