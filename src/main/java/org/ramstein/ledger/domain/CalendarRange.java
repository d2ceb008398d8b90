package org.ramstein.ledger.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ramstein.common.FieldError;

/**
 * The dates and instants the ledger holds: years 1 to 9999. Dates are stored as yyyy-mm-dd text, which sorts as the
 * dates do only within these years, and an instant beyond them has no place on the recording clock.
 */
public final class CalendarRange {
    public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    private static final Instant START = FIRST.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END = LAST.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private CalendarRange() {
    }

    public static boolean holds(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }

    public static boolean holds(Instant instant) {
        return instant == null || (!instant.isBefore(START) && instant.isBefore(END));
    }

    /** An ISO date (yyyy-mm-dd) within years 1 to 9999; anything else is a DateTimeParseException, as LocalDate.parse throws. */
    public static LocalDate date(String text) {
        return checked(LocalDate.parse(text), text);
    }

    /**
     * A date a user typed for {@code field}: null when blank; else the date, or null with an error naming the field added
     * to {@code errors} when it is no date within years 1 to 9999 ("+999999999-12-31" is a date to Java, not to the ledger).
     */
    public static LocalDate field(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return date(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + raw + "' is not a date (yyyy-mm-dd, years 1 to 9999)"));
            return null;
        }
    }

    public static LocalDate checked(LocalDate date, String text) {
        if (!holds(date)) throw new DateTimeParseException("'" + text + "' is outside the years 1 to 9999", text, 0);
        return date;
    }

    public static Instant checked(Instant instant, String text) {
        if (!holds(instant)) throw new DateTimeParseException("'" + text + "' is outside the years 1 to 9999", text, 0);
        return instant;
    }
}
