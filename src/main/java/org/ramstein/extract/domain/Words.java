package org.ramstein.extract.domain;

import java.util.Set;

/** Word lists more than one group of claim rules reads. Pure data. */
final class Words {
    private Words() {
    }

    static final Set<String> ENEMY = Set.of("russia", "russian", "russians", "moscow", "kremlin", "belarus", "iran", "iranian", "pyongyang");

    /** Whether token {@code k} names the other side or its suppliers: "Russia", "Iranian", and "North Korea" (not "Korea"). */
    static boolean enemyAt(java.util.List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (ENEMY.contains(t.norm())) return true;
        return (t.is("korea") || t.is("korean") || t.is("koreans")) && k > 0 && tokens.get(k - 1).is("north");
    }

    /** Whether token {@code by} is the "by" of "paid for by", "financed by", "funded by": a payer's name follows. */
    static boolean paidBy(java.util.List<Token> tokens, int by, int floor) {
        if (by - 1 < floor || !tokens.get(by).is("by")) return false;
        Token p = tokens.get(by - 1);
        return p.is("financed") || p.is("funded") || p.is("for") && by - 2 >= floor && tokens.get(by - 2).is("paid");
    }

    static final Set<String> MONEY_NOUNS = Set.of("money", "funds", "funding", "financing", "cash", "grants", "loans");

    /**
     * Whether the names from token {@code k} on (joined by "and" or commas) end in a noun of money: "with EU and US money",
     * "with Danish funds"; whose money it is, pays.
     */
    static boolean moneyOfNamesFrom(java.util.List<Token> tokens, int k, int to) {
        for (int j = k; j < to && j < k + 8; j++) {
            Token t = tokens.get(j);
            if (MONEY_NOUNS.contains(t.norm())) return j > k;
            if (!(t.is("and") || t.isPunct(',') || t.kind() == Token.Kind.WORD && (t.capitalized() || t.allUpper()))) return false;
        }
        return false;
    }

    static final Set<String> NP_PLEDGE = Set.of("promised", "pledged", "committed");
    static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "whose");
    static final Set<String> ADVERBS = Set.of("now", "still", "already", "currently", "only", "also", "just", "reportedly");
    static final Set<String> UKRAINE = Set.of("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "kiew");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> FRESH = Set.of("another", "further", "new", "additional", "fresh", "latest", "extra");
    static final Set<String> REFURBISH = Set.of("refurbish", "repair", "maintain", "restore", "overhaul", "service", "recondition");
    /** Verbs of buying: who buys from a seller is no giver ("buy ... from the United States"), and may buy for itself. */
    static final Set<String> BUYING = Set.of("buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
            "order", "orders", "ordered", "ordering", "procure", "procures", "procured", "procuring", "acquire", "acquires", "acquired");
    /** Pronouns that stand for a donor named before: "the 13 it promised", "the Aspide system it delivered", "they own". */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "they", "we", "he", "she");
    /** Participles that lead a running total: "bringing the total to 10", "taking the number delivered to 52". */
    static final Set<String> RAISING = Set.of("bringing", "taking", "raising", "lifting", "pushing", "increasing");
    /** The forms of "be": a passive's auxiliary ("are produced by"). */
    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");
    static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "got");
}
