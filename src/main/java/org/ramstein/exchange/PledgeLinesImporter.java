package org.ramstein.exchange;

import java.io.IOException;
import java.nio.file.Path;
import org.ramstein.importers.ImportContext;
import org.ramstein.importers.Importer;

/** The "pledge-lines" format: one CSV row per pledge line (see {@link PledgeLinesLoader#COLUMNS}), loaded in bulk. */
public final class PledgeLinesImporter implements Importer {
    @Override
    public String format() {
        return "pledge-lines";
    }

    @Override
    public String description() {
        return "Pledges in bulk, one CSV row per line: " + String.join(",", PledgeLinesLoader.COLUMNS);
    }

    @Override
    public String publisher() {
        return "Ramstein (pledge lines in bulk)";
    }

    @Override
    public int load(ImportContext context, Path file) throws IOException {
        int rows = PledgeLinesLoader.countDataRows(file);
        context.begin(rows);
        // the same bulk settings as every pledge-lines load (indexes rebuilt after a load as large as the ledger)
        try (BulkPragmas ignored = BulkPragmas.apply(context.writer(), rows)) {
            long n = new PledgeLinesLoader(context.catalog(), context.donors()).load(context.writer(), file, context.batchId(),
                    context.recordedAt(), context.recordedBy(), written -> context.progressed((int) Math.min(Integer.MAX_VALUE, written)));
            return (int) Math.min(Integer.MAX_VALUE, n);
        }
    }
}
