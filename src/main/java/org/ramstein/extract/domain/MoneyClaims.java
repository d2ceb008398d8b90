package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.List;
import java.util.Set;

/**
 * Sums of money as claims: the value of a package, fund or allocation (money), or a total to date (aggregate: "since
 * 2014", "so far", "bringing the total to"). A sum restated in brackets, a difference ("£200m more than"), a sum for
 * humanitarian or other non-military needs, a negated sum or one going to someone else is no claim.
 */
final class MoneyClaims extends ReadingPart {

    private static final Set<String> CUMULATIVE = Set.of("so far", "to date", "thus far", "in total", "altogether", "cumulative", "cumulatively",
            "overall", "all told", "in all", "totals", "totalled", "totaled", "totalling", "totaling");
    private static final Set<String> CUMULATIVE_AFTER = Set.of("since", "so far", "to date", "thus far", "in total", "altogether", "in all",
            "commitments");
    /** Events a total is counted from: "since the start", "since the invasion". */
    private static final Set<String> SINCE_EVENTS = Set.of("start", "beginning", "outbreak", "invasion", "war", "launch", "onset");
    private static final Set<String> NOT_MILITARY = Set.of("humanitarian", "reconstruction", "refugees", "economic", "budgetary", "civilian",
            "energy", "macro", "financial", "budget", "development", "food", "medical", "non", "recovery");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "above", "below", "than", "larger",
            "smaller");
    private static final Set<String> CHANGES = Set.of("increase", "rise", "jump", "cut", "cuts", "reduction", "decrease", "drop", "boost",
            "shortfall", "gap");
    private static final Set<String> COMPANY_FIGURES = Set.of("sales", "revenue", "revenues", "turnover", "backlog", "profit", "profits",
            "earnings", "ebit", "ebitda", "margin", "intake");
    private static final Set<String> CAPACITY = Set.of("capacity", "capacities", "lines", "base");
    /** What is left of a budget or an authority: "unused authority", "the remaining funds". */
    private static final Set<String> REMAINDERS = Set.of("unused", "remaining", "leftover", "unspent", "residual", "unallocated");
    private static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "greatest", "highest", "most", "first", "single");
    /** The crown of each donor that counts in crowns. */
    private static final java.util.Map<String, String> CROWNS = java.util.Map.of("SWE", "SEK", "NOR", "NOK", "DNK", "DKK", "CZE", "CZK", "ISL", "ISK");

    /** What a bare "$" means in this text when the text says so itself; null when it does not. */
    private final String declaredDollar;

    MoneyClaims(Reading r) {
        super(r);
        this.declaredDollar = MoneyParser.declaredDollar(r.text);
    }

    /** "each", "apiece" or "per" and a thing (not a time) at token {@code after}: the sum before is a price. */
    static boolean priceAfter(List<Token> tokens, int after, int end) {
        return after < end && (tokens.get(after).is("each") || tokens.get(after).is("apiece")
                || tokens.get(after).is("per") && after + 1 < end && !PER_TIME.contains(tokens.get(after + 1).norm()));
    }

    private static final Set<String> COSTING = Set.of("costs", "cost", "priced");
    private static final Set<String> ONE_OF_A_KIND = Set.of("each", "every", "one", "single", "apiece");

    /** "Each system costs", "one battery costs": the subject of the price is one piece, not the gift ("at a cost of" is the gift's). */
    private boolean unitBefore(int verb, int floor) {
        for (int k = verb - 1; k >= floor && k >= verb - 3; k--) if (ONE_OF_A_KIND.contains(tokens.get(k).norm())) return true;
        return false;
    }
    private static final Set<String> STRUCK = Set.of("striking", "struck", "strike", "deleting", "deleted", "replacing");

    /**
     * Past the aside of an appropriation after a sum, "$2,585,000,000, to remain available until September 30, 2026, for
     * replacement of ...": where the sum's purpose starts (at {@code at} when there is no such aside).
     */
    private int availableUntilEnd(int at, int b) {
        if (at + 3 >= b || !tokens.get(at).isPunct(',') || !tokens.get(at + 1).is("to") || !tokens.get(at + 2).is("remain")) return at;
        for (int k = at + 3; k < b && k < at + 14; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.NUMBER && t.text().length() == 4 && t.text().startsWith("20")) return k + 1 < b && tokens.get(k + 1).isPunct(',') ? k + 2 : k + 1;
        }
        return at;
    }

    private static final Set<String> PER_TIME = Set.of("year", "annum", "month", "week", "day", "quarter", "cent", "capita", "head");
    private static final Set<String> PRICE_NOUNS = Set.of("bill", "price", "cost", "tag");
    private static final Set<String> OWNERS_OF_A_PRICE = Set.of("their", "its", "s", "the", "his", "her");

    /** A sum is no claim when it restates another in brackets, is a difference, is not military aid, is negated or goes to someone else. */
    boolean acceptable(Sentence s, MoneyParser.Money m, List<MoneyParser.Money> all) {
        int a = s.from();
        int b = s.to();
        // "is amended by striking '$100,000,000' and inserting '$7,800,000,000'": the sum a law takes out is no sum given
        int before = m.qualifierFrom() - 1;
        while (before > a && tokens.get(before).kind() == Token.Kind.PUNCT) before--;
        if (before >= a && STRUCK.contains(tokens.get(before).norm())) return false;
        // "($418 million)" after another sum: the same sum in another currency; "Germany (€10.1 billion)" is Germany's sum
        // ("Norway's contribution (NOK 1.5 billion) goes to ...": a bracket after no sum holds the sum itself)
        int open = m.qualifierFrom() - 1;
        if (open - 1 >= a && tokens.get(open).isPunct('(') && bracketedAfter(s, m) == null && r.inMoney[open - 1]) return false;
        int after = m.to();
        // "£200m more than in the last two years": a difference, not a sum given
        if (after < b && (tokens.get(after).is("than") || tokens.get(after).is("above") || tokens.get(after).is("below")
                || COMPARATIVES.contains(tokens.get(after).norm()) && after + 1 < b && tokens.get(after + 1).is("than"))) return false;
        // what the sum is for, up to the next sum: "$4.5 billion in support, mostly for reconstruction and humanitarian needs"
        int purposeEnd = Math.min(b, availableUntilEnd(m.to(), b) + 10);
        for (MoneyParser.Money o : all) if (o.qualifierFrom() >= m.to() && o.qualifierFrom() < purposeEnd) purposeEnd = o.qualifierFrom();
        for (int k = Math.max(a, m.qualifierFrom() - 3); k < purposeEnd; k++) {
            if (tokens.get(k).isPunct(';')) break;
            if (NOT_MILITARY.contains(tokens.get(k).norm()) && !(tokens.get(k).is("financial") && k + 1 < b && tokens.get(k + 1).is("year"))
                    && !(tokens.get(k).is("non") && !nonMilitary(k, b))
                    // "budget support" is not military aid; "Germany's budget for military aid" is
                    && !(tokens.get(k).is("budget") && (militaryAfter(k + 1, Math.min(b, k + 5)) || paidOutOf(k, a)))
                    // "recovery vehicles" are military; "Ukraine's recovery" is not
                    && !(tokens.get(k).is("recovery") && k + 1 < b && (tokens.get(k + 1).is("vehicles") || tokens.get(k + 1).is("vehicle")))) return false;
        }
        if (Cues.negatedBefore(tokens, m.qualifierFrom(), a) || r.filters.stalled(s, m.to())) return false;
        // "an increase of £200 million on each of the previous two years": a change, not a sum given
        int of = m.qualifierFrom() - 1;
        if (of - 1 >= a && tokens.get(of).is("of") && CHANGES.contains(tokens.get(of - 1).norm())) return false;
        // "Unused authority under the drawdown now stands at about $4.2 billion": what is left to give, not a sum given
        for (int k = m.qualifierFrom() - 1; k >= a && !tokens.get(k).isPunct(',') && !tokens.get(k).isPunct(';'); k--) {
            // ("the remaining €500 million will follow" is the rest of a gift)
            if (REMAINDERS.contains(tokens.get(k).norm()) && k + 1 < m.qualifierFrom() && tokens.get(k + 1).kind() == Token.Kind.WORD) return false;
        }
        if (after < b && tokens.get(after).is("left")) return false;
        // "half of their $355 million cost", "the jets' $2 billion price tag": what something costs its buyer, not aid
        if (after < b && (tokens.get(after).is("cost") || tokens.get(after).is("price")) && m.qualifierFrom() - 1 >= a
                && OWNERS_OF_A_PRICE.contains(tokens.get(m.qualifierFrom() - 1).norm())) return false;
        for (int k = Math.max(a, m.qualifierFrom() - 3); k < m.qualifierFrom(); k++) {
            // "a request for $61.4 billion": asked, not given; "Each system costs about 1 billion dollars": a price
            if (ASKING.contains(tokens.get(k).norm()) || COSTING.contains(tokens.get(k).norm()) && unitBefore(k, a)) return false;
        }
        for (int k = m.to(); k + 1 < purposeEnd; k++) {
            // "$886 billion for US defense spending": a donor's own defence budget
            if ((tokens.get(k).is("defense") || tokens.get(k).is("defence")) && (tokens.get(k + 1).is("spending") || tokens.get(k + 1).is("budget")))
                return false;
            // "EUR 500 million under ASAP to increase ammunition production capacity in the EU": industry's capacity, not aid
            if ((tokens.get(k).is("production") || tokens.get(k).is("manufacturing")) && CAPACITY.contains(tokens.get(k + 1).norm())) return false;
        }
        // "cost roughly $4 million each", "about EUR 140 million per fire unit": a price, not a sum given ("€1 billion per year"
        // is a sum given each year)
        if (priceAfter(tokens, after, b)) return false;
        // "Ukraine says it needs 15 more Patriot batteries, a bill of more than $16 billion": what a need would cost
        if (of - 1 >= a && tokens.get(of).is("of") && PRICE_NOUNS.contains(tokens.get(of - 1).norm()) && Cues.requestIn(tokens, a, of)) return false;
        if (r.filters.toSomeoneElse(s, m.to()) || r.filters.givesNothing(s) || r.filters.withdrawn(s, m.qualifierFrom())) return false;
        // the sum's own phrase: from the sum before it (or its clause's start) to the one after it
        int phraseStart = m.qualifierFrom();
        while (phraseStart > a && !tokens.get(phraseStart - 1).isPunct(';') && !r.inMoney[phraseStart - 1]) phraseStart--;
        if (r.filters.forOwnForces(s) || r.filters.refillsOwnStocks(phraseStart, purposeEnd) || r.filters.forDonorsForces(s, m.to())) return false;
        // "Sales rose to €1.6 billion", "our order backlog reached a record €40 billion": a company's figures, not aid
        for (int k = m.qualifierFrom() - 1; k >= a && k >= m.qualifierFrom() - 6 && !tokens.get(k).isPunct(','); k--) {
            if (COMPANY_FIGURES.contains(tokens.get(k).norm())) return false;
        }
        // "A Patriot battery costs about $1 billion": what one system costs, not a sum given
        if (r.filters.describesASystem(s, sentenceMentions.getOrDefault(s.index(), List.of()), m.qualifierFrom())) return false;
        return true;
    }

    /**
     * "€5.4 billion so far", "$2 billion in total": a total marked after the sum; "SEK 7.1 billion, our largest so far"
     * is not, as there "so far" bounds a superlative.
     */
    private boolean cumulativeAfter(int from, int to) {
        for (int k = from; k < to; k++) if (SUPERLATIVES.contains(tokens.get(k).norm())) return phraseIn(CUMULATIVE_AFTER, from, k);
        return phraseIn(CUMULATIVE_AFTER, from, to);
    }

    private static final Set<String> GENERAL_PURPOSES = Set.of("ukraine", "kyiv", "military", "aid", "support", "assistance", "security",
            "defence", "defense", "the", "its", "weapons", "equipment");

    /** "has already pledged £200 million for drones": a sum for one thing is one pledge, not all given so far. */
    private boolean forSomethingNamed(int after, int b) {
        return after + 1 < b && (tokens.get(after).is("for") || tokens.get(after).is("on"))
                && tokens.get(after + 1).kind() == Token.Kind.WORD && !GENERAL_PURPOSES.contains(tokens.get(after + 1).norm());
    }

    private static final Set<String> GIVERS = Set.of("donor", "donors", "contributor", "contributors", "supporter", "supporters", "backer",
            "backers", "provider", "providers", "giver");

    /** Whether "the largest donor", "the biggest contributor" stands before token {@code at} in the sentence. */
    private boolean leadingDonor(Sentence s, int at) {
        for (int k = s.from(); k + 1 < at; k++) {
            if (!SUPERLATIVES.contains(tokens.get(k).norm()) || tokens.get(k).is("first") || tokens.get(k).is("single")) continue;
            for (int j = k + 1; j < at && j <= k + 3; j++) if (GIVERS.contains(tokens.get(j).norm())) return !packageBetween(j, at);
        }
        return false;
    }

    private static final Set<String> PACKAGES = Set.of("package", "tranche", "drawdown", "instalment", "installment", "contribution");

    /** "the second-largest donor, announced a new package worth": a package between the ranking and the sum is what it is worth. */
    private boolean packageBetween(int from, int to) {
        for (int k = from; k < to; k++) if (PACKAGES.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** Whether a verb of ranking stands before token {@code at} in the sentence. */
    private boolean ranks(Sentence s, int at) {
        for (int k = s.from(); k < at; k++) if (tokens.get(k).is("ranks") || tokens.get(k).is("ranked") || tokens.get(k).is("ranking")) return true;
        return false;
    }

    private static final Set<String> MILITARY = Set.of("military", "defence", "defense", "weapons", "arms");

    /** "..., paid from this year's budget", "out of the defence budget": the budget the sum comes from, not what it is for. */
    private boolean paidOutOf(int budget, int sentenceStart) {
        for (int k = budget - 1; k >= sentenceStart && k >= budget - 6; k--) {
            if (tokens.get(k).is("from") || tokens.get(k).is("of") && k - 1 >= sentenceStart && tokens.get(k - 1).is("out")) return true;
            if (tokens.get(k).isPunct(',')) return false;
        }
        return false;
    }

    private boolean militaryAfter(int from, int to) {
        for (int k = from; k < to; k++) if (MILITARY.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** "non-military aid" is none; "non-lethal military equipment" is military aid still. */
    private boolean nonMilitary(int non, int b) {
        int k = non + 1;
        if (k < b && tokens.get(k).isPunct('-')) k++;
        return k < b && tokens.get(k).is("military");
    }

    void money(Sentence s, MoneyParser.Money m, List<MoneyParser.Money> all, byte[] cues) {
        if (!acceptable(s, m, all)) {
            // the headline's mention of a sum the body leaves out is left out too
            if (!s.title()) rejectedSums.add(m.value().toPlainString());
            return;
        }
        int a = s.from();
        int b = s.to();
        int segmentStart = a;
        for (MoneyParser.Money o : all) {
            if (o.to() <= m.from() && o.to() > segmentStart) {
                // the markers right after another sum ("€5.4 billion so far, with ...") are that sum's
                segmentStart = o.to();
                while (segmentStart < m.qualifierFrom() && !tokens.get(segmentStart).isPunct(',') && !tokens.get(segmentStart).is("and")) segmentStart++;
            }
        }
        boolean fresh = false; // "another €10.5 billion", "a further £2.5bn", "a new $300 million package": a sum given now
        for (int k = Math.max(segmentStart, m.qualifierFrom() - 3); k < m.qualifierFrom(); k++) {
            if (FRESH.contains(tokens.get(k).norm())) fresh = true;
        }
        // "Sweden's largest package so far, worth SEK 13.3 billion": "so far" bounds a superlative, it counts nothing
        boolean superlative = false;
        for (int k = segmentStart; k < m.qualifierFrom(); k++) if (SUPERLATIVES.contains(tokens.get(k).norm())) superlative = true;
        boolean aggregate = !fresh && (!superlative && !budgetForAYear(segmentStart, m.qualifierFrom(), false)
                && !budgetForAYear(m.to(), phraseEnd(m.to(), b), true) && phraseIn(CUMULATIVE, segmentStart, m.qualifierFrom())
                || runningTotalBefore(segmentStart, m.qualifierFrom())
                || annualAid(segmentStart, m.qualifierFrom()) || reachedBefore(m.qualifierFrom(), a)
                || cumulativeAfter(m.to(), Math.min(b, m.to() + 6))
                || sinceWithPerfect(segmentStart, m.qualifierFrom(), r.kinds.clauseEnd(m.to(), b)) && !forSomethingNamed(m.to(), b)
                || givenInAYear(m.to(), b) || partOfATotalBefore(s, m));
        DonorLexicon.Mention named = bracketedAfter(s, m);
        DonorAttribution.Donors d = named != null ? r.donorsOf.donors(List.of(named.donor()), false)
                : r.donorsOf.donorFor(s, m.qualifierFrom(), m.to(), null);
        // "Its military aid is worth about 300 million euros": a donor's aid as a whole ("Belgium's aid for 2024 totals" is a year's)
        if (!aggregate && ownAidIs(segmentStart, m.qualifierFrom())) aggregate = true;
        // "More than 15 countries have contributed about 1.6 billion euros": what many have given so far is a total
        if (!aggregate && d.collective && perfectBefore(segmentStart, m.qualifierFrom())) aggregate = true;
        // "the United States leads with €42.2 billion in commitments, ahead of Germany with €17.7 billion": ranked like the first;
        // "The UK ranks second after the United States in military aid, at £4.6 billion": a ranking compares totals
        // "the United States remains the largest donor of military aid, with €42.2 billion committed": a leader's total
        if (!aggregate && (rankedAfterATotal(s, m) || ranks(s, m.qualifierFrom()) || !fresh && leadingDonor(s, m.qualifierFrom()))) aggregate = true;
        String currency = currencyOf(m, d.key);
        String purpose = purpose(s, m);
        double confidence = 0.85 - (d.fallback ? 0.1 : 0) - (aggregate ? 0.1 : 0) - (s.title() ? 0.05 : 0);
        int start = tokens.get(m.qualifierFrom()).start();
        int end = tokens.get(m.to() - 1).end();
        Claim c = new Claim(file, d.name, "Ukraine", aggregate ? Claim.AGGREGATE : Claim.MONEY, purpose, "funding", null, null, m.qualifier(),
                m.value(), currency, null, text.substring(start, end), start, end, aggregate ? "money-total" : "money", round(confidence), null);
        // "A second track of €1 billion" after a first of €1 billion: another sum of the same size, not the same sum again
        boolean ordinal = false;
        for (int k = Math.max(segmentStart, m.qualifierFrom() - 4); k < m.qualifierFrom(); k++) {
            if (QuantityPhrases.ordinal(tokens.get(k).norm())) ordinal = true;
        }
        String key = "money:" + m.value().toPlainString() + ":" + currency + (ordinal ? ":" + m.qualifierFrom() : "");
        drafts.add(draft(c, key, d.key, s.title()));
    }

    /** The ISO code of a sum's currency, a bare "$" or "crowns" read as the donor's own where it has one. */
    String currencyOf(MoneyParser.Money m, String donorKey) {
        String currency = m.currency();
        if (currency.equals("$")) currency = declaredDollar != null ? declaredDollar : r.donorsOf.ownDollar(donorKey) ? "$" : "USD";
        if (currency.equals("kr")) currency = CROWNS.getOrDefault(donorKey, "kr"); // "4 billion crowns" from Prague: koruna
        return currency;
    }

    private static final Set<String> GIVEN = Set.of("given", "provided", "spent", "committed", "delivered", "allocated", "sent", "donated",
            "pledged", "disbursed");

    /** "the £2.3 billion given in 2022": a past year's total, not a package. */
    boolean givenInAYear(int at, int b) {
        if (at + 2 >= b || !GIVEN.contains(tokens.get(at).norm()) || !tokens.get(at + 1).is("in")) return false;
        Token y = tokens.get(at + 2);
        return y.kind() == Token.Kind.NUMBER && y.text().length() == 4 && y.text().startsWith("20");
    }

    /** "valued at $475 million, including $388 million in military assistance": a part of a total is a total too. */
    boolean partOfATotalBefore(Sentence s, MoneyParser.Money m) {
        int k = m.qualifierFrom() - 1;
        // "committed £12.5 billion in support, of which £7.6 billion is military aid": a part of a total, too
        boolean ofWhich = k - 1 >= s.from() && tokens.get(k).is("which") && tokens.get(k - 1).is("of");
        if (k < s.from() || !tokens.get(k).is("including") && !ofWhich) return false;
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Claim c = drafts.get(i).claim;
            if (c.end() <= tokens.get(s.from()).start()) break;
            if (c.value() != null && c.end() <= tokens.get(k).start()) return c.kind().equals(Claim.AGGREGATE);
        }
        return false;
    }

    /** "bringing the total for Ukraine to EUR 2.5 billion", "raising its total to": a running total; "a total of" is a package's size. */
    boolean runningTotalBefore(int from, int to) {
        // "taking the UK's military support this financial year to £3 billion": a sum raised to a new level
        if (to - 1 > from && tokens.get(to - 1).is("to")) {
            for (int k = from; k < to - 1; k++) if (Words.RAISING.contains(tokens.get(k).norm())) return true;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).is("total")) continue;
            // "The total value of the assistance under this Memorandum is NOK 3.5 billion": the value of one gift, whole
            if (ofThisGift(k + 1, to)) continue;
            // "Total value of the equipment delivered in 2023: €244 million": a total opens the sentence
            if (k == from) return true;
            Token p = tokens.get(k - 1);
            if (p.is("the") && k - 2 >= from && tokens.get(k - 2).is("of")) continue; // "Of the total, $500 million ...": a part of it
            if (p.is("the") || p.is("its") || p.is("their") || p.is("with") || p.is("bringing") || p.is("raising") || p.is("taking")) return true;
            // "Australia's total military assistance": a donor's total
            if (p.is("s") && k - 2 >= from && (tokens.get(k - 2).isPunct('\'') || tokens.get(k - 2).isPunct('\u2019'))) return true;
        }
        return false;
    }

    private static final Set<String> ONE_GIFT = Set.of("memorandum", "agreement", "package", "tranche", "contract", "decision", "decree",
            "arrangement", "donation", "programme", "program");

    /** Whether tokens {@code from}..{@code to} say "this package", "under this Memorandum": one gift's own sum. */
    private boolean ofThisGift(int from, int to) {
        for (int k = from; k + 1 < to; k++) if (tokens.get(k).is("this") && ONE_GIFT.contains(tokens.get(k + 1).norm())) return true;
        return false;
    }

    private static final Set<String> AID_NOUNS = Set.of("commitment", "commitments", "aid", "support", "assistance", "contribution",
            "contributions");
    private static final Set<String> REACHING = Set.of("reaches", "reached", "reach", "rises", "rose", "climbs", "climbed", "grows", "grew");
    private static final Set<String> ASKING = Set.of("request", "requests", "requested", "requesting", "asking", "asked", "seeking", "seeks",
            "sought");

    /** "the UK's annual military commitment to Ukraine was worth £2.3bn": a year's total; "the annual defense bill" is no aid. */
    private boolean annualAid(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).is("annual")) continue;
            for (int j = k + 1; j < to && j <= k + 3; j++) if (AID_NOUNS.contains(tokens.get(j).norm())) return true;
        }
        return false;
    }

    /** "Estonia's military aid to Ukraine reaches about 370 million euros", "rose to": a total to date. */
    private boolean reachedBefore(int at, int floor) {
        for (int k = at - 1; k >= floor && k >= at - 2; k--) {
            if (REACHING.contains(tokens.get(k).norm())) return true;
            if (!tokens.get(k).is("to")) return false;
        }
        return false;
    }

    /** Where the phrase from token {@code from} ends: the next comma or semicolon, or the sentence's end. */
    private int phraseEnd(int from, int b) {
        int k = from;
        while (k < b && !tokens.get(k).isPunct(',') && !tokens.get(k).isPunct(';')) k++;
        return k;
    }

    /** "Belgium's military aid for 2024 totals EUR 977 million": what a year's budget holds, not a total to date. */
    private boolean budgetForAYear(int from, int to, boolean after) {
        for (int k = from; k + 1 < to; k++) {
            Token y = tokens.get(k + 1);
            // "for 2024"; after the sum also "in": "set aside €2.5 billion for military support to Ukraine in 2023"
            if ((tokens.get(k).is("for") || after && tokens.get(k).is("in")) && y.kind() == Token.Kind.NUMBER && y.text().length() == 4
                    && y.text().startsWith("20")) return true;
        }
        return false;
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "stands", "amounts", "comes", "exceeds", "exceeded", "tops", "topped",
            "surpasses", "surpassed");

    private boolean ownAidIs(int from, int to) {
        boolean owner = false;
        boolean aid = false;
        boolean copula = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("its") || t.is("their") || t.is("s")) owner = true;
            if (owner && AID_NOUNS.contains(t.norm())) aid = true;
            // "Denmark's 17th aid package ... is worth DKK 5.5 billion": one package, not all its aid
            if (aid && (t.is("package") || t.is("tranche") || t.is("decree"))) return false;
            if (aid && COPULAS.contains(t.norm())) copula = true;
            if (t.is("for") || t.is("this") || t.is("in") && k + 1 < to && tokens.get(k + 1).startsWithDigit()) return false;
        }
        // "Lithuania's military aid exceeds €200 million": the verb is the sum's qualifier
        return copula || aid && to < tokens.size() && COPULAS.contains(tokens.get(to).norm());
    }

    private static final Set<String> RANKING = Set.of("ahead", "followed", "behind", "trailed", "trailing", "versus", "vs", "compared");

    /** Whether an auxiliary and a cue ("have contributed", "has given") stand in tokens {@code from}..{@code to}. */
    private boolean perfectBefore(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            Token t = tokens.get(k);
            if ((t.is("has") || t.is("have") || t.is("had")) && Cues.at(tokens, k + 1, from, to) != Cues.NONE) return true;
            // "Over 15 countries have already joined, with pledges of about €1.6 billion": what the members have given
            if ((t.is("have") || t.is("has")) && (tokens.get(k + 1).is("joined") || k + 2 < to && tokens.get(k + 1).is("already")
                    && tokens.get(k + 2).is("joined"))) return true;
        }
        return false;
    }

    /** Whether a total stated earlier in the sentence is followed by a ranking word ("ahead of", "followed by") before this sum. */
    private boolean rankedAfterATotal(Sentence s, MoneyParser.Money m) {
        int sentenceStart = tokens.get(s.from()).start();
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Claim c = drafts.get(i).claim;
            if (c.start() < sentenceStart) break;
            if (c.value() == null || !c.kind().equals(Claim.AGGREGATE) || c.end() > tokens.get(m.qualifierFrom()).start()) continue;
            for (int k = m.qualifierFrom() - 1; k >= s.from() && tokens.get(k).start() >= c.end(); k--) {
                if (RANKING.contains(tokens.get(k).norm())) return true;
            }
            return false;
        }
        return false;
    }

    /** Verbs that set money aside for later: "has earmarked 8.5 billion kroner this year for its fund" is this year's budget. */
    private static final Set<String> SETTING_ASIDE = Set.of("earmarked", "allocated", "budgeted", "reserved", "set");

    /** "Since the start of the invasion, the US has committed more than $44 billion": a total to date, unless a new package. */
    boolean sinceWithPerfect(int from, int to, int clauseEnd) {
        boolean since = false;
        boolean perfect = false;
        boolean date = false;
        // "had committed €50 billion ... by the end of February": the date may follow the sum
        for (int k = to; k + 1 < clauseEnd; k++) {
            if (k + 2 < clauseEnd && tokens.get(k).is("by") && tokens.get(k + 1).is("the") && tokens.get(k + 2).is("end")) since = true;
            // "has committed a total of 1.1 billion euros this year": the year's total so far
            if (tokens.get(k).is("this") && tokens.get(k + 1).is("year") && !phraseIn(SETTING_ASIDE, from, to)) since = true;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            // "has now committed", "has already given C$2.4 billion": to date (right before the sum, not in an earlier clause)
            if (t.is("since") || (t.is("now") || t.is("already") && to - k <= 3) && k - 1 >= from
                    && (tokens.get(k - 1).is("has") || tokens.get(k - 1).is("have"))) since = true;
            // "by the end of February": up to a date
            if (t.is("by") && k + 2 < to && tokens.get(k + 1).is("the") && tokens.get(k + 2).is("end")) since = true;
            // "military aid since 2022": since a date, a time span, not a reason
            if (t.is("since") && sinceADate(k)) date = true;
            boolean aux = t.is("has") || t.is("have") || t.is("had");
            if (aux && k + 1 < to && Cues.at(tokens, k + 1, from, to) != Cues.NONE) perfect = true;
            if (aux && k + 2 < to && Cues.at(tokens, k + 2, from, to) != Cues.NONE) perfect = true;
            if (t.is("new") || t.is("further") || t.is("additional") || t.is("latest") || t.is("another") || t.is("package")) return false;
        }
        return since && perfect || date;
    }

    /** Whether the "since" at token {@code k} opens a date: a year, a month, "the start", "the beginning", "the invasion". */
    boolean sinceADate(int k) {
        if (k + 1 >= tokens.size()) return false;
        Token n = tokens.get(k + 1);
        if (n.kind() == Token.Kind.NUMBER && n.text().length() == 4) return true;
        if (MONTHS.contains(n.norm())) return true;
        if (n.is("the") && k + 2 < tokens.size()) return SINCE_EVENTS.contains(tokens.get(k + 2).norm());
        return n.is("then");
    }

    boolean phraseIn(Set<String> phrases, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).norm();
            if (phrases.contains(w)) return true;
            if (k + 1 < to && phrases.contains(w + " " + tokens.get(k + 1).norm())) return true;
        }
        return false;
    }

    /** What a sum is for: "in military aid", "for ammunition", "on drones"; else the noun it qualifies ("fund"); else "funding". */
    String purpose(Sentence s, MoneyParser.Money m) {
        int b = s.to();
        int k = m.to();
        String label = k >= b - 1 ? leaderLabel(s, m) : null;
        if (label != null && !label.isEmpty()) return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1) : label;
        if (k < b && tokens.get(k).is("worth")) k++;
        if (k < b && tokens.get(k).isPunct('(')) {
            while (k < b && !tokens.get(k).isPunct(')')) k++;
            k++;
        }
        if (k < b && (tokens.get(k).is("in") || tokens.get(k).is("for") || tokens.get(k).is("on") || tokens.get(k).is("of"))) {
            StringBuilder sb = new StringBuilder();
            int n = 0;
            for (int j = k + 1; j < b && n < 6; j++) {
                Token t = tokens.get(j);
                boolean inner = j + 1 < b && t.end() == tokens.get(j + 1).start() && tokens.get(j + 1).isWordLike();
                if (!t.isWordLike() && !((t.isPunct('.') || t.isPunct('-')) && inner)) break;
                if (t.is("to") || t.is("from") || t.is("through") || t.is("for") || t.is("that") || t.is("which") || t.is("with")
                        || t.is("since") || t.is("by") || t.is("until") || t.is("this") || t.is("over")) break;
                if (j > k + 1 && t.start() > tokens.get(j - 1).end()) sb.append(' ');
                sb.append(t.text());
                n++;
            }
            if (!sb.isEmpty()) return sb.toString();
        }
        // "$400 million security assistance package", "a 200-million-euro fund"
        Set<String> heads = Set.of("fund", "package", "system", "programme", "program", "facility", "initiative", "contract", "deal", "tranche",
                "aid", "assistance", "support", "budget", "loan", "grant");
        for (int j = k; j < b && j < k + 4; j++) {
            Token t = tokens.get(j);
            // "€1 billion will fund ...": a verb follows, not the noun the sum qualifies
            if (t.kind() != Token.Kind.WORD || DETERMINERS.contains(t.norm()) || Set.of("to", "from", "by", "with", "as", "at", "and").contains(t.norm())
                    || AUXILIARIES.contains(t.norm()) || Set.of("will", "would", "can", "could", "should", "may", "must").contains(t.norm()))
                break;
            if (heads.contains(t.norm())) return text.substring(tokens.get(k).start(), t.end());
        }
        return "funding";
    }

    /**
     * "4.1.1 Artillery ammunition for Ukraine ...... 350" under a heading "(EUR million)": the number a leader line ends with,
     * as a sum in the unit the heading above its list declares; null if the line is no such entry.
     */
    MoneyParser.Money declaredSum(Sentence s) {
        int last = s.to() - 1;
        if (last > s.from() && tokens.get(last).isPunct('.')) last--;
        int start = last > s.from() ? r.quantities.numberStart(s, last) : -1;
        if (start < 0 || start - 3 < s.from()) return null;
        for (int k = start - 3; k < start; k++) if (!tokens.get(k).isPunct('.')) return null;
        NumberParser.NumberMatch n = NumberParser.at(tokens, start, last + 1);
        if (n == null || !n.plain() || n.value().signum() <= 0) return null;
        DeclaredUnit unit = unitAbove(s);
        if (unit == null) return null;
        // the whole line is the evidence: its label says what the sum is for
        return new MoneyParser.Money(n.value().multiply(unit.multiplier()), unit.currency(), QualifierRules.EXACT, s.from(), start, last + 1);
    }

    /**
     * "B3 Value of the pledges (EUR): 188 million": a form's field whose name declares the unit of the number it holds, as
     * a sum; null if the sentence is no such field.
     */
    MoneyParser.Money fieldSum(Sentence s) {
        int colon = s.from();
        while (colon < s.to() && !tokens.get(colon).isPunct(':')) colon++;
        if (colon == s.from() || colon + 1 >= s.to()) return null;
        int end = s.to();
        if (end - 1 > colon + 1 && tokens.get(end - 1).isPunct('.')) end--;
        NumberParser.NumberMatch n = NumberParser.at(tokens, colon + 1, end);
        if (n == null || n.to() != end || !n.plain() || n.value().signum() <= 0) return null;
        DeclaredUnit unit = DeclaredUnit.of(text.substring(tokens.get(s.from()).start(), tokens.get(colon).start()));
        if (unit == null) return null;
        return new MoneyParser.Money(n.value().multiply(unit.multiplier()), unit.currency(), QualifierRules.EXACT, s.from(), colon + 1, end);
    }

    /** The unit declared by the line that heads the list of leader lines {@code s} stands in; null if none. */
    private DeclaredUnit unitAbove(Sentence s) {
        int end = text.lastIndexOf('\n', Math.max(0, s.start() - 1));
        for (int n = 0; n < 40 && end > 0; n++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(start, end);
            if (line.isBlank()) return null;
            if (!Sentences.leaderLine(line)) return DeclaredUnit.of(line);
            end = start - 1;
        }
        return null;
    }

    /** "4.1.2 F-16 munitions and spare parts for Ukraine ....": what a leader line's sum is for, without its number and leader. */
    private String leaderLabel(Sentence s, MoneyParser.Money m) {
        int end = m.from();
        while (end > s.from() && tokens.get(end - 1).isPunct('.')) end--;
        if (m.from() - end < 3) return null; // no leader: a sum closing a sentence ("The package is worth EUR 113 million.")
        int start = s.from();
        while (start < end && (tokens.get(start).kind() != Token.Kind.WORD || tokens.get(start).startsWithDigit())) start++;
        if (start >= end) return null;
        String label = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        return label.replaceFirst("(?i)\\s+for Ukraine\\b.*$", "").strip();
    }

    /** The donor named right before a bracketed sum ("followed by Germany (€10.1 billion)"), or null. */
    DonorLexicon.Mention bracketedAfter(Sentence s, MoneyParser.Money m) {
        int open = m.qualifierFrom() - 1;
        if (open < s.from() || !tokens.get(open).isPunct('(')) return null;
        // read the name alone: "followed by Germany" names no giver in the sentence, but the bracket gives Germany's sum
        for (int from = open - 1; from >= s.from() && from >= open - 4; from--) {
            for (DonorLexicon.Mention d : donors.find(tokens, from, open)) if (d.from() == from && d.to() == open) return d;
        }
        return null;
    }
}
