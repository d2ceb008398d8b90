package org.ramstein.extract.domain;

import java.util.List;
import java.util.Set;

/**
 * The words that make a sentence speak of aid, and of which kind. A pledge: "pledged", "promised", "will send", "to
 * be delivered", "decision to transfer", "might send". A delivery: "delivered", "have provided", "had handed over",
 * "received", "en route", "for sending", "finished handing over". Neutral words ("includes", "package", "the supply
 * of", "sending") make a sentence about aid without saying which kind. Negations ("has yet to commit", "not"),
 * requests ("called for", "needs") and threats ("protect against", "detect") are read here too. Pure.
 */
public final class Cues {
    private Cues() {
    }

    public static final byte NONE = 0;
    public static final byte NEUTRAL = 1;
    public static final byte PLEDGE = 2;
    public static final byte DELIVERY = 3;

    private static final Set<String> PLEDGE_WORDS = Set.of("pledge", "pledged", "pledges", "pledging", "promise", "promised", "promises",
            "promising", "offering",
            "commit", "commits", "committed", "committing", "commitment", "commitments", "announce", "announced", "announces", "announcing",
            "announcement", "approve", "approved", "approves", "approving", "authorize", "authorized", "authorizes", "authorise", "authorised",
            "authorises", "allocate", "allocated", "allocates", "allocating", "earmark", "earmarked", "earmarks", "offer", "offered", "offers",
            "donate", "donates", "donating", "decision", "decided", "decides", "agreed", "agrees", "unveil", "unveiled", "unveils", "buying",
            "buy", "buys", "bought", "purchase", "purchased", "purchases", "purchasing", "procure", "procured", "procures", "planned",
            "intends", "intend", "vowed", "vows", "expected", "preparation", "sell", "sells", "selling", "financed", "funded", "paid", "financing", "finances", "paying", "pays", "ordered",
            "contract", "contracts", "contracted");
    private static final Set<String> NEUTRAL_WORDS = Set.of("include", "includes", "included", "including", "contain", "contains", "contained",
            "containing", "package", "packages", "drawdown", "tranche", "supply", "supplies", "delivery", "deliveries", "shipment", "shipments",
            "confirm", "confirms", "confirmed", "confirming", "sends", "delivers", "provides", "gives", "transfers", "ships", "transfer",
            "donation", "donations", "consignment", "batch", "contributes", "contribution", "contributions", "gets", "covers", "transmits",
            "receives", "receiving");
    private static final Set<String> DELIVERED = Set.of("received", "arrived", "handover", "arrives", "arriving", "receipt", "operational", "arrival");
    /** Words before "arrive" in its clause that make it no arrival told: a time to come, a condition, a negation. */
    private static final Set<String> ARRIVAL_NOT_TOLD = Set.of("when", "once", "if", "until", "before", "after", "as", "soon", "not", "t", "did", "does", "do", "could", "would");
    private static final Set<String> COMING_TIMES = Set.of("months", "weeks", "days", "years", "month", "week", "year");
    private static final Set<String> TIME_BEFORE_ARRIVAL = Set.of("on", "upon", "after", "before", "since", "until");
    private static final Set<String> PAST = Set.of("sent", "delivered", "supplied", "provided", "gave", "given", "transferred", "handed", "gifted",
            "shipped", "equipped", "donated", "dispatched", "contributed", "got", "transmitted");
    private static final Set<String> BASE = Set.of("send", "deliver", "provide", "give", "ship", "equip", "dispatch", "receive", "arrive",
            "hand", "contribute", "get", "come", "finance", "pay", "fund", "add", "gift", "transmit");
    private static final Set<String> GERUNDS = Set.of("sending", "delivering", "supplying", "providing", "giving", "transferring", "handing", "gifting",
            "shipping", "equipping", "donating", "dispatching", "contributing");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "might", "may", "could", "should", "to", "going", "set",
            "expected", "due", "plans", "planned", "scheduled", "intends", "ll", "must", "before", "until", "once");
    private static final Set<String> AUXILIARY = Set.of("was", "were", "been", "be", "is", "are", "has", "have", "had", "being");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "cannot", "neither", "nor", "refused", "refuses", "refuse",
            "declined", "declines", "decline", "rejected", "rejects", "against", "instead", "unable", "didn", "doesn", "don", "won", "hasn",
            "haven", "isn", "aren", "wasn", "weren", "wouldn", "couldn", "shouldn", "ruled", "considering", "considers", "weighing",
            "mulling", "debating", "discussing", "exploring", "studying", "reluctant", "hesitant", "blocked", "blocking", "blocks", "vetoed",
            "withheld", "suspended", "halted", "froze", "frozen", "wait", "postpone", "postponed", "postpones", "defer", "deferred");
    private static final Set<String> REQUESTS = Set.of("call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask",
            "asks", "asked", "asking", "appeal", "appeals", "appealed", "request", "requests", "requested", "requesting", "plead", "pleads",
            "pleaded", "need", "needs", "needed", "demand", "demands", "demanded", "seek", "seeks", "sought", "want", "wants", "wanted",
            "wish", "wishes", "priority", "hope", "hopes", "requirement", "requirements");
    private static final Set<String> ANSWERING = Set.of("answered", "answers", "answering", "heeded", "heeds", "met", "meets", "fulfilled",
            "granted", "to"); // "responded to the call"
    private static final Set<String> THREATS = Set.of("against", "intercept", "intercepts", "intercepting", "detect", "detects", "detecting",
            "destroy", "destroys", "destroying", "shoot", "shooting", "hitting", "targeting", "launched", "launching", "fired", "firing",
            "attacks", "attacked", "attacking");
    private static final Set<String> HEDGES = Set.of("reportedly", "might", "may", "could", "according", "assumes", "reported", "expected",
            "reports", "possibly", "likely");

    /** The cue of every token of a sentence, indexed from {@code from}. */
    public static byte[] of(List<Token> tokens, int from, int to) {
        byte[] k = new byte[to - from];
        for (int i = from; i < to; i++) k[i - from] = at(tokens, i, from, to);
        return k;
    }

    /** Every word some rule below reads, so that all other words are passed over with one look-up. */
    private static final java.util.Set<String> ANY = new java.util.HashSet<>();

    static {
        for (Set<String> s : List.of(PLEDGE_WORDS, NEUTRAL_WORDS, DELIVERED, PAST, BASE, GERUNDS)) ANY.addAll(s);
        ANY.addAll(List.of("en", "took", "supply", "transfer", "donate", "way", "are", "is", "were", "was", "follow", "due", "reached", "reach",
                "reaches", "be", "left", "departed", "now", "already", "hands", "coming", "carries", "carrying", "carried", "loaded", "came", "added", "heading"));
    }

    static byte at(List<Token> tokens, int i, int from, int to) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.WORD) return NONE;
        String w = t.norm();
        if (!ANY.contains(w)) return NONE;
        if (w.equals("en") && i + 1 < to && tokens.get(i + 1).is("route")) return DELIVERY;
        // "months earlier than planned": a comparison with the plan, not a plan
        if (i - 1 >= from && tokens.get(i - 1).is("than") && (PLEDGE_WORDS.contains(w) || DELIVERED.contains(w) || PAST.contains(w))) return NONE;
        if (w.equals("left") || w.equals("departed")) return departed(tokens, i, from, to);
        // "five T-72s were loaded onto trains near the border": on their way
        if (w.equals("loaded") && i + 2 < to && (tokens.get(i + 1).is("onto") || tokens.get(i + 1).is("on") || tokens.get(i + 1).is("into"))
                && (VESSELS.contains(tokens.get(i + 2).norm()) || i + 3 < to && VESSELS.contains(tokens.get(i + 3).norm()))) {
            return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
        }
        // "The ship also carries 20 M113s": a cargo on its way ("the Bushmaster carries nine soldiers" is a capacity)
        if ((w.equals("carries") || w.equals("carrying") || w.equals("carried")) && vesselBefore(tokens, i, from)) return DELIVERY;
        if (w.equals("took") && i + 1 < to && tokens.get(i + 1).is("delivery")) return DELIVERY;
        if (w.equals("added")) return added(tokens, i, from, to);
        // "From the United States came 109 Bradleys": arrived, told the other way round ("came as", "came after" are no
        // arrivals); "Two came from Germany": arrived from a giver
        if (w.equals("came")) return i > from && tokens.get(from).is("from") && !tokens.get(from).equals(tokens.get(i - 1))
                || i + 1 < to && tokens.get(i + 1).is("from") ? DELIVERY : NONE;
        // "completed the delivery of all 24 jets": done
        if ((w.equals("delivery") || w.equals("deliveries") || w.equals("handover") || w.equals("transfer")) && completedBefore(tokens, i, from))
            return DELIVERY;
        // "the missiles are now in Ukraine", "have arrived in Ukraine"
        if ((w.equals("are") || w.equals("is") || w.equals("were") || w.equals("was")) && inUkraine(tokens, i + 1, to)) return DELIVERY;
        // "100 Leopard 1A5 over the coming months": a time still to come, as a headline without its verb tells a promise
        if (w.equals("coming") && i - 1 >= from && tokens.get(i - 1).is("the") && i + 1 < to && COMING_TIMES.contains(tokens.get(i + 1).norm()))
            return PLEDGE;
        // "Poland hands over the first 4 Leopard 2A4s": a headline's handover, done as it is told
        if (w.equals("hands")) return i + 1 < to && tokens.get(i + 1).is("over") && !modalBefore(tokens, i, from) ? DELIVERY : NONE;
        // "All 18 German Leopard 2A6 now in Ukraine": a headline's arrival without its verb
        if ((w.equals("now") || w.equals("already")) && inUkraine(tokens, i + 1, to) && !(i - 1 >= from && AUXILIARY.contains(tokens.get(i - 1).norm())))
            return DELIVERY;
        // "Portugal's 3 Leopard 2A6 arrive with the German battalion": arrived, as a headline tells it; "expected to arrive",
        // "when they arrive" are still to come
        if (w.equals("arrive") && i - 1 >= from && !modalBefore(tokens, i, from) && !whenBefore(tokens, i, from)) return DELIVERY;
        // "All 31 Abrams should be in Ukraine by the fall": still to come
        if (w.equals("be") && inUkraine(tokens, i + 1, to)) return modalBefore(tokens, i, from) ? PLEDGE : NONE;
        // "a train with at least 12 Leopard 1A5 tanks heading for the Polish-Ukrainian border": in transit
        if (w.equals("heading") && i + 2 < to && (tokens.get(i + 1).is("for") || tokens.get(i + 1).is("to") || tokens.get(i + 1).is("towards"))
                && destinationAhead(tokens, i + 2, Math.min(to, i + 6))) return DELIVERY;
        // "on its way", "on their way": in transit
        if (w.equals("way") && i - 2 >= from && tokens.get(i - 2).is("on") && (tokens.get(i - 1).is("its") || tokens.get(i - 1).is("their")))
            return modalBefore(tokens, i - 2, from) ? PLEDGE : DELIVERY;
        // "needed new engines on arrival": when, not what arrived
        if (w.equals("arrival") && i - 1 >= from && TIME_BEFORE_ARRIVAL.contains(tokens.get(i - 1).norm())) return NONE;
        // "pledged but not yet delivered": the promise is the cue
        if ((DELIVERED.contains(w) || PAST.contains(w)) && promisedButNot(tokens, i - 1 >= from && tokens.get(i - 1).is("yet") ? i - 2 : i - 1, from))
            return NONE;
        if (DELIVERED.contains(w)) return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
        // "have already reached Ukraine", "reached the front": arrived; "reached 1.1 million" is a figure, not a place
        if ((w.equals("reached") || w.equals("reach") || w.equals("reaches")) && i + 1 < to
                && (tokens.get(i + 1).is("ukraine") || tokens.get(i + 1).is("kyiv") || tokens.get(i + 1).is("the") && i + 2 < to
                && (tokens.get(i + 2).is("front") || tokens.get(i + 2).is("frontline") || tokens.get(i + 2).is("battlefield")))) {
            return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
        }
        // "25 more tanks will follow", "one more system is due": still to come
        if (w.equals("follow")) return modalBefore(tokens, i, from) ? PLEDGE : NONE;
        // "one more system is due", "the first 20 to 25 due by the summer": still to come ("due to" gives a reason)
        if (w.equals("due")) {
            if (i - 1 >= from && AUXILIARY.contains(tokens.get(i - 1).norm())) return PLEDGE;
            // ("payments due in May" are owed, not given)
            return i + 1 < to && (tokens.get(i + 1).is("by") || tokens.get(i + 1).is("before")) ? PLEDGE : NONE;
        }
        if (PLEDGE_WORDS.contains(w)) return PLEDGE;
        if (PAST.contains(w)) {
            if (w.equals("provided") && i + 1 < to && tokens.get(i + 1).is("that")) return NONE;
            if (w.equals("given") && !auxiliaryBefore(tokens, i, from)) return NONE; // "has so far given"; not "given the risk"
            return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
        }
        if (BASE.contains(w)) {
            if (i - 1 >= from && tokens.get(i - 1).is("to") && wereTheFirst(tokens, i - 1, from)) return DELIVERY;
            if (w.equals("hand") && !(i + 1 < to && tokens.get(i + 1).is("over"))) return NONE;
            if (i - 1 >= from && tokens.get(i - 1).is("did")) return DELIVERY; // "Paris did deliver AMX-10 RC vehicles"
            return modalBefore(tokens, i, from) ? PLEDGE : NEUTRAL;
        }
        if (w.equals("supply") || w.equals("transfer") || w.equals("donate")) {
            if (modalBefore(tokens, i, from) && !(i - 1 >= from && (tokens.get(i - 1).is("the") || tokens.get(i - 1).is("a")))) return PLEDGE;
            return NEUTRAL;
        }
        if (GERUNDS.contains(w)) {
            if (i - 1 >= from && tokens.get(i - 1).is("for")) return DELIVERY; // thanked ... for sending
            for (int k = i - 1; k >= from && k >= i - 2; k--) {
                String p = tokens.get(k).norm();
                if (p.equals("finished") || p.equals("completed") || p.equals("began") || p.equals("started") || p.equals("begun")) return DELIVERY;
            }
            // "Canada is also sending 200 carriers": announced, as "US sending Patriots" in a headline
            if (progressiveBefore(tokens, i, from)) return PLEDGE;
            return NEUTRAL;
        }
        if (NEUTRAL_WORDS.contains(w)) return NEUTRAL;
        return NONE;
    }

    /**
     * "and the Netherlands added 8 from its own stocks", "added another 20": given too, when a count follows; "he added
     * that ..." is speech.
     */
    private static byte added(List<Token> tokens, int i, int from, int to) {
        if (i + 1 >= to) return NONE;
        Token next = tokens.get(i + 1);
        boolean count = next.startsWithDigit() || next.kind() == Token.Kind.WORD && (NumberParser.isNumberWord(next.norm())
                || next.is("another") || next.is("further") || next.is("a") && i + 2 < to && tokens.get(i + 2).is("further"));
        if (!count) return NONE;
        return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
    }

    /** "When the 14 Leopard 2A6 arrive", "did not arrive": a word of the clause before the verb makes it no arrival told. */
    private static boolean whenBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 8; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) return false;
            if (t.kind() == Token.Kind.WORD && ARRIVAL_NOT_TOLD.contains(t.norm())) return true;
        }
        return false;
    }

    /** "were the first Western tanks to arrive": an infinitive after a past "the first", done, not to come. */
    private static boolean wereTheFirst(List<Token> tokens, int to, int from) {
        for (int k = to - 1; k - 2 >= from && k >= to - 6; k--) {
            if (!(tokens.get(k).is("first") || tokens.get(k).is("last"))) continue;
            return tokens.get(k - 1).is("the") && (tokens.get(k - 2).is("were") || tokens.get(k - 2).is("was"));
        }
        return false;
    }

    private static final Set<String> VESSELS = Set.of("ship", "ships", "vessel", "vessels", "freighter", "train", "trains", "convoy",
            "convoys", "flight", "flights", "cargo", "shipment", "consignment", "trucks", "lorries", "wagons");

    /** A ship, train or convoy within the three words before token {@code i}: "The ship also carries". */
    private static boolean vesselBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 3; k--) if (VESSELS.contains(tokens.get(k).norm())) return true;
        return false;
    }

    private static final Set<String> INSERTS = Set.of("so", "far", "already", "now", "also", "just", "recently", "since", "thus", "previously",
            "reportedly", "together", "jointly");

    /** "is" or "are" right before token {@code i}, past adverbs such as "also" and "now". */
    private static boolean progressiveBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("is") || t.is("are") || t.is("am")) return true;
            if (!INSERTS.contains(t.norm())) return false;
        }
        return false;
    }

    /** An auxiliary before token {@code i}, past adverbs such as "so far" and "already". */
    private static boolean auxiliaryBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 4; k--) {
            String w = tokens.get(k).norm();
            if (AUXILIARY.contains(w)) return true;
            if (!INSERTS.contains(w)) return false;
        }
        return false;
    }

    private static boolean completedBefore(List<Token> tokens, int i, int from) {
        int k = i - 1;
        if (k >= from && tokens.get(k).is("the")) k--;
        // "Completion of the transfer of 40 Marders": the noun of finishing
        if (k - 1 >= from && tokens.get(k).is("of") && (tokens.get(k - 1).is("completion") || tokens.get(k - 1).is("conclusion"))) return true;
        return k >= from && (tokens.get(k).is("completed") || tokens.get(k).is("finished") || tokens.get(k).is("concluded")
                || tokens.get(k).is("completes") || tokens.get(k).is("completing"));
    }

    /**
     * "Six Leopard tanks left the port of Santander", "departed for Ukraine", "the third tranche of F-16 jets left
     * Skrydstrup": on their way (a place left behind, not Ukraine, nor a month: "left in March" says when).
     */
    private static byte departed(List<Token> tokens, int i, int from, int to) {
        if (i + 1 >= to) return NONE;
        Token next = tokens.get(i + 1);
        boolean away = next.is("for") || next.is("port") || next.is("the") && i + 2 < to && (tokens.get(i + 2).is("port")
                || tokens.get(i + 2).is("harbour") || tokens.get(i + 2).is("harbor"))
                || tokens.get(i).is("left") && i > from && next.kind() == Token.Kind.WORD && next.capitalized()
                && !Words.UKRAINE.contains(next.norm()) && !Words.MONTHS.contains(next.norm());
        if (!away) return NONE;
        return modalBefore(tokens, i, from) ? PLEDGE : DELIVERY;
    }

    /** Whether "in Ukraine" (or "at the front") follows token {@code k}, past "now", "already", "all". */
    static boolean inUkraine(List<Token> tokens, int k, int to) {
        while (k < to && (tokens.get(k).is("now") || tokens.get(k).is("already") || tokens.get(k).is("finally") || tokens.get(k).is("all"))) k++;
        if (k + 1 < to && tokens.get(k).is("in") && (tokens.get(k + 1).is("ukraine") || tokens.get(k + 1).is("kyiv"))) return true;
        // "are already at the front", "on the front line", "on the battlefield": in use
        if (k + 2 < to && (tokens.get(k).is("at") || tokens.get(k).is("on")) && tokens.get(k + 1).is("the")) {
            Token place = tokens.get(k + 2);
            return place.is("front") || place.is("frontline") || place.is("battlefield");
        }
        return false;
    }

    private static final Set<String> DESTINATIONS = Set.of("ukraine", "ukrainian", "kyiv", "border", "front", "frontline");

    /** Whether Ukraine, its border or the front is named in tokens {@code from}..{@code to}: where a transport is heading. */
    private static boolean destinationAhead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (DESTINATIONS.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** Whether a modal of what is to come ("will", "expected", "due") stands in tokens {@code from}..{@code to}. */
    public static boolean modalIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).kind() == Token.Kind.WORD && !tokens.get(k).is("to") && MODALS.contains(tokens.get(k).norm())) return true;
        return false;
    }

    private static boolean modalBefore(List<Token> tokens, int i, int from) {
        for (int k = i - 1; k >= from && k >= i - 3; k--) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) continue;
            if (!MODALS.contains(t.norm())) continue;
            if (t.is("to")) {
                // "to send", "to be delivered"; not "adding to 18 delivered", "according to"
                if (k - 1 >= from && tokens.get(k - 1).is("according")) return false;
                Token next = tokens.get(k + 1);
                if (k + 1 == i || next.is("be") || next.is("also") || next.is("soon") || next.is("quickly") || next.is("further")
                        || next.is("eventually") || next.is("then")) return true;
                continue;
            }
            // "By the deadline the EU will have delivered about 524,000 shells": a future perfect counts what is done by then
            if (t.is("will") && k + 1 < i && tokens.get(k + 1).is("have") && PAST.contains(tokens.get(i).norm())) return false;
            return true;
        }
        return false;
    }

    /** Whether a negation stands within the five words before token {@code at}: "has yet to commit", "will not send". */
    public static boolean negatedBefore(List<Token> tokens, int at, int floor) {
        for (int k = at - 1; k >= floor && k >= at - 5; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct('.')) return false;
            // "S-300 missiles that it considers unusable, and has supplied ...": a second predicate, past what negated the first
            if (t.isPunct(',') && k + 1 < at && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("but"))) return false;
            String w = t.norm();
            if (w.equals("yet") && k + 1 < tokens.size() && tokens.get(k + 1).is("to")) return true;
            if (w.equals("not") && k + 1 < tokens.size() && tokens.get(k + 1).is("only")) continue;
            if (promisedButNot(tokens, k, 0)) continue; // "pledged but not yet delivered": the promise stands
            if (w.equals("no") && k + 1 < tokens.size() && (tokens.get(k + 1).is("later") || tokens.get(k + 1).is("sooner"))) continue;
            // "(NO) 22 F-16": Norway's code in a register, not a negation
            if (t.text().equals("NO") && k > 0 && tokens.get(k - 1).isPunct('(')) continue;
            // "NOR confirmed delivery": Norway's three-letter code in minutes, before a word not in capitals
            if (t.text().equals("NOR") && k + 1 < tokens.size() && tokens.get(k + 1).kind() == Token.Kind.WORD && !tokens.get(k + 1).allUpper()) continue;
            // "NOR: NASAMS X2", "NOR/DNK: ...": the code as a bulletin's label
            if (t.text().equals("NOR") && k + 1 < tokens.size() && (tokens.get(k + 1).isPunct(':') || tokens.get(k + 1).isPunct('/'))
                    && tokens.get(k + 1).start() == t.end()) continue;
            // "no more than six", "not fewer than 50": a bound, not a negation
            if ((w.equals("no") || w.equals("not")) && k + 2 < tokens.size() && tokens.get(k + 2).is("than")
                    && (tokens.get(k + 1).is("more") || tokens.get(k + 1).is("fewer") || tokens.get(k + 1).is("less"))) continue;
            if (w.equals("ruled") && !(k + 1 < tokens.size() && tokens.get(k + 1).is("out"))) continue;
            // "Instead, Germany will send ...": the alternative is given; only "instead of sending" withholds
            if (w.equals("instead") && !(k + 1 < tokens.size() && tokens.get(k + 1).is("of"))) continue;
            // "we did not audit Germany's delivery of 60 Gepard systems": what is denied is the scrutiny, not the delivery
            if (NEGATIONS.contains(w) && k + 1 < at && SCRUTINY.contains(tokens.get(k + 1).norm())) continue;
            if (NEGATIONS.contains(w)) return true;
        }
        return false;
    }

    private static final Set<String> SCRUTINY = Set.of("audit", "audited", "examine", "examined", "review", "reviewed", "assess", "assessed",
            "inspect", "inspected", "cover", "covered", "count", "counted", "discuss", "discussed");

    /**
     * Whether token {@code k} is the "not" or "never" of "pledged but not (yet) delivered": what it denies is the delivery,
     * and the promise it follows stands.
     */
    private static boolean promisedButNot(List<Token> tokens, int k, int floor) {
        return k - 2 >= floor && (tokens.get(k).is("not") || tokens.get(k).is("never")) && tokens.get(k - 1).is("but")
                && PLEDGE_WORDS.contains(tokens.get(k - 2).norm());
    }

    /** Whether a request ("called for", "needs", "asked") comes in tokens {@code from}..{@code to}. */
    public static boolean requestIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.WORD && REQUESTS.contains(t.norm())) {
                // "much-requested": an adjective, not a request
                if (k - 1 >= from && tokens.get(k - 1).isPunct('-')) continue;
                // "has answered the call, promising ...": a request already met
                if (k - 2 >= from && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("this") || tokens.get(k - 1).is("that"))
                        && ANSWERING.contains(tokens.get(k - 2).norm())) continue;
                return true;
            }
        }
        return false;
    }

    /** Whether the clause before token {@code at} (back to a comma, "which" or "that") speaks of a threat: "protect against". */
    public static boolean threatBefore(List<Token> tokens, int at, int floor) {
        for (int k = at - 1; k >= floor; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') && k + 1 < tokens.size() && (tokens.get(k + 1).is("including") || tokens.get(k + 1).is("such")
                    || tokens.get(k + 1).is("especially") || tokens.get(k + 1).is("notably"))) continue; // "..., including low-flying drones"
            if (t.isPunct(',') && k + 1 < tokens.size() && listItem(tokens.get(k + 1))) continue; // "against aircraft, helicopters, cruise missiles"
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.is("which") || t.is("that") || t.is("who")) return false;
            if (t.kind() == Token.Kind.WORD && THREATS.contains(t.norm())) return true;
        }
        return false;
    }

    private static boolean listItem(Token t) {
        return t.kind() == Token.Kind.WORD && !t.capitalized()
                && (GenericClasses.CLASS_WORDS.contains(t.norm()) || GenericClasses.HEADS.contains(t.norm()) || t.is("and") || t.is("or")
                || t.norm().equals("helicopters") || t.norm().equals("aircraft"));
    }

    public static boolean hedged(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).kind() == Token.Kind.WORD && HEDGES.contains(tokens.get(k).norm())) return true;
        return false;
    }
}
