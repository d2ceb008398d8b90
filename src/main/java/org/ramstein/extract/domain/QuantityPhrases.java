package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.List;
import java.util.Set;

/**
 * The number and words written before a system or class: digits, words and separators ("1,550", "forty-five"),
 * qualifiers ("up to", "more than", "some"), ranges ("40 to 50", "between 40 and 50"), vague amounts ("hundreds"),
 * measures ("75,000 rounds of", "a squadron of", "19-strong fleet of"), "a"/"an" as one, parts of a whole ("one of
 * the two systems", "the first of four"), a donor adjective, a determiner that refers back, and owners ("Ukrainian",
 * "has 100") that make it no gift. Years, ordinals and calibres are no counts.
 */
final class QuantityPhrases extends ReadingPart {

    private static final Set<String> SKIP_MODIFIERS = Set.of("more", "additional", "new", "further", "extra", "used", "modern", "modernised",
            "modernized", "upgraded", "refurbished", "remaining", "existing", "entire", "latest", "sophisticated", "advanced", "older", "old",
            "surplus", "soviet", "western", "eastern", "european", "nato", "standard", "much", "requested", "other", "long", "awaited",
            "promised", "pledged", "committed", "delivered", "donated", "supplied", "initial", "total", "whole", "own", "fully", "operational",
            "serviceable", "decommissioned", "retired", "mothballed", "spare", "brand", "german", "made", "built", "designed", "era", "vintage",
            "reconditioned", "repaired", "overhauled", "ready", "capable", "also", "still", "only", "just", "already", "recently", "another",
            "any", "well", "highly", "very", "critical", "vital", "key", "important", "significant", "powerful", "effective",
            "self", "mobile", "last", "next", "full", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "strategic", "tactical", "heavy", "light", "portable", "towed", "tracked", "wheeled", "armed", "unarmed", "secondhand",
            "funded", "financed", "paid", "purchased", "bought", "jointly", "partly", "partially", "newly");
    private static final Set<String> REFERRING = Set.of("more", "remaining", "additional", "further", "other", "another", "last", "rest",
            "next", "promised", "pledged", "same", "all");
    private static final Set<String> ORIGIN_KINDS = Set.of("western", "soviet", "nato", "foreign", "allied", "russian");
    private static final Set<String> BATCHES = Set.of("batch", "tranche", "shipment", "consignment", "group", "delivery", "lot", "instalment",
            "installment", "wave");
    private static final Set<String> NP_DELIVERY = Set.of("delivered", "donated", "supplied");
    private static final Set<String> DELIVERY_NOUNS = Set.of("delivery", "deliveries", "handover", "arrival");
    /** Verbs before "the delivery of" that make it a plan or a process, not a fact: "approved", "started the delivery of". */
    private static final Set<String> DECIDING = Set.of("approved", "approves", "approve", "authorised", "authorized", "agreed", "announced",
            "promised", "planned", "plans", "requested", "requests", "discussed", "awaits", "awaiting", "expects", "expected",
            // "has started the delivery of 24 F-16 jets": under way, not done
            "started", "starts", "start", "starting", "began", "begun", "begins", "beginning", "commenced", "resumed", "continues",
            "continued", "accelerate", "speed", "delayed", "postponed", "halted", "paused", "suspended");
    private static final Set<String> VAGUE = Set.of("hundreds", "dozens", "thousands", "several", "numerous", "scores", "many", "tens",
            "some", "multiple", "various", "few");
    /** "Canada's eight Leopard 2A4": the donor whose possessive stands right before a count; null if none does. */
    private DonorLexicon.Mention ownerOf(Sentence s, int count, List<DonorLexicon.Mention> dms) {
        if (count - 3 < s.from() || !tokens.get(count - 1).is("s") || !(tokens.get(count - 2).isPunct('\'') || tokens.get(count - 2).isPunct('\u2019'))) {
            return null;
        }
        DonorLexicon.Mention dm = donorEndingAt(dms, count - 2);
        return dm == null || dm.donor().collective() ? null : dm;
    }

    /** Nouns of a transfer, whose "of" names what is transferred: "the delivery of the second battery". */
    private static final Set<String> EVENT_NOUNS = Set.of("delivery", "arrival", "handover", "transfer", "shipment", "supply", "provision", "donation");
    private static final Set<String> COMPARED = Set.of("fewer", "less", "more", "over", "under");
    private static final Set<String> MEASURES = Set.of("rounds", "round", "units", "unit", "batteries", "battery", "pieces", "sets", "set",
            "fleet", "batch", "batches", "squadron", "squadrons", "tranche", "shipment", "consignment", "lots", "lot", "kits", "systems",
            "number", "total", "package", "packages", "shells", "launchers");
    private static final Set<String> COUNTED_MEASURES = Set.of("unit", "battery", "set", "system", "shipment");
    private static final Set<String> POSSESSION = Set.of("has", "have", "had", "owns", "owned", "operates", "operated", "possesses", "holds",
            "keeps", "maintains", "fields", "retains", "flies");
    /** Verbs that take the recipient before the thing given: "sent Ukraine", "gave Kyiv", "will sell Ukraine". */
    static final Set<String> DOUBLE_OBJECT = Set.of("send", "sends", "sent", "sending", "give", "gives", "gave", "given", "giving",
            "offer", "offers", "offered", "sell", "sells", "sold", "lend", "lends", "lent", "gift", "gifted", "hand", "handed", "promise",
            "promised", "promises", "owe", "owes", "showed", "brought", "bring", "provide", "provided");
    private static final Set<String> HOLDINGS = Set.of("fleet", "inventory", "arsenal", "stock", "stocks", "stockpile", "holdings");
    /** Words before "fleet of" that make it someone's own: "Belgium's", "its", "own". */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our");
    private static final Set<String> OWNERS = Set.of("s", "its", "their", "our", "his", "her", "own", "entire", "whole", "current", "national");
    private static final Set<String> FOREIGN = Set.of("ukrainian", "russian", "enemy", "ukraine", "russia", "belarusian");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth");

    /** "fourth", "twelfth", "12th", "3rd" (not "first": "the first 20 tanks" counts twenty). */
    static boolean ordinal(String norm) {
        if (ORDINALS.contains(norm)) return true;
        int n = norm.length();
        if (n < 3 || !Character.isDigit(norm.charAt(0))) return false;
        String suffix = norm.substring(n - 2);
        for (int k = 0; k < n - 2; k++) if (!Character.isDigit(norm.charAt(k))) return false;
        return suffix.equals("th") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("st") && !norm.equals("1st");
    }

