package org.ramstein.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.ReportFormat;
import org.ramstein.reports.ReportService;
import org.ramstein.reports.domain.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print a report: donors, fulfilment, values, reconciliation, meetings, needs.",
        subcommands = {ReportCommand.Donors.class, ReportCommand.Fulfilment.class, ReportCommand.Values.class, ReportCommand.Reconciliation.class,
            ReportCommand.Meetings.class, ReportCommand.Needs.class})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** The options every report takes. */
    static final class Common {
        @Mixin
        DatabaseOption db;

        @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
        String format;

        @Option(names = "--as-of", paramLabel = "<yyyy-mm-dd>", description = "Only what had happened by this date")
        String asOf;

        @Option(names = "--known-at", paramLabel = "<instant|date>", description = "Only what the ledger had recorded by then "
                + "(2024-03-01T12:00:00Z, or a date meaning the end of that day UTC)")
        String knownAt;

        @Option(names = "--public-only", description = "Only rows whose visibility is public (the public's view; by default the "
                + "command line, as the database's owner, reports every row)")
        boolean publicOnly;

        /** Whose view the report is: the public's with --public-only, else everything. */
        Audience audience() {
            return publicOnly ? Audience.PUBLIC : Audience.EVERYTHING;
        }

        TimeFilter time() {
            LocalDate asOfDate = null;
            Instant known = null;
            java.util.List<org.ramstein.common.FieldError> errors = new java.util.ArrayList<>();
            asOfDate = org.ramstein.ledger.domain.CalendarRange.field(asOf, "as-of", errors);
            if (knownAt != null) {
                String t = knownAt.trim();
                try {
                    known = org.ramstein.ledger.domain.CalendarRange.checked(t.length() == 10
                            ? LocalDate.parse(t).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000) : Instant.parse(t), t);
                } catch (DateTimeParseException e) {
                    errors.add(new org.ramstein.common.FieldError("known-at", "'" + knownAt + "' is not an instant (2024-03-01T12:00:00Z) or a date"));
                }
            }
            if (!errors.isEmpty()) throw new ValidationException(errors);
            return new TimeFilter(asOfDate, known);
        }

        int print(CommandSpec spec, java.util.function.BiFunction<ReportService, TimeFilter, ReportTable> report) {
            ReportFormat fmt = ReportFormat.parse(format);
            TimeFilter time = time();
            try (App app = db.open()) {
                ReportService service = app.reports();
                ReportTable table = report.apply(service, time);
                PrintWriter out = spec.commandLine().getOut();
                out.print(fmt.render(table));
                out.flush();
                if (fmt.notesOutsideBody()) {
                    PrintWriter err = spec.commandLine().getErr();
                    table.notes().forEach(n -> err.println("# " + n));
                    err.flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "donors", mixinStandardHelpOptions = true, description = "Allocations and commitments in EUR per donor and aid type.")
    static final class Donors implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.donors(t, common.audience()));
        }
    }

    @Command(name = "fulfilment", aliases = "fulfillment", mixinStandardHelpOptions = true,
            description = "Pledged, allocated and delivered quantities and the delivered share.")
    static final class Fulfilment implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;
        @Option(names = "--by", defaultValue = "donor", description = "donor (default), category, donor,category or item")
        String by;
        @Option(names = "--donor", description = "Only this donor (code or name)")
        String donor;
        @Option(names = "--category", description = "Only this category")
        String category;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.fulfilment(t, common.audience(), by, donor, category));
        }
    }

    @Command(name = "values", mixinStandardHelpOptions = true,
            description = "What pledged lines are worth in EUR: values sources reported, and estimates for the rest, never added.")
    static final class Values implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;
        @Option(names = "--by", defaultValue = "donor", description = "donor (default) or donor,category")
        String by;
        @Option(names = "--donor", description = "Only this donor (code or name)")
        String donor;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.values(t, common.audience(), by, donor));
        }
    }

    @Command(name = "reconciliation", mixinStandardHelpOptions = true,
            description = "One donor × one system: the ledger's figures beside every observation about it.")
    static final class Reconciliation implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;
        @Option(names = "--donor", required = true, description = "Donor code or name")
        String donor;
        @Option(names = "--item", required = true, description = "Catalogue id or alias")
        String item;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.reconciliation(t, common.audience(), donor, item));
        }
    }

    @Command(name = "meetings", mixinStandardHelpOptions = true, description = "Each meeting with the pledges announced there.")
    static final class Meetings implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.meetings(t, common.audience()));
        }
    }

    @Command(name = "needs", mixinStandardHelpOptions = true, description = "Needs against pledges, allocations and deliveries.")
    static final class Needs implements Callable<Integer> {
        @Mixin
        Common common;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return common.print(spec, (s, t) -> s.needs(t, common.audience()));
        }
    }
}
