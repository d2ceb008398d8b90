package org.ramstein.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * A class of equipment named by a head noun and its modifiers ("armoured recovery vehicles", "air defence systems",
 * "artillery rounds"). {@code category} is the claim category, or null for words that name something outside military
 * aid ("machine guns", "transport aircraft") and so stop other classes from matching. A class that is
 * {@code anaphoric} may refer back to a system named before ("nine more planes" after "MiG-29"); one that is
 * {@code anaphoricOnly} names nothing by itself ("three systems"); one that {@code needsQuantity} is too vague to be
 * a claim without a number ("ammunition", "artillery").
 */
public record GenericClass(String category, Set<String> heads, List<List<String>> keywords, boolean anaphoric, boolean anaphoricOnly,
        boolean needsQuantity) {

    /** Whether the modifiers found before the head contain one of the keywords (every word of it), or none is needed. */
    boolean accepts(Set<String> modifiers) {
        if (keywords.isEmpty()) return true;
        for (List<String> k : keywords) {
            if (modifiers.containsAll(k)) return true;
        }
        return false;
    }
}