    private static final Set<String> TRANSFERRING = Set.of("transfer", "transfers", "transferred", "give", "gives", "gave", "given", "donate",
            "donates", "donated", "send", "sends", "sent", "hand", "handed", "hands");

    /** "to transfer its entire stock of 19 CAESAR howitzers": the whole of a holding, given. */
    private boolean wholeStockGiven(Sentence s, int owner) {
        if (!tokens.get(owner).is("entire") && !tokens.get(owner).is("whole")) return false;
        for (int k = owner - 1; k >= s.from() && k >= owner - 3; k--) if (TRANSFERRING.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** "National stock of 155 mm ammunition after transfers: classified": the name of what an owner holds, not of a gift. */
    boolean heldStock(Sentence s, int at) {
        int k = at - 1;
        return k - 2 >= s.from() && tokens.get(k).is("of") && HOLDINGS.contains(tokens.get(k - 1).norm()) && OWNERS.contains(tokens.get(k - 2).norm())
                && !wholeStockGiven(s, k - 2);
    }

    /** Whether a word names an amount without a number: "dozens", "several", "hundreds". */
    static boolean isVague(String word) {
        return VAGUE.contains(word);
    }

    QuantityPhrases(Reading r) {
        super(r);
    }

    /** The number and words before a name. */
    Quantity before(Sentence s, Mention m) {
        Quantity q = new Quantity();
        q.from = m.from;
        int a = s.from();
        int j = m.from - 1;
        boolean first = false;
        boolean fresh = false;
        boolean only = false;
        boolean ordinal = false;
        List<DonorLexicon.Mention> dms = donorMentions.get(s.index());
        while (j >= a) {
            Token t = tokens.get(j);
            // "2 x IRIS-T SLM launchers", "3× Caesar": a count written as a multiplier
            if ((t.is("x") && !t.capitalized() || t.isPunct('\u00D7')) && j - 1 >= a && tokens.get(j - 1).startsWithDigit() && j == m.from - 1) {
                j--;
                continue;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                char c = t.text().charAt(0);
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\'' && j + 1 < tokens.size() && tokens.get(j + 1).start() > t.end()) {
                    j--;
                    continue;
                }
                if (c == '+' && j - 1 >= a && tokens.get(j - 1).startsWithDigit() && glued(j - 1, j)) {
                    j--; // "5,000+ AT4": the number before the plus, read as a floor
                    continue;
                }
                // "3 — Patriot systems Germany has handed over": a fact line's count, before the dash that opens its gloss
                int start = j - 1 >= a && t.isLongDash() ? factLineCount(s, j - 1) : -1;
                if (start < 0 && j - 1 >= a && t.isLongDash() && j == m.from - 1) start = correctedCount(s, j - 1);
                if (start >= 0) number(s, start, j, q);
                break;
            }
            // a compound adjective ending here: "French-made", "state-of-the-art", "19-strong", "forty-five"
            if (j - 2 >= a && tokens.get(j - 1).isPunct('-') && glued(j - 2, j - 1) && glued(j - 1, j)) {
                int cs = j - 2;
                while (cs - 2 >= a && tokens.get(cs - 1).isPunct('-') && glued(cs - 2, cs - 1) && glued(cs - 1, cs)) cs -= 2;
                boolean model = tokens.get(cs).kind() != Token.Kind.NUMBER && !NumberParser.isNumberWord(tokens.get(cs).norm());
                if (!model && (t.startsWithDigit() || NumberParser.isNumberWord(t.norm()))) {
                    int start = numberStart(s, j);
                    if (start >= 0) number(s, start, j + 1, q);
                    return q;
                }
                if (model && m.cls != null && j == m.from - 1 && cs == j - 2 && t.kind() == Token.Kind.NUMBER && tokens.get(cs).kind() == Token.Kind.WORD
                        && tokens.get(cs).text().length() <= 3 && Character.isUpperCase(tokens.get(cs).text().charAt(0))) {
                    // "8 S-400 LAUNCHERS", "12 BM-21 launchers": a model the catalogue does not know, then its class (no
                    // word that refers back to a system named before)
                    m.name = text.substring(tokens.get(cs).start(), tokens.get(m.to - 1).end());
                    m.from = cs;
                    q.from = cs;
                    m.bare = false;
                    j = cs - 1;
                    continue;
                }
                if (tokens.get(cs).startsWithDigit() && t.is("strong")) {
                    number(s, cs, cs + 1, q);
                    return q;
                }
                if (tokens.get(cs).startsWithDigit() && t.is("odd") && j == m.from - 1) {
                    number(s, cs, cs + 1, q); // "20-odd PzH 2000 howitzers": twenty or so
                    if (q.counted()) q.qualifier = QualifierRules.ABOUT;
                    return q;
                }
                if (ORIGIN_KINDS.contains(tokens.get(cs).norm())) q.generic = true;
                j = cs - 1;
                continue;
            }
            DonorLexicon.Mention dm = donorEndingAt(dms, j + 1);
            // "German Marders", "Western IFVs" (the allies'), but not "NATO allies' tanks"
            if (dm != null && (!dm.donor().collective() || dm.to() - dm.from() == 1 && tokens.get(dm.from()).is("western"))) {
                q.donor = dm;
                q.from = dm.from();
                j = dm.from() - 1;
                continue;
            }
            if (m.cls != null && j == m.from - 1 && (t.kind() == Token.Kind.ALNUM || (t.capitalized() || modelNumber(s, j)) && !shouted(s)
                    || shoutedModel(s, j)) && modelName(s, j) >= 0) {
                // "three Leopard 2R mine-clearing vehicles", "40 Leclerc tanks": a model the catalogue does not know, then its class
                int ms = shoutedModel(s, j) ? j : modelName(s, j);
                m.name = text.substring(tokens.get(ms).start(), tokens.get(m.to - 1).end());
                m.from = ms;
                q.from = ms;
                j = ms - 1;
                continue;
            }
            String w = t.norm();
            if (t.kind() == Token.Kind.ALNUM && j == m.from - 1 && GLUED_TIMES.matcher(w).matches()) {
                // "2x IRIS-T SLM fire units", "6x M109A3": a count written as a multiplier
                one(q, j, false);
                q.value = Long.parseLong(w.substring(0, w.length() - 1));
                q.none = q.value == 0;
                r.counted[j] = true;
                return q;
            }
            if (t.kind() == Token.Kind.ALNUM && ordinal(w)) { // "a 12th IRIS-T SLM system": one, as "a twelfth"
                fresh = true;
                ordinal = true;
                j--;
                continue;
            }
            if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(w)) {
                int start = numberStart(s, j);
                if (start >= 0) {
                    number(s, start, j + 1, q);
                    if (q.donor == null) q.donor = ownerOf(s, q.from, dms);
                }
                else if (w.equals("hundred") || w.equals("thousand")) vague(q, j - 1 >= a && VAGUE.contains(tokens.get(j - 1).norm()) ? j - 1 : j, m.from);
                return q;
            }
            if (t.kind() != Token.Kind.WORD) break;
            if ((w.equals("and") || w.equals("or")) && foreignConjunct(s, j)) {
                q.foreign = true;
                return q;
            }
            // "Ukraine's artillery rounds": the recipient's own
            if (w.equals("s") && j - 2 >= a && (tokens.get(j - 1).isPunct('\'') || tokens.get(j - 1).isPunct('\u2019'))
                    && FOREIGN.contains(tokens.get(j - 2).norm()) && !m.category.equals("unit_formation")) {
                q.foreign = true;
                return q;
            }
            // "has sent Ukraine BMP-1 vehicles", "gave Kyiv 20 tanks": Ukraine as the verb's first object is the recipient, not an owner
            // (a named system only: an uncounted class after it, "would give Ukraine light tanks", stays unread as before)
            if ((w.equals("ukraine") || w.equals("kyiv")) && m.item != null && j - 1 >= a && DOUBLE_OBJECT.contains(tokens.get(j - 1).norm())) {
                j--;
                break;
            }
            if (FOREIGN.contains(w)) {
                if (m.category.equals("unit_formation") && !ENEMY.contains(w)) { // "a full Ukrainian brigade"
                    j--;
                    continue;
                }
                q.foreign = true;
                return q;
            }
            if (NP_PLEDGE.contains(w) || NP_DELIVERY.contains(w)) {
                // "four promised systems", "the delivered tanks": inside the noun phrase; "Turkey delivered drones": a verb
                Token p = j - 1 >= a ? tokens.get(j - 1) : null;
                boolean inside = p != null && (p.startsWithDigit() || p.kind() == Token.Kind.WORD && (NumberParser.isNumberWord(p.norm())
                        || DETERMINERS.contains(p.norm()) || SKIP_MODIFIERS.contains(p.norm()) || p.is("a") || p.is("an") || p.is("first")));
                if (!inside) break;
                if (q.npKind == Cues.NONE) q.npKind = NP_PLEDGE.contains(w) ? Cues.PLEDGE : Cues.DELIVERY;
            }
            // "its entire artillery", "our whole fleet of tanks": all of them, however many
            if (w.equals("entire") || w.equals("whole")) {
                q.whole = true;
                j--;
                continue;
            }
            if (w.equals("first")) {
                first = true;
                q.referring = true;
                j--;
                continue;
            }
            if (REFERRING.contains(w)) q.referring = true;
            if (ORIGIN_KINDS.contains(w)) q.generic = true;
            if (w.equals("another") && !m.plural) {
                one(q, j, false); // "another IRIS-T system": one more
                return q;
            }
            if (SKIP_MODIFIERS.contains(w) || ordinal(w)) {
                if (FRESH.contains(w) || ordinal(w)) fresh = true;
                if (ordinal(w)) ordinal = true;
                if (w.equals("only")) only = true;
                j--;
                continue;
            }
            if (DETERMINERS.contains(w) && !w.equals("the") && j - 2 >= a && tokens.get(j - 1).is("of") && tokens.get(j - 2).is("all")) {
                q.whole = true; // "all of its PBv 302 carriers"
                q.definite = true;
                q.from = j - 2;
                return q;
            }
            // ("the delivery of the second SAMP/T battery": the event's object, no part of a whole)
            if (DETERMINERS.contains(w) && j - 2 >= a && tokens.get(j - 1).is("of") && !EVENT_NOUNS.contains(tokens.get(j - 2).norm())) {
                // "19-strong fleet of the French-made howitzers", "one of its batteries"
                measure(s, j - 2, q, m);
                // "Fewer than 10 of the promised NASAMS launchers have arrived": "promised" says what the whole is, not the part
                if (q.counted()) q.npKind = Cues.NONE;
                if (!q.counted() && q.vague == null) q.definite = true;
                q.referring = true;
                return q;
            }
            if (DETERMINERS.contains(w)) {
                q.definite = true;
                // "the second IRIS-T SLM complex": one, the next of its kind
                if ((first || ordinal && w.equals("the")) && !m.plural) one(q, j, true);
                if (only && !m.plural && !w.equals("the")) one(q, j, false); // "its only S-300 system": one
                return q;
            }
            if ((w.equals("a") || w.equals("an") || w.equals("single")) && !m.plural) {
                one(q, j, !fresh); // "a further system", "a second battery": one more, as firm as a written number
                return q;
            }
            if (VAGUE.contains(w)) {
                vague(q, j, m.from);
                return q;
            }
            if (w.equals("of") && j - 1 >= a) {
                // '"dozens" of tactical systems': a quoted amount, read without its quotes
                int before = j - 1;
                if (before - 1 >= a && isQuote(tokens.get(before)) && glued(before - 1, before)) before--;
                measure(s, before, q, m);
                return q;
            }
            break;
        }
        return q;
    }

