package org.ramstein.web.pages;

import java.time.YearMonth;
import java.util.List;

/** The parts a dashboard page is made of, drawn in order by the page template. */
public sealed interface Block permits Block.Headline, Block.Text, Block.Links, Block.Calendar, Block.Heading, Block.DatePick, Chart, WebTable {

    /** A small GET form choosing one date parameter of the page (the as-of date is kept). */
    record DatePick(String label, String name, String value) implements Block {
    }

    /** A section heading, with an anchor id. */
    record Heading(String id, String text) implements Block {
    }

    /**
     * The big figures at the top of a page: each with what it counts, a link to what it is made of, and the counting
     * rule one click away (a disclosure that works without JavaScript).
     */
    record Headline(List<Figure> figures) implements Block {
    }

    record Figure(String label, String value, String provenance, String sub, String rule) {
    }

    /** A paragraph (plain text, escaped). {@code tone}: "note" or "empty" for an empty state. */
    record Text(String text, String tone) implements Block {
    }

    record Link(String text, String href, String note) {
    }

    record Links(String title, List<Link> links) implements Block {
    }

    /** Months laid out as calendars, days with a meeting marked and linked. */
    record Calendar(String title, List<Month> months) implements Block {
    }

    record Month(YearMonth month, List<List<Day>> weeks) {
        public String label() {
            return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + month.getYear();
        }
    }

    /** {@code day} 0 is a blank cell before the 1st or after the last day. */
    record Day(int day, String title, String href) {
    }
}
