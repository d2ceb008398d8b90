package org.ramstein.ledger.domain;

/** What a ledger entry posts against a pledge line. */
public enum EntryKind {
    COMMITMENT, ALLOCATION, DELIVERY;

    public String code() {
        return Codes.of(this);
    }

    public static EntryKind fromCode(String code) {
        return Codes.parse(EntryKind.class, code);
    }
}
