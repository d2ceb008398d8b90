package org.ramstein.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every row of both running-totals tables, in key order, numbers as longs: for comparing kept totals with rebuilt ones. */
public final class TotalsTables {
    private TotalsTables() {
    }

    public static List<Map<String, Object>> rows(Database db) {
        return db.jdbi().withHandle(TotalsTables::rows);
    }

    /** As {@link #rows(Database)}, on a handle (inside its transaction, if it has one open). */
    public static List<Map<String, Object>> rows(org.jdbi.v3.core.Handle h) {
        {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String sql : new String[] {
                "SELECT * FROM posting_month_totals ORDER BY kind, donor_code, category, visibility, happened_month, recorded_day",
                "SELECT * FROM posting_item_totals ORDER BY kind, donor_code, category, item_id, visibility, recorded_day"}) {
                for (Map<String, Object> r : h.createQuery(sql).mapToMap().list()) {
                    Map<String, Object> normalised = new TreeMap<>();
                    r.forEach((k, v) -> normalised.put(k, v instanceof Number n ? (Object) n.longValue() : v));
                    rows.add(normalised);
                }
            }
            return rows;
        }
    }
}
