package org.ramstein.extract.domain;

import java.util.List;

/**
 * The qualifier written before a number: "up to" → up_to; "more than", "over", "at least" → more_than; "around",
 * "about", "nearly", "almost", "approximately", "some", "roughly" → about; nothing → exact. Ranges ("40 to 50",
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

    /**
     * The qualifier ending just before token {@code at} (looking back no further than {@code floor}), or exact at
     * {@code at}.
     */
    public static Found before(List<Token> tokens, int at, int floor) {
        String w1 = word(tokens, at - 1, floor);
        String w2 = word(tokens, at - 2, floor);
        String w3 = word(tokens, at - 3, floor);
        if ("to".equals(w1) && "up".equals(w2)) return new Found(UP_TO, at - 2);
        if ("than".equals(w1) && ("more".equals(w2) || "greater".equals(w2))) return new Found(MORE_THAN, at - 2);
        if ("than".equals(w1) && ("less".equals(w2) || "fewer".equals(w2))) return new Found(UP_TO, at - 2);
        if ("least".equals(w1) && "at".equals(w2)) return new Found(MORE_THAN, at - 2);
        if ("of".equals(w1) && "excess".equals(w2) && "in".equals(w3)) return new Found(MORE_THAN, at - 3);
        if ("to".equals(w1) && "close".equals(w2)) return new Found(ABOUT, at - 2);
        if ("estimated".equals(w1) && "an".equals(w2)) return new Found(ABOUT, at - 2);
        if (w1 == null) return new Found(EXACT, at);
        // "handed over two systems": a particle, not "more than"
        if (w1.equals("over") && w2 != null && PARTICLE_VERBS.contains(w2)) return new Found(EXACT, at);
        return switch (w1) {
            case "over", "above", "upwards", "exceeds", "exceeded", "exceeding", "surpassed", "surpasses", "tops", "topped" -> new Found(MORE_THAN, at - 1);
            case "under", "below" -> new Found(UP_TO, at - 1);
            case "around", "about", "nearly", "almost", "approximately", "roughly", "some", "approx", "circa", "estimated" ->
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
