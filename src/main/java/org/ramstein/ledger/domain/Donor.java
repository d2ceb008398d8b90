package org.ramstein.ledger.domain;

import java.util.List;

/** A country (ISO 3166 alpha-3 code) or a body such as the EU institutions. */
public record Donor(String code, String name, String kind, String iso2, List<String> aliases) {
}
