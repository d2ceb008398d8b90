package org.ramstein.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chart drawn by ECharts in the browser from this description (categories along one axis, one or more series),
 * always shown with a table that holds the same figures, so the page reads without JavaScript and in print.
 */
public record Chart(String id, String title, String kind, List<String> categories, List<Series> series, boolean stacked,
                    boolean horizontal, String unit, WebTable table, boolean tableOpen) implements Block {

    public Chart(String id, String title, String kind, List<String> categories, List<Series> series, boolean stacked, boolean horizontal,
                 String unit, WebTable table) {
        this(id, title, kind, categories, series, stacked, horizontal, unit, table, false);
    }

    /** The same chart with its table shown open: where the table is the page's main content. */
    public Chart withTableOpen() {
        return new Chart(id, title, kind, categories, series, stacked, horizontal, unit, table, true);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One series: its name and a value per category (null where there is none). */
    public record Series(String name, List<? extends Number> values) {
    }

    public boolean hasData() {
        return series.stream().anyMatch(s -> s.values().stream().anyMatch(v -> v != null && v.doubleValue() != 0));
    }

    /** The description the page's script draws from (written into a data attribute, escaped by the template). */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("categories", categories);
        m.put("series", series);
        m.put("stacked", stacked);
        m.put("horizontal", horizontal);
        m.put("unit", unit);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
