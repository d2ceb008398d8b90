package org.ramstein.ledger.domain;

public enum Visibility {
    PUBLIC, RESTRICTED;

    public String code() {
        return Codes.of(this);
    }

    public static Visibility fromCode(String code) {
        return Codes.parse(Visibility.class, code);
    }
}
