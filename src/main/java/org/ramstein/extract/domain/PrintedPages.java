package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as it comes off printed pages (a scan's recognised text, a PDF copied out): pages set apart by form feeds, each
 * under a running head or over a running foot ("Our reference BS2024018817    Page 2 of 4"), words broken at a line's
 * end ("deliv-" / "ered"), ligatures as single characters ("\uFB01ghter"). Read as the text the pages print: the running
 * heads, feet and page numbers gone, a sentence that runs over a page break joined, broken words whole, ligatures as
 * their letters.
 */
public final class PrintedPages {

    private PrintedPages() {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^\\s*(-\\s*\\d{1,4}\\s*-|page\\s+\\d{1,4}(\\s+of\\s+\\d{1,4})?|\\d{1,4}(\\s*/\\s*\\d{1,4})?)\\s*$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Words that stay joined by their hyphen when a line breaks there: "self-propelled", "full-scale", "anti-tank". */
    private static final Set<String> COMPOUND_FIRST = Set.of("self", "full", "long", "short", "medium", "air", "anti", "non", "multi", "counter",
            "co", "ex", "well", "high", "low", "mid", "pre", "post", "semi", "one", "two", "three", "four", "five", "six", "ten", "first",
            "second", "third", "large", "small", "wide", "all", "cross", "ground", "surface", "man", "mine", "main", "so", "re", "year",
            "state", "cost", "time", "battle", "short-range", "long-range", "fire", "follow", "half", "quarter", "multi-year", "up");
    private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB06]");
    private static final Map<Character, String> LIGATURE_LETTERS = Map.of('\uFB00', "ff", '\uFB01', "fi", '\uFB02', "fl", '\uFB03', "ffi",
            '\uFB04', "ffl", '\uFB05', "st", '\uFB06', "st");

    /** "\uFB01ghter" as "fighter": any text, whatever its source. */
    public static String withoutLigatures(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') return LIGATURES.matcher(s).replaceAll(m -> LIGATURE_LETTERS.get(m.group().charAt(0)));
        }
        return s;
    }

    /** Whether a text is pages: two or more set apart by form feeds. */
    public static boolean isPaged(String s) {
        return s.indexOf('\f') >= 0 && s.strip().indexOf('\f') >= 0;
    }

    /** The text of printed pages; broken words are joined in any text given. */
    public static String text(String s) {
        String laidOut = PageColumns.text(s);
        String t = isPaged(laidOut) ? joinPages(laidOut) : laidOut;
        return joinBrokenWords(t);
    }

    /** The pages without their running heads and feet, a page's last sentence running on into the next page. */
    private static String joinPages(String s) {
        String[] pages = s.split("\f", -1);
        List<List<String>> lines = new ArrayList<>();
        for (String p : pages) lines.add(new ArrayList<>(List.of(p.split("\n", -1))));
        // a line that opens (or closes) two pages or more, its numbers aside, is a running head (or foot)
        Map<String, Integer> heads = new HashMap<>();
        Map<String, Integer> feet = new HashMap<>();
        for (List<String> page : lines) {
            String head = firstText(page, true);
            String foot = firstText(page, false);
            if (head != null) heads.merge(shape(head), 1, Integer::sum);
            if (foot != null) feet.merge(shape(foot), 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (List<String> page : lines) {
            trim(page, heads, true);
            trim(page, feet, false);
            String text = String.join("\n", page).strip();
            if (text.isEmpty()) continue;
            if (out.isEmpty()) {
                out.append(text);
                continue;
            }
            // a page that ends mid-sentence runs on into the next one's first line, as one line
            char last = out.charAt(out.length() - 1);
            char first = text.charAt(0);
            boolean runsOn = ".:;!?\u201D\"|".indexOf(last) < 0 && (Character.isLowerCase(first) || Character.isDigit(first));
            out.append(runsOn ? " " : "\n\n").append(text);
        }
        return out.append('\n').toString();
    }

    private static String firstText(List<String> page, boolean fromTop) {
        for (int k = 0; k < page.size(); k++) {
            String l = page.get(fromTop ? k : page.size() - 1 - k);
            if (!l.isBlank()) return l;
        }
        return null;
    }

    /** Takes running heads (or feet) and page numbers off one end of a page. */
    private static void trim(List<String> page, Map<String, Integer> repeated, boolean top) {
        while (!page.isEmpty()) {
            int k = top ? 0 : page.size() - 1;
            String l = page.get(k);
            if (l.isBlank() || PAGE_NUMBER.matcher(l).matches() || repeated.getOrDefault(shape(l), 0) >= 2) page.remove(k);
            else break;
        }
    }

    private static String shape(String line) {
        return DIGITS.matcher(line.strip().replaceAll("\\s+", " ")).replaceAll("#");
    }

    /** "deliv-" over "ered" as "delivered"; "self-" over "propelled" keeps its hyphen. */
    static String joinBrokenWords(String s) {
        int at = s.indexOf("-\n");
        if (at < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        for (; at >= 0; at = s.indexOf("-\n", at + 1)) {
            if (at < from) continue;
            int w = at;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) w--;
            if (at - w < 2 || !Character.isLowerCase(s.charAt(at - 1))) continue;
            int k = at + 2;
            while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
            int r = k;
            while (r < s.length() && Character.isLetter(s.charAt(r))) r++;
            if (r - k < 2 || !Character.isLowerCase(s.charAt(k))) continue;
            if (r < s.length() && ",.;:)".indexOf(s.charAt(r)) >= 0) r++;
            boolean compound = COMPOUND_FIRST.contains(s.substring(w, at).toLowerCase(Locale.ROOT));
            // the rest of the word joins the line it began on; the line break follows it
            out.append(s, from, at).append(compound ? "-" : "").append(s, k, r).append('\n');
            from = r < s.length() && s.charAt(r) == ' ' ? r + 1 : r;
        }
        return out.append(s, from, s.length()).toString();
    }
}
