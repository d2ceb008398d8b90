package org.ramstein.ledger.domain;

/** How a donor pays for what it gives: from its own stocks, by new procurement, jointly or through a third party. */
public enum FundingRoute {
    STOCKS, PROCUREMENT, JOINT, UNKNOWN;

    public String code() {
        return Codes.of(this);
    }

    public static FundingRoute fromCode(String code) {
        return Codes.parse(FundingRoute.class, code);
    }
}
