package org.ramstein.web.pages;

/**
 * One table cell: the text a person reads, the plain value a download carries, and where it leads. A figure's
 * {@code provenance} is the panel that shows its sources (loaded in place with htmx, or as its own page without
 * JavaScript); {@code href} is an ordinary link (a donor, a system). {@code note} is a small qualifier shown beside it. {@code detail}, when set, is what
 * the cell's text discloses in one click (a disclosure that works without JavaScript): the basis of an estimate.
 */
public record Cell(String text, Object value, String href, String provenance, boolean numeric, String note, String detail) {

    public Cell(String text, Object value, String href, String provenance, boolean numeric, String note) {
        this(text, value, href, provenance, numeric, note, null);
    }

    /** A text that opens, in one click, what stands behind it. */
    public static Cell disclosing(String text, String detail) {
        return new Cell(text, text, null, null, false, null, detail);
    }

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, text, null, null, false, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, text, href, null, false, null);
    }

    public static Cell num(long value) {
        return new Cell(Fmt.n(value), value, null, null, true, null);
    }

    /** A figure that opens its sources. */
    public static Cell figure(String text, Object value, String provenance) {
        return new Cell(text, value, null, provenance, true, null);
    }

    public Cell withNote(String n) {
        return new Cell(text, value, href, provenance, numeric, note == null || n == null ? n : note + "; " + n, detail);
    }

    public Cell withValue(Object v) {
        return new Cell(text, v, href, provenance, numeric, note, detail);
    }

    public Cell numericCell() {
        return new Cell(text, value, href, provenance, true, note, detail);
    }
}
