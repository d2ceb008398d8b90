package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What looks like a claim but is not: a transfer to someone else ("to Greece", "to a training centre in Romania"),
 * the other side's equipment ("Russia has deployed T-90 tanks"), what spares repair ("to refurbish 100 tanks"), and
 * the system a munition is for ("ammunition for the Gepard").
 */
final class NegativeFilters extends ReadingPart {

    /** Words before "to" that make it no direction: "according to", "second only to", "compared to", "in addition to". */
    private static final Set<String> NOT_DIRECTIONAL = Set.of("according", "only", "second", "compared", "next", "close", "similar", "equal",
            "adding", "added", "adds", "add",
            "thanks", "due", "prior", "contrary", "relative", "addition", "comparable", "up");
    private static final Set<String> CHANNELS = Set.of("fund", "facility", "initiative", "coalition", "programme", "program", "group",
            "alliance", "mechanism", "instrument");
    /** What happens to equipment lost in war. */
    private static final Set<String> LOSSES = Set.of("destroyed", "damaged", "lost", "captured", "abandoned", "disabled", "knocked", "killed",
            "wounded", "downed");
    /** Verbs before "down" that bring an attacker's drone or missile down: "shot down", "brought down". */
    private static final Set<String> DOWNING = Set.of("shot", "shoot", "shoots", "brought", "bring", "brings", "took", "take", "taken");
    private static final Set<String> LOSS_NOUNS = Set.of("destruction", "loss", "losses", "repair", "repairs");
    /** What a donor's own systems are, after "two of them": stationed, kept. */
    private static final Set<String> KEPT = Set.of("stationed", "deployed", "based", "kept", "retained", "operational", "reserved");
    /** Verbs that keep someone from doing something: "blocked Germany from re-exporting". */
    private static final Set<String> BLOCKING = Set.of("blocked", "blocks", "block", "prevented", "prevents", "prevent", "barred", "bars", "bar",
            "stopped", "stops", "banned", "bans", "forbade", "forbidden", "vetoed", "kept");

    /** Verbs that say what a system is made of or can do, after "A SAMP/T battery ...": a description, not a gift. */
    private static final Set<String> COMPOSITION = Set.of("includes", "comprises", "consists", "contains", "carries", "has", "fires",
            "can", "is", "weighs", "needs", "requires", "costs", "cost");
    private static final Set<String> ONE_OF_A_KIND = Set.of("a", "an", "each", "every", "typical");
    private static final Set<String> SYSTEM_WORDS = Set.of("battery", "system", "unit", "launcher", "vehicle", "howitzer", "tank", "fire",
            "interceptor", "missile", "round", "shell", "jet", "aircraft");

    /** Participles after "Czech-", "US-" that make a name an adjective of leadership: "Czech-led", "US-backed". */
    private static final Set<String> LEADING = Set.of("led", "run", "backed", "based", "sponsored", "organised", "organized", "funded",
            "managed", "coordinated", "hosted", "initiated");

    NegativeFilters(Reading r) {
        super(r);
    }

