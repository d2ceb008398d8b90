package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet's export (CSV or TSV, RFC 4180 quoting) read as a pipe table, so that its rows read as any table's do:
 * the first record of more than one field is the header, the records before it (a title line) stay lines of text. The
 * delimiter is the one of comma, semicolon and tab that the header uses most; a quoted field may hold delimiters, doubled
 * quotes and line breaks ("\"1,000,000,000\"" is one field). Pure.
 */
public final class DelimitedTables {
    private DelimitedTables() {
    }

    /** The text of a delimited file; {@code tab} when the file says its fields are tab-separated (".tsv"). */
    public static String table(String s, boolean tab) {
        String text = s.replace("\r\n", "\n");
        char delimiter = tab ? '\t' : delimiterOf(headerLine(text));
        List<List<String>> records = records(text, delimiter);
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int header = 0;
        while (header < records.size() && records.get(header).size() < 2) {
            out.append(String.join(" ", records.get(header)).strip()).append('\n');
            header++;
        }
        if (header == records.size()) return out.toString();
        List<String> columns = records.get(header);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(header + 1, records.size())) {
            if (r.stream().allMatch(String::isBlank)) continue;
            List<String> row = new ArrayList<>(r);
            while (row.size() < columns.size()) row.add("");
            rows.add(row);
        }
        return out.append(out.isEmpty() ? "" : "\n").append(Markup.pipeTable(columns, rows)).toString();
    }

    /** The first line that sets fields apart (outside quotes): the header, past a title line ("Tracker export"). */
    private static String headerLine(String text) {
        for (String line : text.split("\n", -1)) {
            int[] n = unquotedDelimiters(line);
            if (n[0] + n[1] + n[2] > 0) return line;
        }
        return "";
    }

    /** The delimiter a header line uses most, outside quotes; a comma when it uses none. */
    static char delimiterOf(String line) {
        int[] n = unquotedDelimiters(line);
        return n[2] > n[0] && n[2] >= n[1] ? '\t' : n[1] > n[0] ? ';' : ',';
    }

    /** How many commas, semicolons and tabs a line holds outside quotes. */
    private static int[] unquotedDelimiters(String line) {
        int[] n = new int[3];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') n[0]++;
            else if (!quoted && c == ';') n[1]++;
            else if (!quoted && c == '\t') n[2]++;
        }
        return n;
    }

    /** The records of a delimited text; a line break inside quotes is a space in its field; blank lines are no records. */
    static List<List<String>> records(String text, char delimiter) {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false; // whether the current record has any character
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c == '\n' ? ' ' : c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                any = true;
            } else if (c == delimiter) {
                record.add(field.toString().strip());
                field.setLength(0);
                any = true;
            } else if (c == '\n') {
                if (any || !field.toString().isBlank()) {
                    record.add(field.toString().strip());
                    out.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || !field.toString().isBlank()) {
            record.add(field.toString().strip());
            out.add(record);
        }
        return out;
    }
}
