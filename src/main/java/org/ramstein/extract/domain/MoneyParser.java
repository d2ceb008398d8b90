package org.ramstein.extract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums of money as news texts write them: "$1.85 billion", "US$ 5m", "A$100 million", "€700 million", "EUR 1 billion",
 * "EUR1 billion", "£2.5bn", "4.3 billion Swedish kroner", "200-million-euro", "1 billion dollars". The value is in
 * units, the currency its ISO 4217 code; a bare "$" (or "dollars") is returned as "$", and crowns without a nation
 * ("kroner", "crowns") as "kr", for the caller to resolve from the donor. Pure.
 */
public final class MoneyParser {
    private MoneyParser() {
    }

    /** A sum: value, currency, qualifier, and its tokens ({@code qualifierFrom} ≤ {@code from} < {@code to}). */
    public record Money(BigDecimal value, String currency, String qualifier, int qualifierFrom, int from, int to) {
    }

    static final Map<String, String> CODES = Map.ofEntries(Map.entry("EUR", "EUR"), Map.entry("USD", "USD"), Map.entry("GBP", "GBP"),
            Map.entry("SEK", "SEK"), Map.entry("NOK", "NOK"), Map.entry("DKK", "DKK"), Map.entry("CAD", "CAD"), Map.entry("AUD", "AUD"),
            Map.entry("NZD", "NZD"), Map.entry("CHF", "CHF"), Map.entry("PLN", "PLN"), Map.entry("CZK", "CZK"), Map.entry("JPY", "JPY"),
            Map.entry("HUF", "HUF"),
            Map.entry("RON", "RON"), Map.entry("ISK", "ISK"), Map.entry("BGN", "BGN"));
    private static final Map<String, String> SYMBOL_PREFIX = Map.of("US", "USD", "U", "USD", "A", "AUD", "AU", "AUD", "C", "CAD", "CA", "CAD",
            "NZ", "NZD", "HK", "HKD");
    private static final Map<String, Long> SCALE_WORDS = Map.ofEntries(Map.entry("thousand", 1_000L), Map.entry("k", 1_000L),
            Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("m", 1_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("billions", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("b", 1_000_000_000L), Map.entry("bln", 1_000_000_000L),
            Map.entry("trillion", 1_000_000_000_000L), Map.entry("tn", 1_000_000_000_000L), Map.entry("mio", 1_000_000L),
            Map.entry("mrd", 1_000_000_000L));
    /** Scale words that may stand as a separate word ("5 m" is too rare and too ambiguous to read as millions). */
    private static final Set<String> SEPARATE_SCALES = Set.of("thousand", "million", "millions", "mn", "mln", "billion", "billions", "bn",
            "bln", "trillion", "tn", "mio", "mrd");
    /** Scale words written as abbreviations with a dot ("500 Mio. Euro", "7,1 Mrd. Euro"). */
    private static final Set<String> DOTTED_SCALES = Set.of("mio", "mrd", "mln", "bln");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollar", "$"), Map.entry("dollars", "$"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("kronor", "SEK"), Map.entry("krona", "SEK"), Map.entry("kroner", "kr"),
            Map.entry("krone", "kr"), Map.entry("crowns", "kr"), Map.entry("crown", "kr"), Map.entry("koruna", "CZK"),
            Map.entry("korunas", "CZK"), Map.entry("korun", "CZK"), Map.entry("forints", "HUF"), Map.entry("forint", "HUF"),
            Map.entry("lei", "RON"), Map.entry("leu", "RON"), Map.entry("leva", "BGN"), Map.entry("lev", "BGN"), Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("yen", "JPY"),
            Map.entry("francs", "CHF"));
    private static final Map<String, String> NATIONAL_DOLLARS = Map.of("us", "USD", "american", "USD", "canadian", "CAD",
            "australian", "AUD", "zealand", "NZD");
    /** "All amounts are in Canadian dollars", "figures in Australian dollars": what a bare "$" means throughout a text. */
    private static final java.util.regex.Pattern DOLLARS_DECLARED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:amounts|figures|sums|values|prices|numbers|totals)\\s+(?:are\\s+|is\\s+|given\\s+|shown\\s+|quoted\\s+|expressed\\s+)*in\\s+"
                    + "(us|u\\.s\\.|american|canadian|australian|new zealand)\\s+dollars");

    /** The ISO code a text declares its bare dollars to be ("All amounts are in Canadian dollars"), or null. */
    static String declaredDollar(String text) {
        java.util.regex.Matcher m = DOLLARS_DECLARED.matcher(text);
        if (!m.find()) return null;
        String nation = m.group(1).toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return NATIONAL_DOLLARS.get(nation.startsWith("new") ? "zealand" : nation);
    }

    private static final Map<String, String> NATIONAL_KRONER = Map.of("swedish", "SEK", "norwegian", "NOK", "danish", "DKK", "czech", "CZK",
            "icelandic", "ISK");

    /** Every sum of money in tokens {@code from}..{@code to}, left to right, none overlapping. */
    public static List<Money> find(List<Token> tokens, int from, int to) {
        List<Money> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Money m = at(tokens, i, from, to);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The sum starting at token {@code i} (its currency sign, code or number), or null. */
    public static Money at(List<Token> tokens, int i, int floor, int limit) {
        Token t = tokens.get(i);
        String currency = null;
        int numberAt = -1;
        int start = i;
        if (t.kind() == Token.Kind.PUNCT && "$€£¥".indexOf(t.text().charAt(0)) >= 0) {
            char c = t.text().charAt(0);
            currency = c == '$' ? "$" : c == '€' ? "EUR" : c == '£' ? "GBP" : "JPY";
            if (c == '$' && i > floor && tokens.get(i - 1).end() == t.start() && tokens.get(i - 1).kind() == Token.Kind.WORD) {
                String prefix = SYMBOL_PREFIX.get(tokens.get(i - 1).text());
                if (prefix != null) {
                    currency = prefix;
                    start = i - 1;
                }
            }
            // "U.S.$" is too rare to read; "US$" and "A$" are handled above
            numberAt = i + 1;
            if (numberAt < limit && tokens.get(numberAt).start() - t.end() > 1) return null;
        } else if (t.kind() == Token.Kind.WORD && CODES.containsKey(t.text())) {
            currency = CODES.get(t.text());
            numberAt = i + 1;
            if (numberAt < limit && tokens.get(numberAt).start() - t.end() > 1) return null;
        } else if (t.kind() == Token.Kind.ALNUM && t.text().length() > 3 && CODES.containsKey(t.text().substring(0, 3))
                && Character.isDigit(t.text().charAt(3))) {
            // "EUR1 billion": the code glued to the number
            return glued(tokens, i, floor, limit);
        }
        if (currency != null) {
            NumberParser.NumberMatch n = NumberParser.at(tokens, numberAt, limit);
            if (n == null || n.words()) return null;
            return scaled(tokens, n, currency, start, floor, limit, false);
        }
        if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm())) {
            if (i > floor && isCurrencySign(tokens.get(i - 1))) return null; // read from the sign
            NumberParser.NumberMatch n = NumberParser.at(tokens, i, limit);
            if (n == null) return null;
            return scaled(tokens, n, null, i, floor, limit, true);
        }
        return null;
    }

    private static boolean isCurrencySign(Token t) {
        return t.kind() == Token.Kind.PUNCT && "$€£¥".indexOf(t.text().charAt(0)) >= 0 || t.kind() == Token.Kind.WORD && CODES.containsKey(t.text());
    }

    private static Money glued(List<Token> tokens, int i, int floor, int limit) {
        Token t = tokens.get(i);
        String currency = CODES.get(t.text().substring(0, 3));
        String rest = t.text().substring(3);
        int lead = 0;
        while (lead < rest.length() && Character.isDigit(rest.charAt(lead))) lead++;
        String digits = rest.substring(0, lead);
        String suffix = rest.substring(lead);
        int j = i + 1;
        if (suffix.isEmpty() && j + 1 < limit && tokens.get(j).isPunct('.') && tokens.get(j).start() == t.end()
                && tokens.get(j + 1).start() == tokens.get(j).end() && tokens.get(j + 1).startsWithDigit()) {
            Token f = tokens.get(j + 1);
            int fl = 0;
            while (fl < f.text().length() && Character.isDigit(f.text().charAt(fl))) fl++;
            digits = digits + "." + f.text().substring(0, fl);
            suffix = f.text().substring(fl);
            j += 2;
        }
        for (int k = 0; k < suffix.length(); k++) if (!Character.isLetter(suffix.charAt(k))) return null;
        NumberParser.NumberMatch n = new NumberParser.NumberMatch(new BigDecimal(digits), i, j, suffix, false);
        return scaled(tokens, n, currency, i, floor, limit, false);
    }

    /** The number, its scale ("million", "bn", "m") and, when {@code currencyAfter}, the currency word after it. */
    private static Money scaled(List<Token> tokens, NumberParser.NumberMatch n, String currency, int start, int floor, int limit,
            boolean currencyAfter) {
        BigDecimal value = n.value();
        int j = n.to();
        String suffix = n.suffix().toLowerCase();
        if (!suffix.isEmpty()) {
            Long scale = SCALE_WORDS.get(suffix);
            if (scale == null) return null; // "155mm", "18th"
            value = value.multiply(BigDecimal.valueOf(scale));
        } else {
            int k = j;
            if (k < limit && tokens.get(k).isPunct('-') && tokens.get(k).start() == tokens.get(k - 1).end()) k++; // "200-million"
            // "€150 m": after a currency sign the lone letter is the scale too
            if (k < limit && tokens.get(k).kind() == Token.Kind.WORD && (SEPARATE_SCALES.contains(tokens.get(k).norm())
                    || currency != null && !currencyAfter && SCALE_WORDS.containsKey(tokens.get(k).norm()) && !tokens.get(k).capitalized())) {
                value = value.multiply(BigDecimal.valueOf(SCALE_WORDS.get(tokens.get(k).norm())));
                j = k + 1;
            }
        }
        if (currencyAfter) {
            int k = j;
            if (k + 1 < limit && DOTTED_SCALES.contains(tokens.get(k - 1).norm()) && tokens.get(k).isPunct('.') && tokens.get(k).start() == tokens.get(k - 1).end()) k++;
            if (k < limit && tokens.get(k).isPunct('-') && tokens.get(k).start() == tokens.get(k - 1).end()) k++; // "million-euro"
            String national = null;
            if (k < limit && tokens.get(k).kind() == Token.Kind.WORD && (NATIONAL_DOLLARS.containsKey(tokens.get(k).norm())
                    || NATIONAL_KRONER.containsKey(tokens.get(k).norm()) || tokens.get(k).is("new"))) {
                national = tokens.get(k).norm();
                k++;
                if ("new".equals(national) && k < limit && tokens.get(k).is("zealand")) {
                    national = "zealand";
                    k++;
                }
            } else if (k + 3 < limit && tokens.get(k).is("u") && tokens.get(k + 1).isPunct('.') && tokens.get(k + 2).is("s")
                    && tokens.get(k + 3).isPunct('.')) {
                national = "us";
                k += 4;
            }
            if (k >= limit) return null;
            // "2023         NOK 7.5 billion": a number and a code in two columns of a table, not one sum
            if (tokens.get(k).start() - tokens.get(k - 1).end() > 1) return null;
            Token w = tokens.get(k);
            String code = null;
            if (w.kind() == Token.Kind.WORD && CURRENCY_WORDS.containsKey(w.norm())) {
                code = CURRENCY_WORDS.get(w.norm());
                if (code.equals("$") && national != null) code = NATIONAL_DOLLARS.getOrDefault(national, "$");
                if (code.equals("kr") || code.equals("SEK")) {
                    if (national != null && NATIONAL_KRONER.containsKey(national)) code = NATIONAL_KRONER.get(national);
                }
            } else if (w.kind() == Token.Kind.WORD && CODES.containsKey(w.text()) && national == null) {
                code = CODES.get(w.text());
            }
            if (code == null) return null;
            currency = code;
            j = k + 1;
        }
        if (value.signum() <= 0) return null;
        QualifierRules.Found q = QualifierRules.before(tokens, start, floor);
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return new Money(v, currency, q.qualifier(), q.from(), start, j);
    }
}
