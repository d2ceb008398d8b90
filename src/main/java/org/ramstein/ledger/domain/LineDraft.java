package org.ramstein.ledger.domain;

/** A pledge line as a writer states it. {@code item} is a catalogue id or any name the catalogue knows. */
public record LineDraft(String item, String itemText, String category, Quantity quantity, Money value, FundingRoute fundingRoute) {
}
