package org.ramstein.importers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One file format Ramstein can load. An importer parses the whole file and writes its rows through the context's
 * writer inside one transaction; a bad row throws {@link org.ramstein.common.ValidationException} naming the row.
 */
public interface Importer {
    /** The name users type: "kiel-activities". */
    String format();

    /** One line for --help. */
    String description();

    /** Writes the file's rows; returns the number of rows read. */
    int load(ImportContext context, Path file) throws IOException;
}