    /**
     * Where a model name ending at token {@code end} starts: capitalised words and codes with digits ("Leclerc", "Leopard
     * 2R", "T-90M"), at most three tokens, not at the start of the sentence, no donor, owner or month; -1 if none.
     */
    /**
     * Whether the number at {@code k} is the number of a model, not a count: it follows a capitalised word that is no
     * donor, owner, month or number ("Pbv 302 armoured personnel carriers"; not "Germany 40 tanks", "March 2023").
     */
    boolean modelNumber(Sentence s, int k) {
        Token t = tokens.get(k);
        if (t.kind() != Token.Kind.NUMBER || t.text().length() > 4 || k - 1 <= s.from()) return false;
        Token w = tokens.get(k - 1);
        if (w.kind() != Token.Kind.WORD || !w.capitalized() || w.text().length() < 2) return false;
        if (FOREIGN.contains(w.norm()) || UKRAINE.contains(w.norm()) || MONTHS.contains(w.norm()) || NumberParser.isNumberWord(w.norm())) return false;
        return donorEndingAt(donorMentions.get(s.index()), k) == null;
    }

    /**
     * A sentence in capitals ("*SWEDEN TO SEND UP TO 5 AIR DEFENCE RADARS"), where a capital says nothing of a name: at
     * least three words of two letters or more, nearly all of them in capitals.
     */
    boolean shouted(Sentence s) {
        int words = 0;
        int upper = 0;
        for (int k = s.from(); k < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD || t.text().length() < 2) continue;
            words++;
            if (t.allUpper()) upper++;
        }
        return words >= 3 && upper * 10 >= words * 9;
    }

    /** "40 LECLERC TANKS": in capitals, one word between a count and a class is the model's name. */
    private boolean shoutedModel(Sentence s, int j) {
        Token t = tokens.get(j);
        if (t.kind() != Token.Kind.WORD || j - 1 < s.from() || GenericClasses.CLASS_WORDS.contains(t.norm())) return false;
        Token before = tokens.get(j - 1);
        return (before.startsWithDigit() || NumberParser.isNumberWord(before.norm())) && shouted(s);
    }

    int modelName(Sentence s, int end) {
        int k = end;
        int words = 0;
        while (k >= s.from() && words < 3) {
            Token t = tokens.get(k);
            if (t.isPunct('-') && k - 1 > s.from() && glued(k - 1, k) && glued(k, k + 1)) {
                k--;
                continue;
            }
            boolean code = t.kind() == Token.Kind.ALNUM || t.kind() == Token.Kind.NUMBER && k - 1 > s.from() && tokens.get(k - 1).isPunct('-')
                    && glued(k - 1, k) || k == end && modelNumber(s, k);
            // (a capital opening the sentence says nothing; a model code there still names: "M72 LAW anti-tank weapons ... 2,000")
            boolean name = k > s.from() && t.kind() == Token.Kind.WORD && t.capitalized() && !FOREIGN.contains(t.norm()) && !MONTHS.contains(t.norm())
                    && !NumberParser.isNumberWord(t.norm()) && !DETERMINERS.contains(t.norm()) && !t.is("a") && !t.is("an");
            if (!code && !name || k == s.from() && t.kind() != Token.Kind.ALNUM) break;
            if (donorEndingAt(donorMentions.get(s.index()), k + 1) != null) break;
            words++;
            k--;
        }
        int start = k + 1;
        if (start > end) return -1;
        // a code alone ("2R") is no name; the name opens with a capitalised word, or with a code before one ("M72 LAW")
        if (tokens.get(start).kind() == Token.Kind.WORD) return start;
        return start < end && tokens.get(start).kind() == Token.Kind.ALNUM && tokens.get(start + 1).kind() == Token.Kind.WORD ? start : -1;
    }

    /** "Ukrainian tanks and infantry fighting vehicles": the owner before the first noun owns the second too. */
    boolean foreignConjunct(Sentence s, int and) {
        for (int k = and - 1; k >= s.from() && k >= and - 5; k--) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) return false;
            if (FOREIGN.contains(t.norm())) return true;
        }
        return false;
    }

    void one(Quantity q, int at, boolean weak) {
        q.value = 1L;
        q.qualifier = QualifierRules.EXACT;
        q.weak = weak;
        q.from = Math.min(q.from, at);
    }

    void vague(Quantity q, int at, int nameFrom) {
        int end = at + 1;
        while (end < nameFrom && (tokens.get(end).is("more") || tokens.get(end).is("of") || tokens.get(end).is("hundred")
                || tokens.get(end).is("thousand") || tokens.get(end).is("hundreds") || tokens.get(end).is("thousands"))) end++;
        StringBuilder sb = new StringBuilder();
        for (int k = at; k < end; k++) {
            if (tokens.get(k).is("of")) continue;
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(tokens.get(k).norm());
        }
        q.vague = sb.toString();
        q.from = Math.min(q.from, at);
        // "did not say how many aircraft had arrived": a question, not an amount
        if (at - 1 >= 0 && tokens.get(at - 1).is("how")) q.possession = true;
    }

    /** Whether a comma or semicolon comes among tokens {@code from}..{@code to}. */
    private boolean punctuationIn(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(';')) return true;
        return false;
    }

    private static boolean isQuote(Token t) {
        if (t.kind() != Token.Kind.PUNCT) return false;
        char c = t.text().charAt(0);
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2019';
    }

    /** "75,000 rounds of", "a squadron of", "hundreds of", "one unit of", "19-strong fleet of the". */
    void measure(Sentence s, int j, Quantity q, Mention m) {
        int a = s.from();
        Token t = tokens.get(j);
        String w = t.norm();
        if (VAGUE.contains(w) || w.equals("number") && j - 1 >= a && tokens.get(j - 1).is("a")) {
            int at = w.equals("number") ? j - 1 : j;
            if (w.equals("thousands") && j - 2 >= a && tokens.get(j - 1).is("of") && tokens.get(j - 2).is("tens")) at = j - 2;
            vague(q, at, j + 1);
            return;
        }
        if (t.startsWithDigit() || NumberParser.isNumberWord(w)) {
            int start = numberStart(s, j);
            if (start >= 0) number(s, start, j + 1, q); // "two of its batteries"
            return;
        }
        if (w.equals("pair") && j - 1 >= a && tokens.get(j - 1).is("a")) {
            one(q, j - 1, false); // "a pair of Mi-17 helicopters": two
            q.value = 2L;
            return;
        }
        if ((w.equals("couple") || w.equals("score")) && j - 1 >= a && tokens.get(j - 1).is("a")) {
            one(q, j - 1, false); // "a couple of NASAMS launchers": two or so; "a score of M113 carriers": twenty or so
            q.value = w.equals("couple") ? 2L : 20L;
            q.qualifier = QualifierRules.ABOUT;
            return;
        }
        if (!MEASURES.contains(w)) return;
        // a unit only with a count: "tens of thousands of rounds" has none
        String unit = w.equals("rounds") || w.equals("shells") ? "rounds" : null;
        int k = j - 1;
        while (k >= a && tokens.get(k).kind() == Token.Kind.WORD && SKIP_MODIFIERS.contains(tokens.get(k).norm())) k--;
        if (k < a) return;
        Token p = tokens.get(k);
        if (p.is("strong") && k - 2 >= a && tokens.get(k - 1).isPunct('-') && tokens.get(k - 2).startsWithDigit()) {
            number(s, k - 2, k - 1, q);
            return;
        }
        int start = p.startsWithDigit() || NumberParser.isNumberWord(p.norm()) ? numberStart(s, k)
                : p.isLongDash() && k - 1 >= a ? factLineCount(s, k - 1) : -1; // "1 million — rounds of artillery ammunition"
        if (start >= 0) {
            q.unit = unit;
            number(s, start, p.isLongDash() ? k : k + 1, q);
            return;
        }
        if (p.startsWithDigit() || NumberParser.isNumberWord(p.norm())) return;
        if (p.is("first") && COUNTED_MEASURES.contains(w) && k - 1 >= a && tokens.get(k - 1).is("the")) {
            one(q, k - 1, true); // "the first battery of the system": one
            return;
        }
        if (p.is("a") || p.is("an") || p.is("one")) {
            if (COUNTED_MEASURES.contains(w)) one(q, k, false);
            else vague(q, k, j + 1);
            return;
        }
        if (VAGUE.contains(p.norm())) vague(q, k, j + 1);
    }

    private static final java.util.regex.Pattern GLUED_TIMES = java.util.regex.Pattern.compile("\\d{1,4}x");

    private static final Set<String> CORRECTING = Set.of("sorry", "mean", "rather", "correction", "pardon");

    /**
     * "give, I think, 18 – sorry, 28 – F-16s": a speaker's corrected count, set off by dashes after the word that corrects
     * it; where it starts, or -1.
     */
    private int correctedCount(Sentence s, int last) {
        int start = numberStart(s, last);
        if (start < 0) return -1;
        int k = start - 1;
        if (k >= s.from() && tokens.get(k).isPunct(',')) k--;
        return k >= s.from() && CORRECTING.contains(tokens.get(k).norm()) ? start : -1;
    }

    /**
     * Where the count of a fact line starts, the number ending at token {@code last} right before its dash ("3 — Patriot
     * systems Germany has handed over"); -1 unless that number opens the line (after a bullet at most).
     */
    private int factLineCount(Sentence s, int last) {
        int start = numberStart(s, last);
        boolean opens = start == s.from() || start == s.from() + 1 && tokens.get(s.from()).kind() == Token.Kind.PUNCT;
        return start >= 0 && opens ? start : -1;
    }

    /** Where the number ending at token {@code last} starts ("1,550", "20 000", "forty-five"), or -1. */
    int numberStart(Sentence s, int last) {
        int a = s.from();
        int best = -1;
        for (int k = Math.max(a, last - 6); k <= last; k++) {
            Token t = tokens.get(k);
            boolean article = t.is("a") && k + 1 <= last && (NumberParser.isNumberWord(tokens.get(k + 1).norm())
                    || NumberParser.opensFraction(tokens.get(k + 1).norm()));
            if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && (NumberParser.isNumberWord(t.norm()) || NumberParser.opensFraction(t.norm()))
                    || article)) continue;
            NumberParser.NumberMatch n = NumberParser.at(tokens, k, last + 1);
            if (n != null && n.to() == last + 1) {
                best = k;
                break;
            }
        }
        return best;
    }

    /**
     * A list line that gives its count after the name: "Leopard 1 A5 main battle tanks: 80 (in preparation)", "F-16 fighter
     * aircraft: 30". Only where the name opens the line and the number closes it (or a bracket, a comma or a semicolon
     * follows it), so that a colon inside a sentence ("Germany sent tanks: 80 more are due") is no count. Returns the
     * token after the number, or -1 when the line has no such count.
     */
    /** Words of a qualifier that may stand between a list entry's colon and its count: "Leopard 1A5 tanks: more than 100". */
    private static final Set<String> COLON_QUALIFIERS = Set.of("up", "to", "about", "over", "more", "than", "at", "least", "around",
            "nearly", "some", "approximately");

    int countAfterColon(Sentence s, Mention m, Quantity q) {
        // the name opens the line, or follows a label of a few words: "Further commitments: F-16 fighter aircraft .... 30"
        int opens = s.from();
        for (int k = s.from(); k < m.from && k <= s.from() + 4; k++) if (tokens.get(k).isPunct(':')) opens = k + 1;
        for (int k = opens; k < m.from; k++) if (tokens.get(k).kind() != Token.Kind.PUNCT) return -1;
        int j = m.to;
        // the rest of the name's noun phrase: "main battle tanks", "self-propelled howitzers", "air defence systems"
        while (j < s.to() && (tokens.get(j).kind() == Token.Kind.WORD || tokens.get(j).isPunct('-') || tokens.get(j).isPunct('('))
                && !countSeparator(j)) {
            if (tokens.get(j).isPunct('(')) return -1;
            j++;
        }
        int leader = leaderEnd(j, s.to());
        if (j >= s.to() || !countSeparator(j) && leader < 0 || j - m.to > 5) return -1;
        int from = leader >= 0 ? leader : j + 1;
        // "NASAMS → +2": as many more
        if (from + 1 < s.to() && tokens.get(from).isPunct('+') && tokens.get(from).end() == tokens.get(from + 1).start()
                && tokens.get(from + 1).kind() == Token.Kind.NUMBER) from++;
        int to = from;
        while (to < s.to() && (tokens.get(to).kind() == Token.Kind.NUMBER || COLON_QUALIFIERS.contains(tokens.get(to).norm())
                || tokens.get(to).isPunct(',') && to + 1 < s.to()
                && tokens.get(to + 1).kind() == Token.Kind.NUMBER && glued(to, to + 1))) to++;
        int numberFrom = from;
        while (numberFrom < to && tokens.get(numberFrom).kind() != Token.Kind.NUMBER) numberFrom++;
        if (numberFrom == to) return -1;
        int numberTo = to;
        if (QualifierRules.plusAfter(tokens, to)) to++; // "Reconnaissance drones: 200+": the number reads it
        if (to < s.to() && COUNT_UNITS.contains(tokens.get(to).norm())) to++; // "Mi-17 helicopters – 4 units;"
        // "IRIS-T SLM → 1 fire unit", "Mistral: 100 missiles": what is counted, said again after the count
        else if (to + 1 < s.to() && tokens.get(to).is("fire") && COUNT_UNITS.contains(tokens.get(to + 1).norm())) to += 2;
        else if (to < s.to() && tokens.get(to).kind() == Token.Kind.WORD && GenericClasses.isHead(tokens.get(to).norm())) to++;
        if (to < s.to() && !(tokens.get(to).isPunct('(') || tokens.get(to).isPunct(',') || tokens.get(to).isPunct(';') || tokens.get(to).isPunct('.')
                || AFTER_COLON_COUNT.contains(tokens.get(to).norm()))) {
            return -1;
        }
        Quantity found = new Quantity();
        number(s, numberFrom, numberTo, found);
        if (!found.counted() || found.possession) return -1;
        q.value = found.value;
        q.max = found.max;
        q.qualifier = found.qualifier;
        return to;
    }

    /** Words that open a phrase saying more of a count after a colon: "M109: about 200 across several variants", "... 40 so far". */
    private static final Set<String> AFTER_COLON_COUNT = Set.of("across", "in", "from", "so", "since", "over", "until", "with");

    /** Whether a class word is the unit of a count set off after a name: "units" in "Stinger launchers – 10 units". */
    boolean unitOfACount(Sentence s, Mention m) {
        if (m.cls == null || !COUNT_UNITS.contains(tokens.get(m.from).norm())) return false;
        int k = m.from - 1;
        while (k > s.from() && (tokens.get(k).kind() == Token.Kind.NUMBER || tokens.get(k).isPunct(','))) k--;
        return k < m.from - 1 && k >= s.from() && countSeparator(k);
    }

    /** Words that count pieces after a number in a list: "4 units", "3,000 pieces". */
    private static final Set<String> COUNT_UNITS = Set.of("units", "unit", "pieces", "piece", "pcs", "items", "sets", "pc");

    /** "Light multirole vehicles ........ 80": the token after a leader of three dots or more (or an ellipsis sign); -1 if none. */
    private int leaderEnd(int j, int to) {
        int k = j;
        while (k < to && (tokens.get(k).isPunct('.') || tokens.get(k).isPunct('\u2026'))) k++;
        int dots = 0;
        for (int x = j; x < k; x++) dots += tokens.get(x).isPunct('\u2026') ? 3 : 1;
        return dots >= 3 ? k : -1;
    }

    /** A colon or a dash set off by spaces, between a name and its count: "Leopard 1A5 tanks: 10", "Mi-17 helicopters – 4". */
    private boolean countSeparator(int j) {
        Token t = tokens.get(j);
        if (t.isPunct(':') || t.isPunct('\u2192') || t.isPunct('\u21d2')) return true; // "Gepard → 52" as a slide writes it
        boolean dash = t.isDash();
        return dash && j > 0 && tokens.get(j - 1).end() < t.start() && j + 1 < tokens.size() && t.end() < tokens.get(j + 1).start();
    }

    /**
     * "its last MiG-29s, 13 in total, have been handed over": a count set off after the name and marked as the whole.
     * Sets {@code q} and returns the token after the marker, or -1.
     */
    int countInApposition(Sentence s, Mention m, Quantity q) {
        int k = m.to;
        if (k + 3 >= s.to() || !tokens.get(k).isPunct(',')) return -1;
        int to = k + 1;
        while (to < s.to() && to <= k + 4 && !(tokens.get(to).kind() == Token.Kind.NUMBER
                || tokens.get(to).kind() == Token.Kind.WORD && NumberParser.isNumberWord(tokens.get(to).norm()))) to++;
        if (to >= s.to() || QualifierRules.before(tokens, to, k + 1).from() != k + 1) return -1;
        NumberParser.NumberMatch n = NumberParser.at(tokens, to, s.to());
        if (n == null) return -1;
        int end = totalEnd(s, n.to());
        return end >= 0 && takeCount(s, to, n.to(), q) ? end : -1;
    }

    /** The token after "in all", "in total" or "altogether" at {@code k} that closes its clause; -1 if none does. */
    private int totalEnd(Sentence s, int k) {
        int end = k;
        if (end + 1 < s.to() && tokens.get(end).is("in") && (tokens.get(end + 1).is("total") || tokens.get(end + 1).is("all"))) end += 2;
        else if (end < s.to() && tokens.get(end).is("altogether")) end++;
        else return -1;
        return end < s.to() && !(tokens.get(end).isPunct(',') || tokens.get(end).isPunct(';') || tokens.get(end).isPunct('.')) ? -1 : end;
    }

    /**
     * "F-16 jets left Skrydstrup, six aircraft in all": a count closing the clause with a class word that covers the name
     * (set off by a comma, ended by "in all", "in total" or "altogether"), where no other system is named between. Sets
     * {@code q}, marks the count read, and returns the token after the marker, or -1.
     */
    int countSummedUp(Sentence s, Mention m, Quantity q, List<Mention> all) {
        for (int k = m.to; k + 3 < s.to() && k < m.to + 12; k++) {
            if (tokens.get(k).isPunct(';')) return -1;
            if (!tokens.get(k).isPunct(',')) continue;
            int at = k + 1;
            while (at < s.to() && at <= k + 3 && !(tokens.get(at).startsWithDigit() || NumberParser.isNumberWord(tokens.get(at).norm()))) at++;
            if (at >= s.to() || QualifierRules.before(tokens, at, k + 1).from() != k + 1) continue;
            NumberParser.NumberMatch n = NumberParser.at(tokens, at, s.to());
            if (n == null || n.to() + 2 >= s.to()) continue;
            Mention cls = null;
            for (Mention o : all) if (o.from == n.to() && o.cls != null) cls = o;
            if (cls == null || !Categories.covers(cls.cls.category(), m.category)) continue;
            int end = totalEnd(s, cls.to);
            if (end < 0) continue;
            for (Mention o : all) if (o != m && o.item != null && o.from > m.to && o.from < at) return -1;
            return takeCount(s, at, n.to(), q) ? end : -1;
        }
        return -1;
    }

    /**
     * "Leopard 2A4 tanks (14), PzH 2000 howitzers (6)": a count alone in brackets right after the name. Sets {@code q} and
     * returns the token after the bracket, or -1 ("(1973)" is a year, "(range 40 km)" no count).
     */
    int countInBrackets(Sentence s, Mention m, Quantity q) {
        int k = m.to;
        if (k + 2 >= s.to() || !tokens.get(k).isPunct('(')) return -1;
        NumberParser.NumberMatch n = NumberParser.at(tokens, k + 1, s.to());
        if (n == null || n.to() >= s.to() || !tokens.get(n.to()).isPunct(')')) return -1;
        return takeCount(s, k + 1, n.to(), q) ? n.to() + 1 : -1;
    }

    private static final java.util.regex.Pattern TIMES_GLUED = java.util.regex.Pattern.compile("[xX]\\d{1,7}");

    /**
     * "IRIS-T SLM ×1", "CV90 ×~50", "GEPARD X3", "155MM RDS X85,000", "Patriot missiles ×?": a count written as a multiplier
     * after the name (and a word or two of unit), as notes and bulletins write it; "×?" says the number is not public. Sets
     * {@code q} and returns the token after the count, or -1.
     */
    int countAsMultiplier(Sentence s, Mention m, Quantity q) {
        int k = m.to;
        if (k < s.to() && tokens.get(k).is("nil")) { // "AS90 NIL": none
            q.none = true;
            return k + 1;
        }
        while (k < s.to() && k < m.to + 2 && tokens.get(k).kind() == Token.Kind.WORD && !tokens.get(k).text().equalsIgnoreCase("x")) k++;
        if (k >= s.to()) return -1;
        Token t = tokens.get(k);
        if (t.kind() == Token.Kind.ALNUM && TIMES_GLUED.matcher(t.text()).matches()) {
            // "X85,000": the digits glued to the sign, then their groups of thousands
            StringBuilder digits = new StringBuilder(t.text().substring(1));
            int e = k + 1;
            while (e + 1 < s.to() && tokens.get(e).isPunct(',') && tokens.get(e).start() == tokens.get(e - 1).end()
                    && tokens.get(e + 1).start() == tokens.get(e).end() && tokens.get(e + 1).kind() == Token.Kind.NUMBER && tokens.get(e + 1).text().length() == 3) {
                digits.append(tokens.get(e + 1).text());
                e += 2;
            }
            long v = Long.parseLong(digits.toString());
            if (v == 0) return -1;
            q.value = v;
            q.qualifier = QualifierRules.EXACT;
            for (int x = k; x < e; x++) r.counted[x] = true;
            return e;
        }
        boolean sign = t.isPunct('\u00D7') || t.text().equalsIgnoreCase("x") && k + 1 < s.to() && tokens.get(k + 1).startsWithDigit();
        if (!sign || k + 1 >= s.to() || tokens.get(k + 1).start() - t.end() > 1) return -1;
        if (tokens.get(k + 1).isPunct('?')) return k + 2; // the number not public: a claim without one
        int from = tokens.get(k + 1).isPunct('~') || tokens.get(k + 1).isPunct('\u2248') ? k + 2 : k + 1;
        NumberParser.NumberMatch n = from < s.to() ? NumberParser.at(tokens, from, s.to()) : null;
        return n != null && takeCount(s, from, n.to(), q) ? n.to() : -1;
    }

    private static final Set<String> RAISED = Set.of("raised", "raises", "raise", "doubled", "doubles", "double", "tripled", "triples",
            "increased", "increases", "increase", "lifted", "upped");
    private static final Set<String> AFTER_A_NEW_LEVEL = Set.of("from", "in", "by", "this", "next", "last", "after", "since", "and", "the");

    /**
     * "Sweden has doubled its pledge of Archer systems to 16", "raised the number of F-16 jets it will donate to six": the
     * level a pledge is raised to, after the name. Sets {@code q} and returns the token after the number, or -1.
     */
    int countRaisedTo(Sentence s, Mention m, Quantity q) {
        boolean raised = false;
        for (int k = m.from - 1; k >= s.from() && k >= m.from - 8 && !tokens.get(k).isPunct(',') && !tokens.get(k).isPunct(';'); k--) {
            if (RAISED.contains(tokens.get(k).norm())) raised = true;
        }
        if (!raised) return -1;
        for (int k = m.to; k + 1 < s.to() && k <= m.to + 8; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return -1;
            if (!t.is("to")) continue;
            NumberParser.NumberMatch n = NumberParser.at(tokens, k + 1, s.to());
            if (n == null) continue;
            int end = n.to();
            if (end < s.to() && tokens.get(end).kind() != Token.Kind.PUNCT && !AFTER_A_NEW_LEVEL.contains(tokens.get(end).norm())) return -1;
            return takeCount(s, k + 1, end, q) ? end : -1;
        }
        return -1;
    }

    /** Reads the count at tokens {@code from}..{@code to} into {@code q}, marking them counted; false if they hold none. */
    private boolean takeCount(Sentence s, int from, int to, Quantity q) {
        Quantity found = new Quantity();
        number(s, from, to, found);
        if (!found.counted()) return false;
        q.value = found.value;
        q.max = found.max;
        q.qualifier = found.qualifier;
        for (int x = from; x < to; x++) r.counted[x] = true;
        return true;
    }

    /** Whether the number at {@code from}..{@code to} is one side of "2/6" or "3/4". */
    private boolean fractionPart(Sentence s, int from, int to) {
        boolean before = from - 2 >= s.from() && tokens.get(from - 1).isPunct('/') && tokens.get(from - 2).kind() == Token.Kind.NUMBER
                && tokens.get(from - 1).start() == tokens.get(from - 2).end() && tokens.get(from).start() == tokens.get(from - 1).end();
        boolean after = to + 1 < s.to() && tokens.get(to).isPunct('/') && tokens.get(to + 1).kind() == Token.Kind.NUMBER
                && tokens.get(to).start() == tokens.get(to - 1).end() && tokens.get(to + 1).start() == tokens.get(to).end();
        return before || after;
    }

    /** The number at tokens {@code from}..{@code to} with its range and qualifier; years, ordinals and calibres are no counts. */
    void number(Sentence s, int from, int to, Quantity q) {
        for (int k = from; k < to; k++) if (r.inMoney[k]) return; // "a £200 million package of drones": a sum, not a count
        NumberParser.NumberMatch n = NumberParser.at(tokens, from, to);
        if (n != null && n.plain() && n.value().signum() == 0) q.none = true; // "Zero — Taurus missiles Germany has agreed to send"
        if (n == null || !n.plain() || n.value().signum() <= 0 || n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0) return;
        long v = n.value().longValue();
        if (fractionPart(s, from, to)) return; // "2/6 Bradley": a thread's post number or a fraction, not a count
        if (!n.words() && to - from == 1 && tokens.get(from).text().length() == 4 && v >= 1900 && v <= 2100) return; // a year
        int start = from;
        Long min = null;
        // "40 to 50", "40-50", "between 40 and 50"
        int p = from - 1;
        if (p - 1 >= s.from() && (tokens.get(p).is("to") || tokens.get(p).isPunct('-') || tokens.get(p).isPunct('\u2013') || tokens.get(p).is("and"))) {
            int ms = numberStart(s, p - 1);
            if (ms >= 0) {
                NumberParser.NumberMatch lo = NumberParser.at(tokens, ms, p);
                boolean between = tokens.get(p).is("and") ? ms - 1 >= s.from() && tokens.get(ms - 1).is("between") : true;
                if (lo != null && lo.plain() && between && lo.value().longValue() < v) {
                    min = lo.value().longValue();
                    start = tokens.get(p).is("and") ? ms - 1 : ms;
                }
            }
        }
        if (min != null) {
            q.value = min;
            q.max = v;
            q.qualifier = QualifierRules.RANGE;
            q.from = start;
        } else {
            QualifierRules.Found f = QualifierRules.before(tokens, start, s.from());
            q.value = v;
            q.qualifier = f.qualifier();
            q.from = f.from();
            if (q.qualifier.equals(QualifierRules.EXACT) && QualifierRules.plusAfter(tokens, to)) q.qualifier = QualifierRules.MORE_THAN;
        }
        int k = q.from - 1;
        while (k >= s.from() && tokens.get(k).kind() == Token.Kind.WORD && (ADVERBS.contains(tokens.get(k).norm()) || tokens.get(k).is("all")))
            k--;
        if (k >= s.from() && POSSESSION.contains(tokens.get(k).norm())) q.possession = true;
        // "from Belgium's fleet of 53 F-16s", "its own stock of 30 tanks": what the donor owns, of which it gives some
        if (k - 2 >= s.from() && tokens.get(k).is("of") && HOLDINGS.contains(tokens.get(k - 1).norm())
                && OWNERS.contains(tokens.get(k - 2).norm()) && !wholeStockGiven(s, k - 2)) q.possession = true;
        // "how many of its 36 howitzers had been sent": a question, not a count given ("they didn't say how many, and 60
        // Bradleys": the question ended at the comma)
        for (int h = Math.max(s.from(), q.from - 6); h + 1 < q.from; h++) {
            if (tokens.get(h).is("how") && (tokens.get(h + 1).is("many") || tokens.get(h + 1).is("much"))
                    && !punctuationIn(h + 2, q.from)) q.possession = true;
        }
        q.vague = null;
        // "the first of 50 CV90s": one of a whole
        int f = q.from - 1;
        if (f - 2 >= s.from() && tokens.get(f).is("of") && tokens.get(f - 1).is("first") && tokens.get(f - 2).is("the")) {
            q.part = 1L;
            q.partFrom = f - 2;
            q.partQualifier = QualifierRules.EXACT;
            q.partWeak = true;
        }
        // "the first five of 18 F-16s", "five of 18 jets": a part of a whole, with no determiner
        if (f - 1 >= s.from() && tokens.get(f).is("of") && q.part == null) {
            int ps = numberStart(s, f - 1);
            if (ps >= 0) {
                NumberParser.NumberMatch part = NumberParser.at(tokens, ps, f);
                if (part != null && part.plain() && part.value().scale() <= 0 && part.value().longValue() < v) {
                    q.part = part.value().longValue();
                    q.partFrom = ps - 2 >= s.from() && tokens.get(ps - 1).is("first") && tokens.get(ps - 2).is("the") ? ps - 2 : ps;
                    q.partQualifier = QualifierRules.before(tokens, ps, s.from()).qualifier();
                }
            }
        }
        // "one of the two IRIS-T systems", "80 of the 178 tanks": a part of a whole named before
        int o = q.from - 1;
        // ("fewer than half of the 40 Marder it sent": a comparison, no part is counted)
        boolean boundedHalf = o - 4 >= s.from() && tokens.get(o - 3).is("than") && COMPARED.contains(tokens.get(o - 4).norm());
        if (o - 2 >= s.from() && DETERMINERS.contains(tokens.get(o).norm()) && tokens.get(o - 1).is("of") && tokens.get(o - 2).is("half")
                && v % 2 == 0 && !boundedHalf) {
            q.part = v / 2; // "half of the 80 tanks"
            q.partFrom = o - 2;
            q.partQualifier = QualifierRules.EXACT;
        } else if (o - 1 >= s.from() && DETERMINERS.contains(tokens.get(o).norm()) && tokens.get(o - 1).is("of")) {
            int ps = numberStart(s, o - 2);
            if (ps >= 0) {
                NumberParser.NumberMatch part = NumberParser.at(tokens, ps, o - 1);
                if (part != null && part.plain() && part.value().scale() <= 0 && part.value().longValue() < v) {
                    QualifierRules.Found pq = QualifierRules.before(tokens, ps, s.from());
                    q.part = part.value().longValue();
                    q.partFrom = pq.from();
                    q.partQualifier = pq.qualifier();
                    // "sent 28 of its 54 M-55S tanks": the whole is the donor's fleet, not a gift ("2 of its 6 pledged F-16s
                    // were handed over": a whole said to be promised is the promise; the part is what the verb says)
                    q.wholeOwned = POSSESSIVES.contains(tokens.get(o).norm()) && q.npKind != Cues.PLEDGE;
                    if (q.npKind == Cues.PLEDGE) q.npKind = Cues.NONE;
                }
            }
        }
        // "the 14 tanks", "the first batch of 6 tanks", "all 13 aircraft": the count refers to what was named before
        int r = q.from - 1;
        if (r >= s.from() && (DETERMINERS.contains(tokens.get(r).norm()) || tokens.get(r).is("all") || tokens.get(r).is("another")
                || tokens.get(r).is("first") || tokens.get(r).is("last") || tokens.get(r).is("next") || tokens.get(r).is("remaining"))) q.referring = true;
        if (r - 1 >= s.from() && tokens.get(r).is("of") && (BATCHES.contains(tokens.get(r - 1).norm()) || tokens.get(r - 1).is("first")))
            q.referring = true;
        // "the delivery earlier this year of 10 M113", "the handover of two NASAMS": a noun that says the count was delivered
        if (r >= s.from() && tokens.get(r).is("of") && q.npKind == Cues.NONE) {
            for (int b = r - 1; b >= s.from() && b >= r - 5; b--) {
                Token t = tokens.get(b);
                if (t.kind() == Token.Kind.PUNCT) break;
                if (DELIVERY_NOUNS.contains(t.norm()) && b - 1 >= s.from() && DETERMINERS.contains(tokens.get(b - 1).norm())) {
                    if (!(b - 2 >= s.from() && DECIDING.contains(tokens.get(b - 2).norm()))) q.npKind = Cues.DELIVERY;
                    break;
                }
            }
        }
    }
}
