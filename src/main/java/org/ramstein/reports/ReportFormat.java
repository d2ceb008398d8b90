package org.ramstein.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ramstein.common.ValidationException;
import org.ramstein.reports.domain.ReportTable;

/** Prints a report as an aligned table (thousands separators), RFC 4180 CSV with a header, or JSON. */
public enum ReportFormat {
    TABLE, CSV, JSON;

    private static final ObjectMapper JSON_MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static ReportFormat parse(String text) {
        if (text == null) return TABLE;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "table" -> TABLE;
            case "csv" -> CSV;
            case "json" -> JSON;
            default -> throw new ValidationException("format", "'" + text + "' is not a format (table, csv, json)");
        };
    }

    /** The report's body. For CSV the notes are not part of the body (see {@link #notesOutsideBody()}). */
    public String render(ReportTable t) {
        return switch (this) {
            case TABLE -> table(t);
            case CSV -> csv(t);
            case JSON -> json(t);
        };
    }

    /** CSV stays a clean data file, so its notes go to the error stream instead. */
    public boolean notesOutsideBody() {
        return this == CSV;
    }

    static String table(ReportTable t) {
        List<String[]> cells = new ArrayList<>();
        cells.add(t.columns().toArray(String[]::new));
        for (List<Object> row : t.rows()) cells.add(row.stream().map(ReportFormat::display).toArray(String[]::new));
        int[] width = new int[t.columns().size()];
        for (String[] r : cells) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        boolean[] numeric = new boolean[width.length];
        for (int i = 0; i < width.length; i++) {
            final int col = i;
            numeric[i] = !t.rows().isEmpty() && t.rows().stream().allMatch(r -> r.get(col) == null || r.get(col) instanceof Number);
        }
        StringBuilder sb = new StringBuilder(t.title()).append(System.lineSeparator());
        for (int r = 0; r < cells.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                if (i > 0) line.append("  ");
                String v = cells.get(r)[i];
                String pad = " ".repeat(width[i] - v.length());
                line.append(numeric[i] ? pad + v : v + pad);
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
            if (r == 0) {
                int total = 0;
                for (int w : width) total += w;
                sb.append("-".repeat(total + 2 * (width.length - 1))).append(System.lineSeparator());
            }
        }
        if (t.rows().isEmpty()) sb.append("(no rows)").append(System.lineSeparator());
        for (String note : t.notes()) sb.append("* ").append(note).append(System.lineSeparator());
        return sb.toString();
    }

    static String display(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal b) return String.format(Locale.ROOT, "%,." + Math.max(0, b.scale()) + "f", b);
        if (v instanceof Long || v instanceof Integer) return String.format(Locale.ROOT, "%,d", ((Number) v).longValue());
        return v.toString();
    }

    static String csv(ReportTable t) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(t.columns().toArray(String[]::new)).build();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (List<Object> row : t.rows()) {
                p.printRecord(row.stream().map(v -> v instanceof BigDecimal b ? b.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String json(ReportTable t) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("report", t.name());
        doc.put("title", t.title());
        doc.put("columns", t.columns());
        doc.put("rows", t.records());
        doc.put("notes", t.notes());
        try {
            return JSON_MAPPER.writeValueAsString(doc) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
