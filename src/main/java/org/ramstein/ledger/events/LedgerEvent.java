package org.ramstein.ledger.events;

/** Something that happened to the ledger, in the past tense; other modules listen instead of being called. */
public sealed interface LedgerEvent permits PledgeAnnounced, EntryRecorded, EntryReversed, PledgeRetracted,
        PledgeMarkedSameAs, NeedStated, MeetingRecorded {
    long recordedAt();
}
