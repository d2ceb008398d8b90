package org.ramstein.ledger.view;

import java.time.LocalDate;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.TimeFilter;

/**
 * The filters every list understands (each null when not given). {@code donor} and {@code item} may be codes or any
 * name the reference data knows; {@code from}/{@code to} bound the happened (announced, held, stated) date.
 */
public record ListQuery(String donor, String item, String category, AidType aidType, String meeting, String capability,
                        LocalDate from, LocalDate to, TimeFilter time, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 5000;

    public ListQuery {
        if (time == null) time = TimeFilter.NOW;
        if (limit <= 0) limit = DEFAULT_LIMIT;
        limit = Math.min(limit, MAX_LIMIT);
    }

    public static ListQuery all() {
        return new ListQuery(null, null, null, null, null, null, null, null, TimeFilter.NOW, DEFAULT_LIMIT, null);
    }

    public ListQuery withCursor(String next) {
        return new ListQuery(donor, item, category, aidType, meeting, capability, from, to, time, limit, next);
    }

    public ListQuery withTime(TimeFilter t) {
        return new ListQuery(donor, item, category, aidType, meeting, capability, from, to, t, limit, cursor);
    }

    public ListQuery withLimit(int n) {
        return new ListQuery(donor, item, category, aidType, meeting, capability, from, to, time, n, cursor);
    }
}
