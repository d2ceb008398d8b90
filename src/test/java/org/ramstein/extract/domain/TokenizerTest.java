package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void splitsWordsNumbersAndPunctuationKeepingOffsets() {
        String s = "Send 1,550 MiG-29s now.";
        List<Token> t = Tokenizer.tokenize(s);
        assertThat(texts(s)).containsExactly("Send", "1", ",", "550", "MiG", "-", "29s", "now", ".");
        for (Token k : t) assertThat(s.substring(k.start(), k.end())).isEqualTo(k.text());
        assertThat(t.get(1).kind()).isEqualTo(Token.Kind.NUMBER);
        assertThat(t.get(6).kind()).isEqualTo(Token.Kind.ALNUM);
        assertThat(t.get(4).norm()).isEqualTo("mig");
    }

    @Test
    void twoCapitalisedWordsGluedTogetherAreSplit() {
        assertThat(texts("Poland and NorwayThe minister")).containsExactly("Poland", "and", "Norway", "The", "minister");
        assertThat(texts("MiG and PzH")).containsExactly("MiG", "and", "PzH");
    }

    @Test
    void foldsAccentsAndCase() {
        assertThat(Tokenizer.tokenize("Büffel").get(0).norm()).isEqualTo("buffel");
        assertThat(Tokenizer.words("Leopard-2 A6")).containsExactly("leopard", "2", "a6");
    }

    @Test
    void nonBreakingSpacesSeparateTokens() {
        assertThat(texts("20\u00A0000 shells")).containsExactly("20", "000", "shells");
    }

    @Test
    void aWordBrokenAtALineEndIsOneTokenSpanningBothParts() {
        String text = "sent 8 Ar-\ncher guns and IRIS-\nT systems";
        List<Token> t = Tokenizer.tokenize(text);
        Token archer = t.get(2);
        assertThat(archer.text()).isEqualTo("Archer");
        assertThat(archer.norm()).isEqualTo("archer");
        assertThat(text.substring(archer.start(), archer.end())).isEqualTo("Ar-\ncher");
        // a capital after the break: the hyphen is the name's own
        assertThat(texts("IRIS-\nT systems")).containsExactly("IRIS", "-", "T", "systems");
        // on one line, or across a blank line, nothing is joined
        assertThat(texts("Franco-italian")).containsExactly("Franco", "-", "italian");
        assertThat(texts("end-\n\nnext")).containsExactly("end", "-", "next");
    }

    @Test
    void aFootnotesMarkSetAboveTheLineAfterANumberOrWordIsNoToken() {
        assertThat(texts("Germany pledged 18\u00B9 Leopard 2A6, Spain 10\u00B3; Sweden\u2074\u2075 sent 10 Strv 122\u2074."))
                .containsExactly("Germany", "pledged", "18", "Leopard", "2A6", ",", "Spain", "10", ";", "Sweden", "sent", "10", "Strv", "122", ".");
        assertThat(texts("note \u00B9 German list")).containsExactly("note", "\u00B9", "German", "list");
    }
}
