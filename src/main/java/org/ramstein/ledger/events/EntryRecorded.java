package org.ramstein.ledger.events;

import org.ramstein.ledger.domain.EntryKind;

/** An allocation, delivery or commitment adjustment was posted (DeliveryRecorded is this with kind DELIVERY). */
public record EntryRecorded(long entryId, EntryKind kind, String lineId, String donorCode, Long quantity, long recordedAt) implements LedgerEvent {
}
