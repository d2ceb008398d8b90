package org.ramstein.ledger.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ramstein.catalog.domain.CatalogIndex;

/** Resolves donor names, codes and adjectives ("German", "DE", "DEU", "Turkey") to donors. */
public final class DonorIndex {
    private final Map<String, Donor> byCode = new HashMap<>();
    private final Map<String, Donor> byKey = new HashMap<>();

    public DonorIndex(List<Donor> donors) {
        for (Donor d : donors) {
            byCode.put(d.code(), d);
            byKey.put(CatalogIndex.key(d.code()), d);
            byKey.put(CatalogIndex.key(d.name()), d);
            if (d.iso2() != null && !d.iso2().isBlank()) byKey.putIfAbsent(CatalogIndex.key(d.iso2()), d);
        }
        for (Donor d : donors) {
            for (String alias : d.aliases()) byKey.putIfAbsent(CatalogIndex.key(alias), d);
        }
    }

    public Optional<Donor> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Donor> resolve(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        Donor d = byCode.get(name.trim());
        return d != null ? Optional.of(d) : Optional.ofNullable(byKey.get(CatalogIndex.key(name)));
    }

    public List<Donor> all() {
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Donor::name)).toList();
    }
}
