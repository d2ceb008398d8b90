package org.ramstein.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ramstein.ledger.domain.FuzzyDate;

/**
 * The stored text of dates (yyyy-mm-dd) and their months (yyyy-mm), each formatted once: a bulk load writes the same
 * few thousand dates on a million rows. Not thread-safe: one per writing thread.
 */
final class IsoDates {
    private static final int MAX = 8_192;

    private final Map<LocalDate, String[]> cache = new HashMap<>();
    private LocalDate last;
    private String[] lastText;

    /** {@link FuzzyDate#isoDate()}, or null when the date is unknown. */
    String iso(FuzzyDate d) {
        LocalDate date = d.date();
        return date == null ? null : text(date)[0];
    }

    /** The yyyy-mm of the date, or '' when it is unknown (the totals' key for "undated"). */
    String month(FuzzyDate d) {
        LocalDate date = d.date();
        return date == null ? "" : text(date)[1];
    }

    private String[] text(LocalDate date) {
        if (date == last) return lastText;
        String[] t = cache.get(date);
        if (t == null) {
            if (cache.size() >= MAX) cache.clear();
            String iso = date.toString();
            t = new String[] {iso, iso.substring(0, 7)};
            cache.put(date, t);
        }
        last = date;
        lastText = t;
        return t;
    }
}
