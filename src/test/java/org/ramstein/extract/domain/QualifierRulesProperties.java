package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class QualifierRulesProperties {

    record Phrase(String words, String qualifier) {
    }

    @Provide
    Arbitrary<Phrase> phrases() {
        return Arbitraries.of(new Phrase("up to", "up_to"), new Phrase("as many as", "up_to"), new Phrase("at most", "up_to"),
                new Phrase("a maximum of", "up_to"), new Phrase("fewer than", "up_to"), new Phrase("more than", "more_than"),
                new Phrase("at least", "more_than"), new Phrase("a minimum of", "more_than"), new Phrase("over", "more_than"),
                new Phrase("around", "about"), new Phrase("nearly", "about"), new Phrase("some", "about"), new Phrase("an estimated", "about"),
                new Phrase("will send", "exact"), new Phrase("the value of", "exact"));
    }

    @Property
    void theQualifierBeforeAnyNumberIsReadAndStartsWhereItsWordsStart(@ForAll("phrases") Phrase p, @ForAll @IntRange(min = 1, max = 99_999) int n) {
        String lead = "Officials said Norway ";
        String text = lead + p.words() + " " + n + " tanks";
        List<Token> t = Tokenizer.tokenize(text);
        int at = 0;
        while (!t.get(at).text().equals(String.valueOf(n))) at++;
        QualifierRules.Found f = QualifierRules.before(t, at, 0);
        assertThat(f.qualifier()).as(text).isEqualTo(p.qualifier());
        if (!p.qualifier().equals("exact")) assertThat(t.get(f.from()).start()).as(text).isEqualTo(lead.length());
        else assertThat(f.from()).isEqualTo(at);
    }

    @Property
    void aGluedPlusAfterAnyNumberMakesItAFloorThroughTheExtractor(@ForAll @IntRange(min = 2, max = 99_999) int n) {
        String written = String.format(java.util.Locale.ROOT, "%,d", n);
        assertThat(ClaimExtractorTest.briefs("Sweden has delivered " + written + "+ AT4 anti-tank weapons."))
                .containsExactly("delivery Sweden | AT4 | " + n + " more_than");
        assertThat(ClaimExtractorTest.briefs("Sweden has delivered " + written + " AT4 anti-tank weapons."))
                .containsExactly("delivery Sweden | AT4 | " + n + " exact");
    }
}
