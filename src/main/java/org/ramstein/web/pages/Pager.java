package org.ramstein.web.pages;

/**
 * One page of a long table, and plain links to the others (they work without JavaScript and keep both clocks): which
 * rows are shown, of how many, and the first, previous and next pages. The page is one query parameter named after
 * its table ({@code pledgesPage}): a row number and the keyset cursor after which it starts ("51.cursor"), or, for a
 * table read by offset, the row number alone ("101"). A download ({@code ?export=}) always gives the whole table.
 */
public record Pager(String label, String first, String previous, String next, String nextLabel) {

    /** Whether a query parameter chooses a table's page (left out when the clocks change). */
    static boolean isPagerParam(String name) {
        return name.endsWith("Page");
    }

    static String param(String tableId) {
        return tableId + "Page";
    }

    /** Where a keyset-paged table starts: its first row's number (1-based) and the cursor after which it reads. */
    record Start(long from, String cursor) {
    }

    static Start keysetStart(View v, String tableId) {
        String raw = v.params().get(param(tableId));
        if (raw == null) return new Start(1, null);
        int i = raw.indexOf('.');
        if (i < 0) return new Start(1, null);
        try {
            long from = Long.parseLong(raw.substring(0, i));
            return from < 1 ? new Start(1, null) : new Start(from, raw.substring(i + 1));
        } catch (NumberFormatException e) {
            return new Start(1, null);
        }
    }

    /** The first row (0-based offset) of a table read by offset. */
    static int offset(View v, String tableId) {
        String raw = v.params().get(param(tableId));
        if (raw == null) return 0;
        try {
            return Math.max(0, Integer.parseInt(raw.trim()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A keyset page: {@code next} is the cursor of the next page, null on the last one. Null when everything fits on one page. */
    static Pager keyset(View v, String tableId, Start start, int size, int shown, Long total, String next, String rows) {
        if (start.cursor() == null && next == null) return null;
        String first = start.cursor() == null ? null : href(v, tableId, null);
        String nextHref = next == null ? null : href(v, tableId, (start.from() + shown) + "." + next);
        return new Pager(label(start.from(), shown, total, rows), first, null, nextHref, "Next " + size + " " + rows + " →");
    }

    /** An offset page: {@code more} whether rows follow it. Null when everything fits on one page. */
    static Pager offset(View v, String tableId, int offset, int size, int shown, Long total, boolean more, String rows) {
        if (offset == 0 && !more) return null;
        String first = offset == 0 ? null : href(v, tableId, null);
        String previous = offset == 0 ? null : href(v, tableId, String.valueOf(Math.max(0, offset - size) + 1));
        String nextHref = more ? href(v, tableId, String.valueOf(offset + shown + 1)) : null;
        return new Pager(label(offset + 1, shown, total, rows), first, previous, nextHref, "Next " + size + " " + rows + " →");
    }

    private static String href(View v, String tableId, String value) {
        return v.with(param(tableId), value) + "#t-" + tableId;
    }

    private static String label(long from, int shown, Long total, String rows) {
        String s = shown == 0 ? "No " + rows + " on this page" : Fmt.n(from) + "–" + Fmt.n(from + shown - 1);
        return (shown == 0 ? s : rows.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + rows.substring(1) + " " + s)
                + (total == null ? "" : " of " + Fmt.n(total));
    }
}
