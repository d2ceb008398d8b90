package org.ramstein.extract.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Numbers as news texts write them: digits ("40", "1.85"), digits with thousands separators ("1,550", "20 000") and
 * words ("Fourteen", "forty-five", "two hundred", "one thousand five hundred"). Pure.
 */
public final class NumberParser {
    private NumberParser() {
    }

    /**
     * A number found at a token: its value, its tokens {@code from}..{@code to} (exclusive), letters glued to its last
     * digits ("mm" in "155mm", "bn" in "2.5bn", "th" in "18th"), and whether it was written in words.
     */
    public record NumberMatch(BigDecimal value, int from, int to, String suffix, boolean words) {

        public boolean ordinal() {
            return suffix.equals("th") || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd");
        }

        public boolean plain() {
            return suffix.isEmpty();
        }
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
            "eighty", 80, "ninety", 90);
    static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

    public static boolean isNumberWord(String norm) {
        return SMALL.containsKey(norm) || TENS.containsKey(norm) || norm.equals("hundred") || SCALES.containsKey(norm) || norm.equals("dozen");
    }

    /** Words that open a fraction of a scale: "half a million", "a quarter of a million". */
    public static boolean opensFraction(String norm) {
        return norm.equals("half") || norm.equals("quarter");
    }

    /**
     * The tokens without the brackets in which legal and contract texts restate a number ("eighteen (18) CAESAR", "six
     * thousand (6,000) rounds", "30 (thirty) days"): the bracket repeats the value just written, so the number stands next
     * to its noun again. A bracket holding another value ("18 (of 24)") stays. Returns the same list where there is none.
     */
    public static List<Token> withoutRestatements(List<Token> tokens) {
        java.util.ArrayList<Token> out = null;
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int close = t.isPunct('(') && i > 0 ? restatementEnd(tokens, i) : -1;
            if (close < 0) {
                if (out != null) out.add(t);
                continue;
            }
            if (out == null) out = new java.util.ArrayList<>(tokens.subList(0, i));
            i = close;
        }
        return out == null ? tokens : out;
    }

    /** The index of the ")" closing a bracket at {@code open} that restates the number ending right before it, or -1. */
    private static int restatementEnd(List<Token> tokens, int open) {
        Token before = tokens.get(open - 1);
        if (!(before.startsWithDigit() || before.kind() == Token.Kind.WORD && isNumberWord(before.norm()))) return -1;
        int close = open + 1;
        while (close < tokens.size() && close <= open + 10 && !tokens.get(close).isPunct(')')) close++;
        if (close >= tokens.size() || close > open + 10 || close == open + 1) return -1;
        NumberMatch inside = at(tokens, open + 1, close);
        if (inside == null || inside.to() != close || !inside.plain()) return -1;
        for (int k = Math.max(0, open - 16); k < open; k++) {
            NumberMatch outside = at(tokens, k, open);
            if (outside != null && outside.to() == open && outside.plain()) {
                return outside.value().compareTo(inside.value()) == 0 && outside.words() != inside.words() ? close : -1;
            }
        }
        return -1;
    }

    /** A whole string as one number, in digits or in words; empty when it is not one. */
    public static Optional<BigDecimal> parse(String s) {
        if (s == null || s.isBlank()) return Optional.empty();
        List<Token> tokens = Tokenizer.tokenize(s);
        NumberMatch m = at(tokens, 0, tokens.size());
        if (m == null || m.to() != tokens.size() || !m.plain()) return Optional.empty();
        return Optional.of(m.value());
    }

    /** Number words ("forty-five", "Two hundred and twelve"); empty when the words are not exactly one number. */
    public static OptionalLong parseWords(String s) {
        List<Token> tokens = Tokenizer.tokenize(s);
        NumberMatch m = words(tokens, 0, tokens.size());
        return m == null || m.to() != tokens.size() ? OptionalLong.empty() : OptionalLong.of(m.value().longValueExact());
    }

    /** The number starting at token {@code i} (looking no further than {@code limit}), or null. */
    public static NumberMatch at(List<Token> tokens, int i, int limit) {
        if (i < 0 || i >= limit) return null;
        Token t = tokens.get(i);
        if (t.startsWithDigit()) return digits(tokens, i, limit);
        if (t.kind() == Token.Kind.WORD) return words(tokens, i, limit);
        return null;
    }

    private static int leadingDigits(String s) {
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
        return k;
    }

    private static boolean lettersOnly(String s) {
        for (int k = 0; k < s.length(); k++) if (!Character.isLetter(s.charAt(k))) return false;
        return true;
    }

    /**
     * "15.000 rounds", "1.200.000": groups of exactly three digits after dots, as continental texts and their translations
     * write thousands; not where a scale word follows ("1.250 billion") or the dots end in a decimal part. Returns the
     * token after the groups, or {@code k} where there are none.
     */
    private static final java.util.Set<String> SCALE_ABBREVIATIONS = java.util.Set.of("bn", "bln", "mn", "mln", "m", "b", "tn", "k", "mio", "mrd");

    private static int dotGroups(List<Token> tokens, int k, int limit, StringBuilder whole) {
        int q = k;
        while (q + 1 < limit && tokens.get(q).isPunct('.') && adjacent(tokens.get(q - 1), tokens.get(q)) && adjacent(tokens.get(q), tokens.get(q + 1))
                && tokens.get(q + 1).kind() == Token.Kind.NUMBER && tokens.get(q + 1).text().length() == 3) {
            q += 2;
        }
        if (q == k) return k;
        if (q < limit && tokens.get(q).kind() == Token.Kind.WORD && (SCALES.containsKey(tokens.get(q).norm()) || SCALE_ABBREVIATIONS.contains(tokens.get(q).norm()))) {
            return k;
        }
        if (q + 1 < limit && (tokens.get(q).isPunct('.') || tokens.get(q).isPunct(',') && !cents(tokens, q, limit)) && adjacent(tokens.get(q - 1), tokens.get(q))
                && adjacent(tokens.get(q), tokens.get(q + 1)) && tokens.get(q + 1).startsWithDigit()) return k;
        for (int g = k + 1; g < q; g += 2) whole.append(tokens.get(g).text());
        return q;
    }

    private static boolean adjacent(Token a, Token b) {
        return a.end() == b.start();
    }

    private static NumberMatch digits(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        int lead = leadingDigits(t.text());
        String suffix = t.text().substring(lead);
        if (!lettersOnly(suffix)) return null; // "2A6" is a model code, not a number
        StringBuilder whole = new StringBuilder(t.text().substring(0, lead));
        int j = i + 1;
        boolean dotted = false; // "400.000.000,00": thousands set apart by dots, so a comma sets off the decimals
        if (suffix.isEmpty() && lead <= 3) {
            // 1,550 / 1,000,000: comma groups of exactly three digits, written without spaces (20'000: the Swiss apostrophe;
            // 977_000_000: the underscore of data files and code)
            int k = j;
            boolean grouped = false;
            while (k + 1 < limit && (tokens.get(k).isPunct(',') || tokens.get(k).isPunct('\'') || tokens.get(k).isPunct('\u2019') || tokens.get(k).isPunct('_'))
                    && adjacent(tokens.get(k - 1), tokens.get(k))
                    && adjacent(tokens.get(k), tokens.get(k + 1)) && threeDigits(tokens.get(k + 1))) {
                whole.append(tokens.get(k + 1).text(), 0, 3);
                suffix = tokens.get(k + 1).text().substring(3);
                k += 2;
                grouped = true;
                if (!suffix.isEmpty()) break;
            }
            if (!grouped) {
                // 20 000: groups of exactly three digits after one space
                while (k < limit && tokens.get(k).kind() == Token.Kind.NUMBER && tokens.get(k).text().length() == 3
                        && tokens.get(k).start() - tokens.get(k - 1).end() == 1) {
                    whole.append(tokens.get(k).text());
                    k++;
                }
            }
            if (!grouped && k == j && !whole.toString().equals("0")) {
                k = dotGroups(tokens, k, limit, whole);
                dotted = k > j;
            }
            j = k;
        }
        String fraction = "";
        if (suffix.isEmpty() && j + 1 < limit && (tokens.get(j).isPunct('.') || j == i + 1 && decimalComma(tokens, j, limit) || dotted && cents(tokens, j, limit))
                && adjacent(tokens.get(j - 1), tokens.get(j)) && adjacent(tokens.get(j), tokens.get(j + 1)) && tokens.get(j + 1).startsWithDigit()) {
            Token f = tokens.get(j + 1);
            int fl = leadingDigits(f.text());
            String fs = f.text().substring(fl);
            if (lettersOnly(fs)) {
                fraction = f.text().substring(0, fl);
                suffix = fs;
                j += 2;
            }
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole.toString() : whole + "." + fraction);
        if (dotted && !fraction.isEmpty()) { // "1.250.000,00": no cents
            BigDecimal v = value.stripTrailingZeros();
            value = v.scale() < 0 ? v.setScale(0) : v;
        }
        // "10k rounds", "1.2k mines", "500k+ shells": thousands
        if (suffix.equals("k") || suffix.equals("K")) {
            BigDecimal v = value.multiply(BigDecimal.valueOf(1000)).stripTrailingZeros();
            value = v.scale() < 0 ? v.setScale(0) : v;
            suffix = "";
        }
        // "1.5 million", "20 thousand": a scale word after the digits
        if (suffix.isEmpty() && j < limit && tokens.get(j).kind() == Token.Kind.WORD && SCALES.containsKey(tokens.get(j).norm())
                && tokens.get(j).start() - tokens.get(j - 1).end() == 1) {
            value = value.multiply(BigDecimal.valueOf(SCALES.get(tokens.get(j).norm())));
            BigDecimal v = value.stripTrailingZeros();
            value = v.scale() < 0 ? v.setScale(0) : v;
            j++;
        }
        return new NumberMatch(value, i, j, suffix, false);
    }

    /**
     * "7,1 Mrd.", "EUR 2,5 billion": a comma before one or two digits and a scale, as continental texts write a decimal
     * point; a comma before three digits groups thousands, and one before no scale separates numbers in a list.
     */
    private static boolean decimalComma(List<Token> tokens, int j, int limit) {
        if (!tokens.get(j).isPunct(',') || j + 1 >= limit) return false;
        Token f = tokens.get(j + 1);
        int fl = leadingDigits(f.text());
        if (fl < 1 || fl > 2) return false;
        String glued = f.text().substring(fl).toLowerCase(java.util.Locale.ROOT);
        if (!glued.isEmpty()) return SCALE_ABBREVIATIONS.contains(glued);
        if (j + 2 >= limit || tokens.get(j + 2).kind() != Token.Kind.WORD || tokens.get(j + 2).start() - f.end() != 1) return false;
        String next = tokens.get(j + 2).norm();
        return SCALES.containsKey(next) || SCALE_ABBREVIATIONS.contains(next) && !next.equals("m") && !next.equals("b") && !next.equals("k");
    }

    /**
     * "400.000.000,00", "12.500,5": after thousands set apart by dots, a comma before one or two digits (and no further group)
     * is the decimal comma.
     */
    private static boolean cents(List<Token> tokens, int j, int limit) {
        if (!tokens.get(j).isPunct(',') || j + 1 >= limit) return false;
        Token f = tokens.get(j + 1);
        if (f.kind() != Token.Kind.NUMBER || f.text().length() > 2) return false;
        return j + 2 >= limit || !(adjacent(f, tokens.get(j + 2)) && (tokens.get(j + 2).isPunct(',') || tokens.get(j + 2).isPunct('.'))
                && j + 3 < limit && tokens.get(j + 3).startsWithDigit());
    }

    private static boolean threeDigits(Token t) {
        String s = t.text();
        return s.length() >= 3 && leadingDigits(s) == 3 && lettersOnly(s.substring(3));
    }

    /** Number words: units, teens and tens, "hundred", and scales; hyphens between tens and units; "and" after hundred. */
    /**
     * "half a million", "a quarter of a million", "three quarters of a billion": a fraction of a scale word; null if the
     * words at {@code i} are none.
     */
    private static NumberMatch fractionOfAScale(List<Token> tokens, int i, int limit) {
        int k = i;
        long numerator = 1;
        long denominator;
        if (tokens.get(k).is("a") || tokens.get(k).is("one")) k++;
        else if (SMALL.containsKey(tokens.get(k).norm()) && SMALL.get(tokens.get(k).norm()) >= 2 && SMALL.get(tokens.get(k).norm()) <= 3) {
            numerator = SMALL.get(tokens.get(k).norm());
            k++;
        }
        if (k >= limit) return null;
        String f = tokens.get(k).norm();
        if (f.equals("half") && numerator == 1) denominator = 2;
        else if (f.equals("quarter") && numerator == 1 || f.equals("quarters") && numerator == 3) denominator = 4;
        else return null;
        k++;
        if (k < limit && tokens.get(k).is("of")) k++;
        if (k + 1 >= limit || !tokens.get(k).is("a") || !SCALES.containsKey(tokens.get(k + 1).norm())) return null;
        long scale = SCALES.get(tokens.get(k + 1).norm());
        return new NumberMatch(BigDecimal.valueOf(scale * numerator / denominator), i, k + 2, "", true);
    }

    private static NumberMatch words(List<Token> tokens, int i, int limit) {
        NumberMatch fraction = fractionOfAScale(tokens, i, limit);
        if (fraction != null) return fraction;
        long total = 0;
        long group = 0;
        int last = 0; // 0 start, 1 unit, 2 teen or zero, 3 tens, 4 hundred, 5 scale
        long lastScale = Long.MAX_VALUE;
        int j = i;
        int end = i;
        boolean any = false;
        while (j < limit) {
            Token t = tokens.get(j);
            if (t.kind() == Token.Kind.PUNCT) {
                // "forty-five": a hyphen straight after tens and before a unit
                if (t.isPunct('-') && last == 3 && j + 1 < limit && adjacent(tokens.get(j - 1), t) && adjacent(t, tokens.get(j + 1))) {
                    Integer u = SMALL.get(tokens.get(j + 1).norm());
                    if (u != null && u >= 1 && u <= 9) {
                        j++;
                        continue;
                    }
                }
                break;
            }
            if (t.kind() != Token.Kind.WORD) break;
            String w = t.norm();
            if (w.equals("and") && (last == 4 || last == 5) && j + 1 < limit) {
                String nx = tokens.get(j + 1).norm();
                if (SMALL.containsKey(nx) || TENS.containsKey(nx)) {
                    j++;
                    continue;
                }
                break;
            }
            Integer small = SMALL.get(w);
            // "a million rounds", "a hundred tanks": "a" before a scale is one
            if (j == i && w.equals("a") && j + 1 < limit && (SCALES.containsKey(tokens.get(j + 1).norm()) || tokens.get(j + 1).is("hundred")))
                small = 1;
            Integer tens = TENS.get(w);
            if (small != null) {
                if (small == 0) {
                    if (any) break;
                    group = 0;
                    last = 2;
                    any = true;
                    end = ++j;
                    break;
                }
                if (small <= 9) {
                    if (last == 1 || last == 2) break;
                    group += small;
                    last = 1;
                } else {
                    if (last == 1 || last == 2 || last == 3) break;
                    group += small;
                    last = 2;
                }
            } else if (tens != null) {
                if (last == 1 || last == 2 || last == 3) break;
                group += tens;
                last = 3;
            } else if (w.equals("dozen") && (last == 1 || last == 2) && group < 100) {
                group *= 12; // "two dozen Gepards"
                last = 4;
            } else if (w.equals("hundred")) {
                if (last != 1 || group % 100 == 0 && group >= 100) break;
                if (group >= 10) break;
                group *= 100;
                last = 4;
            } else if (SCALES.containsKey(w)) {
                long scale = SCALES.get(w);
                if (last == 0 || last == 5 || scale >= lastScale) break;
                total += group * scale;
                group = 0;
                lastScale = scale;
                last = 5;
            } else {
                break;
            }
            any = true;
            end = ++j;
        }
        if (!any) return null;
        return new NumberMatch(BigDecimal.valueOf(total + group), i, end, "", true);
    }
}
