package org.ramstein.ledger.domain;

public enum NeedStatus {
    OPEN, PARTIALLY_MET, MET, WITHDRAWN;

    public String code() {
        return Codes.of(this);
    }

    public static NeedStatus fromCode(String code) {
        return Codes.parse(NeedStatus.class, code);
    }
}
