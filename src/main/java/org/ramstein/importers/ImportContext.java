package org.ramstein.importers;

import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.ledger.domain.DonorIndex;
import org.ramstein.storage.LedgerWriter;

/**
 * What an importer may use while it loads one file: the transaction's writer, the catalogue and donor indexes, the
 * batch (whose id every row carries as its origin), the dataset source created for the file, the time of recording,
 * and a progress callback for large files.
 */
public record ImportContext(
        LedgerWriter writer,
        CatalogIndex catalog,
        DonorIndex donors,
        String batchId,
        String sourceId,
        long recordedAt,
        String recordedBy,
        java.util.function.IntConsumer progress) {
}
