package org.ramstein.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.audit.AuditTrail;
import org.ramstein.audit.domain.AuditFilter;
import org.ramstein.audit.domain.AuditRecord;
import org.ramstein.audit.domain.Finding;
import org.ramstein.audit.domain.Verification;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.CalendarRange;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.reports.ReportFormat;
import org.ramstein.reports.domain.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of every write: verify its hash chain, or list its records.",
        subcommands = {AuditTrailCommand.Verify.class, AuditTrailCommand.ListRecords.class})
public final class AuditTrailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Reads the whole audit trail in order and checks every record's hash and link to the one before, and the head.",
                "Exit 0: intact. Exit 1: each finding printed (an edited, deleted or out-of-place record, named)."})
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOption db;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (App app = db.open()) {
                Verification v = app.audit().verify();
                out.printf(Locale.ROOT, "%,d audit record%s checked%s%n", v.checked(), v.checked() == 1 ? "" : "s",
                        v.head() == null ? "" : v.head().seq() == 0 ? " (nothing recorded yet)"
                                : String.format(Locale.ROOT, " (head: record %,d, sha256 %s)", v.head().seq(), v.head().hash()));
                if (v.intact()) {
                    out.println("audit trail intact");
                    out.flush();
                    return 0;
                }
                for (Finding f : v.findings()) out.println(f.message());
                if (v.unlisted() > 0) out.printf(Locale.ROOT, "… and %,d more finding(s)%n", v.unlisted());
                out.printf(Locale.ROOT, "audit trail NOT intact: %,d finding(s)%n", v.totalFindings());
                out.flush();
                return 1;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists audit records, newest first, filtered by user, entity, dates and action.")
    static final class ListRecords implements Callable<Integer> {
        @Mixin
        DatabaseOption db;
        @Spec
        CommandSpec spec;

        @Option(names = "--user", description = "Only this actor: a user name, \"public\", or \"cli:<os user>\"")
        String user;
        @Option(names = "--entity", description = "Only this entity type (pledge, entry, need, meeting, claim, import …), or type:id")
        String entity;
        @Option(names = "--entity-id", description = "Only this entity id")
        String entityId;
        @Option(names = "--from", paramLabel = "<yyyy-mm-dd>", description = "Recorded on or after this date (UTC)")
        String from;
        @Option(names = "--to", paramLabel = "<yyyy-mm-dd>", description = "Recorded on or before this date (UTC)")
        String to;
        @Option(names = "--action", description = "Only actions containing this text (\"POST /api/v1/pledges\", \"import\")")
        String action;
        @Option(names = "--limit", defaultValue = "100", description = "At most this many records, newest first (default ${DEFAULT-VALUE})")
        int limit;
        @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json; csv and json carry every field")
        String format;

        @Override
        public Integer call() {
            ReportFormat fmt = ReportFormat.parse(format);
            AuditFilter filter = filter();
            try (App app = db.open()) {
                List<AuditRecord> records = new ArrayList<>();
                AuditFilter page = filter;
                while (records.size() < limit) {
                    var p = app.audit().list(page.withLimit(Math.min(limit - records.size(), AuditFilter.MAX_LIMIT)));
                    records.addAll(p.items());
                    if (p.nextCursor() == null) break;
                    page = page.after(AuditTrail.cursor(p.nextCursor()));
                }
                long total = app.audit().count(filter);
                PrintWriter out = spec.commandLine().getOut();
                out.print(fmt.render(table(records, total, fmt == ReportFormat.TABLE)));
                out.flush();
            }
            return 0;
        }

        AuditFilter filter() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate f = CalendarRange.field(from, "from", errors);
            LocalDate t = CalendarRange.field(to, "to", errors);
            if (limit < 1) errors.add(new FieldError("limit", "must be a whole number from 1"));
            if (f != null && t != null && t.isBefore(f)) errors.add(new FieldError("to", "is before from (" + f + ")"));
            if (!errors.isEmpty()) throw new ValidationException(errors);
            String type = entity;
            String id = entityId;
            if (type != null && type.contains(":") && id == null) {
                id = type.substring(type.indexOf(':') + 1);
                type = type.substring(0, type.indexOf(':'));
            }
            return new AuditFilter(user, type == null ? null : type.trim().toLowerCase(Locale.ROOT), id, f, t, action, AuditFilter.DEFAULT_LIMIT, null);
        }


        static ReportTable table(List<AuditRecord> records, long total, boolean brief) {
            List<String> columns = brief ? List.of("seq", "recorded", "actor", "role", "origin", "action", "entity", "outcome")
                    : List.of("seq", "recorded_at", "actor", "role", "origin", "action", "entity_type", "entity_id", "payload", "outcome", "prev_hash", "hash");
            List<List<Object>> rows = new ArrayList<>();
            for (AuditRecord r : records) {
                String at = Micros.toInstant(r.recordedAt()).toString();
                if (brief) {
                    String entity = r.entityType() == null ? "" : r.entityType() + (r.entityId() == null ? "" : " " + r.entityId());
                    rows.add(java.util.Arrays.asList(r.seq(), at, r.actor(), r.role(), r.origin(), r.action(), entity,
                            r.outcome().replaceAll("\\s*\\R\\s*", "; ")));
                } else {
                    rows.add(java.util.Arrays.asList(r.seq(), at, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(),
                            r.outcome(), r.prevHash(), r.hash()));
                }
            }
            String title = String.format(Locale.ROOT, "Audit trail, newest first: %,d of %,d matching record(s)", records.size(), total);
            return new ReportTable("audit", title, columns, rows, List.of());
        }
    }
}
