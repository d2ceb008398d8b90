package org.ramstein.exchange;

import java.io.IOException;
import java.nio.file.Path;
import org.ramstein.importers.ImportContext;
import org.ramstein.importers.Importer;

/** The "ramstein" import format: restores an export of this system (zip of CSVs or XLSX) with its ids. */
public final class RamsteinImporter implements Importer {
    @Override
    public String format() {
        return ExchangeTables.FORMAT;
    }

    @Override
    public String description() {
        return "Ramstein's own export (.zip of CSV files or .xlsx), restored row for row with its ids";
    }

    @Override
    public String publisher() {
        return "Ramstein export";
    }

    @Override
    public int load(ImportContext context, Path file) throws IOException {
        ExchangeService.requireFile(file);
        // the restored rows carry their own batches; this file's batch is written after them, with the true row count
        int rows = (int) Math.min(Integer.MAX_VALUE, ExchangeService.restore(context.writer(), file).total());
        context.begin(rows);
        return rows;
    }
}
