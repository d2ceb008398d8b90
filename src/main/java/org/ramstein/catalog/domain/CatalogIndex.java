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

    /** Words that describe a system without naming one: "infantry fighting vehicle MARDER" still names only the Marder. */
    private static final java.util.Set<String> DESCRIPTORS = java.util.Set.of("infantry", "fighting", "vehicle", "vehicles", "tank", "tanks",
            "main", "battle", "howitzer", "howitzers", "self", "propelled", "artillery", "gun", "guns", "system", "systems", "air",
            "defence", "defense", "battery", "batteries", "launcher", "launchers", "multiple", "rocket", "rockets", "missile", "missiles",
            "surface", "to", "anti", "aircraft", "armored", "armoured", "personnel", "carrier", "carriers", "combat", "modified",
            "overhauled", "upgraded", "refurbished", "towed", "mortar", "mortars", "radar", "radars", "drone", "drones", "uav",
            "helicopter", "helicopters", "fighter", "fighters", "jet", "jets", "light", "heavy", "medium", "short", "long", "range",
            "mobile", "truck", "trucks", "utility", "recovery", "engineering", "bridge", "layer", "the", "of", "with", "and", "for",
            "fire", "support", "team", "weapon", "weapons", "platform", "unit", "units", "version", "variant", "block", "configuration",
            "phase", "firing", "mk", "mod", "cruise", "ballistic", "guided", "counter");

    /**
     * Whether a name found at {@code at} is what the text is about: a name of several words opens the text, or every other
     * word only describes it (a category word, a model code with digits, a single letter). "S-70 Black Hawk" contains the
     * word "Hawk" but is not a HAWK; "Mamba Arthur radar" opens with one system's nickname but is another system.
     */
    private static boolean onlyDescribed(List<String> words, int at, int length) {
        if (at == 0 && length > 1) return true;
        for (int i = 0; i < words.size(); i++) {
            if (i >= at && i < at + length) continue;
            String w = words.get(i);
            if (!DESCRIPTORS.contains(w) && !AMMUNITION_WORDS.contains(w) && w.length() > 1 && w.chars().noneMatch(Character::isDigit)) return false;
        }
        return true;
    }

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
        // "FH70 155mm howitzer" names a gun, not its shells; "81mm mortar ammunition" names shells, not the mortar
        boolean aboutAmmunition = words.stream().anyMatch(AMMUNITION_WORDS::contains);
        List<Named> occurring = phrases.stream().filter(p -> aboutAmmunition == p.item().category().startsWith("ammunition"))
                .filter(p -> java.util.Collections.indexOfSubList(words, p.words()) >= 0).toList();
        Named best = occurring.stream().filter(p -> onlyDescribed(words, java.util.Collections.indexOfSubList(words, p.words()), p.words().size()))
                .findFirst().orElse(null); // phrases are longest first
        if (best == null) return Optional.empty();
        // another system named at the same length: no guess
        boolean ambiguous = occurring.stream().anyMatch(p -> p.length() == best.length() && !p.item().id().equals(best.item().id()));
        return ambiguous ? Optional.empty() : Optional.of(best.item());
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
