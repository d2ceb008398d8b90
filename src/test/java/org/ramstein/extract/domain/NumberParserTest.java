package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static BigDecimal parse(String s) {
        return NumberParser.parse(s).orElse(null);
    }

    @Test
    void digitsWithAndWithoutSeparators() {
        assertThat(parse("40")).isEqualByComparingTo("40");
        assertThat(parse("1,550")).isEqualByComparingTo("1550");
        assertThat(parse("1,000,000")).isEqualByComparingTo("1000000");
        assertThat(parse("20 000")).isEqualByComparingTo("20000");
        assertThat(parse("1.85")).isEqualByComparingTo("1.85");
        assertThat(parse("1.5 million")).isEqualByComparingTo("1500000");
        assertThat(parse("10k")).isEqualByComparingTo("10000");
        assertThat(parse("1.2k")).isEqualByComparingTo("1200");
    }

    @Test
    void anArticleBeforeAScaleIsOne() {
        assertThat(parse("a million")).isEqualByComparingTo("1000000");
        assertThat(parse("a hundred")).isEqualByComparingTo("100");
        assertThat(NumberParser.parse("a")).isEmpty();
        assertThat(NumberParser.parse("a tank")).isEmpty();
    }

    @Test
    void words() {
        assertThat(parse("Fourteen")).isEqualByComparingTo("14");
        assertThat(parse("forty-five")).isEqualByComparingTo("45");
        assertThat(parse("Fifty-five")).isEqualByComparingTo("55");
        assertThat(parse("twenty one")).isEqualByComparingTo("21");
        assertThat(parse("two hundred")).isEqualByComparingTo("200");
        assertThat(parse("one thousand five hundred and twelve")).isEqualByComparingTo("1512");
        assertThat(parse("three million")).isEqualByComparingTo("3000000");
    }

    @Test
    void notNumbers() {
        assertThat(parse("18th")).isNull();
        assertThat(parse("2A6")).isNull();
        assertThat(parse("one one")).isNull();
        assertThat(parse("hundred")).isNull();
        assertThat(parse("1,55")).isNull();
        assertThat(parse("tanks")).isNull();
    }

    @Test
    void aNumberInsideATextKnowsWhereItEndsAndWhatIsGluedToIt() {
        List<Token> t = Tokenizer.tokenize("sent 20 120mm mortars and 75,000 rounds");
        NumberParser.NumberMatch twenty = NumberParser.at(t, 1, t.size());
        assertThat(twenty.value()).isEqualByComparingTo("20");
        assertThat(twenty.to()).isEqualTo(2); // "120mm" is not a thousands group
        NumberParser.NumberMatch calibre = NumberParser.at(t, 2, t.size());
        assertThat(calibre.suffix()).isEqualTo("mm");
        NumberParser.NumberMatch rounds = NumberParser.at(t, 5, t.size());
        assertThat(rounds.value()).isEqualByComparingTo("75000");
        assertThat(NumberParser.at(Tokenizer.tokenize("the 18th drawdown"), 1, 3).ordinal()).isTrue();
    }

    @Test
    void parseWordsReadsOnlyWords() {
        assertThat(NumberParser.parseWords("ninety-nine").getAsLong()).isEqualTo(99);
        assertThat(NumberParser.parseWords("99")).isEmpty();
    }

    @Test
    void dotsBetweenGroupsOfThreeDigitsAreThousandsUnlessAScaleOrADecimalFollows() {
        assertThat(NumberParser.parse("15.000")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
        assertThat(NumberParser.parse("1.200.000")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1200000"));
        assertThat(NumberParser.parse("1.250 billion")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250000000"));
        assertThat(NumberParser.parse("0.500")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(NumberParser.parse("2.5")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2.5"));
    }

    @Test
    void fractionsOfAScaleAndDozens() {
        assertThat(NumberParser.parse("a quarter of a million")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("250000"));
        assertThat(NumberParser.parse("half a million")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500000"));
        assertThat(NumberParser.parse("three quarters of a billion")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("750000000"));
        assertThat(NumberParser.parse("two dozen")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("24"));
        assertThat(NumberParser.parse("a dozen")).isEmpty();
        assertThat(NumberParser.parse("half")).isEmpty();
    }

    @Test
    void aBracketRestatingTheNumberBeforeItIsDropped() {
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("deliver eighteen (18) CAESAR")))).containsExactly("deliver", "eighteen", "CAESAR");
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("six thousand (6,000) rounds")))).containsExactly("six", "thousand", "rounds");
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("30 (thirty) days")))).containsExactly("30", "days");
        // another value, the same value twice in digits, or no number before: the bracket stays
        List<Token> other = Tokenizer.tokenize("18 (of 24) tanks");
        assertThat(NumberParser.withoutRestatements(other)).isSameAs(other);
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("six (7) tanks")))).contains("7");
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("18 (18) tanks")))).contains("(");
        assertThat(texts(NumberParser.withoutRestatements(Tokenizer.tokenize("tanks (18)")))).contains("18");
    }

    @Test
    void anApostropheGroupsThousandsAsSwissTextsWriteThem() {
        assertThat(NumberParser.parse("20'000")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20000"));
        assertThat(NumberParser.parse("1\u2019250\u2019000")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250000"));
        assertThat(NumberParser.parse("20'00")).isEmpty();
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }
}
