package org.ramstein.sources.domain;

/** One imported file: the same file (by content hash) is never imported twice in the same format. */
public record ImportBatch(String id, String format, String fileName, String sha256, int rowCount, long recordedAt, String recordedBy) {
}
