package org.ramstein.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the command line as a user types it: its exit code and what it printed on each stream. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine cl = RamsteinCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
