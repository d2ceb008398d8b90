package org.ramstein.importers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ramstein.common.ValidationException;

/**
 * Numbers and dates as the public datasets write them. Pure functions: every failure is a {@link ValidationException}
 * naming the given field, never another exception, so a bad cell always becomes a row-numbered message.
 */
public final class Parsers {
    private Parsers() {
    }

    /** Cells that mean "not stated" in the datasets (Kiel's "undisclosed", "#N/A", "NULL", "."). */
    private static final Set<String> PLACEHOLDERS = Set.of("", "undisclosed", "#n/a", "n/a", "null", ".", "-", "nan", "none");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d{1,4})?");
    private static final Pattern NULL_FOR_DOT = Pattern.compile("(\\d)NULL(\\d)");
    private static final Pattern THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d+,\\d+");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    public static boolean isPlaceholder(String text) {
        return text == null || PLACEHOLDERS.contains(text.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A decimal number, or null for a placeholder. Accepts "1234.5", "2.3e-05", "3,000" (thousands), "395,88" (decimal
     * comma: a comma not followed by groups of three digits) and Kiel's corruption "13NULL3" for "13.3".
     */
    public static BigDecimal decimal(String text, String field) {
        if (isPlaceholder(text)) return null;
        String t = text.trim();
        t = NULL_FOR_DOT.matcher(t).replaceAll("$1.$2");
        if (THOUSANDS.matcher(t).matches()) t = t.replace(",", "");
        else if (DECIMAL_COMMA.matcher(t).matches()) t = t.replace(',', '.');
        if (!NUMBER.matcher(t).matches()) throw new ValidationException(field, "'" + text.trim() + "' is not a number");
        try {
            BigDecimal d = new BigDecimal(t);
            if (d.abs().compareTo(new BigDecimal("1e15")) > 0) throw new ValidationException(field, "'" + text.trim() + "' is out of range");
            return d;
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "'" + text.trim() + "' is not a number");
        }
    }

    /** A required decimal: a placeholder is an error here. */
    public static BigDecimal requiredDecimal(String text, String field) {
        BigDecimal d = decimal(text, field);
        if (d == null) throw new ValidationException(field, "is required (found '" + (text == null ? "" : text.trim()) + "')");
        return d;
    }

    /** Exact cents of an amount (half-even below the cent, as Money does). */
    public static long cents(BigDecimal amount, String field) {
        try {
            return amount.setScale(2, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, "'" + amount.toPlainString() + "' is out of range");
        }
    }

    /** A whole count, or null for a placeholder; "20.0" is 20; a fraction or a negative is an error. */
    public static Long count(String text, String field) {
        BigDecimal d = decimal(text, field);
        if (d == null) return null;
        if (d.signum() < 0) throw new ValidationException(field, "'" + text.trim() + "' is negative: a count cannot be");
        try {
            return d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, "'" + text.trim() + "' is not a whole number");
        }
    }

    /**
     * A day: ISO "2023-01-20" (a time part after 'T' or ' ' is ignored), or an Excel serial day number ("44621", as in
     * sheets converted without their cell formats). Null for a placeholder.
     */
    public static LocalDate date(String text, String field) {
        if (isPlaceholder(text)) return null;
        String t = text.trim();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) return LocalDate.parse(t.substring(0, 10));
            if (t.matches("\\d{1,7}(\\.0+)?")) {
                long serial = Long.parseLong(t.replaceAll("\\.0+$", ""));
                // 1 = 1900-01-01 .. 2958465 = 9999-12-31; serials before 61 hit Excel's fictitious 1900-02-29
                if (serial < 61 || serial > 2_958_465) throw new ValidationException(field, "'" + t + "' is not a plausible Excel date serial");
                return EXCEL_EPOCH.plusDays(serial);
            }
        } catch (DateTimeException e) {
            throw new ValidationException(field, "'" + t + "' is not a valid date");
        }
        throw new ValidationException(field, "'" + t + "' is not a date (expected yyyy-mm-dd or an Excel day number)");
    }

    /** A year such as "2022" (or "2022.0"); null for a placeholder. */
    public static Integer year(String text, String field) {
        if (isPlaceholder(text)) return null;
        String t = text.trim().replaceAll("\\.0+$", "");
        if (!t.matches("(19|20)\\d{2}")) throw new ValidationException(field, "'" + text.trim() + "' is not a year");
        return Integer.parseInt(t);
    }

    /** "True"/"False" (and 1/0, yes/no). */
    public static boolean bool(String text, String field) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "1", "yes", "y" -> true;
            case "false", "0", "no", "n" -> false;
            default -> throw new ValidationException(field, "'" + (text == null ? "" : text.trim()) + "' is not true or false");
        };
    }

    /** Folds a label to a category code: "Towed Artillery" → "towed_artillery". */
    public static String code(String label) {
        return label.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
