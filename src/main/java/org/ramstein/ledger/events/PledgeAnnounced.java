package org.ramstein.ledger.events;

import java.util.List;

public record PledgeAnnounced(String pledgeId, String donorCode, List<String> lineIds, long recordedAt) implements LedgerEvent {
}
