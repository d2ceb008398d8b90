package org.ramstein.exchange;

import java.nio.file.Path;
import java.util.Locale;

/** The two containers of the ramstein exchange format: a zip of CSV files, or one XLSX workbook. */
public enum ExportFormat {
    CSV, XLSX;

    /** Chosen by the file name: .xlsx is a workbook, .zip (or anything else) the CSV archive. */
    public static ExportFormat forFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
