package org.ramstein.sources.domain;

import java.time.LocalDate;

/**
 * Where a figure comes from: a web page, a document, a dataset file, a person's manual entry, or general knowledge
 * (said as such, when no publication can be named with certainty).
 */
public record Source(
        String id,
        SourceKind kind,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String contentHash,
        String enteredBy,
        String batchId,
        long recordedAt) {
}
