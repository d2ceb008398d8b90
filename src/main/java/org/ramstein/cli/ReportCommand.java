package org.ramstein.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "report", description = "(being built)")
public final class ReportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'report' is not built yet");
    }
}
