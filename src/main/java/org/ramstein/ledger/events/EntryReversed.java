package org.ramstein.ledger.events;

public record EntryReversed(long reversedId, long reversalId, String reason, long recordedAt) implements LedgerEvent {
}
