package org.ramstein.catalog.domain;

import java.util.List;

/** A system, munition or kind of funding the ledger counts, with the names sources use for it. */
public record CatalogItem(
        String id,
        String name,
        String category,
        String coalition,
        String origin,
        List<String> aliases,
        Long unitPriceEurCents,
        String unitPriceSource,
        boolean verified,
        String notes) {
}
