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
    /** Every name and alias as its words, longest first, for finding a system named inside a longer text. */
    private final List<Named> phrases = new java.util.ArrayList<>();

    private static final java.util.Set<String> AMMUNITION_WORDS = java.util.Set.of("ammunition", "ammo", "round", "rounds", "shell",
            "shells", "projectile", "projectiles", "cartridge", "cartridges", "munition", "munitions");

    private record Named(List<String> words, int length, CatalogItem item) {
    }

    public CatalogIndex(List<CatalogItem> items) {
        for (CatalogItem item : items) {
            byId.put(item.id(), item);
            byKey.putIfAbsent(key(item.name()), item);
        }
        // aliases after names, so an alias never shadows another entry's own name
        for (CatalogItem item : items) {
            for (String alias : item.aliases()) byKey.putIfAbsent(key(alias), item);
        }
        for (CatalogItem item : items) {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(item.name()), item.aliases().stream()).map(CatalogIndex::words)
                    .filter(w -> !w.isEmpty()).distinct()
                    .forEach(w -> phrases.add(new Named(w, String.join("", w).length(), item)));
        }
        phrases.sort(java.util.Comparator.comparingInt(Named::length).reversed());
    }

    /** The words of a name, folded like {@link #key}: "Infantry fighting vehicle MARDER" gives [infantry, fighting, vehicle, marder]. */
    static List<String> words(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(n.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The catalogue entry named somewhere inside a longer text ("infantry fighting vehicle MARDER", "M777 howitzer"):
     * the longest name or alias found as whole words. Two different entries found at that same length is no answer,
     * rather than a guess.
     */
    public Optional<CatalogItem> findIn(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<CatalogItem> exact = resolve(text);
        if (exact.isPresent()) return exact;
        List<String> words = words(text);
        // "FH70 155mm howitzer" names a gun: its calibre must not make it the gun's shells
        boolean aboutAmmunition = words.stream().anyMatch(AMMUNITION_WORDS::contains);
        CatalogItem found = null;
        int foundLength = -1;
        for (Named p : phrases) {
            if (p.length() < foundLength) break;
            if (!aboutAmmunition && p.item().category().startsWith("ammunition")) continue;
            if (java.util.Collections.indexOfSubList(words, p.words()) < 0) continue;
            if (found != null && !found.id().equals(p.item().id())) return Optional.empty();
            found = p.item();
            foundLength = p.length();
        }
        return Optional.ofNullable(found);
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
