package org.ramstein.extract.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a heading declares for the bare numbers under it: "Table 4.1 Commitments per line (EUR million)", "Aid (€m)",
 * "in millions of euros". A number under such a heading is a sum: "Artillery ammunition ...... 350" is EUR 350 million.
 */
record DeclaredUnit(BigDecimal multiplier, String currency) {

    /** A bracket, or a closing "in ...", that holds a currency and a scale and nothing else. */
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*(?:in\\s+|figures\\s+in\\s+)?([^()]{1,30}?)\\s*\\)|\\bin\\s+([^(),.;:]{1,30}?)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CURRENCY_LAST = Pattern.compile("(?:^|[\\s_])([A-Za-z]{3}|[$\u20ac\u00a3])$");

    /** The unit a heading line declares, or null. */
    static DeclaredUnit of(String line) {
        Matcher m = BRACKETED.matcher(line.strip());
        DeclaredUnit found = null;
        while (m.find()) {
            String inner = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            DeclaredUnit u = unit(inner);
            if (u != null) found = u;
        }
        if (found != null) return found;
        // "value_eur", "Amount USD": a column's name ending in the currency its sums are in
        Matcher tail = CURRENCY_LAST.matcher(line.strip());
        return tail.find() ? unit(tail.group(1).toUpperCase(java.util.Locale.ROOT)) : null;
    }

    /** "EUR million", "€m", "million euros", "millions of euros", "NOK bn": a currency and a scale, read as a sum of one. */
    private static DeclaredUnit unit(String inner) {
        String words = inner.replaceAll("(?i)^millions of ", "million ").replaceAll("(?i)^billions of ", "billion ")
                .replaceAll("(?i)^thousands of ", "thousand ");
        int split = 0;
        while (split < words.length() && !Character.isWhitespace(words.charAt(split)) && !Character.isLetter(words.charAt(split))) split++;
        // the currency first ("EUR million", "€m", "US$ bn") or the scale first ("million euros")
        String[] readings = {
                split > 0 ? words.substring(0, split) + "1" + words.substring(split) : "",
                words.replaceFirst("^(\\S+)\\s+", "$1 1 "),
                "1 " + words};
        for (String reading : readings) {
            if (reading.isEmpty()) continue;
            List<Token> tokens = Tokenizer.tokenize(reading);
            List<MoneyParser.Money> sums = MoneyParser.find(tokens, 0, tokens.size());
            if (sums.size() != 1) continue;
            MoneyParser.Money sum = sums.get(0);
            if (sum.qualifierFrom() != 0 || sum.to() != tokens.size() || sum.value().compareTo(BigDecimal.ONE) < 0) continue;
            return new DeclaredUnit(sum.value(), sum.currency());
        }
        return null;
    }
}
