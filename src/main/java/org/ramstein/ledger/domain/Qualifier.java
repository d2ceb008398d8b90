package org.ramstein.ledger.domain;

/** How exactly a source states a quantity or value. */
public enum Qualifier {
    EXACT, UP_TO, MORE_THAN, ABOUT, RANGE, UNSPECIFIED;

    public String code() {
        return Codes.of(this);
    }

    public static Qualifier fromCode(String code) {
        return Codes.parse(Qualifier.class, code);
    }
}
