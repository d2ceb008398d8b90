package org.ramstein.importers;

import java.time.LocalDate;
import java.util.Map;

/** What one import did: rows read and written under a batch, or nothing because the same file was imported before. */
public record ImportResult(String format, String fileName, String batchId, int rows, long millis, boolean alreadyImported,
                           LocalDate importedOn, Map<String, Integer> skipped) {

    public String message() {
        if (alreadyImported) {
            return format + ": " + fileName + " already imported on " + importedOn + " as batch " + batchId + ": nothing changed";
        }
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%s: %,d rows imported from %s in %.1f s (batch %s)",
                format, rows, fileName, millis / 1000.0, batchId));
        skipped.forEach((reason, n) -> sb.append(String.format(java.util.Locale.ROOT, "%n  %,d rows left out: %s", n, reason)));
        return sb.toString();
    }
}
