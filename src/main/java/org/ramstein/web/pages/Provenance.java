package org.ramstein.web.pages;

import java.util.List;

/**
 * The provenance panel of one entry or figure: what it is, the sources with the exact words that support it, and the
 * history of corrections (each correction a new entry, shown as such); for a total, the entries it is made of.
 */
public record Provenance(View view, String heading, String summary, List<Fact> facts, List<Quote> quotes, WebTable parts,
                         WebTable history, List<String> notes) {

    /** One line of what the entry says: a label and its value, optionally a link. */
    public record Fact(String label, String value, String href) {
        public static Fact of(String label, String value) {
            return new Fact(label, value, null);
        }
    }

    /** A source as cited: its title, publisher, address, date, and the quoted words (highlighted) or the row. */
    public record Quote(String kind, String title, String publisher, String url, String publishedOn, String quote, String locator) {
    }

    public Provenance {
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
        notes = List.copyOf(notes);
    }
}
