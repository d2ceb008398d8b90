package org.ramstein.extract.domain;

import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of a Rich Text Format document (".rtf", as word processors and press offices save it): its paragraphs, a
 * blank line after each; its tables as pipe tables, the first row the header; characters written as code page bytes
 * ("\'f6"), as Unicode ("\u8212?") or by name ("\emdash", "\ldblquote"); a hyperlink as the words it shows. What a
 * reader never sees is left out: font and colour tables, the document's properties, pictures, field instructions and
 * every group marked "\*" as one a reader may skip.
 */
public final class RichText {

    private RichText() {
    }

    /** Groups whose content is no part of the text. */
    private static final Set<String> HIDDEN = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
            "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst", "listtable", "listoverridetable", "rsidtbl",
            "generator", "themedata", "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "filetbl", "revtbl", "pgdsctbl",
            "footnote", "annotation", "bkmkstart", "bkmkend", "nonshppict", "shppict", "template", "private");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("emdash", "\u2014"), Map.entry("endash", "\u2013"),
            Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"), Map.entry("ldblquote", "\u201C"), Map.entry("rdblquote", "\u201D"),
            Map.entry("bullet", "\u2022"), Map.entry("emspace", " "), Map.entry("enspace", " "), Map.entry("qmspace", " "), Map.entry("tab", "\t"),
            Map.entry("line", "\n"));

    /** What a group in force says: whether its content is hidden, and how many fallback characters follow a "\\u". */
    private record State(boolean hidden, int fallback) {
    }

    public static String text(String rtf) {
        Charset codePage = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder(rtf.length() / 2);
        StringBuilder paragraph = new StringBuilder();
        List<String> row = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        Deque<State> groups = new ArrayDeque<>();
        State state = new State(false, 1);
        boolean inTable = false;
        boolean groupStart = false; // the last thing read opened a group: a control word now may name a hidden one
        int skip = 0; // fallback characters still to skip after a "\\u"
        int n = rtf.length();
        for (int i = 0; i < n; i++) {
            char c = rtf.charAt(i);
            if (c == '{') {
                groups.push(state);
                groupStart = true;
                continue;
            }
            if (c == '}') {
                state = groups.isEmpty() ? state : groups.pop();
                groupStart = false;
                skip = 0;
                continue;
            }
            if (c == '\r' || c == '\n') continue;
            if (c != '\\') {
                groupStart = false;
                if (skip > 0) {
                    skip--;
                    continue;
                }
                if (!state.hidden()) paragraph.append(c);
                continue;
            }
            if (i + 1 >= n) break;
            char d = rtf.charAt(i + 1);
            if (d == '\'' && i + 3 < n) {
                // "\'f6": a byte of the document's code page
                i += 3;
                if (skip > 0) {
                    skip--;
                    continue;
                }
                int b = Character.digit(rtf.charAt(i - 1), 16) * 16 + Character.digit(rtf.charAt(i), 16);
                if (!state.hidden() && b >= 0) paragraph.append(new String(new byte[] {(byte) b}, codePage));
                groupStart = false;
                continue;
            }
            if (!Character.isLetter(d)) {
                i++;
                boolean opened = groupStart;
                groupStart = false;
                if (d == '*' && opened) state = new State(true, state.fallback()); // "{\*\generator ...}": a group to skip if unknown
                else if (state.hidden()) continue;
                else if (d == '~') paragraph.append(' ');
                else if (d == '_') paragraph.append('-');
                else if (d == '\\' || d == '{' || d == '}') paragraph.append(d);
                else if (d == '\n' || d == '\r') inTable = endParagraph(out, paragraph, table, inTable);
                continue;
            }
            // a control word, its number, and the one space that ends it
            int w = i + 1;
            while (w < n && Character.isLetter(rtf.charAt(w))) w++;
            String word = rtf.substring(i + 1, w);
            int p = w;
            if (p < n && (rtf.charAt(p) == '-' || Character.isDigit(rtf.charAt(p)))) {
                p++;
                while (p < n && Character.isDigit(rtf.charAt(p))) p++;
            }
            Integer number = p > w && !(p == w + 1 && rtf.charAt(w) == '-') ? Integer.valueOf(rtf.substring(w, p)) : null;
            i = p < n && rtf.charAt(p) == ' ' ? p : p - 1;
            boolean opened = groupStart;
            groupStart = false;
            if (opened && HIDDEN.contains(word)) {
                state = new State(true, state.fallback());
                continue;
            }
            switch (word) {
                case "ansicpg" -> codePage = codePage(number, codePage);
                case "uc" -> state = new State(state.hidden(), number == null ? 1 : number);
                case "u" -> {
                    if (number != null && !state.hidden()) paragraph.append((char) (number < 0 ? number + 65536 : number));
                    skip = state.fallback();
                }
                case "par", "sect", "page" -> {
                    if (!state.hidden()) inTable = endParagraph(out, paragraph, table, inTable);
                }
                case "intbl" -> inTable = true;
                case "cell" -> {
                    if (!state.hidden()) {
                        row.add(paragraph.toString().replaceAll("\\s+", " ").strip());
                        paragraph.setLength(0);
                    }
                }
                case "row" -> {
                    if (!row.isEmpty()) table.add(new ArrayList<>(row));
                    row.clear();
                    inTable = true;
                }
                case "pard" -> {
                    // a paragraph outside the table ends it
                    if (inTable && paragraph.toString().isBlank() && !table.isEmpty() && !tableParagraphFollows(rtf, i + 1)) {
                        inTable = endParagraph(out, paragraph, table, false);
                    }
                }
                default -> {
                    String named = NAMED.get(word);
                    if (named != null && !state.hidden()) paragraph.append(named);
                }
            }
        }
        endParagraph(out, paragraph, table, false);
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    /** Whether the paragraph that a "\pard" at {@code from} opens is a table's ("\pard\intbl"). */
    private static boolean tableParagraphFollows(String rtf, int from) {
        int end = Math.min(rtf.length(), from + 80);
        int at = rtf.indexOf("\\intbl", from);
        return at >= 0 && at < end && rtf.substring(from, at).indexOf(' ') < 0;
    }

    /** Writes the paragraph read, and a table whose last row came before it; returns whether a table is still open. */
    private static boolean endParagraph(StringBuilder out, StringBuilder paragraph, List<List<String>> table, boolean inTable) {
        if (!inTable && !table.isEmpty()) {
            out.append('\n').append(Markup.pipeTable(table.get(0), table.subList(1, table.size()))).append('\n');
            table.clear();
        }
        String p = paragraph.toString().replaceAll("[ \\t]+", " ").strip();
        paragraph.setLength(0);
        if (!p.isEmpty()) out.append(p).append("\n\n");
        return inTable;
    }

    private static Charset codePage(Integer number, Charset otherwise) {
        if (number == null) return otherwise;
        try {
            return Charset.forName(number == 65001 ? "UTF-8" : "windows-" + number);
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
