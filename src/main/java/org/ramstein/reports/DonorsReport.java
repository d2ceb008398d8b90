package org.ramstein.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.ramstein.ledger.AudienceSql;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.domain.EurConversion;

/**
 * Per donor and aid type, allocations and commitments in EUR as Kiel defines them: allocations are the (redistributed)
 * values of allocation postings, commitments the values of commitment postings. Money is summed per currency and month
 * in SQL, then converted at that month's rate.
 */
public final class DonorsReport {

    public record Row(String donorCode, String donorName, AidType aidType, BigDecimal allocationEur, BigDecimal commitmentEur,
                      int unconvertedAmounts) {
    }

    private DonorsReport() {
    }

    /** Every row, for a reader who sees everything (the command line). */
    public static List<Row> compute(Jdbi jdbi, TimeFilter time, EurConversion fx) {
        return compute(jdbi, time, fx, Audience.EVERYTHING);
    }

    /** As {@link #compute(Jdbi, TimeFilter, EurConversion)}, over the postings {@code audience} may see. */
    public static List<Row> compute(Jdbi jdbi, TimeFilter time, EurConversion fx, Audience audience) {
        String sql = "SELECT e.donor_code, d.name AS donor_name, e.aid_type, e.kind, e.currency, "
                + "SUBSTR(e.happened_on, 1, 7) AS month, SUM(e.amount_cents) AS cents "
                + "FROM ledger_entry e JOIN donor d ON d.code = e.donor_code "
                + "WHERE e.amount_cents IS NOT NULL AND e.kind IN ('allocation', 'commitment') AND e.recorded_at <= :knownAt "
                + (time.asOf() == null ? "" : "AND e.happened_on <= :asOf ")
                + AudienceSql.and(audience, "e")
                + "AND e.pledge_id NOT IN (" + AudienceSql.linkedPledges(audience) + ") "
                + "GROUP BY e.donor_code, d.name, e.aid_type, e.kind, e.currency, SUBSTR(e.happened_on, 1, 7) "
                + "ORDER BY d.name, e.aid_type";
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            var q = AudienceSql.bind(h.createQuery(sql), audience).bind("knownAt", time.knownAtMicros());
            if (time.asOf() != null) q.bind("asOf", time.asOfIso());
            q.map((rs, ctx) -> {
                String donor = rs.getString("donor_code");
                AidType type = AidType.fromCode(rs.getString("aid_type"));
                String key = donor + "|" + type;
                Row row = rows.getOrDefault(key, new Row(donor, rs.getString("donor_name"), type, BigDecimal.ZERO, BigDecimal.ZERO, 0));
                BigDecimal amount = BigDecimal.valueOf(rs.getLong("cents"), 2);
                String month = rs.getString("month");
                LocalDate on = month == null ? null : LocalDate.parse(month + "-01");
                var eur = fx.toEur(amount, rs.getString("currency"), on);
                if (eur.isEmpty()) {
                    row = new Row(row.donorCode(), row.donorName(), type, row.allocationEur(), row.commitmentEur(), row.unconvertedAmounts() + 1);
                } else if ("allocation".equals(rs.getString("kind"))) {
                    row = new Row(row.donorCode(), row.donorName(), type, row.allocationEur().add(eur.get()), row.commitmentEur(), row.unconvertedAmounts());
                } else {
                    row = new Row(row.donorCode(), row.donorName(), type, row.allocationEur(), row.commitmentEur().add(eur.get()), row.unconvertedAmounts());
                }
                rows.put(key, row);
                return null;
            }).list();
        });
        return new ArrayList<>(rows.values());
    }
}
