package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyParserTest {

    static List<MoneyParser.Money> find(String s) {
        List<Token> t = Tokenizer.tokenize(s);
        return MoneyParser.find(t, 0, t.size());
    }

    static MoneyParser.Money one(String s) {
        List<MoneyParser.Money> m = find(s);
        assertThat(m).as(s).hasSize(1);
        return m.get(0);
    }

    static void reads(String s, String value, String currency, String qualifier) {
        MoneyParser.Money m = one(s);
        assertThat(m.value()).as(s).isEqualByComparingTo(value);
        assertThat(m.currency()).as(s).isEqualTo(currency);
        assertThat(m.qualifier()).as(s).isEqualTo(qualifier);
    }

    @Test
    void continentalDecimalCommasAndAbbreviatedScales() {
        reads("earmarked 7,1 Mrd. Euro for support", "7100000000", "EUR", "exact");
        reads("about 500 Mio. Euro", "500000000", "EUR", "about");
        reads("EUR 2,5 billion", "2500000000", "EUR", "exact");
        reads("worth 1,25 bn euros", "1250000000", "EUR", "exact");
        // a comma before three digits groups thousands, and one before no scale separates numbers
        reads("EUR 1,500 million", "1500000000", "EUR", "exact");
        assertThat(find("items 1,2 and 3 of the list")).isEmpty();
    }

    @Test
    void symbolsCodesAndWords() {
        reads("a $1.85 billion package", "1850000000", "$", "exact");
        reads("under $1.85B aid", "1850000000", "$", "up_to");
        reads("US$ 5 million", "5000000", "USD", "exact");
        reads("US$5m", "5000000", "USD", "exact");
        reads("A$100 million", "100000000", "AUD", "exact");
        reads("C$406 million", "406000000", "CAD", "exact");
        // continental thousands in a count, but a decimal before a scale
        reads("€1.250 bn", "1250000000", "EUR", "exact");
        reads("SEK 13.3 BLN", "13300000000", "SEK", "exact");
        reads("ISK 500 million", "500000000", "ISK", "exact");
        reads("NZ$ 4.1 million", "4100000", "NZD", "exact");
        reads("€700 million", "700000000", "EUR", "exact");
        reads("EUR 1 billion", "1000000000", "EUR", "exact");
        reads("EUR1 billion", "1000000000", "EUR", "exact");
        reads("EUR1.5bn", "1500000000", "EUR", "exact");
        reads("£2.5bn", "2500000000", "GBP", "exact");
        reads("Some £200m", "200000000", "GBP", "about");
        reads("SEK 4.3 billion", "4300000000", "SEK", "exact");
        reads("4.3 billion Swedish kroner", "4300000000", "SEK", "exact");
        reads("10 billion Norwegian kroner", "10000000000", "NOK", "exact");
        reads("a 200-million-euro fund", "200000000", "EUR", "exact");
        reads("140 million euros", "140000000", "EUR", "exact");
        reads("1 billion dollars", "1000000000", "$", "exact");
        reads("500 million Canadian dollars", "500000000", "CAD", "exact");
        reads("nearly $2 billion", "2000000000", "$", "about");
        reads("approximately $9.8 billion", "9800000000", "$", "about");
        reads("more than $11.8 billion", "11800000000", "$", "more_than");
        reads("up to €50 million", "50000000", "EUR", "up_to");
        reads("$3,000,000", "3000000", "$", "exact");
    }

    @Test
    void notMoney() {
        assertThat(find("155mm shells, 40 tanks and the 18th package of 2 billion")).isEmpty();
        assertThat(find("costs $ and more")).isEmpty();
        assertThat(find("two billion people")).isEmpty();
        // a year and a code in two columns of a table, set apart by spaces
        assertThat(find("2023         NOK 7.5 billion")).singleElement().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("7500000000"));
    }

    @Test
    void twoSumsInOneSentenceAndTheirTokens() {
        String s = "worth 4.3 billion Swedish kroner ($418 million).";
        List<MoneyParser.Money> m = find(s);
        assertThat(m).hasSize(2);
        List<Token> t = Tokenizer.tokenize(s);
        assertThat(s.substring(t.get(m.get(0).from()).start(), t.get(m.get(0).to() - 1).end())).isEqualTo("4.3 billion Swedish kroner");
        assertThat(s.substring(t.get(m.get(1).from()).start(), t.get(m.get(1).to() - 1).end())).isEqualTo("$418 million");
    }

    @Test
    void crownsForintsAndLei() {
        reads("4 billion Czech crowns", "4000000000", "CZK", "exact");
        reads("more than 4 billion crowns", "4000000000", "kr", "more_than");
        reads("CZK 500 million", "500000000", "CZK", "exact");
        reads("2 billion koruna", "2000000000", "CZK", "exact");
        reads("10 billion forints", "10000000000", "HUF", "exact");
        reads("1.5 billion lei", "1500000000", "RON", "exact");
        assertThat(find("the crown jewels and 40 crowns of laurel")).extracting(MoneyParser.Money::currency).containsExactly("kr");
    }

    @Test
    void leva() {
        reads("more than 1 billion leva", "1000000000", "BGN", "more_than");
    }
}
