package org.ramstein.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import", description = "(being built)")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'import' is not built yet");
    }
}
