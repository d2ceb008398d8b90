package org.ramstein.catalog.domain;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves the names sources use ("Leo 2A6", "Challengers") to catalogue entries. Pure and immutable. */
public final class CatalogIndex {
    private final Map<String, CatalogItem> byId = new HashMap<>();
    private final Map<String, CatalogItem> byKey = new HashMap<>();

    public CatalogIndex(List<CatalogItem> items) {
        for (CatalogItem item : items) {
            byId.put(item.id(), item);
            byKey.putIfAbsent(key(item.name()), item);
        }
        // aliases after names, so an alias never shadows another entry's own name
        for (CatalogItem item : items) {
            for (String alias : item.aliases()) byKey.putIfAbsent(key(alias), item);
        }
    }

    /** Folds case, accents, punctuation and spacing: "Leopard-2 A6" and "leopard 2a6" meet. */
    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    public Optional<CatalogItem> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<CatalogItem> resolve(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        CatalogItem hit = byId.get(name.trim());
        if (hit != null) return Optional.of(hit);
        return Optional.ofNullable(byKey.get(key(name)));
    }

    public List<CatalogItem> all() {
        return byId.values().stream().sorted(java.util.Comparator.comparing(CatalogItem::name)).toList();
    }
}
