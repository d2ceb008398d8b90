package org.ramstein.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The heavy-weapon families the overview compares, each a set of catalogue categories. */
public final class HeavyWeapons {
    private HeavyWeapons() {
    }

    public static final Map<String, List<String>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("Tanks", List.of("main_battle_tank"));
        FAMILIES.put("IFVs", List.of("infantry_fighting_vehicle"));
        FAMILIES.put("Artillery", List.of("self_propelled_artillery", "towed_artillery"));
        FAMILIES.put("MLRS", List.of("mlrs"));
        FAMILIES.put("Air defence", List.of("sam_long_range", "sam_medium_range", "sam_short_range", "spaag"));
    }

    public static List<String> allCategories() {
        List<String> out = new ArrayList<>();
        FAMILIES.values().forEach(out::addAll);
        return out;
    }

    public static String familyOf(String category) {
        for (var e : FAMILIES.entrySet()) if (e.getValue().contains(category)) return e.getKey();
        return null;
    }

    public static final String RULE = "Tanks: main battle tanks; IFVs: infantry fighting vehicles; artillery: self-propelled and towed guns "
            + "(not mortars); MLRS: multiple rocket launchers; air defence: long-, medium- and short-range surface-to-air systems and "
            + "self-propelled anti-aircraft guns, counted as launchers or systems as the source states them (MANPADS and missiles not counted).";
}
