package org.ramstein.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ramstein.audit.AuditTrail;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.ledger.view.LedgerViews.Page;

/**
 * The audit trail over HTTP: its records newest first, filtered by user, entity, date and action, in keyset pages like
 * every list. Who may read it: coordinators and admins ({@code Permission.READ_AUDIT}, in {@link AccessRules}).
 */
final class AuditApi {
    static final String AUDIT = LedgerApi.V1 + "/audit";

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    List<Route> routes() {
        return List.of(Route.get(AUDIT, this::list));
    }

    /** One record as the API shows it: every stored field, so a client can recompute the chain itself. */
    record RecordView(long seq, Instant recordedAt, String actor, String role, String origin, String action, String entityType, String entityId,
                      String payload, String outcome, String prevHash, String hash) {
        static RecordView of(AuditRecord r) {
            return new RecordView(r.seq(), Micros.toInstant(r.recordedAt()), r.actor(), r.role(), r.origin(), r.action(), r.entityType(),
                    r.entityId(), r.payload(), r.outcome(), r.prevHash(), r.hash());
        }
    }

    private void list(Context ctx) {
        AuditFilter filter = filter(new QueryParams(ctx));
        Page<AuditRecord> page = trail.list(filter);
        ctx.json(new Page<>(page.items().stream().map(RecordView::of).toList(), page.nextCursor()));
    }

    static AuditFilter filter(QueryParams p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        int limit = p.limit();
        p.check();
        if (from != null && to != null && to.isBefore(from)) throw new ValidationException("to", "is before from (" + from + ")");
        String entity = p.text("entity");
        return new AuditFilter(p.text("user"), entity == null ? null : entity.toLowerCase(java.util.Locale.ROOT), p.text("entityId"), from, to,
                p.text("action"), limit, AuditTrail.cursor(p.text("cursor")));
    }
}
