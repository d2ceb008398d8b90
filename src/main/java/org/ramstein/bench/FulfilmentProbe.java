package org.ramstein.bench;

import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.storage.Database;

/**
 * The aggregate the bench times: committed against delivered per donor and category. The default is the bench's own
 * query; point it at the real fulfilment report once that exists, so the figure is the report's.
 */
@FunctionalInterface
public interface FulfilmentProbe {

    /** Runs the aggregate once and returns how many groups it produced (so nothing can be optimised away). */
    int run(Database db, TimeFilter time);

    FulfilmentProbe OWN_QUERY = (db, time) -> db.jdbi().withHandle(h -> {
        String sql = "SELECT donor_code, category, "
                + "SUM(CASE WHEN kind = 'commitment' THEN quantity ELSE 0 END) AS committed, "
                + "SUM(CASE WHEN kind = 'delivery' THEN quantity ELSE 0 END) AS delivered "
                + "FROM ledger_entry WHERE recorded_at <= :knownAt " + (time.asOf() == null ? "" : "AND happened_on <= :asOf ")
                + "GROUP BY donor_code, category";
        var q = h.createQuery(sql).bind("knownAt", time.knownAtMicros());
        if (time.asOf() != null) q.bind("asOf", time.asOfIso());
        return q.mapToMap().list().size();
    });
}
