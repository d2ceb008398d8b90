package org.ramstein.ledger.domain;

public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    public String code() {
        return Codes.of(this);
    }

    public static DatePrecision fromCode(String code) {
        return Codes.parse(DatePrecision.class, code);
    }
}
