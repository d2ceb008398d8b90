package org.ramstein.ledger.events;

public record MeetingRecorded(String meetingId, long recordedAt) implements LedgerEvent {
}
