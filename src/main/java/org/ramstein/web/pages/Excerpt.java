package org.ramstein.web.pages;

import java.util.Set;

/**
 * A claim's evidence inside the words around it, as a reviewer reads it: the text before, the evidence (highlighted),
 * the text after. {@link #sentence} gives the sentence(s) holding the evidence, {@link #whole} the whole text.
 * {@code clippedStart}/{@code clippedEnd}: text was left out before or after (shown as "…"). {@code found} is false when
 * the evidence is not in the text at all: then only the evidence is shown, said as such.
 */
public record Excerpt(String before, String evidence, String after, boolean clippedStart, boolean clippedEnd, boolean found) {

    /** At most this many characters of a very long sentence are shown on each side of the evidence. */
    static final int MAX_SIDE = 320;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
            "st", "no", "nos", "vs", "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "govt", "dept", "min", "pres", "sen", "rep", "fig", "e.g", "i.e", "cf");

    /** The sentence(s) of {@code text} holding the evidence: from the start of the first to the end of the last. */
    public static Excerpt sentence(String text, String evidence, Integer start, Integer end) {
        int at = locate(text, evidence, start, end);
        if (at < 0) return new Excerpt("", evidence == null ? "" : evidence, "", false, false, false);
        int to = at + evidence.length();
        int from = sentenceStart(text, at);
        int until = sentenceEnd(text, to);
        boolean clipStart = false;
        boolean clipEnd = false;
        if (at - from > MAX_SIDE) {
            from = wordAfter(text, at - MAX_SIDE);
            clipStart = true;
        }
        if (until - to > MAX_SIDE) {
            until = wordBefore(text, to + MAX_SIDE);
            clipEnd = true;
        }
        return new Excerpt(squash(text.substring(from, at)), evidence, squash(text.substring(to, until)), clipStart, clipEnd, true);
    }

    /** The whole text with the evidence in its place (line breaks kept). */
    public static Excerpt whole(String text, String evidence, Integer start, Integer end) {
        int at = locate(text, evidence, start, end);
        if (at < 0) return new Excerpt(text == null ? "" : text.strip(), "", "", false, false, false);
        return new Excerpt(text.substring(0, at).stripLeading(), evidence, text.substring(at + evidence.length()).stripTrailing(), false, false, true);
    }

    /**
     * Where the evidence is: at its offsets when they hold exactly its words; else its occurrence nearest the given start
     * (an extractor counting characters differently, or the same words twice); -1 when the text does not contain it.
     */
    static int locate(String text, String evidence, Integer start, Integer end) {
        if (text == null || evidence == null || evidence.isEmpty()) return -1;
        if (start != null && start >= 0 && start + evidence.length() <= text.length() && text.startsWith(evidence, start)) return start;
        int best = -1;
        for (int i = text.indexOf(evidence); i >= 0; i = text.indexOf(evidence, i + 1)) {
            if (best < 0 || (start != null && Math.abs(i - start) < Math.abs(best - start))) best = i;
            if (start == null) break;
        }
        return best;
    }

    /** Where the sentence holding position {@code at} starts: after the previous sentence's end, or a blank line. */
    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAt(text, i)) return skipSpace(text, i + 1, at);
            if (Character.isWhitespace(c) && i > 0) {
                int p = i - 1;
                while (p >= 0 && isClosing(text.charAt(p))) p--;
                if (p >= 0 && endsSentence(text, p)) return skipSpace(text, i, at);
            }
        }
        return skipSpace(text, 0, at);
    }

    /** Where the sentence holding the character before {@code to} ends: after its full stop (and a closing quote), or at a blank line. */
    static int sentenceEnd(String text, int to) {
        if (to > 0 && endsSentence(text, to - 1) && (to == text.length() || Character.isWhitespace(text.charAt(to)) || isClosing(text.charAt(to)))) {
            int e = to;
            while (e < text.length() && isClosing(text.charAt(e))) e++;
            return e;
        }
        for (int i = to; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && blankLineAt(text, i)) return trimEnd(text, i, to);
            if (endsSentence(text, i)) {
                int e = i + 1;
                while (e < text.length() && isClosing(text.charAt(e))) e++;
                if (e == text.length() || Character.isWhitespace(text.charAt(e))) return e;
            }
        }
        return trimEnd(text, text.length(), to);
    }

    /** Whether the character at {@code i} ends a sentence: ! ?, or a full stop that is not an abbreviation's, an initial's or a decimal point's. */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?') return true;
        if (c != '.') return false;
        if (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) return false;
        int s = i;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, i);
        if (word.isEmpty()) return true;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial: "J. Smith"
        if (word.contains(".")) return false; // "U.S." — too often inside a sentence to split on
        return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»';
    }

    private static boolean blankLineAt(String text, int newline) {
        for (int j = newline - 1; j >= 0; j--) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) break;
        }
        for (int j = newline + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c)) break;
        }
        return false;
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int i, int floor) {
        while (i > floor && Character.isWhitespace(text.charAt(i - 1))) i--;
        return i;
    }

    private static int wordAfter(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) j++;
        return j < text.length() ? skipSpace(text, j, text.length()) : i;
    }

    private static int wordBefore(String text, int i) {
        int j = i;
        while (j > 0 && !Character.isWhitespace(text.charAt(j - 1))) j--;
        return j > 0 ? trimEnd(text, j, 0) : i;
    }

    /** Line breaks and runs of spaces inside a sentence read as one space. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
