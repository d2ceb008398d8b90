package org.ramstein.web.pages;

import io.javalin.router.JavalinDefaultRouting;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramstein.audit.AuditTrail;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.audit.domain.Verification;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.CalendarRange;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.web.pages.AuditViews.Row;
import org.ramstein.web.pages.AuditViews.Screen;

/**
 * The audit trail as a page: the verification of the whole chain at the top, a filter form (user, entity, dates,
 * action) and the matching records newest first, in keyset pages whose links work without JavaScript. Who may see it:
 * coordinators and admins ({@code Permission.READ_AUDIT}, in the server's access rules).
 */
final class AuditPages {
    static final int PAGE = 50;
    static final String TABLE = "audit";
    static final int FINDINGS_SHOWN = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Dashboard d;
    private final AuditTrail trail;

    AuditPages(Dashboard d) {
        this.d = d;
        this.trail = d.app.audit();
    }

    void register(JavalinDefaultRouting router) {
        router.get("/audit", ctx -> d.html(ctx, "audit.jte", Map.of("a", screen(d.view(ctx, "Audit trail", "audit")))));
    }

    Screen screen(View v) {
        Map<String, String> p = v.params();
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = CalendarRange.field(p.get("from"), "from", errors);
        LocalDate to = CalendarRange.field(p.get("to"), "to", errors);
        if (from != null && to != null && to.isBefore(from)) errors.add(new FieldError("to", "is before from (" + from + ")"));
        if (!errors.isEmpty()) throw new ValidationException(errors);
        String entity = p.get("entity");
        Pager.Start start = Pager.keysetStart(v, TABLE);
        AuditFilter filter = new AuditFilter(p.get("user"), entity == null ? null : entity.trim().toLowerCase(Locale.ROOT), p.get("entityId"), from, to,
                p.get("action"), PAGE, AuditTrail.cursor(start.cursor()));
        var page = trail.list(filter);
        List<Row> rows = page.items().stream().map(AuditPages::row).toList();
        long total = trail.count(filter);
        Pager pager = Pager.keyset(v, TABLE, start, PAGE, rows.size(), total, page.nextCursor(), "records");
        boolean filtered = filter.actor() != null || filter.entityType() != null || filter.entityId() != null || from != null || to != null
                || filter.action() != null;
        String empty = filtered ? "No records match these filters." : "Nothing has been recorded yet: every write (a form sent, an API call, an import) adds a record.";
        return new Screen(v, verification(trail.verify()), p.getOrDefault("user", ""), p.getOrDefault("entity", ""), p.getOrDefault("entityId", ""),
                p.getOrDefault("from", ""), p.getOrDefault("to", ""), p.getOrDefault("action", ""), filtered, v.path(), total, rows, pager, empty);
    }

    static AuditViews.Check verification(Verification r) {
        String head = r.head() == null ? "the head is missing" : r.head().seq() == 0 ? "nothing recorded yet"
                : "last record " + Fmt.n(r.head().seq()) + ", hash " + r.head().hash();
        List<String> shown = r.findings().stream().limit(FINDINGS_SHOWN).map(Object::toString).toList();
        long more = r.totalFindings() - shown.size();
        String summary = r.intact()
                ? "Audit trail intact: " + Fmt.n(r.checked()) + " record" + (r.checked() == 1 ? "" : "s") + " checked, every hash matches its record and follows the one before."
                : "The audit trail has been tampered with: " + Fmt.n(r.totalFindings()) + " finding" + (r.totalFindings() == 1 ? "" : "s") + " in "
                        + Fmt.n(r.checked()) + " records checked.";
        return new AuditViews.Check(r.intact(), summary, head, shown, more);
    }

    private static Row row(AuditRecord r) {
        String entity = r.entityType() == null ? "" : r.entityType() + (r.entityId() == null ? "" : " " + r.entityId());
        boolean failed = r.outcome().length() >= 3 && (r.outcome().charAt(0) == '4' || r.outcome().charAt(0) == '5')
                || r.outcome().startsWith("refused") || r.outcome().startsWith("failed");
        return new Row(r.seq(), AT.format(Micros.toInstant(r.recordedAt())), r.actor(), r.role(), r.origin(), r.action(), entity, r.outcome(), failed,
                r.payload(), r.hash());
    }

}
