package org.ramstein.ledger.domain;

import java.time.LocalDate;

public record NeedStatusChange(Long id, String needId, NeedStatus status, LocalDate changedOn, String note, long recordedAt, String recordedBy) {
}
