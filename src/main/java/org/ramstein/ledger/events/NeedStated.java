package org.ramstein.ledger.events;

public record NeedStated(String needId, String capability, long recordedAt) implements LedgerEvent {
}
