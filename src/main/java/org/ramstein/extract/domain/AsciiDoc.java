package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an AsciiDoc document, as a reader of the rendered page sees it: titles, paragraphs and list items as lines,
 * admonition labels ("NOTE:"), attribute entries, block attributes, anchors, comments, footnotes and block delimiters
 * dropped, emphasis and links reduced to their words; a table ("|===", cells on one line or one a line; ",===" and
 * ":===" for delimited data) becomes a pipe table under its header row. Pure.
 */
public final class AsciiDoc {
    private AsciiDoc() {
    }

    private static final Pattern SECTION_TITLE = Pattern.compile("^(={1,6}|#{1,6})\\s+(\\S.*?)\\s*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?[\\w-]+!?:.*$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile("^\\[.*]$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^.\\s].*)$");
    private static final Pattern DELIMITER = Pattern.compile("^(={4,}|-{4,}|\\.{4,}|\\*{4,}|_{4,}|\\+{4,}|--)$");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("^/{4,}$");
    private static final Pattern BLOCK_MACRO = Pattern.compile("^(image|include|video|audio|toc|ifdef|ifndef|endif|ifeval)::.*$");
    private static final Pattern ADMONITION = Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\\s+");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(\\*{1,5}|\\.{1,5}|-)\\s+");
    private static final Pattern DESCRIPTION = Pattern.compile("^(\\S[^:]*?):{2,4}(?:\\s+(.*))?$");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^([|,:!])===$");
    private static final Pattern COLS = Pattern.compile("cols=\"?([^\"\\]]*)\"?");
    private static final Pattern HEADER_OPTION = Pattern.compile("options=\"?[^\"\\]]*header|%header");
    private static final Pattern NO_HEADER_OPTION = Pattern.compile("options=\"?[^\"\\]]*noheader|%noheader");
    /** A cell's spec written before its bar ("2+|Total", "a|", ".2+^|"): how it spans or is styled, no text. */
    private static final Pattern CELL_SPEC = Pattern.compile("(?:^|\\s)(?:\\d*\\.?\\d+\\+|\\d+\\*)?[<^>]?(?:\\.[<^>])?[adehlmsv]?$");

    private static final Pattern COLUMN_SPAN = Pattern.compile("(?<![.\\d])(\\d+)\\+");
    private static final Pattern REPEATED_COLUMNS = Pattern.compile("^(\\d+)\\*");

    private static final Pattern FOOTNOTE = Pattern.compile("footnote(?:ref)?:[\\w-]*\\[(?:[^\\]\\\\]|\\\\.)*]");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<([^>,]*)(?:,\\s*([^>]*))?>>");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[[^\\]]*]]|\\[#[\\w-]+]");
    private static final Pattern URL_LINK = Pattern.compile("(?:link:)?((?:https?|mailto|ftp)://?[^\\s\\[]+|link:[^\\s\\[]+)\\[([^\\]]*)]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__|##)(?=\\S)(.+?)(?<=\\S)\\1|(?<![\\w*_#`])([*_#`+])(?=\\S)(.+?)(?<=\\S)\\3(?![\\w*_#`])");
    private static final Pattern HARD_BREAK = Pattern.compile("\\s\\+$");

    /** The text of an AsciiDoc document. */
    public static String text(String adoc) {
        String[] lines = adoc.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(adoc.length());
        String attributes = "";
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (COMMENT_BLOCK.matcher(line).matches()) {
                inComment = !inComment;
                continue;
            }
            if (inComment || line.startsWith("//")) continue;
            Matcher table = TABLE_DELIMITER.matcher(line);
            if (table.matches()) {
                int end = i + 1;
                while (end < lines.length && !lines[end].strip().equals(line)) end++;
                out.append('\n').append(table(List.of(lines).subList(i + 1, Math.min(end, lines.length)), table.group(1).charAt(0), attributes)).append('\n');
                attributes = "";
                i = end;
                continue;
            }
            if (BLOCK_ATTRIBUTES.matcher(line).matches()) {
                attributes = line;
                continue;
            }
            if (ATTRIBUTE_ENTRY.matcher(line).matches() || DELIMITER.matcher(line).matches() || BLOCK_MACRO.matcher(line).matches()) continue;
            if (line.isEmpty()) attributes = "";
            Matcher title = SECTION_TITLE.matcher(line);
            Matcher blockTitle = BLOCK_TITLE.matcher(line);
            if (title.matches()) {
                line = title.group(2);
            } else if (blockTitle.matches()) {
                line = blockTitle.group(1);
            } else {
                line = ADMONITION.matcher(line).replaceFirst("");
                Matcher item = LIST_MARK.matcher(line);
                if (item.lookingAt()) line = "- " + line.substring(item.end());
                Matcher term = DESCRIPTION.matcher(line);
                if (term.matches()) line = term.group(1) + ":" + (term.group(2) == null ? "" : " " + term.group(2));
            }
            out.append(inline(HARD_BREAK.matcher(line).replaceFirst(""))).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** A line's words: footnotes, anchors and cross-references' targets dropped, links and emphasis reduced to their text. */
    static String inline(String line) {
        String s = FOOTNOTE.matcher(line).replaceAll("");
        s = ANCHOR.matcher(s).replaceAll("");
        s = CROSS_REFERENCE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        s = URL_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).isBlank() ? m.group(1) : m.group(2)));
        for (int pass = 0; pass < 2; pass++) { // "*_nested_*"
            s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(4)));
        }
        return Markup.decodeEntities(s.replace("{nbsp}", " ")); // "&#8364;", "&amp;": character references as HTML writes them
    }

    /**
     * A table's lines as a pipe table. Its columns are counted by its "cols" attribute, else by the cells of its first line;
     * its first row is the header when the attributes say so, or when that row stands on one line followed by a blank one
     * (AsciiDoc's implicit header); a table without one gets the columns' numbers as its header.
     */
    private static String table(List<String> lines, char delimiter, String attributes) {
        List<String> cells = new ArrayList<>();
        int firstLineCells = -1;
        boolean implicitHeader = false;
        if (delimiter == '|' || delimiter == '!') {
            boolean cellOpen = false;
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k).strip();
                if (line.isEmpty()) continue;
                int bar = line.indexOf(delimiter);
                String before = bar < 0 ? line : line.substring(0, bar);
                if (bar < 0 || !CELL_SPEC.matcher(before).matches()) {
                    // a cell's text going on over lines
                    if (cellOpen) cells.set(cells.size() - 1, (cells.get(cells.size() - 1) + " " + (bar < 0 ? line : before)).strip());
                    if (bar < 0) continue;
                }
                String[] parts = line.substring(bar + 1).split(Pattern.quote(String.valueOf(delimiter)), -1);
                int span = columnSpan(before);
                for (int p = 0; p < parts.length; p++) {
                    String cell = parts[p];
                    int nextSpan = 1;
                    if (p + 1 < parts.length) { // the next cell's spec
                        Matcher spec = CELL_SPEC.matcher(cell);
                        if (spec.find()) {
                            nextSpan = columnSpan(spec.group());
                            cell = cell.substring(0, spec.start());
                        }
                    }
                    cells.add(inline(cell.strip()));
                    for (int k2 = 1; k2 < span; k2++) cells.add(""); // a cell spanning columns, the others empty
                    span = nextSpan;
                }
                cellOpen = true;
                if (firstLineCells < 0) {
                    firstLineCells = parts.length;
                    implicitHeader = k + 1 < lines.size() && lines.get(k + 1).isBlank();
                }
            }
        } else {
            for (List<String> record : DelimitedTables.records(String.join("\n", lines), delimiter == ':' ? ':' : ',')) {
                if (firstLineCells < 0) firstLineCells = record.size();
                record.forEach(c -> cells.add(inline(c)));
            }
        }
        int columns = columnsOf(attributes, firstLineCells);
        if (columns <= 0 || cells.isEmpty()) return "";
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < cells.size(); c += columns) {
            List<String> row = new ArrayList<>(cells.subList(c, Math.min(cells.size(), c + columns)));
            while (row.size() < columns) row.add("");
            rows.add(row);
        }
        boolean header = !NO_HEADER_OPTION.matcher(attributes).find()
                && (HEADER_OPTION.matcher(attributes).find() || implicitHeader && firstLineCells == columns);
        List<String> head = header ? rows.remove(0) : new ArrayList<>();
        for (int c = head.size(); c < columns; c++) head.add("column " + (c + 1));
        return Markup.pipeTable(head, rows);
    }

    /** The columns a cell's spec says it spans: "2+" two; ".2+" spans rows, one column. */
    private static int columnSpan(String spec) {
        Matcher m = COLUMN_SPAN.matcher(spec.strip());
        return m.find() ? Math.min(Integer.parseInt(m.group(1)), 50) : 1;
    }

    /** "cols=\"2,3,1,2\"" is four columns, "cols=\"3*\"" three; without it, the cells of the table's first line. */
    private static int columnsOf(String attributes, int firstLineCells) {
        Matcher cols = COLS.matcher(attributes);
        if (!cols.find() || cols.group(1).isBlank()) return firstLineCells;
        String spec = cols.group(1).strip();
        Matcher repeat = REPEATED_COLUMNS.matcher(spec);
        if (repeat.find()) return Integer.parseInt(repeat.group(1));
        if (spec.matches("\\d+") && !spec.contains(",")) return Integer.parseInt(spec);
        return spec.split("[,;]").length;
    }
}
