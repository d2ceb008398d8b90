package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MoneyParserProperties {

    record Format(String pattern, String currency) {
    }

    @Provide
    Arbitrary<Format> formats() {
        return Arbitraries.of(new Format("$%s %s", "$"), new Format("US$%s %s", "USD"), new Format("A$%s %s", "AUD"), new Format("€%s %s", "EUR"),
                new Format("EUR %s %s", "EUR"), new Format("EUR%s %s", "EUR"), new Format("£%s %s", "GBP"), new Format("SEK %s %s", "SEK"),
                new Format("%s %s euros", "EUR"), new Format("%s %s dollars", "$"), new Format("%s %s US dollars", "USD"),
                new Format("%s %s Swedish kronor", "SEK"), new Format("%s %s pounds", "GBP"));
    }

    @Provide
    Arbitrary<String> scales() {
        return Arbitraries.of("million", "billion", "bn", "thousand");
    }

    private static long scale(String s) {
        return switch (s) {
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
    }

    @Property
    void anAmountWrittenAnyWayParsesBackToItsValueAndCurrency(@ForAll("formats") Format f, @ForAll("scales") String scale,
            @ForAll @IntRange(min = 1, max = 99_999) int hundredths) {
        BigDecimal number = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        String text = "Norway pledged " + String.format(f.pattern(), number.toPlainString(), scale) + " in aid.";
        List<Token> t = Tokenizer.tokenize(text);
        List<MoneyParser.Money> found = MoneyParser.find(t, 0, t.size());
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).value()).as(text).isEqualByComparingTo(number.multiply(BigDecimal.valueOf(scale(scale))));
        assertThat(found.get(0).currency()).as(text).isEqualTo(f.currency());
    }

    @Property
    void aQualifierBeforeTheSumIsRead(@ForAll @IntRange(min = 1, max = 999) int n) {
        String[][] cases = {{"up to", "up_to"}, {"more than", "more_than"}, {"over", "more_than"}, {"nearly", "about"}, {"around", "about"},
            {"some", "about"}, {"", "exact"}};
        for (String[] c : cases) {
            String text = "it gave " + c[0] + " €" + n + " million";
            List<Token> t = Tokenizer.tokenize(text);
            assertThat(MoneyParser.find(t, 0, t.size()).get(0).qualifier()).as(text).isEqualTo(c[1]);
        }
    }

    @Provide
    Arbitrary<Format> crowns() {
        return Arbitraries.of(new Format("%s %s Czech crowns", "CZK"), new Format("%s %s koruna", "CZK"), new Format("%s %s Danish kroner", "DKK"),
                new Format("%s %s Norwegian crowns", "NOK"), new Format("%s %s crowns", "kr"), new Format("%s %s kroner", "kr"),
                new Format("%s %s forints", "HUF"), new Format("%s %s lei", "RON"), new Format("CZK %s %s", "CZK"), new Format("%s %s leva", "BGN"));
    }

    @Property
    void crownsParseToTheirNationsCodeOrToKrForTheCallerToResolve(@ForAll("crowns") Format f, @ForAll("scales") String scale,
            @ForAll @IntRange(min = 1, max = 99_999) int hundredths) {
        BigDecimal number = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        String text = "Prague gave " + String.format(f.pattern(), number.toPlainString(), scale) + " in military aid.";
        List<Token> t = Tokenizer.tokenize(text);
        List<MoneyParser.Money> found = MoneyParser.find(t, 0, t.size());
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).value()).as(text).isEqualByComparingTo(number.multiply(BigDecimal.valueOf(scale(scale))));
        assertThat(found.get(0).currency()).as(text).isEqualTo(f.currency());
    }

    @Property
    void aDecimalCommaBeforeAScaleReadsAsTheDecimalPoint(@ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 1, max = 9) int tenth,
            @ForAll("continentalScales") String scale) {
        String text = "Berlin earmarked " + whole + "," + tenth + " " + scale + " Euro for Ukraine.";
        List<Token> t = Tokenizer.tokenize(text);
        List<MoneyParser.Money> found = MoneyParser.find(t, 0, t.size());
        assertThat(found).as(text).hasSize(1);
        long unit = scale.startsWith("Mio") ? 1_000_000L : 1_000_000_000L;
        assertThat(found.get(0).value()).as(text).isEqualByComparingTo(BigDecimal.valueOf(whole * 10L + tenth, 1).multiply(BigDecimal.valueOf(unit)));
        assertThat(found.get(0).currency()).as(text).isEqualTo("EUR");
    }

    @Provide
    Arbitrary<String> continentalScales() {
        return Arbitraries.of("Mio.", "Mrd.", "Mio", "Mrd");
    }
}
