package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks a text keys to a status ("✅ = delivered · ⏳ = pledged or in transit · ❌ = refused"), and the kind each
 * line that opens with one of them has: a post that marks its lines says what each is, whatever verb the line lacks.
 * A key is a line with two such pairs or more, or one written with "="; its marks are symbols, never letters or
 * digits, and its words a status. Pure.
 */
final class StatusMarks {
    /** The status of a line whose mark says nothing was given. */
    static final String REFUSED = "refused";
    static final StatusMarks NONE = new StatusMarks("", List.of(), List.of());

    private static final String DELIVERED = "delivered|arrived|received|handed over|in service|in ukraine|in transit|on the way|shipped";
    private static final String PROMISED = "pledged|promised|announced|committed|pending|planned|expected|ordered|approved";
    private static final String DENIED = "refused|declined|rejected|withdrawn|cancelled|canceled|not approved|denied";
    /** A mark (one to three symbols, a variation selector among them), what parts it from its word, and the word. */
    private static final Pattern PAIR = Pattern.compile("([\\p{So}\\p{Sm}\\p{Sk}\\u2190-\\u2BFF\\uFE0F\\u200D&&[^=<>+|~^`]]{1,3})[`'\"\u201D]?\\s*([=:\u2013\u2014-]?)\\s*("
            + DELIVERED + "|" + PROMISED + "|" + DENIED + ")\\b", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final List<String> marks;
    private final List<String> kinds;

    private StatusMarks(String text, List<String> marks, List<String> kinds) {
        this.text = text;
        this.marks = marks;
        this.kinds = kinds;
    }

    /** The key a text gives its marks; {@link #NONE} where it gives none. */
    static StatusMarks of(String text) {
        if (!hasSymbol(text)) return NONE;
        List<String> marks = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = PAIR.matcher(line);
            List<String[]> pairs = new ArrayList<>();
            boolean equals = false;
            while (m.find()) {
                pairs.add(new String[] {m.group(1).replace("\uFE0F", ""), kindOf(m.group(3).toLowerCase(Locale.ROOT))});
                equals |= m.group(2).equals("=");
            }
            if (pairs.size() < 2 && !(pairs.size() == 1 && equals)) continue;
            for (String[] p : pairs) {
                if (marks.contains(p[0])) continue;
                marks.add(p[0]);
                kinds.add(p[1]);
            }
        }
        return marks.isEmpty() ? NONE : new StatusMarks(text, marks, kinds);
    }

    private static boolean hasSymbol(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x2190) return true;
        return false;
    }

    private static String kindOf(String word) {
        if (word.matches(DENIED)) return REFUSED;
        return word.matches(DELIVERED) ? Claim.DELIVERY : Claim.PLEDGE;
    }

    /**
     * The kind ({@link Claim#DELIVERY}, {@link Claim#PLEDGE} or {@link #REFUSED}) the mark opening the line of character
     * {@code at} gives it; null where the line opens with no mark of the key.
     */
    String kindAt(int at) {
        if (marks.isEmpty()) return null;
        int k = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '-' || text.charAt(k) == '*')) k++;
        String best = null;
        int longest = 0;
        for (int i = 0; i < marks.size(); i++) {
            String mark = marks.get(i);
            if (mark.length() > longest && text.startsWith(mark, k)) {
                best = kinds.get(i);
                longest = mark.length();
            }
        }
        if (best != null) return best;
        // "Germany ⇒ 🇺🇦 IRIS-T SLM ×1" under "`→` pledged · `⇒` delivered": an arrow of the key between giver and receiver
        int lineEnd = Math.min(at, text.length());
        int nearest = -1;
        for (int i = 0; i < marks.size(); i++) {
            String mark = marks.get(i);
            if (mark.length() != 1 || mark.charAt(0) < '\u2190' || mark.charAt(0) > '\u21FF') continue;
            int found = lineEnd - 1; // the nearest before the claim on its own line, never further back
            while (found >= k && text.charAt(found) != mark.charAt(0)) found--;
            if (found >= k && found > nearest) {
                nearest = found;
                best = kinds.get(i);
            }
        }
        return best;
    }
}
