package org.ramstein.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JVM thread dump (what SIGQUIT prints) for what an import was doing: the main thread's innermost frame that
 * belongs to a known step, and the pledge-lines parser thread's, when there is one.
 */
final class ThreadDumps {
    private ThreadDumps() {
    }

    /** Frame markers of the main thread, each with the step it means; the innermost frame that matches one decides. */
    private static final String[][] MAIN = {
        {"BulkPragmas.rebuildSqlite", "rebuilding the dropped indexes"},
        {"BulkPragmas.close", "rebuilding the dropped indexes"},
        {"PgDeferredKeys.verify", "verifying the load's foreign keys"},
        {"BulkPragmas.dropIndexes", "dropping the indexes for the load"},
        {"BulkPragmas.apply", "preparing the bulk load"},
        {"PostingTotals", "adding to the running totals"},
        {"PledgeLinesLoader.refuseExisting", "looking for pledges already in the ledger"},
        {"PledgeLinesLoader.holdsPledges", "looking for pledges already in the ledger"},
        {"LedgerWriter$Batch.flush", "writing rows"},
        {"LedgerWriter$Batch.copy", "writing rows (COPY)"},
        {"LedgerWriter.write", "writing rows"},
        {"LedgerWriter.flush", "writing rows"},
        {"PledgeLinesLoader$Parsing.writeTo", "waiting for parsed rows"},
        {".commit(", "committing"},
        {"LocalTransactionHandler", "in the import's transaction, between steps"},
        {"PledgeLinesLoader.countDataRows", "counting the file's rows"},
        {"ImportService.sha256", "hashing the file"},
        {"ImportService.previous", "looking for an earlier import of the file"},
        {"CatalogService.sync", "open: refreshing the reference data"},
        {"org.flywaydb", "open: migrating (Flyway)"},
        {"HikariDataSource.<init>", "open: connecting"},
        {"org.ramstein.storage.Database.<init>", "open: connecting"},
        {"org.ramstein.storage.Database.open", "open: connecting"},
        {"App.<init>", "open: starting the services"},
        {"org.ramstein.storage.Database.close", "exiting: closing the database"},
        {"org.ramstein.audit", "recording the command in the audit trail"},
        {"java.lang.Shutdown", "exiting"},
        {"java.lang.Runtime.exit", "exiting"},
        {"picocli", "starting the command"},
    };

    private static final String[][] PARSER = {
        {"PledgeLinesLoader$Chunks.put", "waiting for the writer"},
        {"LedgerWriter$BulkRows", "preparing rows"},
        {"org.apache.commons.csv", "parsing CSV"},
        {"PledgeLinesLoader.parse", "checking rows"},
    };

    static String landedOn(String dump) {
        if (!dump.contains("Full thread dump")) return "no thread dump: the JVM was starting or stopping";
        List<String> main = frames(dump, "\"main\"");
        String step = main.isEmpty() ? "exiting (no main thread)" : step(main, MAIN) + ownFrame(main);
        List<String> parser = frames(dump, "\"pledge-lines-parser\"");
        if (!parser.isEmpty()) step += "; parser " + step(parser, PARSER);
        return step;
    }

    /** Whether the main thread of {@code dump} has a frame containing {@code marker}. */
    static boolean mainShows(String dump, String marker) {
        return frames(dump, "\"main\"").stream().anyMatch(f -> f.contains(marker));
    }

    private static String step(List<String> frames, String[][] markers) {
        for (String frame : frames) {
            for (String[] m : markers) if (frame.contains(m[0])) return m[1];
        }
        String top = frames.get(0).replaceFirst("^\\s*at ", "");
        return "elsewhere (" + (top.length() > 60 ? top.substring(0, 60) : top) + ")";
    }

    /** The innermost frame of Ramstein's own code, as " [Class.method]", or nothing. */
    private static String ownFrame(List<String> frames) {
        for (String f : frames) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("at org\\.ramstein\\.(?:[a-z]+\\.)*([A-Za-z$]+\\.[A-Za-z<>$0-9]+)\\(").matcher(f);
            if (m.find()) return " [" + m.group(1) + "]";
        }
        return "";
    }

    /** The "at ..." lines of the thread whose header starts with {@code name}, innermost first. */
    private static List<String> frames(String dump, String name) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : dump.split("\n")) {
            if (line.startsWith(name + " ")) {
                in = true;
                continue;
            }
            if (in && line.isBlank()) break;
            if (in && line.strip().startsWith("at ")) out.add(line.strip());
        }
        return out;
    }
}
