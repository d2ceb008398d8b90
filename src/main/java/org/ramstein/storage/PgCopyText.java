package org.ramstein.storage;

/**
 * PostgreSQL's COPY text format: columns separated by tab, rows ended by newline, NULL as \N, and backslash, tab,
 * newline and carriage return escaped with a backslash, so any text value arrives exactly as it was.
 */
public final class PgCopyText {
    private PgCopyText() {
    }

    /** Appends one row (values in column order; null is SQL NULL) and its line end. */
    public static void appendRow(StringBuilder out, Object[] row) {
        appendRow(out, row, true);
    }

    /** Appends the values of a row (or of its first columns), with the line end unless {@code end} is false. */
    public static void appendRow(StringBuilder out, Object[] row, boolean end) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) out.append('\t');
            appendValue(out, row[i]);
        }
        if (end) out.append('\n');
    }

    public static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        if (value instanceof Long || value instanceof Integer) {
            out.append(((Number) value).longValue());
            return;
        }
        String s = value.toString();
        if (plain(s)) { // the usual case: nothing to escape, copied whole
            out.append(s);
            return;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    /** Whether the text has none of the characters COPY text escapes (backslash and the control characters tab, LF, CR). */
    private static boolean plain(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') return false;
        }
        return true;
    }
}
