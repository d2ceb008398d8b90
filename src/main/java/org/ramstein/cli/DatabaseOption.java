package org.ramstein.cli;

import org.ramstein.App;
import picocli.CommandLine.Option;

/** The --db option every command that touches the ledger shares. */
public final class DatabaseOption {
    @Option(names = "--db", paramLabel = "<jdbc-url>",
            description = "Database: jdbc:sqlite:<file> (default jdbc:sqlite:data/ramstein.db) or jdbc:postgresql://host/db?user=..&password=..")
    String url;

    public App open() {
        return App.open(url);
    }

    public String url() {
        return url;
    }
}
