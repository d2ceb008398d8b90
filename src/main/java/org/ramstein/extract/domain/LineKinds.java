package org.ramstein.extract.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind a line that heads something says of what it heads: "Deliveries (receipt confirmed)", "Section B - Pledges made
 * in the period", "Pledged, not yet handed over" above a table or a list. Pure.
 */
final class LineKinds {
    private LineKinds() {
    }

    private static final List<String> DELIVERED_WORDS = List.of("delivered", "deliveries", "handed over", "arrived", "received", "in service",
            "shipped", "dispatched");
    private static final List<String> PLEDGED_WORDS = List.of("pledged", "pledges", "promised", "committed", "commitments", "announced");

    /** "to be bought from industry and delivered", "will be delivered": the words of a thing still to come, before its verb. */
    private static final Pattern FUTURE = Pattern.compile("\\b(to|will|shall) be\\b[^.;:]{0,50}$");

    /**
     * The kind a line (in lower case) says, where it says one and not both: {@link Claim#DELIVERY} or {@link Claim#PLEDGE};
     * null if it says neither or both. "Pledges (announced, not yet delivered)" and "end items to be bought and delivered"
     * say what is still to come.
     */
    static String said(String line) {
        boolean delivered = DELIVERED_WORDS.stream().anyMatch(w -> saidOf(line, w));
        boolean pledged = PLEDGED_WORDS.stream().anyMatch(w -> notDenied(line, w)) || DELIVERED_WORDS.stream().anyMatch(w -> toCome(line, w));
        return delivered == pledged ? null : delivered ? Claim.DELIVERY : Claim.PLEDGE;
    }

    private static final Pattern ASKED = Pattern.compile("\\b(requests?|requested|asks|wish list|shopping list)\\b");

    /** Whether a line (in lower case) says what it heads was asked for: "Ukraine's asks", "requests still open". */
    static boolean asked(String line) {
        return ASKED.matcher(line).find();
    }

    private static final Pattern DENIAL = Pattern.compile("(^|\\W)(not|no)$");

    /** Whether a line says {@code word} other than denied: "(not pledges)", "no commitments" say none was made. */
    private static boolean notDenied(String line, String word) {
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            String before = line.substring(0, at).stripTrailing();
            if (!DENIAL.matcher(before).find()) return true;
        }
        return false;
    }

    /** Whether a line says {@code word} other than as what has not happened yet ("Pledged, not yet handed over"). */
    private static boolean saidOf(String line, String word) {
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            String before = line.substring(0, at).stripTrailing();
            if (!(before.endsWith("not") || before.endsWith("not yet") || before.endsWith("yet to be") || FUTURE.matcher(before).find())) return true;
        }
        return false;
    }

    /** Whether a line says {@code word} of what is still to come ("to be delivered", "will be delivered"). */
    private static boolean toCome(String line, String word) {
        for (int at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
            if (FUTURE.matcher(line.substring(0, at).stripTrailing()).find()) return true;
        }
        return false;
    }
}
