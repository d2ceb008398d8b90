package org.ramstein.ledger.domain;

/** A donor's commitment as announced; immutable once recorded. Lines and postings hang off it. */
public record Pledge(
        String id,
        String donorCode,
        AidType aidType,
        String title,
        FuzzyDate announced,
        String meetingId,
        Visibility visibility,
        String supersedesId,
        String batchId,
        Integer sourceRow,
        long recordedAt,
        String recordedBy) {
}
