package org.ramstein.extract.domain;

import java.util.List;

/**
 * The qualifier written before a number: "up to", "as many as", "at most", "a maximum of" → up_to; "more than",
 * "over", "at least", "a minimum of", "north of" → more_than; "around", "about", "nearly", "almost", "approximately",
 * "some", "roughly", "just shy of" → about; nothing → exact; a "+" after it ("5,000+") → more_than. Ranges ("40 to 50",
 * "between 40 and 50") are read by the claim extractor with the number they qualify. Pure.
 */
public final class QualifierRules {
    private QualifierRules() {
    }

    private static final java.util.Set<String> PARTICLE_VERBS = java.util.Set.of("handed", "hand", "hands", "handing", "turned", "turn",
            "turns", "turning", "passed", "pass", "took", "taken", "take", "taking", "signed", "sign", "signing");

    public static final String EXACT = "exact";
    public static final String UP_TO = "up_to";
    public static final String MORE_THAN = "more_than";
    public static final String ABOUT = "about";
    public static final String RANGE = "range";
    public static final String UNSPECIFIED = "unspecified";

    /** A qualifier and the token it starts at. */
    public record Found(String qualifier, int from) {
    }

    /** "5,000+": a plus glued after a number makes it a lower bound. */
    public static boolean plusAfter(List<Token> tokens, int end) {
        return end < tokens.size() && end > 0 && tokens.get(end).isPunct('+') && tokens.get(end).start() == tokens.get(end - 1).end();
    }

    /**
     * The qualifier ending just before token {@code at} (looking back no further than {@code floor}), or exact at
     * {@code at}.
     */

    private static final java.util.Set<String> ABOUT_ABBREVIATIONS = java.util.Set.of("c", "ca", "approx", "est", "circ");

    public static Found before(List<Token> tokens, int at, int floor) {
        // "~50 tanks", "≈ $1.2 bn": the sign for "about"
        if (at - 1 >= Math.max(floor, 0) && (tokens.get(at - 1).isPunct('~') || tokens.get(at - 1).isPunct('\u2248'))) return new Found(ABOUT, at - 1);
        // "c. 5,000", "approx. 30", "ca. 40": an abbreviation of "about" with its full stop
        if (at - 2 >= Math.max(floor, 0) && tokens.get(at - 1).isPunct('.') && ABOUT_ABBREVIATIONS.contains(tokens.get(at - 2).norm())
                && tokens.get(at - 2).kind() == Token.Kind.WORD) return new Found(ABOUT, at - 2);
        String w1 = word(tokens, at - 1, floor);
        String w2 = word(tokens, at - 2, floor);
        String w3 = word(tokens, at - 3, floor);
        if ("to".equals(w1) && "up".equals(w2)) return new Found(UP_TO, at - 2);
        // "no more than six": a ceiling; "no fewer than 50": a floor
        boolean no = "no".equals(w3) || "not".equals(w3);
        if ("than".equals(w1) && no && ("more".equals(w2) || "greater".equals(w2))) return new Found(UP_TO, at - 3);
        if ("than".equals(w1) && no && ("less".equals(w2) || "fewer".equals(w2))) return new Found(MORE_THAN, at - 3);
        if ("than".equals(w1) && ("more".equals(w2) || "greater".equals(w2))) return new Found(MORE_THAN, at - 2);
        if ("than".equals(w1) && ("less".equals(w2) || "fewer".equals(w2))) return new Found(UP_TO, at - 2);
        if ("least".equals(w1) && "at".equals(w2)) return new Found(MORE_THAN, at - 2);
        if ("of".equals(w1) && "excess".equals(w2) && "in".equals(w3)) return new Found(MORE_THAN, at - 3);
        if ("to".equals(w1) && "close".equals(w2)) return new Found(ABOUT, at - 2);
        // "just shy of 50": nearly; "north of 50": more than
        if ("of".equals(w1) && "shy".equals(w2)) return new Found(ABOUT, "just".equals(w3) ? at - 3 : at - 2);
        if ("of".equals(w1) && "north".equals(w2)) return new Found(MORE_THAN, at - 2);
        if ("of".equals(w1) && "region".equals(w2) && "the".equals(w3) && "in".equals(word(tokens, at - 4, floor))) return new Found(ABOUT, at - 4);
        if ("estimated".equals(w1) && "an".equals(w2)) return new Found(ABOUT, at - 2);
        // "is estimated at EUR 28 billion": an estimate, not a count
        if ("at".equals(w1) && ("estimated".equals(w2) || "reckoned".equals(w2))) return new Found(ABOUT, at - 2);
        if ("as".equals(w1) && ("many".equals(w2) || "much".equals(w2)) && "as".equals(w3)) return new Found(UP_TO, at - 3);
        if ("most".equals(w1) && "at".equals(w2)) return new Found(UP_TO, at - 2);
        // "a minimum of", "a minimum baseline funding of": a floor; "a maximum of": a ceiling
        if ("of".equals(w1)) {
            for (int k = at - 2; k >= floor && k >= at - 5; k--) {
                String w = word(tokens, k, floor);
                if ("minimum".equals(w)) return new Found(MORE_THAN, k - 1 >= floor && "a".equals(word(tokens, k - 1, floor)) ? k - 1 : k);
                if ("maximum".equals(w)) return new Found(UP_TO, k - 1 >= floor && "a".equals(word(tokens, k - 1, floor)) ? k - 1 : k);
                if (w == null) break;
            }
        }
        if (w1 == null) return new Found(EXACT, at);
        // "handed over two systems": a particle, not "more than"
        if (w1.equals("over") && w2 != null && PARTICLE_VERBS.contains(w2)) return new Found(EXACT, at);
        return switch (w1) {
            case "over", "above", "upwards", "exceeds", "exceeded", "exceeding", "surpassed", "surpasses", "tops", "topped" -> new Found(MORE_THAN, at - 1);
            case "under", "below" -> new Found(UP_TO, at - 1);
            case "around", "about", "nearly", "almost", "approximately", "roughly", "some", "approx", "circa", "estimated", "perhaps" ->
                    new Found(ABOUT, at - 1);
            default -> new Found(EXACT, at);
        };
    }

    private static String word(List<Token> tokens, int i, int floor) {
        if (i < floor || i < 0) return null;
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.WORD ? t.norm() : null;
    }
}
