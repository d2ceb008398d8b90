package org.ramstein.cli;

import org.ramstein.common.DomainException;
import org.ramstein.common.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "ramstein", mixinStandardHelpOptions = true, version = "ramstein 0.1.0",
        description = "The system of record for military aid to Ukraine: needs, pledges, allocations and deliveries with their sources.",
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, ReportCommand.class, ExportCommand.class,
            BenchCommand.class, ConformanceCommand.class, ExtractCommand.class, ExtractScoreCommand.class, IngestCommand.class, UserCommand.class,
            AuditTrailCommand.class,
            CommandLine.HelpCommand.class})
public final class RamsteinCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RamsteinCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("ramstein: " + describe(ex));
            return ex instanceof DomainException ? 2 : 1;
        });
        return cl;
    }

    /** A user-facing sentence for a failure: field errors one per line, never a stack trace. */
    static String describe(Throwable ex) {
        if (ex instanceof ValidationException v) {
            StringBuilder sb = new StringBuilder(v.title().toLowerCase());
            v.errors().forEach(e -> sb.append(System.lineSeparator()).append("  ").append(e));
            return sb.toString();
        }
        if (ex instanceof DomainException) return ex.getMessage();
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return ex.getMessage() != null && !ex.getMessage().equals(msg) ? ex.getMessage() + " (" + msg + ")" : msg;
    }
}
