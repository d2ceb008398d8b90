package org.ramstein.ledger.domain;

/** Kiel's three aid types. */
public enum AidType {
    MILITARY, FINANCIAL, HUMANITARIAN;

    public String code() {
        return Codes.of(this);
    }

    /** "Military" as Kiel writes it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public static AidType fromCode(String code) {
        return Codes.parse(AidType.class, code);
    }
}
