package org.ramstein.extract.domain;

import java.util.Map;
import java.util.Set;

/**
 * The category vocabulary claims are labelled in, and how the catalogue's categories map to it where they differ
 * (the catalogue keeps finer or other codes: towed artillery, rocket launchers, cruise missiles...). Pure data.
 */
public final class Categories {
    private Categories() {
    }

    public static final Set<String> VOCABULARY = Set.of("main_battle_tank", "armoured_fighting_vehicle", "infantry_fighting_vehicle",
            "armoured_personnel_carrier", "infantry_mobility_vehicle", "mrap", "light_tactical_vehicle", "armoured_vehicle_generic",
            "armoured_recovery_vehicle", "engineering_vehicle", "medical_vehicle", "self_propelled_artillery", "artillery_generic", "mortar",
            "sam_long_range", "sam_medium_range", "sam_short_range", "manpads", "air_defense_generic", "air_defense_munition",
            "rocket_munition", "anti_tank_weapon", "long_range_strike_missile", "guided_bomb", "fighter_aircraft", "uav", "counter_uas",
            "radar", "ammunition_155mm", "ammunition_120mm_mortar", "ammunition_artillery_unspecified", "ammunition_generic",
            "mines_explosives", "support_package", "unit_formation", "percentage", "funding");

    private static final Map<String, String> FROM_CATALOG = Map.ofEntries(
            Map.entry("towed_artillery", "artillery_generic"),
            Map.entry("mlrs", "artillery_generic"),
            Map.entry("spaag", "air_defense_generic"),
            Map.entry("anti_aircraft_gun", "air_defense_generic"),
            Map.entry("cruise_missile", "long_range_strike_missile"),
            Map.entry("ballistic_missile", "long_range_strike_missile"),
            Map.entry("guided_rocket", "long_range_strike_missile"),
            Map.entry("anti_ship_missile", "long_range_strike_missile"),
            Map.entry("air_launched_missile", "long_range_strike_missile"),
            Map.entry("attack_aircraft", "fighter_aircraft"),
            Map.entry("loitering_munition", "uav"),
            Map.entry("ammunition_152mm", "ammunition_artillery_unspecified"),
            Map.entry("ammunition_122mm", "ammunition_artillery_unspecified"),
            Map.entry("ammunition_105mm", "ammunition_artillery_unspecified"),
            Map.entry("ammunition_tank", "ammunition_generic"),
            Map.entry("ammunition_autocannon", "ammunition_generic"),
            Map.entry("ammunition_air_defense_gun", "air_defense_munition"));

    /** The claim category of a catalogue category; categories outside both (helicopters) pass through unchanged. */
    public static String fromCatalog(String catalogCategory) {
        return FROM_CATALOG.getOrDefault(catalogCategory, catalogCategory);
    }

    /** The category of a system's munitions ("ammunition for HIMARS", "munitions for NASAMS"), from its catalogue category. */
    public static String munitionOf(String catalogCategory) {
        return switch (catalogCategory) {
            case "sam_long_range", "sam_medium_range", "sam_short_range", "manpads", "spaag", "anti_aircraft_gun" -> "air_defense_munition";
            case "mlrs" -> "rocket_munition";
            case "self_propelled_artillery", "towed_artillery" -> "ammunition_artillery_unspecified";
            case "mortar" -> "ammunition_generic";
            default -> "ammunition_generic";
        };
    }

    /**
     * The unit of a count: "rounds" for ammunition counted in thousands or said to be rounds or shells ("75,000 155mm",
     * "500 rounds"), else none.
     */
    static String countUnit(String category, Long count, boolean saysRounds) {
        return count != null && category.startsWith("ammunition") && (count >= 1000 || saysRounds) ? "rounds" : null;
    }

    /** Categories that are themselves something fired or launched: "GMLRS rockets" are the GMLRS, not its munitions. */
    public static boolean isMunition(String category) {
        return category.startsWith("ammunition") || category.endsWith("_munition") || category.equals("anti_tank_weapon")
                || category.equals("manpads") || category.equals("long_range_strike_missile") || category.equals("guided_bomb")
                || category.equals("mines_explosives") || category.equals("cruise_missile") || category.equals("ballistic_missile")
                || category.equals("guided_rocket") || category.equals("loitering_munition") || category.equals("anti_ship_missile")
                || category.equals("air_launched_missile");
    }

    static final Set<String> VEHICLES = Set.of("main_battle_tank", "armoured_fighting_vehicle", "infantry_fighting_vehicle",
            "armoured_personnel_carrier", "infantry_mobility_vehicle", "mrap", "light_tactical_vehicle", "armoured_vehicle_generic",
            "armoured_recovery_vehicle", "engineering_vehicle", "medical_vehicle");
    static final Set<String> AIR_DEFENCE = Set.of("sam_long_range", "sam_medium_range", "sam_short_range", "manpads", "air_defense_generic",
            "radar", "counter_uas");
    static final Set<String> ARTILLERY = Set.of("self_propelled_artillery", "artillery_generic", "mortar");

    /**
     * The categories a class word covers: "tanks" covers battle tanks and the light tanks press calls them, "armoured
     * vehicles" every armoured vehicle, "air defence systems" every air defence system. A claim category when the
     * class names one kind of thing; a wider set for the words that only refer back ("systems", "vehicles").
     */
    public static boolean covers(String classCategory, String category) {
        if (classCategory.equals(category)) return true;
        return switch (classCategory) {
            case "main_battle_tank" -> category.equals("armoured_fighting_vehicle");
            case "armoured_vehicle_generic", "any_vehicle" -> VEHICLES.contains(category) || category.equals("self_propelled_artillery");
            case "armoured_personnel_carrier" -> category.equals("infantry_fighting_vehicle");
            case "artillery_generic" -> ARTILLERY.contains(category);
            case "air_defense_generic" -> AIR_DEFENCE.contains(category);
            case "air_defense_munition" -> category.equals("manpads");
            case "ammunition_artillery_unspecified" -> category.equals("ammunition_155mm");
            case "any_system" -> !isMunition(category) && !category.equals("funding");
            default -> false;
        };
    }
}
