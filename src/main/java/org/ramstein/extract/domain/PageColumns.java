package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text set in two columns side by side, as a bulletin or a paper comes out of a PDF copied with its layout: each line
 * holds a line of the left column, a wide gap, and a line of the right column. Read line by line, the columns' sentences
 * interleave ("Poland has handed over a further 60 PT-91      Norway will contribute NOK 1.5 billion to"); read here as
 * its reader reads it, the left column of a block, then the right.
 *
 * <p>A block is laid out in columns when the gap starts its right half at one position line after line and both halves
 * read as prose: one gap a line, words on both sides, and lines that run on into the next line of their own column. A
 * table aligned with spaces has several gaps a line and no sentence running on, and is left as it is.
 */
public final class PageColumns {

    private PageColumns() {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Fewer lines than this with text on both sides are no column layout. */
    private static final int MIN_SHARED_LINES = 4;
    private static final int MIN_RUN_ONS = 2;

    /** The text with each block set in two columns read column by column; any other text as it is. Pages are laid out one by one. */
    public static String text(String s) {
        if (s.indexOf("   ") < 0) return s;
        if (s.indexOf('\f') >= 0) {
            String[] pages = s.split("\f", -1);
            for (int i = 0; i < pages.length; i++) pages[i] = page(pages[i]);
            return String.join("\f", pages);
        }
        return page(s);
    }

    private static String page(String s) {
        String[] lines = s.split("\n", -1);
        Integer column = rightColumn(lines);
        if (column == null) return s;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            int end = i;
            while (end < lines.length && fits(lines[end], column)) end++;
            if (end > i && laidOut(lines, i, end, column)) {
                appendColumns(out, lines, i, end, column);
                i = end;
            } else {
                int stop = Math.max(end, i + 1);
                for (int k = i; k < stop; k++) out.append(lines[k]).append('\n');
                i = stop;
            }
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    /** The position where most lines with one wide gap start their right half, if enough do. */
    private static Integer rightColumn(String[] lines) {
        Map<Integer, Integer> starts = null;
        for (String line : lines) {
            int start = onlyGapEnd(line);
            if (start < 0) continue;
            if (starts == null) starts = new HashMap<>();
            starts.merge(start, 1, Integer::sum);
        }
        if (starts == null) return null;
        return starts.entrySet().stream().filter(e -> e.getValue() >= MIN_SHARED_LINES)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Where the text after a line's one gap of three spaces or more starts, between words; -1 if it has none or several. */
    private static int onlyGapEnd(String line) {
        int found = -1;
        int n = line.length();
        int i = 0;
        while (i < n && line.charAt(i) == ' ') i++;
        while (i < n) {
            if (line.charAt(i) != ' ') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && line.charAt(j) == ' ') j++;
            if (j - i >= 3 && j < n) {
                if (found >= 0) return -1;
                found = j;
            }
            i = j;
        }
        return found;
    }

    /** Whether a line can belong to a block split at {@code column}: blank, all left of it, or with a gap of two spaces or more before it. */
    private static boolean fits(String line, int column) {
        if (line.isBlank() || line.stripTrailing().length() <= column - 2) return true;
        if (line.length() <= column) return false;
        return line.charAt(column - 1) == ' ' && line.charAt(column - 2) == ' ';
    }

    private static boolean laidOut(String[] lines, int from, int to, int column) {
        int shared = 0;
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (line.length() <= column) continue;
            String left = line.substring(0, column).strip();
            String right = line.substring(column).strip();
            if (left.isEmpty() || right.isEmpty()) continue;
            if (left.contains("   ") || right.contains("   ")) return false;
            if (WORD.matcher(left).results().count() >= 2 && WORD.matcher(right).results().count() >= 2) shared++;
        }
        if (shared < MIN_SHARED_LINES) return false;
        return runOns(half(lines, from, to, column, true)) + runOns(half(lines, from, to, column, false)) >= MIN_RUN_ONS;
    }

    private static List<String> half(String[] lines, int from, int to, int column, boolean left) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines[i];
            String part = left ? line.substring(0, Math.min(line.length(), column)) : line.length() > column ? line.substring(column) : "";
            out.add(part.strip());
        }
        return out;
    }

    /** Lines whose sentence goes on in the next line of the same column: no stop at its end, a small letter or a number opening the next. */
    private static int runOns(List<String> column) {
        int n = 0;
        for (int i = 0; i + 1 < column.size(); i++) {
            String line = column.get(i);
            String next = column.get(i + 1);
            if (line.isEmpty() || next.isEmpty()) continue;
            char last = line.charAt(line.length() - 1);
            char first = next.charAt(0);
            if (last != '.' && last != ':' && (Character.isLowerCase(first) || Character.isDigit(first))) n++;
        }
        return n;
    }

    private static void appendColumns(StringBuilder out, String[] lines, int from, int to, int column) {
        for (boolean left : new boolean[] {true, false}) {
            List<String> half = half(lines, from, to, column, left);
            while (!half.isEmpty() && half.get(half.size() - 1).isEmpty()) half.remove(half.size() - 1);
            while (!half.isEmpty() && half.get(0).isEmpty()) half.remove(0);
            for (String l : half) out.append(l).append('\n');
            out.append('\n');
        }
    }
}
