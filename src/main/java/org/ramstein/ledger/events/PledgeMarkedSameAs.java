package org.ramstein.ledger.events;

public record PledgeMarkedSameAs(String pledgeId, String sameAsId, String reason, long recordedAt) implements LedgerEvent {
}
