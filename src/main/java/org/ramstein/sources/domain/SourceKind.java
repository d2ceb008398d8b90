package org.ramstein.sources.domain;

import org.ramstein.ledger.domain.Codes;

public enum SourceKind {
    WEB, DOCUMENT, DATASET, MANUAL, GENERAL_KNOWLEDGE;

    public String code() {
        return Codes.of(this);
    }

    public static SourceKind fromCode(String code) {
        return Codes.parse(SourceKind.class, code);
    }
}
