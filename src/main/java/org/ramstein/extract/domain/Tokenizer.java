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
            if (isSpace(c)) {
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
        return out;
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
