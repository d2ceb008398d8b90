package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes of equipment texts name without naming a system, in the claim category vocabulary. Order matters: the
 * first class whose head and keywords match wins, so narrower classes come first. Pure data.
 */
public final class GenericClasses {
    private GenericClasses() {
    }

    private static final List<GenericClass> CLASSES = new ArrayList<>();
    /** Every word that can be part of a class name before its head. */
    static final Set<String> CLASS_WORDS = new HashSet<>();
    static final Set<String> HEADS = new HashSet<>();

    private static void add(String category, String heads, String keywords, boolean anaphoric, boolean anaphoricOnly, boolean needsQuantity) {
        Set<String> h = Set.of(heads.split(" "));
        List<List<String>> k = keywords.isEmpty() ? List.of()
                : Arrays.stream(keywords.split(",")).map(String::trim).map(s -> List.of(s.split(" "))).toList();
        CLASSES.add(new GenericClass(category, h, k, anaphoric, anaphoricOnly, needsQuantity));
        HEADS.addAll(h);
        k.forEach(CLASS_WORDS::addAll);
    }

    private static void add(String category, String heads, String keywords) {
        add(category, heads, keywords, false, false, false);
    }

    static {
        add(null, "guns gun rifles rifle", "machine, assault, sniper, hand, small");
        add(null, "aircraft planes plane jets", "transport, cargo, civilian, passenger, training, trainer, surveillance, airborne, tanker");
        add(null, "vehicles vehicle trucks", "civilian, fire, police, passenger");
        add("unit_formation", "brigades brigade battalions battalion", "");
        add("manpads", "manpads", "");
        add("manpads", "systems system missiles launchers", "man portable");
        add("medical_vehicle", "vehicles vehicle", "medical, ambulance, medevac, evacuation");
        add("medical_vehicle", "ambulances", "");
        add("armoured_recovery_vehicle", "vehicles vehicle", "recovery");
        add("engineering_vehicle", "vehicles vehicle capabilities capability equipment systems package layers bridges tanks tank",
                "bridging, breaching, bridge, mine clearing, demining, engineering, minefield");
        add("engineering_vehicle", "rollers roller ploughs plough plows", "mine");
        add("mines_explosives", "charges charge", "mine clearing, line, explosive");
        add("counter_uas", "systems system equipment capabilities guns jammers", "counter drone, anti drone, counter uas, counter uav");
        add("uav", "drones drone uavs uav uas", "");
        add("uav", "systems vehicles system vehicle aircraft", "aerial, unmanned, uncrewed");
        add("mines_explosives", "munitions mines charges", "demolition, demolitions, anti personnel, personnel");
        add("mines_explosives", "explosives landmines", "");
        add("air_defense_munition", "missiles missile interceptors munitions rockets rounds ammunition",
                "air defence, air defense, anti aircraft, surface to air, interceptor, sam");
        add("air_defense_munition", "interceptors", "");
        add("anti_tank_weapon", "missiles missile weapons systems launchers rockets munitions guns grenade", "anti tank, anti armor, anti armour, antitank");
        add("mines_explosives", "mines", "tank, anti tank, land, naval");
        add("mines_explosives", "mines", "", false, false, true);
        add("sam_short_range", "systems system batteries battery launchers units", "short range air, short range surface to air");
        add("sam_medium_range", "systems system batteries battery launchers units", "medium range air, medium range surface to air");
        add("sam_long_range", "systems system batteries battery launchers units", "long range air, long range surface to air");
        add("air_defense_generic", "systems system defence defense batteries battery launchers capabilities units guns weapons",
                "air, anti aircraft, surface to air");
        add("long_range_strike_missile", "missiles missile rockets", "long range, cruise, ballistic, strike");
        add("guided_bomb", "bombs bomb", "guided, glide, precision, smart");
        add("guided_bomb", "munitions", "aerial");
        add("guided_bomb", "bombs", "", false, false, true);
        add("rocket_munition", "rockets", "artillery, guided, multiple launch");
        add("rocket_munition", "rockets", "", false, false, true);
        add("ammunition_generic", "rounds shells bombs ammunition", "mortar");
        add("ammunition_artillery_unspecified", "rounds shells ammunition projectiles munitions", "artillery, howitzer, cannon, calibre, caliber");
        add("ammunition_artillery_unspecified", "shells", "", false, false, true);
        add("ammunition_generic", "ammunition rounds munitions cartridges ammo", "", false, false, true);
        add("self_propelled_artillery", "howitzers howitzer guns artillery", "self propelled");
        add("rocket_munition", "systems", "guided rocket, laser guided");
        add("artillery_generic", "launchers systems", "rocket, multiple rocket");
        add("artillery_generic", "pieces", "artillery", true, false, false);
        add("artillery_generic", "howitzers howitzer guns cannons", "", true, false, false);
        add("artillery_generic", "artillery", "", true, false, true);
        add("mortar", "mortars mortar", "");
        add("infantry_fighting_vehicle", "vehicles vehicle", "infantry fighting");
        add("infantry_fighting_vehicle", "ifvs ifv", "");
        add("armoured_personnel_carrier", "carriers carrier", "personnel");
        add("armoured_personnel_carrier", "apcs apc", "");
        add("infantry_mobility_vehicle", "vehicles vehicle", "mobility");
        add("mrap", "vehicles vehicle", "mine resistant");
        add("light_tactical_vehicle", "vehicles vehicle trucks", "tactical, utility, all terrain");
        add("light_tactical_vehicle", "trucks", "military, army, cargo, logistics");
        add("armoured_fighting_vehicle", "tanks tank", "light, reconnaissance, wheeled");
        add("armoured_fighting_vehicle", "destroyers", "tank");
        add("main_battle_tank", "tanks tank", "", true, false, false);
        add("armoured_vehicle_generic", "vehicles vehicle", "armored, armoured, protective, protected, combat", true, false, false);
        add("fighter_aircraft", "jets fighters aircraft planes warplanes", "", true, false, false);
        add("radar", "radars radar", "");
        add("any_vehicle", "vehicles", "", true, true, false);
        add("any_system", "systems system units batteries battery launchers launcher", "", true, true, false);
        CLASS_WORDS.addAll(List.of("combat", "main", "battle", "heavy", "light", "medium", "short", "long", "range", "self", "propelled", "truck",
                "mounted", "wheeled", "tracked", "portable", "man", "air", "anti", "aircraft", "armor", "armour", "armored", "armoured",
                "protective", "protected", "infantry", "fighting", "personnel", "recovery", "repair", "medical", "treatment", "engineering",
                "reconnaissance", "guided", "precision", "multiple", "launch", "rocket", "artillery", "howitzer", "tank", "fighter", "unmanned",
                "uncrewed", "aerial", "tactical", "utility", "mobility", "ballistic", "cruise", "strike", "demolition", "demolitions", "explosive", "counter",
                "drone", "battery", "missile", "defence", "defense", "cannon", "mortar", "field", "towed", "coastal", "loitering", "glide",
                "smart", "interceptor", "surface", "mine", "clearing", "laying", "bridging", "breaching", "minefield", "military", "armoured", "radar",
                "jet", "attack", "mobile", "resistant", "ambush", "terrain", "all", "counterbattery", "battlefield", "surveillance", "support", "small", "arms", "laser", "grenade"));
    }

    static List<GenericClass> all() {
        return CLASSES;
    }

    /** Whether a word can be the head of a class name. */
    static boolean isHead(String norm) {
        return HEADS.contains(norm);
    }
}
