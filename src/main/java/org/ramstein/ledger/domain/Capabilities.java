package org.ramstein.ledger.domain;

import java.util.List;

/** The contact group's capability coalitions, the vocabulary needs and catalogue entries are grouped by. */
public final class Capabilities {
    private Capabilities() {
    }

    public static final List<String> ALL = List.of(
            "air_force", "armour", "artillery", "demining", "drones", "air_and_missile_defence", "it", "maritime");

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }
}
