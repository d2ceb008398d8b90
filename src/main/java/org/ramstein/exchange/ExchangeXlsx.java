package org.ramstein.exchange;

/**
 * The XLSX side of the exchange format. Text that XML cannot carry (control characters other than tab and newline, a
 * carriage return that XML parsers fold into a newline) is written with the spreadsheet convention _xHHHH_, and a
 * literal "_x" that would read as such an escape is itself escaped as _x005F_, so every string comes back exactly as
 * it was (POI, like Excel, decodes _xHHHH_ when reading).
 */
final class ExchangeXlsx {
    static final String MANIFEST = "manifest";
    static final String[] MANIFEST_COLUMNS = {"format", "version", "table", "rows"};

    private ExchangeXlsx() {
    }

    static String escape(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String esc = null;
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF || unpairedSurrogate(s, i)) {
                esc = String.format("_x%04X_", (int) c);
            } else if (c == '_' && looksEscaped(s, i)) {
                esc = "_x005F_";
            }
            if (esc != null && sb == null) sb = new StringBuilder(n + 16).append(s, 0, i);
            if (sb != null) {
                if (esc != null) sb.append(esc);
                else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    /** "_xHHHH_" at i, which a reader would decode. */
    private static boolean looksEscaped(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') return false;
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) return false;
        }
        return true;
    }
}
