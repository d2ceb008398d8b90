package org.ramstein.exchange;

import java.util.Map;

/** Rows per table, in the format's table order: what an export wrote or an import restored. */
public record TableCounts(Map<String, Long> rows) {
    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
