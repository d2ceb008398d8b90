package org.ramstein.importers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ramstein.common.ValidationException;

/**
 * One data row of a file: its 1-based number (header excluded) and its cells by column name. Every accessor names
 * "file row N, column" in the error it raises.
 */
public record Row(String fileName, int number, Map<String, Integer> columns, List<String> cells) {

    public String field(String column) {
        return fileName + " row " + number + ", " + column;
    }

    /** The cell as written (trimmed), or "" when the row is short. */
    public String text(String column) {
        Integer i = columns.get(column);
        if (i == null) throw new ValidationException(fileName, "has no column '" + column + "'");
        return i < cells.size() && cells.get(i) != null ? cells.get(i).trim() : "";
    }

    public String textOrNull(String column) {
        String t = text(column);
        return Parsers.isPlaceholder(t) ? null : t;
    }

    public String required(String column) {
        String t = text(column);
        if (t.isEmpty()) throw new ValidationException(field(column), "is required");
        return t;
    }

    public BigDecimal decimal(String column) {
        return Parsers.decimal(text(column), field(column));
    }

    public BigDecimal requiredDecimal(String column) {
        return Parsers.requiredDecimal(text(column), field(column));
    }

    public Long count(String column) {
        return Parsers.count(text(column), field(column));
    }

    public LocalDate date(String column) {
        return Parsers.date(text(column), field(column));
    }

    public Integer year(String column) {
        return Parsers.year(text(column), field(column));
    }

    public boolean bool(String column) {
        return Parsers.bool(text(column), field(column));
    }

    public ValidationException error(String column, String message) {
        return new ValidationException(field(column), message);
    }
}
