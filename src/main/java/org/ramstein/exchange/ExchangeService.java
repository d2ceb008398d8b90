package org.ramstein.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.LedgerWriter;

/**
 * Ramstein's own exchange format: every column of every table, ids included, as a zip of CSV files or one XLSX
 * workbook. An export restored into an empty ledger gives back the same rows, so reports (with their asOf and knownAt
 * clocks) answer exactly as before.
 */
public final class ExchangeService {
    private final Ledger ledger;

    public ExchangeService(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Every row of every table, the whole ledger. */
    public TableCounts export(Path target, ExportFormat format) throws IOException {
        return export(target, format, Audience.EVERYTHING);
    }

    /** The rows {@code audience} may see (for the public: a file to publish, holding no restricted entry). */
    public TableCounts export(Path target, ExportFormat format, Audience audience) throws IOException {
        return new ExchangeExporter(ledger.database().dataSource(), audience).export(target, format);
    }

    /** Restores a file in one transaction of its own: every table, or (on any problem) nothing. */
    public TableCounts importFrom(Path file) throws IOException {
        requireFile(file);
        try {
            return ledger.write(w -> {
                try {
                    return restore(w, file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Loads a pledge-lines CSV ({@link PledgeLinesLoader#COLUMNS}) in one transaction under a new import batch; returns
     * the number of lines written (each with its pledge and commitment posting).
     */
    public long loadPledgeLines(Path file, org.ramstein.catalog.domain.CatalogIndex catalog,
                                org.ramstein.ledger.domain.DonorIndex donors, String recordedBy) throws IOException {
        requireFile(file);
        try {
            return ledger.write(w -> {
                long now = ledger.clock().nowMicros();
                String batchId = org.ramstein.storage.Ids.next("bt");
                // the file is parsed on a second thread from now on, while this one reads it once more for the batch row
                try (PledgeLinesLoader.Parsing parsing = new PledgeLinesLoader(catalog, donors).start(w, file, batchId, now, recordedBy)) {
                    FileSummary summary = summarise(file);
                    w.batch(new org.ramstein.sources.domain.ImportBatch(batchId, "pledge-lines", file.getFileName().toString(), summary.sha256(),
                            summary.rows(), now, recordedBy));
                    try (BulkPragmas ignored = BulkPragmas.apply(w, summary.rows())) {
                        return parsing.writeTo(w);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file's SHA-256 and its number of data rows (as {@link PledgeLinesLoader#countDataRows}), in one read. */
    record FileSummary(String sha256, int rows) {
    }

    static FileSummary summarise(Path file) throws IOException {
        java.security.MessageDigest sha = ExchangeExporter.sha256();
        long lines = 0;
        boolean lastWasNewline = true;
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') lines++;
                }
                lastWasNewline = buf[n - 1] == '\n';
            }
        }
        if (!lastWasNewline) lines++;
        int rows = (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
        return new FileSummary(java.util.HexFormat.of().formatHex(sha.digest()), rows);
    }

    /** Restores a file inside the caller's transaction (the importer contract). */
    static TableCounts restore(LedgerWriter writer, Path file) throws IOException {
        Dialect dialect = writer.dialect();
        // the format carries what was recorded, not its versions: what it restores is at version 1 (no revision row)
        return new ExchangeImporter(writer.handle().getConnection(), dialect).load(file);
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) throw new ValidationException("file", "'" + file + "' does not exist or is not a file");
    }
}
