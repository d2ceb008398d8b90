package org.ramstein.importers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.ledger.domain.DonorIndex;
import org.ramstein.sources.domain.ImportBatch;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.storage.LedgerWriter;

/**
 * What an importer may use while it loads one file: the transaction's writer, the catalogue and donor indexes, the
 * batch (whose id every row carries as its origin), the dataset source created for the file, the time of recording,
 * a progress callback, and a tally of rows deliberately left out (with the reason).
 */
public final class ImportContext {
    private final LedgerWriter writer;
    private final CatalogIndex catalog;
    private final DonorIndex donors;
    private final String format;
    private final String fileName;
    private final String sha256;
    private final String publisher;
    private final String batchId;
    private final String sourceId;
    private final long recordedAt;
    private final String recordedBy;
    private final IntConsumer progress;
    private final Map<String, Integer> skipped = new LinkedHashMap<>();
    private boolean begun;

    public ImportContext(LedgerWriter writer, CatalogIndex catalog, DonorIndex donors, String format, String fileName, String sha256,
                         String publisher, String batchId, String sourceId, long recordedAt, String recordedBy, IntConsumer progress) {
        this.writer = writer;
        this.catalog = catalog;
        this.donors = donors;
        this.format = format;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.publisher = publisher;
        this.batchId = batchId;
        this.sourceId = sourceId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.progress = progress == null ? n -> { } : progress;
    }

    /**
     * Writes the batch and its dataset source. Called once the whole file has been read and checked, because the batch
     * row states how many rows the file had and the ledger never updates a row.
     */
    public void begin(int rowCount) {
        if (begun) throw new IllegalStateException("begin() called twice");
        begun = true;
        writer.batch(new ImportBatch(batchId, format, fileName, sha256, rowCount, recordedAt, recordedBy));
        writer.source(new Source(sourceId, SourceKind.DATASET, fileName, publisher, null, null, sha256, recordedBy, batchId, recordedAt));
    }

    /** Reports progress every 1,000 rows written. */
    public void written(int rowsSoFar) {
        if (rowsSoFar % 1000 == 0) progress.accept(rowsSoFar);
    }

    /** Reports the rows written so far at once (bulk loads, which write in large chunks). */
    public void progressed(int rowsSoFar) {
        progress.accept(rowsSoFar);
    }

    public void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    public Map<String, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    public LedgerWriter writer() {
        return writer;
    }

    public CatalogIndex catalog() {
        return catalog;
    }

    public DonorIndex donors() {
        return donors;
    }

    public String fileName() {
        return fileName;
    }

    public String batchId() {
        return batchId;
    }

    public String sourceId() {
        return sourceId;
    }

    public long recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** Row ids are derived from the batch: stable, readable, and unique because the batch id is. */
    public String rowId(int row) {
        return batchId + "." + row;
    }
}
