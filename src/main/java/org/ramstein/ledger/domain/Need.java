package org.ramstein.ledger.domain;

import java.time.LocalDate;

/** A requirement Ukraine has stated: what capability, how many, how urgent, by when. */
public record Need(
        String id,
        String capability,
        String itemId,
        String category,
        String description,
        Quantity quantity,
        int priority,
        LocalDate neededBy,
        FuzzyDate stated,
        Visibility visibility,
        String supersedesId,
        long recordedAt,
        String recordedBy) {
}
