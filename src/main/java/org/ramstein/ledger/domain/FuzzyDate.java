package org.ramstein.ledger.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date known to a precision. A month-precision date counts from the first day of its month for as-of queries
 * (announced "in January 2023" is in asOf=2023-02-01 and not in asOf=2022-12-31), so it is stored as that day.
 */
public record FuzzyDate(LocalDate date, DatePrecision precision) {

    public static final FuzzyDate UNKNOWN = new FuzzyDate(null, DatePrecision.UNKNOWN);

    public FuzzyDate {
        if (precision == null) throw new IllegalArgumentException("precision is required");
        if ((date == null) != (precision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("a date is required unless its precision is unknown");
        }
        if (date != null) {
            date = switch (precision) {
                case MONTH -> date.withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
                default -> date;
            };
        }
    }

    public static FuzzyDate day(LocalDate date) {
        return new FuzzyDate(date, DatePrecision.DAY);
    }

    /** Parses "2023-01-20", "2023-01", "2023", or null/blank (unknown). Throws IllegalArgumentException otherwise. */
    public static FuzzyDate parse(String text) {
        if (text == null || text.isBlank()) return UNKNOWN;
        String t = text.trim();
        try {
            if (t.matches("\\d{4}")) return new FuzzyDate(LocalDate.of(Integer.parseInt(t), 1, 1), DatePrecision.YEAR);
            if (t.matches("\\d{4}-\\d{2}")) return new FuzzyDate(LocalDate.parse(t + "-01"), DatePrecision.MONTH);
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return day(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a valid date");
        }
        throw new IllegalArgumentException("'" + t + "' is not a date (expected yyyy-mm-dd, yyyy-mm or yyyy)");
    }

    /** Stored form of the date: yyyy-mm-dd, or null when unknown. */
    public String isoDate() {
        return date == null ? null : date.toString();
    }

    /** How a person writes it at its precision: "2023-01-20", "2023-01", "2023", "unknown". */
    public String display() {
        if (date == null) return "unknown";
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case UNKNOWN -> "unknown";
        };
    }

    /** Whether it had happened by {@code asOf} (unknown dates have not, as far as any date can tell). */
    public boolean happenedBy(LocalDate asOf) {
        return date != null && !date.isAfter(asOf);
    }

    public static FuzzyDate of(String isoDate, String precisionCode) {
        DatePrecision p = DatePrecision.fromCode(precisionCode);
        if (p == null || p == DatePrecision.UNKNOWN || isoDate == null) return UNKNOWN;
        return new FuzzyDate(LocalDate.parse(isoDate), p);
    }
}
