package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NumberParserProperties {

    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    /** English words for 1..999,999, as news texts write them ("one thousand two hundred and five", "forty-five"). */
    static String words(int n, boolean hyphen, boolean and) {
        StringBuilder sb = new StringBuilder();
        if (n >= 1000) {
            sb.append(words(n / 1000, hyphen, and)).append(" thousand");
            n %= 1000;
            if (n == 0) return sb.toString();
            sb.append(' ');
        }
        if (n >= 100) {
            sb.append(UNITS[n / 100]).append(" hundred");
            n %= 100;
            if (n == 0) return sb.toString();
            sb.append(and ? " and " : " ");
        }
        if (n < 20) return sb.append(UNITS[n]).toString();
        sb.append(TENS[n / 10]);
        if (n % 10 != 0) sb.append(hyphen ? "-" : " ").append(UNITS[n % 10]);
        return sb.toString();
    }

    @Property
    void digitsWithCommaSeparatorsParseBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        assertThat(NumberParser.parse(String.format(Locale.ROOT, "%,d", n))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property
    void digitsWithSpaceSeparatorsParseBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String spaced = String.format(Locale.ROOT, "%,d", n).replace(',', ' ');
        assertThat(NumberParser.parse(spaced)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property
    void digitsWithDotSeparatorsParseBack(@ForAll @LongRange(min = 1_000, max = 999_999_999_999L) long n) {
        String dotted = String.format(Locale.ROOT, "%,d", n).replace(',', '.');
        assertThat(NumberParser.parse(dotted)).as(dotted).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property
    void continentalNumbersWithDotsAndADecimalCommaParseBack(@ForAll @LongRange(min = 1_000, max = 999_999_999_999L) long whole,
            @ForAll @IntRange(min = 0, max = 99) int cents) {
        // "400.000.000,00", "12.500,5": thousands set apart by dots, the decimals by a comma, as continental exports write them
        String written = String.format(Locale.ROOT, "%,d", whole).replace(',', '.') + "," + String.format(Locale.ROOT, "%02d", cents);
        BigDecimal d = BigDecimal.valueOf(whole * 100 + cents, 2);
        assertThat(NumberParser.parse(written)).as(written).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(d));
    }

    @Property
    void plainDigitsAndDecimalsParseBack(@ForAll @LongRange(min = 0, max = 999_999_999L) long whole, @ForAll @IntRange(min = 0, max = 99) int cents) {
        BigDecimal d = BigDecimal.valueOf(whole * 100 + cents, 2);
        assertThat(NumberParser.parse(d.toPlainString())).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(d));
        assertThat(NumberParser.parse(Long.toString(whole))).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(whole)));
    }

    @Property
    void numbersInWordsParseBack(@ForAll @IntRange(min = 1, max = 999_999) int n, @ForAll boolean hyphen, @ForAll boolean and, @ForAll boolean capital) {
        String w = words(n, hyphen, and);
        if (capital) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        assertThat(NumberParser.parse(w)).as(w).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }

    @Property
    void anOrdinalIsNeverAPlainNumber(@ForAll @IntRange(min = 1, max = 200) int n) {
        String suffix = n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd" : n % 10 == 3 && n % 100 != 13 ? "rd" : "th";
        assertThat(NumberParser.parse(n + suffix)).isEmpty();
    }

    @Property
    void aNumberInWordsRestatedInDigitsReadsAsTheWordsAlone(@ForAll @IntRange(min = 1, max = 999_999) int n, @ForAll boolean hyphen) {
        String w = words(n, hyphen, true);
        java.util.List<Token> kept = NumberParser.withoutRestatements(Tokenizer.tokenize("deliver " + w + " (" + String.format(Locale.ROOT, "%,d", n) + ") howitzers"));
        assertThat(kept).extracting(Token::text).doesNotContain("(", ")").last().isEqualTo("howitzers");
        assertThat(NumberParser.at(kept, 1, kept.size() - 1).value()).isEqualByComparingTo(BigDecimal.valueOf(n));
    }

    @Property
    void digitsWithApostropheSeparatorsParseBack(@ForAll @LongRange(min = 1_000, max = 999_999_999_999L) long n) {
        String swiss = String.format(Locale.ROOT, "%,d", n).replace(',', '\'');
        assertThat(NumberParser.parse(swiss)).as(swiss).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
    }
}
