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
    public int load(ImportContext context, Path file) throws IOException {
        ExchangeService.requireFile(file);
        long rows = ExchangeService.restore(context.writer(), file).total();
        return (int) Math.min(Integer.MAX_VALUE, rows);
    }
}
