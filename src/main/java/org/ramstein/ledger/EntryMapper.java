package org.ramstein.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Visibility;

/** Maps a ledger_entry row (SELECT *) to its record. */
public final class EntryMapper implements RowMapper<LedgerEntry> {
    public static final EntryMapper INSTANCE = new EntryMapper();

    @Override
    public LedgerEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new LedgerEntry(rs.getLong("id"), EntryKind.fromCode(rs.getString("kind")), rs.getString("pledge_id"),
                rs.getString("line_id"), rs.getString("donor_code"), AidType.fromCode(rs.getString("aid_type")),
                rs.getString("item_id"), rs.getString("category"),
                new Quantity(longOrNull(rs, "quantity"), longOrNull(rs, "quantity_max"), Qualifier.fromCode(rs.getString("qualifier"))),
                longOrNull(rs, "amount_cents"), rs.getString("currency"),
                FuzzyDate.of(rs.getString("happened_on"), rs.getString("happened_precision")), rs.getString("route"),
                Visibility.fromCode(rs.getString("visibility")), longOrNull(rs, "reverses_id"), rs.getString("note"),
                rs.getString("batch_id"), intOrNull(rs, "source_row"), rs.getLong("recorded_at"), rs.getString("recorded_by"));
    }

    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
