package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Plain text from HTML and Markdown, so the extractor reads what a reader reads. Claims' offsets refer to the text
 * these return. HTML: scripts, styles, comments and the head dropped; block elements end lines; list items start with
 * "- "; entities decoded. Markdown: headings, emphasis, links, images, inline code and quote markers reduced to their
 * text; list markers become "- ". HTML tables become Markdown pipe tables (the first row as header), so tables read alike
 * whichever way they came. Pure.
 */
public final class Markup {
    private Markup() {
    }

    /** Scripts, styles and the head. */
    /**
     * A page's navigation and its cookie notice; a list whose every item is a link and nothing else (menus, "Related",
     * "Most read"): other pages' headlines, not this page's text.
     */
    private static final Pattern NAVIGATION = Pattern.compile("(?is)<nav\\b[^>]*>.*?</nav\\s*>"
            + "|<(div|section|aside|p)\\b[^>]*\\b(?:class|id)\\s*=\\s*[\"'][^\"']*cookie[^\"']*[\"'][^>]*>.*?</\\1\\s*>");
    private static final Pattern LINK_LIST = Pattern.compile("(?is)<(ul|ol)\\b[^>]*>(?:\\s*<li\\b[^>]*>\\s*<a\\b[^>]*>[^<]*</a>\\s*</li>)+\\s*</\\1\\s*>");
    private static final Pattern DROP = Pattern.compile("(?is)<!--.*?-->|<(script|style|head|noscript|template|svg)\\b[^>]*>.*?</\\1\\s*>");
    /** Text struck out ("<del>3</del> <ins>4</ins>": the page says 4 now), in HTML and in HTML written into Markdown. */
    private static final Pattern STRUCK = Pattern.compile("(?is)<(del|s|strike)\\b[^>]*>.*?</\\1\\s*>");
    /** A footnote's mark set above the line ("18<sup>1</sup> Leopard 2A6"): read into the number it would change it ("181"). */
    private static final Pattern FOOTNOTE_SUP = Pattern.compile("(?i)<sup\\b[^>]*>\\s*(\\[?[0-9a-z*\u2020\u2021]{1,3}\\]?)\\s*</sup\\s*>");
    private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|br|h[1-6]|tr|table|ul|ol|li|section|article|header|footer|blockquote|"
            + "figure|figcaption|caption|pre|dd|dt|dl|hr|main|aside|nav|title)\\b[^>]*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** An element closed right where the next opens: "<span>18</span><span>Leopard 2A6</span>" are two words on a card. */
    private static final Pattern ADJACENT_ELEMENTS = Pattern.compile("(</[a-zA-Z][a-zA-Z0-9]*\\s*>)(?=<[a-zA-Z])");
    private static final Pattern TABLE = Pattern.compile("(?is)<table\\b[^>]*>(.*?)</table\\s*>");
    private static final Pattern ROW = Pattern.compile("(?is)<tr\\b[^>]*>(.*?)(?=</tr\\s*>|<tr\\b|$)");
    private static final Pattern CELL = Pattern.compile("(?is)<t([dh])\\b([^>]*)>(.*?)(?=</t[dh]\\s*>|<t[dh]\\b|$)");
    private static final Pattern ROWSPAN = Pattern.compile("(?i)\\browspan\\s*=\\s*[\"']?(\\d{1,3})");
    private static final Pattern COLSPAN = Pattern.compile("(?i)\\bcolspan\\s*=\\s*[\"']?(\\d{1,2})");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    /** The text of an HTML document. */
    public static String html(String html) {
        String s = DROP.matcher(html).replaceAll(" ");
        s = NAVIGATION.matcher(s).replaceAll(" ");
        s = LINK_LIST.matcher(s).replaceAll(" ");
        s = STRUCK.matcher(s).replaceAll(" ");
        s = FOOTNOTE_SUP.matcher(s).replaceAll(" ");
        s = pipeTables(s);
        s = LIST_ITEM.matcher(s).replaceAll("\n- ");
        s = BLOCK.matcher(s).replaceAll("\n");
        s = ADJACENT_ELEMENTS.matcher(s).replaceAll("$1 ");
        s = TAG.matcher(s).replaceAll("");
        s = decodeEntities(s);
        s = SPACES.matcher(s).replaceAll(" ");
        s = s.replaceAll(" *\\n *", "\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        return s.strip() + "\n";
    }

    /**
     * Each HTML table as "| a | b |" lines, a separator after its header; a pipe inside a cell becomes a slash. A cell
     * spanning rows ("rowspan", a donor's name beside each of its lines) is repeated in every row it spans, and one spanning
     * columns is followed by empty cells, so each value stays under its own header. A header of two rows of header cells
     * ("Units" over "Pledged" and "Delivered") is read as one: each column's words from top to bottom ("Units Pledged").
     */
    private static String pipeTables(String html) {
        Matcher t = TABLE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (t.find()) {
            List<List<String>> rows = new ArrayList<>(); // a cell spanning columns, then empty cells
            List<List<String>> spread = new ArrayList<>(); // a cell spanning columns in each of them: how a header reads
            List<Boolean> headerRows = new ArrayList<>();
            Map<Integer, String> spanText = new HashMap<>();
            Map<Integer, Integer> spanRows = new HashMap<>();
            Matcher r = ROW.matcher(t.group(1));
            while (r.find()) {
                Matcher c = CELL.matcher(r.group(1));
                List<String> row = new ArrayList<>();
                List<String> wide = new ArrayList<>();
                boolean allHeads = true;
                int cells = 0;
                while (c.find()) {
                    spannedCells(row, wide, spanText, spanRows);
                    String cell = TAG.matcher(c.group(3)).replaceAll(" ").replaceAll("\\s+", " ").replace('|', '/').strip();
                    Matcher rs = ROWSPAN.matcher(c.group(2));
                    if (rs.find() && Integer.parseInt(rs.group(1)) > 1) {
                        spanText.put(row.size(), cell);
                        spanRows.put(row.size(), Integer.parseInt(rs.group(1)) - 1);
                    }
                    allHeads &= c.group(1).equalsIgnoreCase("h");
                    cells++;
                    Matcher cs = COLSPAN.matcher(c.group(2));
                    for (int span = cs.find() ? Integer.parseInt(cs.group(1)) : 1, k = 0; k < span; k++) {
                        row.add(k == 0 ? cell : "");
                        wide.add(cell);
                    }
                }
                if (cells == 0) continue;
                spannedCells(row, wide, spanText, spanRows);
                rows.add(row);
                spread.add(wide);
                headerRows.add(allHeads);
            }
            int heads = 0;
            while (heads < rows.size() && headerRows.get(heads)) heads++;
            if (heads == rows.size()) heads = 1; // a table of header cells only: its first row heads the others
            StringBuilder table = new StringBuilder("\n");
            if (!rows.isEmpty()) {
                List<String> header = heads >= 2 ? mergedHeader(spread.subList(0, heads)) : rows.get(0);
                table.append(pipeTable(header, rows.subList(heads >= 2 ? heads : 1, rows.size())));
            }
            t.appendReplacement(out, Matcher.quoteReplacement(table.append('\n').toString()));
        }
        t.appendTail(out);
        return out.toString();
    }

    /** Header rows read as one: each column's distinct words from the top row down. */
    private static List<String> mergedHeader(List<List<String>> headerRows) {
        int columns = headerRows.stream().mapToInt(List::size).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            StringBuilder words = new StringBuilder();
            String last = null;
            for (List<String> row : headerRows) {
                String w = c < row.size() ? row.get(c) : "";
                if (w.isEmpty() || w.equals(last)) continue;
                if (words.length() > 0) words.append(' ');
                words.append(w);
                last = w;
            }
            out.add(words.toString());
        }
        return out;
    }

