package org.ramstein.reports.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished report, independent of how it is printed: named columns, rows of plain values (String, Long, BigDecimal,
 * Boolean or null), and the notes a reader needs to read the figures right (counting rule, value basis, exclusions).
 */
public record ReportTable(String name, String title, List<String> columns, List<List<Object>> rows, List<String> notes) {

    public ReportTable {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
        rows = List.copyOf(rows.stream().map(r -> (List<Object>) java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList());
        notes = List.copyOf(notes);
    }

    /** The rows as column → value maps, in column order. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) m.put(columns.get(i), row.get(i));
            out.add(m);
        }
        return out;
    }

    public Object value(int row, String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalArgumentException("no column " + column);
        return rows.get(row).get(i);
    }
}
