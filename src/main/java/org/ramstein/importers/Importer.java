package org.ramstein.importers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One file format Ramstein can load. An importer reads and checks the whole file first, then calls
 * {@link ImportContext#begin(int)} and writes its rows through the context's writer, inside the one transaction the
 * {@link ImportService} opened; a bad row throws {@link org.ramstein.common.ValidationException} naming file, row and
 * column, and nothing is written.
 */
public interface Importer {
    /** The name users type: "kiel-activities". */
    String format();

    /** One line for --help. */
    String description();

    /** Who publishes the dataset, as the dataset source names it. */
    String publisher();

    /** Writes the file's rows; returns the number of data rows read. */
    int load(ImportContext context, Path file) throws IOException;
}