    private static String pipeRow(List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) row.append(' ').append(cell).append(" |");
        return row.append('\n').toString();
    }

    /** A table as pipe lines: its header, the rule under it, its rows; a pipe inside a cell becomes a slash. */
    public static String pipeTable(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(pipeRow(cellsOf(header))).append(pipeRow(header.stream().map(c -> "---").toList()));
        for (List<String> row : rows) out.append(pipeRow(cellsOf(row)));
        return out.toString();
    }

    private static List<String> cellsOf(List<String> row) {
        return row.stream().map(c -> c.strip().replace('|', '/')).toList();
    }

    /** Adds the cells that rows above span into this row at its end, while they span the next column. */
    private static void spannedCells(List<String> row, List<String> wide, Map<Integer, String> spanText, Map<Integer, Integer> spanRows) {
        while (spanRows.getOrDefault(row.size(), 0) > 0) {
            int column = row.size();
            row.add(spanText.get(column));
            wide.add(spanText.get(column));
            spanRows.merge(column, -1, Integer::sum);
        }
    }

    public static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.startsWith("#x") || e.startsWith("#X")) rep = codePoint(Integer.parseInt(e.substring(2), 16));
            else if (e.startsWith("#")) rep = codePoint(Integer.parseInt(e.substring(1)));
            else rep = HtmlEntities.named(e);
            if (rep == null) rep = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(int cp) {
        if (cp == 0xA0) return " ";
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
    }

    private static final Pattern MD_HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
    private static final Pattern MD_SETEXT = Pattern.compile("(?m)^ {0,3}(=+|-{3,})[ \\t]*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");
    private static final Pattern MD_REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern MD_LINK_DEF = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:[ \\t]+\\S+.*$");
    private static final Pattern MD_BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern MD_ITALIC = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern MD_CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern MD_QUOTE = Pattern.compile("(?m)^ {0,3}> ?");
    private static final Pattern MD_BULLET = Pattern.compile("(?m)^([ \\t]*)[*+][ \\t]+");
    private static final Pattern MD_FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$");

    /** Text struck through in Markdown's way ("~~6~~ 12 delivered": the page says 12 now). */
    private static final Pattern MD_STRUCK = Pattern.compile("~~(?=\\S)([^\\n]+?)(?<=\\S)~~");
    /** A footnote's reference ("pledged 135 of them[^5]"); its definition is dropped with the link definitions. */
    private static final Pattern MD_FOOTNOTE_REF = Pattern.compile("\\[\\^[^\\]\\s]{1,20}\\]");
    /** HTML written into Markdown: tags of running text dropped, their words kept; tags of blocks end a line. */
    private static final Pattern MD_INLINE_TAG = Pattern.compile("(?i)</?(ins|u|mark|span|small|sub|sup|b|i|em|strong|abbr|code|kbd|a)\\b[^>]*>");
    private static final Pattern MD_BLOCK_TAG = Pattern.compile("(?i)</?(br|p|div|details|summary)\\b[^>]*/?>");

    /** The text of a Markdown document. */
    public static String markdown(String md) {
        String s = MD_FENCE.matcher(md).replaceAll("");
        s = MD_LINK_DEF.matcher(s).replaceAll("");
        s = MD_STRUCK.matcher(s).replaceAll("");
        s = STRUCK.matcher(s).replaceAll("");
        s = FOOTNOTE_SUP.matcher(s).replaceAll("");
        s = MD_FOOTNOTE_REF.matcher(s).replaceAll("");
        s = MD_INLINE_TAG.matcher(s).replaceAll("");
        s = MD_BLOCK_TAG.matcher(s).replaceAll("\n");
        s = MD_HEADING.matcher(s).replaceAll("$1");
        s = MD_SETEXT.matcher(s).replaceAll("");
        s = MD_IMAGE.matcher(s).replaceAll("$1");
        s = MD_LINK.matcher(s).replaceAll("$1");
        s = MD_REF_LINK.matcher(s).replaceAll("$1");
        s = MD_CODE.matcher(s).replaceAll("$1");
        s = MD_BOLD.matcher(s).replaceAll("$2");
        s = MD_ITALIC.matcher(s).replaceAll("$2");
        s = MD_QUOTE.matcher(s).replaceAll("");
        s = MD_BULLET.matcher(s).replaceAll("$1- ");
        s = decodeEntities(s.replace("\\*", "*").replace("\\_", "_"));
        return s;
    }

    private static final Pattern XML_PROLOG = Pattern.compile("(?s)<\\?.*?\\?>|<!DOCTYPE[^>]*>|<!--.*?-->");
    private static final Pattern XML_CDATA = Pattern.compile("(?s)<!\\[CDATA\\[(.*?)]]>");
    private static final Pattern FEED = Pattern.compile("(?i)<(rss|feed|rdf:RDF)\\b");
    /** The elements of a news feed (RSS, Atom) that readers read: titles and the bodies of its items. */
    private static final Pattern FEED_TEXT = Pattern.compile("(?is)<((?:dc:)?title|subtitle|description|summary|content(?::encoded)?)\\b[^>]*(?<!/)>(.*?)</\\1\\s*>");
    private static final Pattern XML_LEAF = Pattern.compile("(?s)<([A-Za-z_][\\w.:-]*)\\b[^>]*(?<!/)>([^<]*)</\\1\\s*>");

    /**
     * The text of an XML document. A news feed (RSS, Atom): the feed's title and description, then each item's title and
     * body, the body read as the HTML it carries (in CDATA or escaped); links, identifiers and dates are left out. Other
     * XML: each element holding only text as a "name: text" line, records (the elements around them) set apart by a blank
     * line, as a record's fields read in YAML.
     */
    public static String xml(String xml) {
        String s = XML_PROLOG.matcher(xml).replaceAll("");
        if (FEED.matcher(s).find()) {
            StringBuilder out = new StringBuilder(s.length() / 2);
            Matcher m = FEED_TEXT.matcher(s);
            while (m.find()) {
                Matcher cdata = XML_CDATA.matcher(m.group(2));
                String body = cdata.find() ? cdata.group(1) : decodeEntities(m.group(2));
                out.append(html(body)).append('\n');
            }
            return BLANK_LINES.matcher(out).replaceAll("\n\n").strip() + "\n";
        }
        Optional<String> records = XmlRecords.text(xml);
        if (records.isPresent()) return records.get();
        s = XML_CDATA.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace("&", "&amp;").replace("<", "&lt;")));
        s = XML_LEAF.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\n" + m.group(1) + ": " + m.group(2).strip() + "\n"));
        s = TAG.matcher(s).replaceAll("\n\u0000\n");
        StringBuilder out = new StringBuilder(s.length());
        boolean boundary = false;
        for (String line : s.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) continue;
            if (l.equals("\u0000")) {
                boundary = out.length() > 0;
                continue;
            }
            if (boundary) out.append('\n');
            boundary = false;
            out.append(decodeEntities(l)).append('\n');
        }
        return out.toString();
    }

    private static final Pattern WIKI_TABLE_START = Pattern.compile("(?m)^[ \\t]*\\{\\|");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\[\\]|]*\\|)?([^\\[\\]|]*)\\]\\]");
    private static final Pattern WIKI_EXTERNAL_LINK = Pattern.compile("\\[(?:https?:)?//\\S+ ([^\\]]*)\\]");
    private static final Pattern WIKI_TEMPLATE = Pattern.compile("\\{\\{([^{}]*)\\}\\}");
    private static final Pattern WIKI_HEADING = Pattern.compile("(?m)^[ \\t]*(={1,6})[ \\t]*(.*?)[ \\t]*\\1[ \\t]*$");
    private static final Pattern WIKI_REF = Pattern.compile("(?is)<ref\\b[^>/]*/>|<ref\\b[^>]*>.*?</ref\\s*>|<!--.*?-->");
    private static final Pattern WIKI_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern WIKI_EMPHASIS = Pattern.compile("'{2,5}");
    private static final Pattern WIKI_BULLET = Pattern.compile("(?m)^[*#:;]+[ \\t]*");

    /**
     * Whether a plain text is wiki markup, as copied from an encyclopaedia's edit box: a wiki table ("{|"), or two of links
     * ("[[Leopard 2|Leopard 2A6]]"), templates ("{{flagcountry|Germany}}") and headings ("== Tanks ==").
     */
    public static boolean isWikitext(String s) {
        if (s.indexOf("[[") < 0 && s.indexOf("{{") < 0 && s.indexOf("{|") < 0) return false;
        int signs = WIKI_TABLE_START.matcher(s).find() ? 2 : 0;
        if (WIKI_LINK.matcher(s).find()) signs++;
        if (WIKI_TEMPLATE.matcher(s).find()) signs++;
        if (WIKI_HEADING.matcher(s).find()) signs++;
        return signs >= 2;
    }

    /**
     * The text of a plain-text document: subtitles read as the speech they carry, wiki markup as its page shows it, any other
     * text as it is.
     */
    public static String plain(String s) {
        return isSubtitles(s) ? subtitles(s) : isWikitext(s) ? wikitext(s) : isSqlDump(s) ? sqlDump(s)
                : UnifiedDiffs.isUnifiedDiff(s) ? UnifiedDiffs.textAfter(s) : PrintedPages.text(s);
    }

    private static final Pattern SQL_INSERT = Pattern.compile("(?i)^\\s*INSERT\\s+INTO\\s+[`\"]?([\\w.]+)[`\"]?\\s*(?:\\(([^)]*)\\))?\\s*VALUES\\s*");
    private static final Pattern SQL_CREATE = Pattern.compile("(?i)^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[`\"]?([\\w.]+)[`\"]?\\s*\\(");
    private static final Pattern SQL_COLUMN = Pattern.compile("^\\s*[`\"]?(\\w+)[`\"]?\\s+\\w+");
    private static final Pattern SQL_KEY_LINE = Pattern.compile("(?i)^\\s*(PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT)\\b");
    private static final Pattern SQL_NOISE = Pattern.compile("(?i)^\\s*(DROP|LOCK|UNLOCK|SET|USE|BEGIN|COMMIT|START|ALTER|/\\*!).*$");

    /** Whether a plain text is a database's dump: a CREATE TABLE and an INSERT ... VALUES. */
    public static boolean isSqlDump(String s) {
        if (!s.contains("INSERT INTO") && !s.contains("insert into")) return false;
        for (String line : s.split("\n", -1)) if (SQL_CREATE.matcher(line).find() || SQL_INSERT.matcher(line).find() && line.contains("(")) return true;
        return false;
    }

    /**
     * The data of a database's dump as tables: each INSERT's rows a pipe table under the header of its columns (named in it,
     * else by its table's CREATE TABLE), strings unquoted, NULL an empty cell, a counter's column (AUTO_INCREMENT: row
     * numbers, no data) left out; the comments' words kept as lines, the statements that only manage the database dropped.
     */
    public static String sqlDump(String s) {
        Map<String, List<String>> columns = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        StringBuilder out = new StringBuilder(s.length());
        String[] lines = s.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher create = SQL_CREATE.matcher(line);
            if (create.find()) {
                List<String> names = new ArrayList<>();
                int counter = -1;
                for (i++; i < lines.length && !lines[i].strip().startsWith(")"); i++) {
                    Matcher c = SQL_COLUMN.matcher(lines[i]);
                    if (SQL_KEY_LINE.matcher(lines[i]).find() || !c.find()) continue;
                    if (lines[i].toUpperCase(Locale.ROOT).contains("AUTO_INCREMENT")) counter = names.size();
                    names.add(c.group(1));
                }
                columns.put(create.group(1), names);
                counters.put(create.group(1), counter);
                continue;
            }
            Matcher insert = SQL_INSERT.matcher(line);
            if (insert.find()) {
                StringBuilder statement = new StringBuilder(line.substring(insert.end()));
                for (String last = line; !last.stripTrailing().endsWith(";") && i + 1 < lines.length; ) statement.append('\n').append(last = lines[++i]);
                String table = insert.group(1);
                List<String> named = insert.group(2) == null ? null
                        : Arrays.stream(insert.group(2).split(",")).map(h -> h.strip().replaceAll("^[`\"]|[`\"]$", "")).toList();
                int counter = named != null ? -1 : counters.getOrDefault(table, -1);
                List<List<String>> rows = sqlTuples(statement.toString());
                List<String> header = named != null ? named : columns.getOrDefault(table, List.of());
                if (header.isEmpty() && !rows.isEmpty()) header = IntStream.range(0, rows.get(0).size()).mapToObj(c -> "column " + (c + 1)).toList();
                int column = counter;
                out.append(pipeTable(withoutColumn(header, counter), rows.stream().map(row -> withoutColumn(row, column)).toList()));
                continue;
            }
            if (SQL_NOISE.matcher(line).matches()) continue;
            String l = line.strip();
            if (l.startsWith("--")) out.append(l.substring(2).strip()).append('\n');
            else out.append(line).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").stripTrailing() + "\n";
    }

    private static List<String> withoutColumn(List<String> row, int column) {
        if (column < 0 || column >= row.size()) return row;
        List<String> out = new ArrayList<>(row);
        out.remove(column);
        return out;
    }

    /** The tuples of an INSERT's VALUES: "(1,'Germany','IRIS-T SLM',4,NULL),(2,...)", quotes ('' or \\' within) respected. */
    private static List<List<String>> sqlTuples(String values) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int c = 0; c < values.length(); c++) {
            char ch = values.charAt(c);
            if (quoted) {
                if (ch == '\\' && c + 1 < values.length()) cell.append(values.charAt(++c));
                else if (ch == '\'' && c + 1 < values.length() && values.charAt(c + 1) == '\'') cell.append(values.charAt(++c));
                else if (ch == '\'') quoted = false;
                else cell.append(ch);
            } else if (ch == '\'' && row != null) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == '(' && row == null) {
                row = new ArrayList<>();
            } else if ((ch == ',' || ch == ')') && row != null) {
                String v = cell.toString().strip();
                row.add(!wasQuoted && v.equalsIgnoreCase("NULL") ? "" : v);
                cell.setLength(0);
                wasQuoted = false;
                if (ch == ')') {
                    rows.add(row);
                    row = null;
                }
            } else if (row != null) {
                cell.append(ch);
            }
        }
        return rows;
    }

    /** A cue's timing line in SubRip or WebVTT: "00:00:04,100 --> 00:00:07,800", "01:02.500 --> 01:04.000 align:start". */
    private static final Pattern CUE_TIMING = Pattern.compile("^[ \\t]*(\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}[ \\t]+-->[ \\t]+(\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}.*$");
    /** Where a new turn of speech starts in a cue: "MINISTER:", "REPORTER (NOS):", "- ", "[Applause]", "<v Minister>". */
    private static final Pattern TURN = Pattern.compile("^([A-Z][A-Z .'\\-]{1,40}(\\([^)]{1,30}\\))?:|[-\u2013\u2014] |[\\[(]|<v[ .])");
    private static final Pattern VTT_TAG = Pattern.compile("</?(v|c|i|b|u|lang|ruby|rt)\\b[^>]*>|<\\d{2}:[^>]*>");

    /** Whether a plain text is a subtitle file (SubRip or WebVTT): at least two cue timing lines. */
    public static boolean isSubtitles(String s) {
        if (s.indexOf("-->") < 0) return false;
        int timings = 0;
        for (String line : s.split("\n", -1)) if (line.indexOf("-->") >= 0 && CUE_TIMING.matcher(line).matches() && ++timings >= 2) return true;
        return false;
    }

    /**
     * The speech of a subtitle file: cue numbers, timings and the WebVTT header dropped, the lines of the cues joined into
     * running text, as said; a new paragraph where a new speaker (or a bracketed note) starts, so that a sentence split over
     * two cues is read as one.
     */
    public static String subtitles(String s) {
        StringBuilder out = new StringBuilder();
        String[] lines = s.replace("\r\n", "\n").split("\n", -1);
        boolean inHeader = lines.length > 0 && lines[0].strip().startsWith("WEBVTT");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inHeader) {
                if (line.isEmpty()) inHeader = false;
                continue;
            }
            if (line.isEmpty() || CUE_TIMING.matcher(line).matches()) continue;
            // a cue's number (or WebVTT identifier) stands on the line before its timing
            if (i + 1 < lines.length && CUE_TIMING.matcher(lines[i + 1]).matches()) continue;
            boolean turn = TURN.matcher(line).lookingAt();
            line = VTT_TAG.matcher(line).replaceAll("").strip();
            if (line.isEmpty()) continue;
            if (out.length() > 0) out.append(turn || endsWithNote(out) ? "\n\n" : " ");
            out.append(line);
        }
        return out.append('\n').toString();
    }

    /** Whether the text so far ends with a bracketed note standing as its own paragraph ("[Press conference, The Hague]"). */
    private static boolean endsWithNote(StringBuilder out) {
        int para = out.lastIndexOf("\n\n");
        char first = out.charAt(para < 0 ? 0 : para + 2);
        char last = out.charAt(out.length() - 1);
        return first == '[' && last == ']' || first == '(' && last == ')';
    }

    /**
     * The text of wiki markup: references and comments dropped; a flag template is its country's name, "{{convert|30|km}}"
     * its figure and unit, other templates (citations, "Main", "Reflist") dropped; links are the words they show;
     * emphasis quotes, heading signs and list marks removed ("- " for an item); a wiki table becomes a pipe table.
     */
    public static String wikitext(String w) {
        String s = WIKI_REF.matcher(w).replaceAll("");
        for (int pass = 0; pass < 5; pass++) { // templates inside templates: the innermost first
            Matcher m = WIKI_TEMPLATE.matcher(s);
            if (!m.find()) break;
            s = m.replaceAll(t -> Matcher.quoteReplacement(template(t.group(1))));
        }
        s = WIKI_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = WIKI_EXTERNAL_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = WIKI_EMPHASIS.matcher(s).replaceAll("");
        s = WIKI_HEADING.matcher(s).replaceAll("$2");
        s = WIKI_BREAK.matcher(s).replaceAll(", ");
        s = wikiTables(s);
        s = WIKI_BULLET.matcher(s).replaceAll("- ");
        return decodeEntities(s);
    }

    /** What a template shows: a flag template its country, "convert" its figure and unit, "nowrap" its text; others nothing. */
    private static String template(String body) {
        String[] parts = body.split("\\|");
        String name = parts[0].strip().toLowerCase(Locale.ROOT);
        if (parts.length < 2) return "";
        if (name.startsWith("flag")) return parts[1].strip();
        if (name.equals("convert") || name.equals("cvt")) return parts[1].strip() + (parts.length > 2 ? " " + parts[2].strip() : "");
        if (name.equals("nowrap") || name.equals("abbr") || name.equals("lang") && parts.length > 2) return parts[name.equals("lang") ? 2 : 1].strip();
        return "";
    }

    /**
     * Each wiki table ("{|" to "|}") as pipe rows: "|-" ends a row, a line opened by "!" holds header cells and one opened
     * by "|" data cells ("!!", "||" between cells on one line), a cell's attributes before a lone "|" are dropped; the
     * caption ("|+") stands on its own line above. The first row is the header.
     */
    private static String wikiTables(String s) {
        StringBuilder out = new StringBuilder(s.length());
        List<String> row = new ArrayList<>();
        boolean inTable = false;
        boolean headerDone = false;
        for (String line : s.split("\n", -1)) {
            String l = line.strip();
            if (!inTable) {
                if (l.startsWith("{|")) {
                    inTable = true;
                    headerDone = false;
                    row.clear();
                } else {
                    out.append(line).append('\n');
                }
                continue;
            }
            if (l.startsWith("|}") || l.startsWith("|-")) {
                if (!row.isEmpty()) {
                    out.append(pipeRow(row));
                    if (!headerDone) out.append(pipeRow(row.stream().map(c -> "---").toList()));
                    headerDone = true;
                    row.clear();
                }
                if (l.startsWith("|}")) {
                    inTable = false;
                    out.append('\n');
                }
            } else if (l.startsWith("|+")) {
                out.append(l.substring(2).strip()).append('\n');
            } else if (l.startsWith("!") || l.startsWith("|")) {
                for (String cell : l.substring(1).split("!!|\\|\\|", -1)) {
                    int attributes = cell.indexOf('|'); // "style=\"text-align:right\" | 18"
                    row.add((attributes >= 0 ? cell.substring(attributes + 1) : cell).strip());
                }
            } else if (!row.isEmpty() && !l.isEmpty()) {
                row.set(row.size() - 1, (row.get(row.size() - 1) + " " + l).strip()); // a cell's text going on
            }
        }
        if (!row.isEmpty()) out.append(pipeRow(row));
        return out.substring(0, Math.max(0, out.length() - 1));
    }
}
