package org.ramstein.ledger.domain;

import java.time.LocalDate;

/** A contact-group meeting (the "Ramstein" format) or another occasion where aid was announced. */
public record Meeting(String id, LocalDate heldOn, String place, String title, String format, long recordedAt, String recordedBy) {
}