    /**
     * "and receive German-made Marder vehicles in return": what a donor gets back in a swap goes to the donor, not to
     * Ukraine; "had received around 20 TB2s before the war": bought before the war, not aid. Looked for in the claim's clause.
     */
    boolean swappedOrPrewar(Sentence s, int from, int to) {
        if (replacing(s, from)) return true;
        int end = Math.min(s.to(), to + 6);
        for (int k = to; k + 1 < end; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(',') && k + 1 < end && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("while"))) return false;
            if (t.is("in") && (tokens.get(k + 1).is("return") || tokens.get(k + 1).is("exchange")) && receivedBefore(s, from)) return true;
            // "it received 22 of them from Germany in 2004": got long before this war's aid began
            if (t.is("in") && pastYear(tokens.get(k + 1)) && acquiredBefore(s, from)) return true;
            if ((t.is("before") || t.is("prior")) && k + 2 < s.to()) {
                int j = t.is("prior") && tokens.get(k + 1).is("to") ? k + 2 : k + 1;
                if (j < s.to() && tokens.get(j).is("the")) j++;
                if (j < s.to() && (tokens.get(j).is("war") || tokens.get(j).is("invasion"))) return true;
            }
        }
        return false;
    }

    private static final Set<String> HOLDING = Set.of("had", "has", "have", "owned", "owns", "own", "operated", "operates", "operate",
            "held", "holds", "hold", "kept", "keeps", "fields", "fielded");

    /** "the Polish army, which at the time had about 240 of them": what someone holds, right before the count, is no gift. */
    boolean held(Sentence s, int from) {
        int k = QualifierRules.before(tokens, from, s.from()).from() - 1;
        return k >= s.from() && HOLDING.contains(tokens.get(k).norm());
    }

    private static final Set<String> REPLACING = Set.of("replace", "replaces", "replaced", "replacing", "backfill", "backfills", "backfilled",
            "backfilling");

    /**
     * "Germany was to replace them with 40 Marder 1A3", "backfilled with 14 Leopard 2A4": what a donor gets to make up for
     * what it gave (a ring exchange) stays with the donor.
     */
    private boolean replacing(Sentence s, int from) {
        int k = QualifierRules.before(tokens, from, s.from()).from() - 1;
        if (k < s.from() || !tokens.get(k).is("with")) return false;
        for (int j = k - 1; j >= s.from() && j >= k - 3; j--) if (REPLACING.contains(tokens.get(j).norm())) return true;
        return false;
    }

    private static final Set<String> ACQUIRED = Set.of("received", "got", "obtained", "acquired", "bought", "purchased", "inherited");

    /** A year before 2014, when aid to Ukraine of this kind began: "in 2004". */
    private static boolean pastYear(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !t.startsWithDigit()) return false;
        int y = Integer.parseInt(t.text());
        return y >= 1945 && y < 2014;
    }

    /** "received 22 of them", "bought 48": a past acquisition verb within a few words before the claim. */
    private boolean acquiredBefore(Sentence s, int from) {
        for (int k = from - 1; k >= s.from() && k >= from - 4; k--) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(';')) return false;
            if (ACQUIRED.contains(tokens.get(k).norm())) return true;
        }
        return false;
    }

    /** "and receive ... Marder vehicles", "will get": the one who gets something back in a swap is the clause's subject. */
    private boolean receivedBefore(Sentence s, int from) {
        for (int k = from - 1; k >= s.from() && k >= from - 6; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (t.is("receive") || t.is("receives") || t.is("receiving") || t.is("get") || t.is("gets") || t.is("obtain") || t.is("obtains")) return true;
        }
        return false;
    }

    /** "We identified 800,000 rounds on the world market": what is for sale somewhere, not what anyone gave. */
    boolean onTheMarket(Sentence s, int from, int to) {
        int end = Math.min(s.to(), to + 8);
        for (int k = to; k + 2 < end; k++) {
            if (tokens.get(k).isPunct(';') || tokens.get(k).isPunct(',') && k + 1 < end && tokens.get(k + 1).is("and")) return false;
            if (!tokens.get(k).is("on")) continue;
            int j = k + 1;
            if (tokens.get(j).is("the")) j++;
            if (j < end && (tokens.get(j).is("world") || tokens.get(j).is("global") || tokens.get(j).is("international") || tokens.get(j).is("open")
                    || tokens.get(j).is("arms"))) j++;
            if (j < end && (tokens.get(j).is("market") || tokens.get(j).is("markets"))) return true;
        }
        return false;
    }

    /**
     * "A SAMP/T battery includes up to six launchers", "Each Patriot battery has eight launchers": a clause that opens
     * with one of a kind of system and says what it is made of or costs describes the system; its numbers, from token
     * {@code at} on, are no claims. The clause starts the sentence or follows a semicolon or ", and" ("...; a new Leopard
     * 2A6 costs Germany about EUR 10 million"); an aside between dashes may part the name from its verb ("A single Patriot
     * battery - radar, launchers and interceptors - costs ..."); a clause after one that costs may leave out its verb
     * ("..., and each PAC-3 MSE interceptor roughly $4 million").
     */
    boolean describesASystem(Sentence s, List<Mention> all, int at) {
        int k = s.from();
        for (int j = at - 1; j > s.from(); j--) {
            if (tokens.get(j - 1).isPunct(';') || tokens.get(j - 1).is("and") && j - 2 >= s.from() && tokens.get(j - 2).isPunct(',')) {
                k = j;
                break;
            }
        }
        if (k + 1 >= s.to() || !ONE_OF_A_KIND.contains(tokens.get(k).norm())) return false;
        if (k + 1 < at && DESCRIBED_ADJECTIVES.contains(tokens.get(k + 1).norm())) k++; // "A single F-16 costs about 30 million dollars to operate"
        final int first = k + 1;
        Mention named = all.stream().filter(m -> m.from == first).findFirst().orElse(null);
        // a system, or a class with its calibre ("A 155 mm shell now costs"): "a drone is being sent" is one given
        if (named == null || named.item == null && !tokens.get(first).startsWithDigit()) return false;
        int j = named.to;
        while (j < s.to() && j <= named.to + 2 && SYSTEM_WORDS.contains(tokens.get(j).norm())) j++;
        j = pastDashAside(s, j);
        while (j < s.to() && (tokens.get(j).is("now") || tokens.get(j).is("alone") || tokens.get(j).is("still"))) j++;
        if (j < s.to() && COMPOSITION.contains(tokens.get(j).norm())) return true;
        // the verb left out after a clause that costs: "and each PAC-3 MSE interceptor roughly $4 million"
        for (int m = j; m < s.to() && m <= j + 4 && !tokens.get(m).isPunct(','); m++) {
            if (r.inMoney[m]) return costedBefore(s, k);
        }
        return false;
    }

    private static final Set<String> DESCRIBED_ADJECTIVES = Set.of("single", "new", "modern", "typical", "standard");

    /** The token after an aside between dashes that starts at {@code j}, or {@code j}. */
    private int pastDashAside(Sentence s, int j) {
        if (j >= s.to() || !tokens.get(j).isDash()) return j;
        for (int k = j + 1; k < s.to() && k <= j + 16; k++) if (tokens.get(k).isDash()) return k + 1;
        return j;
    }

    private boolean costedBefore(Sentence s, int before) {
        for (int k = s.from(); k < before; k++) if (tokens.get(k).is("costs") || tokens.get(k).is("cost")) return true;
        return false;
    }

    private static final Set<String> PROCUREMENT = Set.of("contract", "contracts", "modification", "production");
    /** Verbs of buying for oneself, unless a gift was said before them ("handed over all 19, including those it had ordered"). */
    private static final Set<String> ORDERING = Set.of("order", "orders", "ordered", "procure", "procures", "procured");
    private static final Set<String> HANDED = Set.of("handed", "delivered", "donated", "sent", "gave", "given", "transferred", "supplied", "provided");
    /** Words that name a donor's own forces or stocks as what a contract serves. */
    private static final Set<String> OWN_FORCES = Set.of("army", "navy", "bundeswehr", "replenish", "replenishing", "restock", "restocking",
            "backfill", "stocks", "stockpiles");

    /**
     * "was awarded a $521,000,000 modification ... to replenish U.S. Army stocks", "a contract to increase production of 155 mm
     * projectiles for the U.S. Army": a contract for a donor's own forces or stocks, in a sentence that does not name
     * Ukraine, is the donor's procurement, not aid.
     */
    boolean forOwnForces(Sentence s) {
        boolean contract = false;
        boolean own = false;
        boolean ukraine = false;
        boolean replenishing = false;
        boolean given = false;
        for (int k = s.from(); k < s.to(); k++) {
            String w = tokens.get(k).norm();
            // ("to order 14 new Archer systems for the Swedish Armed Forces, to replenish the stocks given to Ukraine": Ukraine
            // named as where the stocks went, not as whom the order is for)
            if (UKRAINE.contains(w)) {
                if (k - 1 >= s.from() && tokens.get(k - 1).is("for")) return false;
                ukraine = true;
            }
            contract |= PROCUREMENT.contains(w) || ORDERING.contains(w) && !given;
            given |= HANDED.contains(w);
            own |= OWN_FORCES.contains(w);
            replenishing |= w.startsWith("replenish") || w.startsWith("backfill") || w.startsWith("restock");
        }
        return contract && own && (!ukraine || replenishing);
    }

    private static final Set<String> FORCES = Set.of("army", "navy", "forces", "military", "bundeswehr", "troops", "air", "armed",
            "marines", "soldiers", "artillery");
    private static final Set<String> OWNERS = Set.of("its", "their", "our", "his", "her");

    /**
     * "46 Leopard 2A8 tanks for the Dutch army", "for its own forces": what a donor buys for its own forces, not aid. (Not
     * "for the Ukrainian army", nor a bare "for the army", which may be Ukraine's.)
     */
    boolean forDonorsForces(Sentence s, int to) {
        int k = to;
        if (k + 1 >= s.to() || !tokens.get(k).is("for")) return false;
        k++;
        boolean owner = false;
        if (tokens.get(k).is("the")) k++;
        else if (k < s.to() && OWNERS.contains(tokens.get(k).norm())) {
            owner = true;
            k++;
        }
        if (k < s.to() && tokens.get(k).is("own")) {
            owner = true;
            k++;
        }
        if (!owner) {
            final int at = k;
            DonorLexicon.Mention donor = donorMentions.get(s.index()).stream().filter(m -> m.from() == at).findFirst().orElse(null);
            if (donor == null || donor.donor().collective()) return false;
            k = donor.to();
        }
        if (k < s.to() && tokens.get(k).is("air")) return k + 1 < s.to() && tokens.get(k + 1).is("force"); // not "air defence"
        return k < s.to() && FORCES.contains(tokens.get(k).norm());
    }

    private static final Set<String> REEQUIPPING = Set.of("equipped", "receive", "receives", "get", "gets", "buy", "buys", "acquire",
            "acquires", "buying", "acquiring", "receiving", "rebuilt", "rebuilding", "restocked");

    /**
     * "its own army will be re-equipped with 250 Abrams", "the Polish army will receive 1,000 K2 tanks": a donor's own forces,
     * the subject of receiving, get them; not aid.
     */
    boolean donorsForcesReceive(Sentence s, int from) {
        boolean receiving = false;
        for (int k = from - 1; k > s.from() && k >= from - 20; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(':')) return false;
            if (REEQUIPPING.contains(t.norm())) receiving = true;
            if (!receiving || !FORCES.contains(t.norm())) continue;
            if (tokens.get(k - 1).is("own")) return true;
            final int end = k;
            return donorMentions.get(s.index()).stream().anyMatch(m -> m.to() == end && !m.donor().collective());
        }
        return false;
    }

    private static final Set<String> REPLENISHING = Set.of("replenishment", "replenish", "replenishing", "restock", "restocking", "backfill",
            "backfilling", "refill", "refilling", "replacement", "replace", "replacing");
    /** What refills a donor's stocks besides the word "stocks": "Replenishment orders placed with industry". */
    private static final Set<String> STOCK_WORDS = Set.of("stocks", "stock", "stockpiles", "inventories", "inventory", "reserves", "orders");

    /**
     * "Replenishment of Dutch stocks after donations ...... 620", "$23 billion to replenish U.S. stocks", "Replenishment orders
     * placed with industry: 3 (total EUR 400 million)": a sum to refill a
     * donor's own stocks, said in tokens {@code from}..{@code to} (the sum's own phrase).
     */
    boolean refillsOwnStocks(int from, int to) {
        boolean refill = false;
        boolean own = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).norm();
            refill |= REPLENISHING.contains(w);
            if (STOCK_WORDS.contains(w) && !(k - 1 >= from && UKRAINE.contains(tokens.get(k - 1).norm()))
                    && !(k - 2 >= from && tokens.get(k - 1).is("s") && UKRAINE.contains(tokens.get(k - 2).norm()))) own = true;
        }
        return refill && own;
    }

    private static final Set<String> PROPERTIES = Set.of("range", "crew", "weight", "speed", "price", "cost", "length", "reach", "ceiling",
            "altitude", "calibre", "caliber", "lifespan", "endurance", "payload");

    /** "Range of IRIS-T SLM: 40 km", "the crew of a Leopard": a system's property, not a gift of it. */
    boolean propertyOf(Sentence s, int from) {
        int k = from - 1;
        if (k >= s.from() && (DETERMINERS.contains(tokens.get(k).norm()) || tokens.get(k).is("a") || tokens.get(k).is("an"))) k--;
        return k - 1 >= s.from() && tokens.get(k).is("of") && PROPERTIES.contains(tokens.get(k - 1).norm());
    }

    /** "ammunition for the Gepard", "bombs for their fighter jets": the system a munition is for is not given with it. */
    boolean targetOfMunition(Sentence s, Mention m, List<Mention> all) {
        int p = m.from - 1;
        if (p >= s.from() && DETERMINERS.contains(tokens.get(p).norm())) p--;
        // "ammunition for 40 mm Bofors guns": a calibre between
        if (p - 1 >= s.from() && calibreLength(p - 1, p + 1) == 2) p -= 2;
        else if (p >= s.from() && calibreLength(p, p + 1) == 1) p--;
        if (p < s.from() || !tokens.get(p).is("for")) return false;
        final int forAt = p;
        return all.stream().anyMatch(o -> o != m && o.to <= forAt && o.to >= forAt - 1 && (Categories.isMunition(o.category)
                || o.category.startsWith("ammunition")));
    }

    /** "spares to refurbish up to 100 tanks and infantry fighting vehicles": what is repaired is not given. */
    boolean refurbished(Sentence s, Mention m) {
        for (int k = m.from - 1; k >= s.from() && k >= m.from - 8; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (REFURBISH.contains(t.norm()) && k - 1 >= s.from() && tokens.get(k - 1).is("to")) return true;
        }
        return false;
    }

    private static final Set<String> OFFICES = Set.of("secretary", "minister", "ministry", "department", "president", "congress", "committee",
            "committees", "administrator", "parliament");

    /** "to Greece", "to the Middle East" after the name, before any "to Ukraine": the transfer is to someone else. */
    boolean toSomeoneElse(Sentence s, int from) {
        for (int k = from; k + 1 < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')) return false;
            // "Of the 24 aircraft we have pledged, the first 18 went to the training centre in Romania": where another count went
            if (t.isPunct(',') && countWithin(k + 1, Math.min(s.to(), k + 4))) return false;
            if (!t.is("to") || k - 1 >= s.from() && NOT_DIRECTIONAL.contains(tokens.get(k - 1).norm())) continue;
            int n = k + 1;
            if (tokens.get(n).is("the") && n + 1 < s.to()) n++;
            Token p = tokens.get(n);
            // ("15 CV90s, to be built in Sweden for Ukraine": an infinitive, where it is made, not where it goes)
            if (p.kind() == Token.Kind.WORD && !p.capitalized() && !p.is("be") && placeElsewhere(s, n)) return true;
            if (p.kind() != Token.Kind.WORD || !p.capitalized()) continue;
            if (UKRAINE.contains(p.norm()) || ofUkraine(n, s.to())) return false;
            if (MONTHS.contains(p.norm()) || p.allUpper() && p.text().length() == 3) continue; // "to March", "to EUR 1.25 billion"
            if (channel(n, s.to())) continue; // "to the European Peace Facility": a fund, not a recipient
            // "shall be available to the Secretary of Defense": the office that spends a sum, not whom it goes to
            if (OFFICES.contains(p.norm())) continue;
            // "to the Czech-led initiative", "to the US-backed fund": a name made an adjective says who leads, not who gets
            if (n + 2 < s.to() && tokens.get(n + 1).isPunct('-') && glued(n, n + 1) && glued(n + 1, n + 2)
                    && LEADING.contains(tokens.get(n + 2).norm())) continue;
            if (n + 1 < s.to() && tokens.get(n + 1).startsWithDigit()) continue;
            // "two launchers to the German units": added to equipment a donor gave, not given to that donor
            if (n + 1 < s.to() && GenericClasses.isHead(tokens.get(n + 1).norm())) continue;
            return true;
        }
        return false;
    }

    private boolean countWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm())) return true;
        }
        return false;
    }

    /** "the Armed Forces of Ukraine", "the Ministry of Defence of Ukraine": a capitalised name that ends in Ukraine is Ukraine's. */
    private boolean ofUkraine(int from, int to) {
        for (int k = from + 1; k + 1 < to && k <= from + 5; k++) {
            Token t = tokens.get(k);
            if (t.is("of") && UKRAINE.contains(tokens.get(k + 1).norm())) return true;
            if (t.kind() != Token.Kind.WORD || !(t.capitalized() || t.is("of") || t.is("and"))) return false;
        }
        return false;
    }

    /** "to a training centre in Romania": a place in another country (a donor named after "in"), within a few words. */
    boolean placeElsewhere(Sentence s, int from) {
        if (tokens.get(from).is("a") || tokens.get(from).is("an")) from++;
        for (int k = from; k + 1 < s.to() && k < from + 5; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD || t.capitalized()) return false;
            if ((t.is("in") || t.is("at")) && tokens.get(k + 1).capitalized()) {
                Token place = tokens.get(k + 1);
                if (UKRAINE.contains(place.norm())) return false;
                final int at = k + 1;
                return donors.find(tokens, at, Math.min(s.to(), at + 3)).stream().anyMatch(m -> m.from() == at);
            }
        }
        return false;
    }

    /** Whether the capitalised name at {@code at} is a fund or a programme ("European Peace Facility", "Ukraine Defence Contact Group"). */
    boolean channel(int at, int b) {
        for (int k = at; k < b && k < at + 5; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) return false;
            // ("the Czech initiative": a name's adjective before the channel's common noun)
            if (CHANNELS.contains(t.norm())) return k > at || t.capitalized();
            if (!t.capitalized()) return false;
        }
        return false;
    }

    /** Whether a word of loss stands in the ten words after token {@code from}, in its clause: "... had been destroyed". */
    boolean lostLater(Sentence s, int from) {
        for (int k = from; k < s.to() && k < from + 10; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(',')) return false;
            if (LOSSES.contains(t.norm())) return true;
        }
        return false;
    }

    /** "Russia has deployed T-90 tanks": the clause's actor is the other side. */
    /** "4. ADVERSARY: RU LAUNCHED ...": a bulletin's line labelled as the other side's. */
    private static final Pattern ENEMY_LABEL = Pattern.compile("(?i)^\\s*(?:[\\dA-Za-z]{1,2}[.)]\\s+)?(adversary|enemy|opponent|russia|russian forces|threat)\\s*:");

    boolean enemyActor(Sentence s, int at) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, tokens.get(at).start() - 1)) + 1;
        if (ENEMY_LABEL.matcher(text).region(lineStart, Math.min(text.length(), lineStart + 40)).lookingAt()) return true;
        for (int k = at - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') && asideAfterEnemy(s, k)) return true;
            // "Iran has sent Russia drones and, according to Western intelligence, more than 200 missiles": past the source's aside
            int aside = t.isPunct(',') ? sourceAsideStart(s, k) : -1;
            if (aside >= 0) {
                k = aside;
                continue;
            }
            if (t.isPunct(',') || t.isPunct(';') || t.is("while") || t.is("whereas")) return false;
            if (Words.enemyAt(tokens, k)) return true;
        }
        return false;
    }

    /** The comma opening ", according to Western intelligence," that closes at the comma {@code close}; -1 if it is none. */
    private int sourceAsideStart(Sentence s, int close) {
        for (int k = close - 1; k >= s.from() && k >= close - 6; k--) {
            if (tokens.get(k).isPunct(',')) return k + 2 < close && tokens.get(k + 1).is("according") && tokens.get(k + 2).is("to") ? k : -1;
        }
        return -1;
    }

    /** "Russia, by contrast, is believed to produce ...": a short aside between commas right after the other side's name. */
    private boolean asideAfterEnemy(Sentence s, int comma) {
        for (int k = comma - 1; k >= s.from() && k >= comma - 4; k--) {
            if (tokens.get(k).isPunct(',')) return k - 1 >= s.from() && Words.enemyAt(tokens, k - 1);
            if (tokens.get(k).kind() != Token.Kind.WORD) return false;
        }
        return false;
    }

    /**
     * Whether the count or name at tokens {@code from}..{@code to} is a loss, not a gift: "six of which were destroyed",
     * "12 tanks have been damaged", "Ukraine has lost 20 Leopards".
     */
    boolean lost(Sentence s, int from, int to) {
        int k = to;
        if (k + 1 < s.to() && tokens.get(k).is("of") && (tokens.get(k + 1).is("which") || tokens.get(k + 1).is("them"))) k += 2;
        boolean partOf = k > to;
        for (int n = 0; k < s.to() && n < 4; k++, n++) {
            Token t = tokens.get(k);
            if (LOSSES.contains(t.norm())) return true;
            // "it will have nine, two of them stationed in Poland": kept at home or abroad, not given
            if (partOf && KEPT.contains(t.norm())) return true;
            // "the last 2 were kept for training": kept, not given
            if (t.is("kept") || t.is("retained")) return true;
            // "40 tanks had been counted twice": a tally's error, not a gift
            if (t.is("counted") && k + 1 < s.to() && (tokens.get(k + 1).is("twice") || tokens.get(k + 1).is("double"))) return true;
            if (!(t.kind() == Token.Kind.WORD && (AUXILIARIES.contains(t.norm()) || ADVERBS.contains(t.norm())))) break;
        }
        // "Destruction of 5 donated vehicles", "the repair of 12 damaged tanks": what became of equipment already there
        if (from - 2 >= s.from() && tokens.get(from - 1).is("of") && LOSS_NOUNS.contains(tokens.get(from - 2).norm())) return true;
        for (int j = from - 1; j >= s.from() && j >= from - 5; j--) {
            Token t = tokens.get(j);
            if (t.is("lost") || t.is("destroyed") || t.is("captured")) return true;
            // "brought down 14 of 17 drones", "intercepted 30 missiles": the other side's, brought down
            if (t.is("intercepted") || t.is("downed") || t.is("down") && j - 1 >= s.from() && DOWNING.contains(tokens.get(j - 1).norm())) return true;
            if (t.is("of") && j - 1 >= s.from() && tokens.get(j - 1).startsWithDigit()) continue; // "14 of 17"
            if (!(t.kind() == Token.Kind.WORD && (AUXILIARIES.contains(t.norm()) || ADVERBS.contains(t.norm())) || t.startsWithDigit())) break;
        }
        return false;
    }

    private static final Set<String> MODAL = Set.of("can", "could", "will", "would", "may", "might", "must", "should", "to");
    private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "be", "expect", "see");

    /**
     * "so that Ukraine can focus on introducing the F-16": Ukraine as the actor of the claim's clause, doing something
     * other than receiving, uses what it has; nobody gives it here.
     */
    boolean ukraineActs(Sentence s, int at) {
        for (int k = at - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.is("which") || t.is("while")) return false;
            if (!UKRAINE.contains(t.norm()) || k + 2 >= at || !MODAL.contains(tokens.get(k + 1).norm())) continue;
            for (int j = k + 2; j < at; j++) if (RECEIVING.contains(tokens.get(j).norm())) return false;
            return true;
        }
        return false;
    }

    private static final Set<String> GIVING = Set.of("donate", "donates", "donated", "give", "gives", "gave", "send", "sends", "sent",
            "transfer", "transfers", "transferred", "deliver", "delivers", "delivered", "hand", "hands", "handed", "supply", "supplies",
            "supplied", "provide", "provides", "provided", "donation", "gift");

    private Boolean mayGiveNothing; // whether the text has the words at all
    private int sentenceRead = -1;
    private boolean givesNothing; // of sentence sentenceRead

    /** Whether a sentence gives nothing at all: what Ukraine pays for itself, or what is only rumoured (read once a sentence). */
    boolean givesNothing(Sentence s) {
        // most texts have neither: one look at the whole text spares reading each sentence's words
        if (mayGiveNothing == null) mayGiveNothing = text.contains("peculat") || text.contains("umour") || text.contains("umor")
                || text.contains("by Kyiv") || text.contains("by Kiev") || text.contains("by Ukrain") || text.contains("by the Ukrain");
        if (!mayGiveNothing) return false;
        if (sentenceRead != s.index()) {
            sentenceRead = s.index();
            givesNothing = paidByRecipient(s) || speculative(s);
        }
        return givesNothing;
    }

    /**
     * "a $1.2bn foreign military sale of NASAMS to Ukraine, paid for by Kyiv": what Ukraine pays for itself is bought, not
     * given, whoever sells it.
     */
    private boolean paidByRecipient(Sentence s) {
        for (int k = s.from() + 1; k + 1 < s.to(); k++) {
            if (!paidBy(tokens, k, s.from())) continue;
            int at = tokens.get(k + 1).is("the") && k + 2 < s.to() ? k + 2 : k + 1;
            if (UKRAINE.contains(tokens.get(at).norm())) return true;
        }
        return false;
    }

    /**
     * "It is buying 250 Abrams tanks from the United States", "54 new Leopard 2A7 tanks ordered from Germany": a purchase
     * from a named seller, in a sentence that gives nothing to Ukraine, is the buyer's own procurement.
     */
    boolean ownPurchase(Sentence s, int from, int to) {
        if (from < s.from()) return false;
        if (boughtByAnother(s, to)) return true;
        int verb = -1;
        boolean ordered = false; // "of which Norway has ordered 52": an order is the buyer's unless it says for whom
        int back = from;
        // back to the start of the clause, at most a dozen words: "to buy 980 K2 tanks and 672 K9 howitzers"
        while (back > s.from() && back > from - 12 && !tokens.get(back - 1).isPunct(',') && !tokens.get(back - 1).isPunct(';')) back--;
        for (int k = back; k < Math.min(s.to(), to + 2); k++) {
            if (BUYING.contains(tokens.get(k).norm()) && verb < 0) verb = k;
            // "on order", and a maker's "booked an order for 25 more Leopard 1A5 from an undisclosed customer"
            if (tokens.get(k).is("ordered") || tokens.get(k).is("order") && (k - 1 >= s.from() && tokens.get(k - 1).is("on")
                    || k + 1 < s.to() && tokens.get(k + 1).is("for"))) {
                ordered = true;
                if (verb < 0) verb = k;
            }
        }
        if (verb < 0) return false;
        // the purchase's own clause: "Poland, which signed deals to buy 980 K2 tanks from South Korea, has not sent any to Ukraine"
        int clauseStart = clauseStartAt(s, verb);
        // "has provided Ukraine with ..., including 39 vehicles ordered from GDLS-Canada": the list belongs to the clause before it
        if (clauseStart > s.from() && tokens.get(clauseStart).is("including")) {
            clauseStart = clauseStartAt(s, clauseStart - 1);
        }
        // ("A further 20 Leopard 1A5 tanks, ordered by Denmark and Germany for Ukraine, ...": the order's clause after the name)
        int clauseEnd = Math.max(to, verb + 1);
        while (clauseEnd < s.to() && !tokens.get(clauseEnd).isPunct(',') && !tokens.get(clauseEnd).isPunct(';')) clauseEnd++;
        // "help Croatia buy eight Black Hawks": the country helped buys for itself
        // ("Poland's own army is buying 96 more": the buyer's own forces)
        boolean seller = ordered || buyerBefore(s, verb) || ownForcesIn(clauseStart, clauseEnd);
        for (int k = to; k + 1 < clauseEnd; k++) {
            if (tokens.get(k).is("from") && (tokens.get(k + 1).capitalized() || tokens.get(k + 1).is("the"))) seller = true;
        }
        if (!seller) return false;
        // "The package includes ... 6 Skynex systems purchased from Rheinmetall", "and includes 18 Archer systems on order from
        // industry": bought to fill the package, for Ukraine
        for (int k = s.from(); k < verb; k++) if (PACKAGE_WORDS.contains(tokens.get(k).norm())) return false;
        // (and the name's own clause: "Denmark and the Netherlands have delivered 14 Leopard 2A4 tanks, bought together from RUAG")
        for (int k = Math.min(clauseStart, clauseStartAt(s, from)); k < clauseEnd; k++) {
            String w = tokens.get(k).norm();
            if (UKRAINE.contains(w) || GIVING.contains(w)) return false;
        }
        return true;
    }

    /** The first token of the clause (set off by a comma or a semicolon) that token {@code at} stands in. */
    private int clauseStartAt(Sentence s, int at) {
        int k = at;
        while (k > s.from() && !tokens.get(k - 1).isPunct(',') && !tokens.get(k - 1).isPunct(';')) k--;
        return k;
    }

    private static final Set<String> MAKING = Set.of("makes", "make", "making", "produces", "produce", "producing", "manufactures",
            "manufacture", "manufacturing");

    /** "The plant also makes 35 mm rounds for the Gepard": what a maker makes, said a few words before the name, is no gift. */
    boolean made(Sentence s, int from) {
        for (int k = from - 1; k >= s.from() && k >= from - 3; k--) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) return false;
            if (MAKING.contains(t.norm())) return true;
        }
        return false;
    }

    private static final Set<String> SAID = Set.of("said", "stated", "reported", "wrote", "gave", "put", "listed", "claimed", "misstated");
    private static final Set<String> ERRING = Set.of("incorrectly", "wrongly", "mistakenly", "erroneously", "falsely");
    private static final Set<String> EARLIER = Set.of("earlier", "previous", "last", "original", "first", "yesterday");

    /**
     * "Correction: last week's digest said Latvia had sent 6 M109 howitzers; the correct figure is 5", "An earlier version
     * of this article incorrectly stated that ...": what a correction says was written wrongly before, up to its semicolon,
     * is withdrawn. The sentence must say it corrects something ("correct", "correction", "incorrectly"): "Germany said
     * earlier it had sent 6" is a claim.
     */
    boolean withdrawn(Sentence s, int from) {
        boolean correcting = false;
        for (int k = s.from(); k < s.to() && !correcting; k++) {
            String w = tokens.get(k).norm();
            correcting = w.startsWith("correct") || ERRING.contains(w);
        }
        if (!correcting) return false;
        for (int k = from - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';')) return false;
            if (!SAID.contains(t.norm())) continue;
            for (int j = k - 1; j >= s.from() && j >= k - 8; j--) {
                String w = tokens.get(j).norm();
                if (EARLIER.contains(w) || ERRING.contains(w) || w.equals("version")) return true;
            }
            return k + 1 < s.to() && ERRING.contains(tokens.get(k + 1).norm());
        }
        return false;
    }

    private static final Set<String> MADE = Set.of("produced", "made", "manufactured", "built", "assembled", "developed", "designed");

    /**
     * "The 155 mm guns ... are produced by Excalibur Army": the name is the subject of a passive of making, or its maker
     * after "by"; what is made, and who makes it, is no gift. (What is "to be built" for Ukraine is ordered for it.)
     */
    boolean madeBy(Sentence s, int from, int to) {
        if (from - 2 >= s.from() && tokens.get(from - 1).is("by") && MADE.contains(tokens.get(from - 2).norm())) return true;
        for (int k = to; k + 1 < s.to() && k < to + 12; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.is("which") || t.is("that") || HANDED.contains(t.norm())) return false;
            // ("15 Caesar howitzers, to be produced by KNDS France": made to order for Ukraine, the gift itself)
            if (Words.BE_FORMS.contains(t.norm()) && MADE.contains(tokens.get(k + 1).norm()) && !(t.is("be") && tokens.get(k - 1).is("to"))) return true;
        }
        return false;
    }

    private static final Set<String> BUYERS_OWN = Set.of("army", "armed", "forces", "force", "military", "use", "troops", "units", "stocks",
            "inventory", "navy");

    /** "its own army", "for its own use": the buyer's own forces within tokens {@code from}..{@code to}. */
    private boolean ownForcesIn(int from, int to) {
        for (int k = from; k + 1 < to; k++) if (tokens.get(k).is("own") && BUYERS_OWN.contains(tokens.get(k + 1).norm())) return true;
        return false;
    }

    private static final Set<String> PACKAGE_WORDS = Set.of("package", "includes", "include", "contains", "donation", "tranche");

    private static final Set<String> HELPING = Set.of("help", "helps", "helping", "helped", "allow", "allows", "allowing", "enable", "enables",
            "enabling", "assist", "assists");

    /**
     * Whether someone helps a country buy: "help Croatia buy eight Black Hawks", "allow Poland to buy". (A donor that buys
     * on its own, "Canada will buy 40 more Senators", mostly buys for Ukraine.)
     */
    private boolean buyerBefore(Sentence s, int verb) {
        int k = verb - 1;
        if (k >= s.from() && tokens.get(k).is("to")) k--;
        final int end = k + 1;
        return donorMentions.get(s.index()).stream().anyMatch(m -> m.to() == end && !m.donor().collective() && m.from() - 1 >= s.from()
                && HELPING.contains(tokens.get(m.from() - 1).norm()));
    }

    /** "signed deals to sell Poland 1,000 K2 tanks": a country other than Ukraine right after a verb of giving gets them. */
    boolean givenToAnother(Sentence s, int from) {
        for (DonorLexicon.Mention m : donorMentions.get(s.index())) {
            if (m.to() > from || m.to() < from - 12 || m.donor().collective()) continue;
            int verb = m.from() - 1;
            if (verb >= s.from() && tokens.get(verb).is("the")) verb--;
            if (verb >= s.from() && QuantityPhrases.DOUBLE_OBJECT.contains(tokens.get(verb).norm())) {
                // only what is given lies between the country and the thing: "sell Poland 1,000 K2 tanks and 672 K9 howitzers"
                for (int k = m.to(); k < from; k++) {
                    Token t = tokens.get(k);
                    if (t.isPunct(';') || t.is("to") || t.kind() == Token.Kind.WORD && t.capitalized()
                            || Cues.at(tokens, k, s.from(), s.to()) != Cues.NONE) return false;
                }
                return true;
            }
        }
        return false;
    }

    /** "the 70 Swedish CV90s bought by Slovakia": a participle of buying right after the name, then a buyer who is not Ukraine. */
    private boolean boughtByAnother(Sentence s, int to) {
        int k = to;
        if (k < s.to() && (tokens.get(k).is("recently") || tokens.get(k).is("already") || tokens.get(k).is("being"))) k++;
        if (k + 2 >= s.to() || !(Words.BUYING.contains(tokens.get(k).norm()) || tokens.get(k).is("ordered")) || !tokens.get(k + 1).is("by")) return false;
        int n = k + 2;
        if (tokens.get(n).is("the") && n + 1 < s.to()) n++;
        if (!tokens.get(n).capitalized() || UKRAINE.contains(tokens.get(n).norm())) return false;
        // "ordered by Denmark from KNDS for Ukraine": bought for Ukraine, so given by the buyer
        for (int j = n + 1; j + 1 < s.to() && !tokens.get(j).isPunct(',') && !tokens.get(j).isPunct(';'); j++) {
            if (tokens.get(j).is("for") && UKRAINE.contains(tokens.get(j + 1).norm())) return false;
        }
        return true;
    }

    private static final Set<String> EQUIPPING = Set.of("supply", "supplies", "supplied", "supplying", "provide", "provides", "provided",
            "providing", "equip", "equips", "equipped", "furnish", "compensate", "compensates", "compensated", "replenish", "backfill");

    /** "in return Germany will supply Slovenia with 35 trucks": what a country other than Ukraine is supplied with. */
    boolean suppliedToAnother(Sentence s, int at) {
        int k = at - 1;
        while (k >= s.from() && k >= at - 3 && !tokens.get(k).is("with")) k--;
        if (k < s.from() || !tokens.get(k).is("with")) return false;
        int country = k - 1;
        if (country < s.from() || !tokens.get(country).capitalized() || UKRAINE.contains(tokens.get(country).norm())) return false;
        final int end = k;
        DonorLexicon.Mention named = donorMentions.get(s.index()).stream().filter(m -> m.to() == end).findFirst().orElse(null);
        if (named == null) return false;
        int verb = named.from() - 1;
        return verb >= s.from() && EQUIPPING.contains(tokens.get(verb).norm());
    }

    private static final Set<String> RECEIVES = Set.of("receive", "receives", "received", "receiving", "get", "gets", "got", "obtain", "obtains",
            "obtained");

    /** "Poland receives 10 Leopard tanks from Germany": a donor other than Ukraine, the subject of receiving, gets them. */
    boolean receivedByAnother(Sentence s, int at) {
        for (int k = at - 1; k >= s.from() && k >= at - 6; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (!RECEIVES.contains(t.norm())) continue;
            int subject = k - 1;
            while (subject >= s.from() && (AUXILIARIES.contains(tokens.get(subject).norm()) || tokens.get(subject).is("will"))) subject--;
            // "The European F-16 Training Centre in Romania received 18 F-16s": a place elsewhere that receives
            for (int j = subject; j > s.from() && j >= subject - 8; j--) {
                Token w = tokens.get(j);
                if (w.isPunct(',') || w.isPunct(';')) break;
                if ((w.is("in") || w.is("at")) && j + 1 <= subject && !donors.find(tokens, j + 1, Math.min(subject + 1, j + 5)).isEmpty()) return true;
            }
            final int end = subject + 1;
            // "from the Federal Republic of Germany were received": a preposition's object gives, it does not receive
            return subject >= s.from() && donorMentions.get(s.index()).stream().anyMatch(m -> m.to() == end && !m.donor().collective()
                    && !afterPreposition(s, m.from()));
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS = Set.of("from", "by", "of", "to", "with", "for", "in");

    /** Whether the name at {@code at} (past "the" and the capitalised words of a longer name) follows a preposition. */
    private boolean afterPreposition(Sentence s, int at) {
        int k = at - 1;
        while (k >= s.from() && (tokens.get(k).is("the") || tokens.get(k).capitalized() && !PREPOSITIONS.contains(tokens.get(k).norm()))) k--;
        return k >= s.from() && PREPOSITIONS.contains(tokens.get(k).norm());
    }

    private static final Set<String> OWNING = Set.of("own", "owns", "have", "has", "hold", "holds", "possess", "possesses", "operate",
            "operates", "field", "fields", "keep", "keeps");

    /** "a tenth of the roughly 2,000 Leopard 2s they own": a relative clause of possession after the name. */
    boolean ownedAfter(Sentence s, int to) {
        int k = to;
        if (k < s.to() && (tokens.get(k).is("that") || tokens.get(k).is("which"))) k++;
        // "Of the 12 Archer howitzers Sweden has in service": a donor's name as the owner
        boolean named = false;
        for (DonorLexicon.Mention d : donorMentions.get(s.index())) {
            if ((d.from() == k || d.from() == k + 1 && tokens.get(k).is("the")) && d.to() < s.to()) {
                k = d.to() - 1;
                named = true;
            }
        }
        if (k + 1 >= s.to() || !(named || SUBJECT_PRONOUNS.contains(tokens.get(k).norm())) || !OWNING.contains(tokens.get(k + 1).norm())) return false;
        // "13 MiG-29 fighters it has promised": "has" an auxiliary of giving, not of owning
        return !(k + 2 < s.to() && Cues.at(tokens, k + 2, s.from(), s.to()) != Cues.NONE);
    }

    /**
     * "If European armies gave even a tenth of ...", "Had the West sent 100 tanks in 2022, ...", "Were Germany to send
     * Taurus, ...": what would happen, or would have, not what did.
     */
    boolean conditional(Sentence s, int at) {
        for (int k = at - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (t.is("if") || t.is("unless") || t.is("whether")) return true;
            // an inverted condition opens its sentence: "Had ... sent", "Were ... to send", "Should ... decide"
            if (k == s.from() && t.capitalized() && (t.is("had") || t.is("were") || t.is("should"))) return true;
        }
        return false;
    }

    private static final Set<String> OUGHT = Set.of("should", "ought", "must");
    private static final Set<String> GIVE_VERBS = Set.of("give", "send", "provide", "deliver", "supply", "donate", "transfer", "pledge", "offer");

    /**
     * "Germany ought to send 50", "Every donor with Patriot batteries should give one": what someone says ought to be given,
     * in the clause of the name or count at {@code at}, before it or after it ("the tanks should be delivered by March" is a
     * date expected, no advice).
     */
    boolean recommended(Sentence s, int at) {
        for (int k = at - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':')) break;
            if (OUGHT.contains(t.norm())) return oughtToGive(s, k);
        }
        // (after the name, up to its clause's end: "Germany will send 18 Leopard 2A6 and Poland should deliver one" advises Poland only)
        for (int k = at; k < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.is("and") || t.is("but") || t.is("while")) return false;
            if (OUGHT.contains(t.norm())) return oughtToGive(s, k);
        }
        return false;
    }

    /** Whether the modal at {@code k} governs a verb of giving: "should give", "ought to send". */
    private boolean oughtToGive(Sentence s, int k) {
        int v = k + 1 < s.to() && tokens.get(k + 1).is("to") ? k + 2 : k + 1;
        while (v < s.to() && (tokens.get(v).is("also") || tokens.get(v).is("now") || tokens.get(v).is("immediately"))) v++;
        return v < s.to() && GIVE_VERBS.contains(tokens.get(v).norm());
    }

    /** "The shells, of 155 mm and 122 mm calibre, come from ...": calibres that describe what was named before. */
    boolean calibreDescription(Sentence s, int from) {
        for (int k = from; k < s.to() && k < from + 10; k++) {
            Token t = tokens.get(k);
            if (t.is("calibre") || t.is("caliber") || t.is("calibres") || t.is("calibers")) return true;
            if (!(t.startsWithDigit() || t.is("mm") || t.is("and") || t.is("or") || t.isPunct(',') || t.isPunct('-'))) return false;
        }
        return false;
    }

    private static final Set<String> TRAINING_PLACES = Set.of("centre", "center", "school", "academy", "hub", "base");

    /**
     * "18 Dutch F-16 fighter jets for a new European training centre arrived in Romania": aircraft for a training centre, or
     * arriving in another country, stay with someone else.
     */
    boolean forTrainingElsewhere(Sentence s, int to) {
        // ("the European F-16 Training Centre": the name read with the word after it)
        for (int k = to - 1 > s.from() && tokens.get(to - 1).is("training") ? to - 1 : to; k + 1 < s.to() && k < to + 12; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')) return false;
            // "The Patriot, operated by German and Dutch troops, arrived in Slovakia": past an apposition, not past another clause
            if (t.isPunct(',') && k + 1 < s.to() && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("but") || tokens.get(k + 1).is("while")))
                return false;
            // "Of the 24 aircraft we have pledged, the first 18 went to the training centre": where another count went
            if (t.isPunct(',') && countWithin(k + 1, Math.min(s.to(), k + 4))) return false;
            if (t.is("training") && TRAINING_PLACES.contains(tokens.get(k + 1).norm())) return true;
            if ((t.is("arrived") || t.is("arrive") || t.is("arrives")) && tokens.get(k + 1).is("in") && k + 2 < s.to()) {
                final int at = k + 2;
                Token place = tokens.get(at);
                if (place.capitalized() && !UKRAINE.contains(place.norm())
                        && donors.find(tokens, at, Math.min(s.to(), at + 3)).stream().anyMatch(m -> m.from() == at)) return true;
            }
        }
        return false;
    }

    private static final Set<String> VERSIONS = Set.of("version", "variant", "derivative", "copy", "upgrade", "modification");

    /** "ten Stridsvagn 122 tanks, its version of the Leopard 2": the system a gift is a version of is no gift of its own. */
    boolean versionOf(Sentence s, int at) {
        int k = at - 1;
        if (k >= s.from() && (tokens.get(k).is("the") || tokens.get(k).is("a"))) k--;
        if (!(k - 1 >= s.from() && tokens.get(k).is("of") && VERSIONS.contains(tokens.get(k - 1).norm()))) return false;
        // "The US first gave Ukraine a shorter-range version of the ATACMS": a version given, the object of the verb
        int d = k - 2;
        while (d >= s.from() && d >= k - 6 && (tokens.get(d).kind() == Token.Kind.WORD || tokens.get(d).isPunct('-'))
                && !tokens.get(d).is("a") && !tokens.get(d).is("an")) d--;
        boolean indefinite = d >= s.from() && (tokens.get(d).is("a") || tokens.get(d).is("an"));
        return !(indefinite && !(d - 1 >= s.from() && tokens.get(d - 1).isPunct(',')));
    }

    private static final Set<String> HAVING = Set.of("has", "have", "had", "owns", "operates", "holds", "fields", "possesses");

    /** "Finland has about 200 Leopard 2 tanks, including Leopard 2A4 and 2A6 models": a part of what a donor owns. */
    boolean partOfHoldings(Sentence s, int at) {
        int k = at - 1;
        if (k >= s.from() && tokens.get(k).is("the")) k--;
        if (k < s.from() || !tokens.get(k).is("including")) return false;
        for (int j = k - 1; j >= s.from() && j >= k - 10; j--) {
            if (tokens.get(j).isPunct(';')) return false;
            if (HAVING.contains(tokens.get(j).norm())) return true;
            if (Cues.at(tokens, j, s.from(), s.to()) != Cues.NONE) return false;
        }
        return false;
    }

    /** "standing in front of one of the jets", "next to a Leopard 2": where someone stands, a scene and no gift. */
    boolean scene(Sentence s, int at) {
        int k = at - 1;
        if (k < s.from()) return false;
        Token t = tokens.get(k);
        if (t.is("beside") || t.is("atop") || t.is("aboard") || t.is("inside") || t.is("near") || t.is("behind")) return true;
        return k - 1 >= s.from() && (t.is("of") && tokens.get(k - 1).is("front") || t.is("to") && tokens.get(k - 1).is("next"));
    }

    private static final Set<String> DECIDING_VERBS = Set.of("decided", "approved", "agreed", "authorised", "authorized", "confirmed");

    /**
     * "Poland was ready to send its MiG-29s within a coalition, but no decision has been taken", "..., but its government
     * has not yet approved the move": an offer the same sentence says is undecided, not a pledge.
     */
    boolean undecided(Sentence s, int to) {
        for (int k = to; k + 2 < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')) return false;
            // "no decision has been taken" (but "no decision on the Taurus" is about something else)
            if (t.is("no") && tokens.get(k + 1).is("decision") && !(tokens.get(k + 2).is("on") || tokens.get(k + 2).is("about"))) return true;
            if (!t.is("not") && !t.is("yet")) continue;
            int v = k + 1;
            if (tokens.get(v).is("yet")) v++;
            // "has not yet approved the move", "has not decided": this very offer ("not yet decided on the Taurus" is another)
            if (v < s.to() && DECIDING_VERBS.contains(tokens.get(v).norm()) && sameOffer(v + 1, s.to())) {
                return tokens.get(k - 1).is("has") || tokens.get(k - 1).is("have") || tokens.get(k - 1).is("had") || t.is("yet");
            }
        }
        return false;
    }

    /** Words of weighing an offer rather than making it: "considering", "open to", "willing to". */
    private static final Set<String> WEIGHING = Set.of("considering", "considers", "consider", "weighing", "mulling", "exploring");

    /**
     * "we are open to buying tanks for Ukraine if a coalition forms", "it was considering buying them to donate": what a
     * donor would be willing to give, or is weighing, is no pledge yet.
     */
    boolean onlyWeighed(Sentence s, int from) {
        for (int k = from - 1; k >= s.from() && k >= from - 8; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(':')) return false;
            if (WEIGHING.contains(t.norm())) return true;
            if ((t.is("open") || t.is("willing")) && k + 1 < from && tokens.get(k + 1).is("to")) return true;
        }
        return false;
    }

    private static final Set<String> PENDING = Set.of("expected", "pending", "due", "awaited", "outstanding", "ongoing");

    /**
     * "A decision on the provision of a further 4 Patriot launchers by the Netherlands is expected next quarter": a count
     * a decision still to come is about, no pledge yet.
     */
    boolean decisionToCome(Sentence s, int from, int to) {
        boolean decision = false;
        for (int k = from - 1; k >= s.from() && k >= from - 8 && !decision; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            decision = (t.is("decision") || t.is("consideration")) && k + 1 < from
                    && (tokens.get(k + 1).is("on") || tokens.get(k + 1).is("about") || tokens.get(k + 1).is("of"));
        }
        if (!decision) return false;
        for (int k = to; k + 1 < s.to(); k++) {
            if (tokens.get(k).isPunct(';')) return false;
            if ((tokens.get(k).is("is") || tokens.get(k).is("are")) && PENDING.contains(tokens.get(k + 1).norm())) return true;
        }
        return false;
    }

    private static final Set<String> OFFER_NOUNS = Set.of("move", "transfer", "delivery", "donation", "plan", "request", "deal", "proposal", "offer");

    /** Whether what follows a verb of deciding at {@code k} is nothing, or the offer itself: "it", "the move". */
    private boolean sameOffer(int k, int end) {
        if (k >= end || tokens.get(k).kind() == Token.Kind.PUNCT) return true;
        if (tokens.get(k).is("it") || tokens.get(k).is("this") || tokens.get(k).is("that")) return true;
        return tokens.get(k).is("the") && k + 1 < end && OFFER_NOUNS.contains(tokens.get(k + 1).norm());
    }

    /** "Switzerland blocked Germany from re-exporting 12,400 rounds": what someone was kept from giving. */
    private static final Set<String> STALLED = Set.of("stuck", "stalled", "blocked", "frozen", "languishing", "deadlocked");

    /** "the $60bn supplemental is still stuck in Congress": a sum its givers have not yet passed is no sum given. */
    boolean stalled(Sentence s, int to) {
        for (int k = to; k < s.to() && k < to + 8; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct(',') || t.isPunct('.')) return false;
            if (STALLED.contains(t.norm()) || t.is("held") && k + 1 < s.to() && tokens.get(k + 1).is("up")) return true;
        }
        return false;
    }

    boolean blocked(Sentence s, int at) {
        boolean from = false;
        boolean comma = false;
        for (int k = at - 1; k >= s.from(); k--) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.isPunct('.')) return false;
            if (t.is("from")) from = true;
            if (from && BLOCKING.contains(t.norm())) return true;
            comma |= t.isPunct(',');
            // "after Switzerland refused to let Germany pass on 12,000 Swiss-made rounds": a transfer refused (in the count's
            // clause: "a figure it declined to give, and more than 200,000 rounds" was given)
            if (!comma && k >= at - 8 && REFUSING.contains(t.norm()) && k + 1 < at && tokens.get(k + 1).is("to")) return true;
        }
        return false;
    }

    private static final Set<String> REFUSING = Set.of("refused", "refuses", "refuse", "declined", "declines", "vetoed", "forbade", "forbids",
            "barred", "bars");

    private static final Set<String> PERIODS = Set.of("day", "week", "month", "year", "wk", "yr");
    private static final Set<String> PER_PERIOD = Set.of("daily", "weekly", "monthly", "annually", "yearly");

    /**
     * "fire 2,000 rounds a day", "produce some 3 million shells a year": a count per period is a rate of fire or of
     * production, not a gift.
     */
    boolean rate(Sentence s, int to) {
        if (to >= s.to()) return false;
        Token t = tokens.get(to);
        if (PER_PERIOD.contains(t.norm())) return true;
        // "×20/month", "80K RDS/WK": a slash before the period
        if (!(t.is("a") || t.is("an") || t.is("per") || t.is("each") || t.is("every") || t.isPunct('/')) || to + 1 >= s.to()) return false;
        return PERIODS.contains(tokens.get(to + 1).norm());
    }

    private static final Set<String> DENYING = Set.of("correcting", "corrected", "corrects", "denied", "denying", "denies", "dismissed",
            "dismissing", "rejected", "rejecting", "refuted", "refuting", "contradicting");

    private static final Set<String> ALLEGING = Set.of("claims", "claim", "claimed", "claiming", "alleges", "alleged", "alleging", "purports",
            "purported", "purporting", "rumour", "rumours", "rumor", "rumors");
    private static final Set<String> VERDICTS = Set.of("false", "untrue", "fake", "fabricated", "misleading", "hoax", "debunked", "baseless",
            "unfounded", "incorrect", "wrong");
    private static final Set<String> REFERRING_SUBJECTS = Set.of("this", "that", "it", "claim", "post", "video", "report", "story", "the");

    /**
     * "A post claims that \"Poland delivered 40 MiG-29 jets\". This is false.": what a quoted allegation says, and what the
     * next sentence calls false, is no claim.
     */
    boolean debunked(Sentence s, int at) {
        if (checkedClaim(s) || rumourSays(s, at)) return true;
        int quoteOpen = -1;
        for (int c = s.start(); c < tokens.get(at).start(); c++) {
            char ch = text.charAt(c);
            if (ch == '"' || ch == '\u201C' || ch == '\u201D') quoteOpen = quoteOpen < 0 ? c : -1;
        }
        if (quoteOpen >= 0) {
            int k = s.from();
            while (k < s.to() && tokens.get(k).end() <= quoteOpen) k++;
            for (int j = k - 1; j >= s.from() && j >= k - 4; j--) if (ALLEGING.contains(tokens.get(j).norm())) return true;
        }
        if (s.index() + 1 >= sentences.size()) return false;
        Sentence next = sentences.get(s.index() + 1);
        if (next.size() > 0 && tokens.get(next.from()).is("false")) return true;
        int k = next.from();
        while (k < next.to() && k < next.from() + 3 && REFERRING_SUBJECTS.contains(tokens.get(k).norm())) k++;
        if (k == next.from() || k >= next.to() || !(tokens.get(k).is("is") || tokens.get(k).is("was"))) return false;
        k++;
        if (k < next.to() && (tokens.get(k).is("not") || tokens.get(k).is("simply") || tokens.get(k).is("completely"))) k++;
        return k < next.to() && VERDICTS.contains(tokens.get(k).norm()) && !tokens.get(k - 1).is("not");
    }

    /** What passes on a rumour, not a record: "A voice says Berlin has shipped ...", "a post on X claimed ...". */
    private static final Set<String> RUMOUR_SOURCES = Set.of("video", "videos", "clip", "clips", "footage", "post", "posts", "voice",
            "tweet", "tweets", "message", "messages", "meme", "rumour", "rumor", "narrator", "caption");
    private static final Set<String> SAYING = Set.of("says", "said", "claims", "claimed", "alleges", "alleged", "asserts", "asserted",
            "insists", "suggests", "suggested");

    /** "A voice says Berlin has shipped 300 Leopards": what a video, a post or a rumour says, before the count, in its sentence. */
    private boolean rumourSays(Sentence s, int at) {
        for (int k = s.from(); k + 1 < at; k++) {
            if (!RUMOUR_SOURCES.contains(tokens.get(k).norm())) continue;
            for (int j = k + 1; j < at && j <= k + 3; j++) if (SAYING.contains(tokens.get(j).norm())) return true;
        }
        return false;
    }

    /** The claim a fact check examines: the quotation under its "Claim" label ("Claim\n“Germany has secretly sent ...”"). */
    private boolean checkedClaim(Sentence s) {
        if (s.size() > 1 && tokens.get(s.from()).is("claim") && tokens.get(s.from() + 1).isPunct(':')) return true;
        if (s.index() == 0) return false;
        Sentence label = sentences.get(s.index() - 1);
        return label.size() >= 1 && label.size() <= 2 && tokens.get(label.from()).is("claim")
                && (label.size() == 1 || tokens.get(label.from() + 1).isPunct(':'));
    }

    private static final Set<String> SUPERSEDED = Set.of("earlier", "previous", "original", "prior");
    private static final Set<String> MISTAKENLY = Set.of("incorrectly", "wrongly", "mistakenly", "erroneously");
    private static final Set<String> REPORTING = Set.of("said", "stated", "reported", "gave", "put", "described", "listed");

    private static final Set<String> SPECULATION = Set.of("speculation", "speculated", "speculates", "rumour", "rumours", "rumoured",
            "rumor", "rumors", "rumored");

    /**
     * "Sweden might offer Gripen fighters ..., according to press speculation", "is rumoured to be sending", "rumours that
     * ...": what is only rumoured is no claim ("amid speculation about Taurus, Germany announced ..." announces all the same).
     */
    private boolean speculative(Sentence s) {
        for (int k = s.from(); k < s.to(); k++) {
            if (!SPECULATION.contains(tokens.get(k).norm())) continue;
            for (int j = k - 1; j >= s.from() && j >= k - 3; j--) if (tokens.get(j).is("according")) return true;
            if (k + 1 < s.to() && (tokens.get(k + 1).is("that") || tokens.get(k + 1).is("to"))) return true;
        }
        return false;
    }

    /** "correcting earlier reports that all 22 of its F-16s would go to Kyiv": what a denied report said is no claim. */
    boolean deniedReport(Sentence s, int at) {
        for (int k = at - 1; k >= s.from() && k >= at - 12; k--) {
            // "An earlier version of this story said Portugal had sent four Leopard 2A6 tanks": a figure a correction withdrew
            if (tokens.get(k).is("version") && k - 1 >= s.from() && SUPERSEDED.contains(tokens.get(k - 1).norm())) return true;
            if (MISTAKENLY.contains(tokens.get(k).norm()) && k + 1 < at && REPORTING.contains(tokens.get(k + 1).norm())) return true;
            if (!(tokens.get(k).is("reports") || tokens.get(k).is("report") || tokens.get(k).is("claims") || tokens.get(k).is("speculation"))) continue;
            for (int j = k - 1; j >= s.from() && j >= k - 3; j--) if (DENYING.contains(tokens.get(j).norm())) return true;
        }
        return false;
    }
}
