package org.ramstein.ledger.events;

public record PledgeRetracted(String pledgeId, String reason, long recordedAt) implements LedgerEvent {
}
