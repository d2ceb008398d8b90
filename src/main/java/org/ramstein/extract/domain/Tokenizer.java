package org.ramstein.extract.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into runs of letters and digits and single punctuation characters, keeping offsets. A run glued from
 * two capitalised words ("GermanyThe", as texts copied from web pages have them) is split in two; the catalogue and
 * the donor names go through the same splitting, so names and texts always meet.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            // "Leopard~2A6", "EUR~100": LaTeX's tie, a space that does not break, between two words or numbers
            // "18¹ Leopard 2A6": a footnote's mark set above the line after a number or a word, no part of either
            if (isSpace(c) || c == '~' && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))
                    || isSuperscriptDigit(c) && i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || isSuperscriptDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i;
                boolean letters = false;
                boolean digits = false;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    if (Character.isDigit(text.charAt(j))) digits = true;
                    else letters = true;
                    j++;
                }
                addRun(out, text, i, j, letters, digits);
                i = j;
                continue;
            }
            out.add(new Token(i, i + 1, String.valueOf(c), String.valueOf(c), Token.Kind.PUNCT));
            i++;
        }
        return text.indexOf('-') < 0 ? out : rejoinedAtLineBreaks(out, text);
    }

    /**
     * A word a hard-wrapped text split at the end of a line ("Ar-" / "cher", "pro-" / "mised") is one word again: letters,
     * a hyphen ending the line, and a lower-case word starting the next. The token spans both parts, so a quote of it is
     * still the text's own; its text and norm are the word without the hyphen. A hyphen before a capital ("IRIS-" / "T")
     * is the name's own and stays.
     */
    private static List<Token> rejoinedAtLineBreaks(List<Token> tokens, String text) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 2 < tokens.size() && t.kind() == Token.Kind.WORD && tokens.get(i + 1).isPunct('-') && tokens.get(i + 1).start() == t.end()) {
                Token rest = tokens.get(i + 2);
                if (rest.kind() == Token.Kind.WORD && Character.isLowerCase(rest.text().charAt(0)) && onlyALineBreak(text, tokens.get(i + 1).end(), rest.start())) {
                    if (out == null) out = new ArrayList<>(tokens.subList(0, i));
                    String word = t.text() + rest.text();
                    out.add(new Token(t.start(), rest.end(), word, fold(word), Token.Kind.WORD));
                    i += 2;
                    continue;
                }
            }
            if (out != null) out.add(t);
        }
        return out == null ? tokens : out;
    }

    private static boolean isSuperscriptDigit(char c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || c >= '\u2074' && c <= '\u2079';
    }

    private static boolean onlyALineBreak(String text, int from, int to) {
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') breaks++;
            else if (!isSpace(c)) return false;
        }
        return breaks == 1;
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\uFEFF';
    }

    private static void addRun(List<Token> out, String text, int from, int to, boolean letters, boolean digits) {
        if (letters && !digits) {
            // "GermanyThe": a lower-case letter, then a capitalised word of at least two letters, the left part at least four
            for (int k = from + 4; k < to - 1; k++) {
                if (Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k + 1))) {
                    add(out, text, from, k, Token.Kind.WORD);
                    addRun(out, text, k, to, true, false);
                    return;
                }
            }
        }
        add(out, text, from, to, digits ? (letters ? Token.Kind.ALNUM : Token.Kind.NUMBER) : Token.Kind.WORD);
    }

    private static void add(List<Token> out, String text, int from, int to, Token.Kind kind) {
        String t = text.substring(from, to);
        out.add(new Token(from, to, t, fold(t), kind));
    }

    /** Lower case without accents: "Büffel" → "buffel". */
    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The word-like tokens of a name, folded: "MiG-29s" → [mig, 29s]. */
    public static List<String> words(String name) {
        List<String> w = new ArrayList<>();
        for (Token t : tokenize(name)) if (t.isWordLike()) w.add(t.norm());
        return w;
    }
}
