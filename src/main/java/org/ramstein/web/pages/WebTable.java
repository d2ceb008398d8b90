package org.ramstein.web.pages;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the page shows it and as it downloads (CSV, XLSX): an id unique on its page, a caption, column headings,
 * rows of cells, the notes a reader needs, and what to say when it has no rows.
 */
public final class WebTable implements Block {
    private final String id;
    private final String caption;
    private final List<String> columns;
    private final List<List<Cell>> rows;
    private final List<String> notes;
    private final String empty;
    private final boolean[] numeric;
    private final Pager pager;

    public WebTable(String id, String caption, List<String> columns, List<List<Cell>> rows, List<String> notes, String empty) {
        this(id, caption, columns, rows, notes, empty, null);
    }

    public WebTable(String id, String caption, List<String> columns, List<List<Cell>> rows, List<String> notes, String empty, Pager pager) {
        this.pager = pager;
        this.id = id;
        this.caption = caption;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.notes = List.copyOf(notes);
        this.empty = empty;
        this.numeric = new boolean[columns.size()];
        for (int i = 0; i < numeric.length; i++) {
            boolean all = !rows.isEmpty();
            for (List<Cell> r : rows) {
                Cell c = r.get(i);
                if (!c.numeric() && !c.text().isEmpty() && !c.text().equals("—")) {
                    all = false;
                    break;
                }
            }
            numeric[i] = all;
        }
    }

    public String id() {
        return id;
    }

    public String caption() {
        return caption;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    public List<String> notes() {
        return notes;
    }

    public String empty() {
        return empty;
    }

    /** The links to this table's other pages; null when the table is shown whole. */
    public Pager pager() {
        return pager;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The first column names the row (a donor, a month): it is the row's header cell. */
    public boolean rowHeader(int i) {
        return i == 0 && columns.size() > 1;
    }

    /** Whether column {@code i} holds figures (right-aligned). */
    public boolean numeric(int i) {
        return numeric[i];
    }

    public static Builder builder(String id, String caption, String... columns) {
        return new Builder(id, caption, List.of(columns));
    }

    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String empty = "Nothing recorded yet.";
        private Pager pager;

        Builder(String id, String caption, List<String> columns) {
            this.id = id;
            this.caption = caption;
            this.columns = columns;
        }

        public Builder row(Cell... cells) {
            if (cells.length != columns.size()) throw new IllegalArgumentException(id + ": " + cells.length + " cells for " + columns.size() + " columns");
            rows.add(List.of(cells));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Builder notes(List<String> n) {
            notes.addAll(n);
            return this;
        }

        public Builder empty(String text) {
            this.empty = text;
            return this;
        }

        public Builder pager(Pager p) {
            this.pager = p;
            return this;
        }

        public int size() {
            return rows.size();
        }

        public WebTable build() {
            return new WebTable(id, caption, columns, rows, notes, empty, pager);
        }
    }
}
