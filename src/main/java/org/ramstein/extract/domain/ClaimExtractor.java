package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;

/**
 * Reads the aid claims a text states. Per sentence: sums of money, donors, systems (by catalogue name) and classes of
 * equipment (by class word); each system or class takes the number written before it ("40 German Marders", "up to 10
 * Leopard 2 tanks", "75,000 rounds of 155mm ammunition", "hundreds of AT4"), its donor (the adjective before it, an
 * attribution after it such as "held by Poland", else the nearest donor named before it in the sentence, else after it,
 * else the donor the text is mostly about) and its kind (from the nearest cue: "pledged", "will send", "delivered",
 * "en route"; a total from many donors, a share and a formation are aggregates). What is not a claim is left out:
 * distances, crews and casualties (no system or class is named), negations ("has yet to commit"), requests ("called
 * for"), threats ("protect against cruise missiles"), inventories ("had 100 Marders"), transfers to others ("to
 * Greece"), Ukraine's or Russia's own equipment, ordinals ("18th drawdown") and sentences without any aid cue. Then
 * repeated mentions of one fact in a text become one claim. Pure and thread-safe.
 */
public final class ClaimExtractor {

    private final ItemLexicon items;
    private final DonorLexicon donors;

    public ClaimExtractor(List<CatalogItem> catalog, List<Donor> donorList) {
        this.items = new ItemLexicon(catalog);
        this.donors = new DonorLexicon(donorList);
    }

    public DonorLexicon donors() {
        return donors;
    }

    /** The claims of one text; offsets refer to {@code text}. */
    public List<Claim> extract(String file, String text) {
        return new Run(file, text).claims();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final Set<String> SKIP_MODIFIERS = Set.of("more", "additional", "new", "further", "extra", "used", "modern", "modernised",
            "modernized", "upgraded", "refurbished", "remaining", "existing", "entire", "latest", "sophisticated", "advanced", "older", "old",
            "surplus", "soviet", "western", "eastern", "european", "nato", "standard", "much", "requested", "other", "long", "awaited",
            "promised", "pledged", "committed", "delivered", "donated", "supplied", "initial", "total", "whole", "own", "fully", "operational",
            "serviceable", "decommissioned", "retired", "mothballed", "spare", "brand", "german", "made", "built", "designed", "era", "vintage",
            "reconditioned", "repaired", "overhauled", "ready", "capable", "also", "still", "only", "just", "already", "recently", "another",
            "any", "well", "highly", "very", "critical", "vital", "key", "important", "significant", "powerful", "effective",
            "self", "mobile", "last", "next", "full", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Set<String> REFERRING = Set.of("more", "remaining", "additional", "further", "other", "another", "last", "rest",
            "next", "promised", "pledged", "same", "all");
    private static final Set<String> ENEMY = Set.of("russia", "russian", "russians", "moscow", "kremlin", "belarus", "iran", "iranian");
    private static final Set<String> ORIGIN_KINDS = Set.of("western", "soviet", "nato", "foreign", "allied", "russian");
    private static final Set<String> BATCHES = Set.of("batch", "tranche", "shipment", "consignment", "group", "delivery", "lot", "instalment",
            "installment", "wave");
    private static final Set<String> NP_PLEDGE = Set.of("promised", "pledged", "committed");
    private static final Set<String> NP_DELIVERY = Set.of("delivered", "donated", "supplied");
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "whose");
    private static final Set<String> VAGUE = Set.of("hundreds", "dozens", "thousands", "several", "numerous", "scores", "many", "tens",
            "some", "multiple", "various", "few");
    private static final Set<String> MEASURES = Set.of("rounds", "round", "units", "unit", "batteries", "battery", "pieces", "sets", "set",
            "fleet", "batch", "batches", "squadron", "squadrons", "tranche", "shipment", "consignment", "lots", "lot", "kits", "systems",
            "number", "total", "package", "packages", "shells");
    private static final Set<String> COUNTED_MEASURES = Set.of("unit", "battery", "set", "system", "shipment");
    private static final Set<String> POSSESSION = Set.of("has", "have", "had", "owns", "owned", "operates", "operated", "possesses", "holds",
            "keeps", "maintains", "fields", "retains");
    private static final Set<String> ADVERBS = Set.of("now", "still", "already", "currently", "only", "also", "just", "reportedly");
    private static final Set<String> FOREIGN = Set.of("ukrainian", "russian", "enemy", "ukraine", "russia", "belarusian");
    private static final Set<String> UKRAINE = Set.of("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "kiew");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> PURPOSE_LEADS = Set.of("particularly", "notably", "mainly", "especially", "primarily", "chiefly", "mostly");
    private static final Set<String> CUMULATIVE = Set.of("so far", "to date", "thus far", "in total", "altogether", "cumulative", "cumulatively",
            "overall", "annual", "all told", "in all", "totals", "totalled", "totaled", "totalling", "totaling");
    private static final Set<String> ELLIPSIS_AFTER = Set.of("in", "under", "by", "to", "from", "this", "next", "last", "on", "at", "within",
            "more", "over", "during", "later", "soon", "as", "before", "after", "earlier", "already", "so");
    /** Words before "to" that make it no direction: "according to", "second only to", "compared to", "in addition to". */
    private static final Set<String> NOT_DIRECTIONAL = Set.of("according", "only", "second", "compared", "next", "close", "similar", "equal",
            "thanks", "due", "prior", "contrary", "relative", "addition", "comparable", "up");
    private static final Set<String> CHANNELS = Set.of("fund", "facility", "initiative", "coalition", "programme", "program", "group",
            "alliance", "mechanism", "instrument");
    private static final Set<String> FRESH = Set.of("another", "further", "new", "additional", "fresh", "latest", "extra");
    private static final Set<String> CUMULATIVE_AFTER = Set.of("since", "so far", "to date", "thus far", "in total", "altogether", "in all");
    private static final Set<String> NOT_MILITARY = Set.of("humanitarian", "reconstruction", "refugees", "economic", "budgetary", "civilian",
            "energy", "macro", "financial", "budget", "development", "food", "medical", "non");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "above", "below", "than", "larger",
            "smaller");
    private static final Set<String> DELIVERED_PARTICIPLES = Set.of("delivered", "sent", "supplied", "handed", "transferred", "received",
            "shipped", "provided", "donated");
    private static final Set<String> SHARE_PARTICIPLES = Set.of("promised", "pledged", "committed", "delivered", "announced", "allocated");
    private static final Set<String> REFURBISH = Set.of("refurbish", "repair", "maintain", "restore", "overhaul", "service", "recondition");

    /** A system or class named in a sentence. */
    private static final class Mention {
        int from; // first token of the name (after leading descriptors)
        int to; // after the last descriptor
        int head;
        CatalogItem item; // null for a class
        GenericClass cls;
        String category;
        String name;
        boolean plural;
        boolean purpose; // what a sum of money is for: not a claim of its own
        boolean bound; // a class word bound to a system named before
        boolean bare; // a class word with no class modifiers: "planes", "howitzers"
        Sentence sentence;
    }

    /** What stands before a name: its number, qualifier, donor adjective, determiner. */
    private static final class Before {
        Long value;
        Long max;
        String qualifier = QualifierRules.UNSPECIFIED;
        String vague;
        int from;
        boolean weak; // "a", "an", "the first": one, but a weak reading
        boolean definite;
        boolean referring; // "the", "more", "remaining", "first batch of": speaks of something named before
        boolean generic; // "Western-made", "Soviet", "NATO-standard": a kind of equipment
        Long part; // "one of the two systems": the part (1) of the whole counted (2)
        int partFrom;
        String partQualifier;
        boolean partWeak;
        boolean possession;
        boolean foreign;
        byte npKind = Cues.NONE;
        String unit;
        DonorLexicon.Mention donor;

        boolean counted() {
            return value != null;
        }
    }

    /** A claim being built, with what the de-duplication needs. */
    private static final class Draft {
        Claim claim;
        String itemKey;
        String donorKey;
        boolean title;
        boolean weak;
        int order;
    }

    private final class Run {
        final String file;
        final String text;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final List<Mention> catalogHistory = new ArrayList<>();
        final Map<Integer, List<DonorLexicon.Mention>> donorMentions = new HashMap<>();
        final List<Draft> drafts = new ArrayList<>();
        final Set<String> purposes = new java.util.HashSet<>();
        final Set<String> rejectedSums = new java.util.HashSet<>();
        final Map<Integer, List<Mention>> sentenceMentions = new HashMap<>();
        DonorLexicon.DonorRef defaultDonor;

        Run(String file, String text) {
            this.file = file;
            this.text = text;
            this.tokens = Tokenizer.tokenize(text);
            this.sentences = Sentences.split(text, tokens);
        }

        List<Claim> claims() {
            for (Sentence s : sentences) donorMentions.put(s.index(), donors.find(tokens, s.from(), s.to()));
            defaultDonor = mostNamedDonor();
            for (Sentence s : sentences) sentence(s);
            return deduplicate();
        }

        private DonorLexicon.DonorRef mostNamedDonor() {
            Map<String, Integer> score = new LinkedHashMap<>();
            Map<String, DonorLexicon.DonorRef> refs = new HashMap<>();
            boolean first = true;
            for (Sentence s : sentences) {
                int weight = s.title() ? 3 : first ? 2 : 1;
                if (!s.title()) first = false;
                for (DonorLexicon.Mention m : donorMentions.get(s.index())) {
                    score.merge(m.donor().code(), weight, Integer::sum);
                    refs.putIfAbsent(m.donor().code(), m.donor());
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> e : score.entrySet()) if (best == null || e.getValue() > score.get(best)) best = e.getKey();
            return best == null ? null : refs.get(best);
        }

        // ----------------------------------------------------------------------------------------------- sentences

        private void sentence(Sentence s) {
            if (s.caption()) {
                // what a picture shows is no claim; its names may still be referred to
                for (Mention m : mentions(s, new boolean[s.to() - s.from()])) if (m.item != null) catalogHistory.add(m);
                return;
            }
            int a = s.from();
            int b = s.to();
            List<MoneyParser.Money> money = MoneyParser.find(tokens, a, b);
            boolean[] taken = new boolean[b - a];
            for (MoneyParser.Money m : money) for (int k = m.from(); k < m.to(); k++) taken[k - a] = true;
            byte[] cues = Cues.of(tokens, a, b);
            List<Mention> mentions = mentions(s, taken);
            sentenceMentions.put(s.index(), mentions);
            markPurposes(s, mentions, money);
            for (MoneyParser.Money m : money) money(s, m, money, cues);
            List<Draft> itemDrafts = new ArrayList<>();
            Map<Draft, Mention> of = new HashMap<>();
            for (Mention m : mentions) {
                if (m.purpose) purposes.add(itemKey(m));
                Draft d = item(s, m, cues, mentions);
                if (d != null) {
                    itemDrafts.add(d);
                    of.put(d, m);
                }
            }
            suppressUmbrellas(itemDrafts, mentions, of);
            drafts.addAll(itemDrafts);
            shares(s, cues);
            runningTotals(s, mentions, itemDrafts, cues);
            countsDelivered(s, mentions, cues, itemDrafts);
            elliptical(s, mentions, money, cues);
            spares(s, cues);
            for (Mention m : mentions) if (m.item != null && !m.bound) catalogHistory.add(m);
        }

        /** Systems (catalogue names with their descriptors) first, then classes in what is left. */
        private List<Mention> mentions(Sentence s, boolean[] taken) {
            int a = s.from();
            int b = s.to();
            List<Mention> out = new ArrayList<>();
            int i = a;
            while (i < b) {
                if (taken[i - a]) {
                    i++;
                    continue;
                }
                ItemLexicon.CatalogMatch cm = items.catalogAt(tokens, i, b);
                if (cm == null) {
                    i++;
                    continue;
                }
                if (cm.item().category().startsWith("ammunition") && (ItemLexicon.namesAGun(tokens, cm.to(), b)
                        || cm.to() < b && items.catalogAt(tokens, cm.to(), b) != null)) {
                    i = cm.to(); // "155mm guns", "155mm FH70 howitzers": the calibre of a gun, not its shells
                    continue;
                }
                Mention m = new Mention();
                m.sentence = s;
                m.item = cm.item();
                m.plural = cm.plural();
                int j = cm.to();
                Token last = null;
                int lastAt = -1;
                while (j < b) {
                    Token t = tokens.get(j);
                    if (t.kind() == Token.Kind.WORD && ItemLexicon.TRAILING.contains(t.norm()) && !taken[j - a]) {
                        last = t;
                        lastAt = j;
                        j++;
                    } else if (t.isPunct('-') && j + 1 < b && t.start() == tokens.get(j - 1).end() && tokens.get(j + 1).kind() == Token.Kind.WORD
                            && ItemLexicon.TRAILING.contains(tokens.get(j + 1).norm())) {
                        j++;
                    } else {
                        break;
                    }
                }
                j = parenthetical(j, b);
                // class words running straight into the name belong to it: "the artillery system Archer"
                int k = cm.from() - 1;
                while (k >= a && !taken[k - a]) {
                    Token lt = tokens.get(k);
                    if (lt.kind() == Token.Kind.WORD && ItemLexicon.DESCRIPTORS.contains(lt.norm())) k--;
                    else if (lt.isPunct('-') && k - 1 >= a && tokens.get(k - 1).end() == lt.start() && lt.end() == tokens.get(k + 1).start()) k--;
                    else break;
                }
                int lead = k + 1;
                while (lead < cm.from() && tokens.get(lead).isPunct('-')) lead++;
                m.from = lead;
                m.to = j;
                m.head = last != null ? lastAt : cm.to() - 1;
                String raw = cm.item().category();
                if (last != null && ItemLexicon.AMMO_HEADS.contains(last.norm()) && !Categories.isMunition(raw)) {
                    m.category = Categories.munitionOf(raw);
                    m.name = cm.item().name() + " " + last.norm();
                    m.plural = true;
                } else {
                    m.category = Categories.fromCatalog(raw);
                    m.name = cm.item().name();
                    if (last != null) m.plural = last.norm().endsWith("s") && !last.norm().endsWith("ss");
                }
                for (int x = m.from; x < m.to; x++) taken[x - a] = true;
                out.add(m);
                i = j;
            }
            // classes, right to left over what no name took; "munitions for NASAMS" joins the class to the system after it
            List<Mention> classes = new ArrayList<>();
            int[] floorOf = new int[b - a];
            for (int x = a; x < b; x++) floorOf[x - a] = x == a ? a : taken[x - 1 - a] ? x : floorOf[x - 1 - a];
            for (int h = b - 1; h >= a; h--) {
                if (taken[h - a]) continue;
                int floor = floorOf[h - a];
                ItemLexicon.ClassMatch cm = items.classAt(tokens, h, floor, b);
                if (cm == null) {
                    // "64 more guided missiles for the Patriot system": munitions of a named system, whatever their class words
                    Token ht = tokens.get(h);
                    Mention target = ht.kind() == Token.Kind.WORD && ItemLexicon.AMMO_HEADS.contains(ht.norm()) ? systemAfterFor(out, h + 1, b) : null;
                    if (target == null || Categories.isMunition(target.item.category())) continue;
                    int from = h;
                    while (from - 1 >= floor && tokens.get(from - 1).kind() == Token.Kind.WORD && GenericClasses.CLASS_WORDS.contains(tokens.get(from - 1).norm()))
                        from--;
                    Mention m = new Mention();
                    m.sentence = s;
                    m.item = target.item;
                    m.from = from;
                    m.to = target.to;
                    m.head = h;
                    m.category = Categories.munitionOf(target.item.category());
                    m.name = target.item.name() + " " + ht.norm();
                    m.plural = true;
                    out.remove(target);
                    for (int x = from; x <= h; x++) taken[x - a] = true;
                    classes.add(m);
                    h = from;
                    continue;
                }
                for (int x = cm.from(); x <= h; x++) taken[x - a] = true;
                if (cm.cls().category() == null) continue;
                Mention m = new Mention();
                m.sentence = s;
                m.cls = cm.cls();
                m.from = cm.from();
                m.to = h + 1;
                m.head = h;
                m.category = cm.cls().category();
                m.name = text.substring(tokens.get(cm.from()).start(), tokens.get(h).end()).toLowerCase();
                m.bare = cm.modifiers().isEmpty();
                String hn = tokens.get(h).norm();
                m.plural = hn.endsWith("s") && !hn.endsWith("ss") || hn.equals("ammunition") || hn.equals("artillery") || hn.equals("aircraft");
                if (ItemLexicon.AMMO_HEADS.contains(hn)) {
                    Mention target = systemAfterFor(out, h + 1, b);
                    if (target != null && !Categories.isMunition(target.item.category())) {
                        m.item = target.item;
                        m.cls = null;
                        m.category = Categories.munitionOf(target.item.category());
                        m.name = target.item.name() + " " + hn;
                        m.to = target.to;
                        out.remove(target);
                        // "munitions for NASAMS and Patriot": the munitions of each
                        Mention previous = target;
                        while (true) {
                            int at = previous.to;
                            if (at < b && (tokens.get(at).is("and") || tokens.get(at).isPunct(','))) at++;
                            if (at < b && tokens.get(at).is("and")) at++;
                            final int next = at;
                            Mention more = out.stream().filter(o -> o.item != null && o.from == next && !Categories.isMunition(o.item.category()))
                                    .findFirst().orElse(null);
                            if (more == null || next == previous.to) break;
                            more.category = Categories.munitionOf(more.item.category());
                            more.name = more.item.name() + " " + hn;
                            more.plural = true;
                            previous = more;
                        }
                    }
                }
                classes.add(m);
                h = cm.from();
            }
            out.addAll(classes);
            out.sort(Comparator.comparingInt(x -> x.from));
            return out;
        }

        /** "( IFVs )", "( NASAMS )": a short parenthesis of abbreviations or class words after a name belongs to it. */
        private int parenthetical(int j, int b) {
            if (j >= b || !tokens.get(j).isPunct('(')) return j;
            for (int k = j + 1; k < b && k <= j + 5; k++) {
                Token t = tokens.get(k);
                if (t.isPunct(')')) return k > j + 1 ? k + 1 : j;
                if (t.isPunct('-')) continue;
                if (!t.isWordLike()) return j;
                if (!(t.allUpper() || ItemLexicon.DESCRIPTORS.contains(t.norm()) || t.text().length() > 1 && t.text().substring(0, t.text().length() - 1).chars()
                        .allMatch(Character::isUpperCase))) return j;
            }
            return j;
        }

        /** The system named right after "for" (and a determiner): "munitions for NASAMS", "missiles for its Crotale". */
        private Mention systemAfterFor(List<Mention> systems, int at, int b) {
            if (at >= b || !tokens.get(at).is("for")) return null;
            int k = at + 1;
            if (k < b && DETERMINERS.contains(tokens.get(k).norm())) k++;
            for (Mention m : systems) if (m.item != null && m.from <= k && k < m.to) return m;
            return null;
        }

        /** Systems and classes that say what a sum of money is for ("EUR 1 billion for ammunition, notably 155mm") are no claims of their own. */
        private void markPurposes(Sentence s, List<Mention> mentions, List<MoneyParser.Money> money) {
            if (money.isEmpty()) return;
            for (Mention m : mentions) {
                boolean afterMoney = money.stream().anyMatch(x -> x.to() <= m.from);
                if (!afterMoney) continue;
                int q = m.from - 1;
                while (q >= s.from() && (DETERMINERS.contains(tokens.get(q).norm()) || tokens.get(q).isPunct('"') || tokens.get(q).isPunct('\u201C')))
                    q--;
                final int p = q;
                if (p < s.from()) continue;
                Token before = tokens.get(p);
                if (before.is("for") || before.is("on")) {
                    m.purpose = true;
                } else if (PURPOSE_LEADS.contains(before.norm())) {
                    m.purpose = true;
                } else if ((before.is("and") || before.is("or") || before.isPunct(',')) && mentions.stream().anyMatch(o -> o.purpose && o.to == p)) {
                    m.purpose = true; // "for drones and air defence systems"
                }
            }
        }

        // ----------------------------------------------------------------------------------------------- items

        private Draft item(Sentence s, Mention m, byte[] cues, List<Mention> all) {
            if (m.purpose) return null;
            // "75,000 rounds of 155mm ammunition": the class word measures the name after it
            if (m.cls != null && m.to < s.to() && tokens.get(m.to).is("of")
                    && all.stream().anyMatch(o -> o != m && o.from > m.to && o.from <= m.to + 4)) return null;
            if (refurbished(s, m)) return null;
            if (targetOfMunition(s, m, all)) return null;
            Before q = before(s, m);
            // Ukraine's brigades are what aid equips: a formation is Ukrainian by nature
            if (q.foreign && !m.category.equals("unit_formation") || q.possession && !m.category.equals("unit_formation")) return null;
            // "to send more air defence systems": more of a class, with no number, says nothing countable
            if (m.cls != null && !q.counted() && q.vague == null && m.from - 1 >= s.from() && tokens.get(m.from - 1).is("more")) return null;
            String rule = m.item != null ? (q.counted() ? "system-count" : "system") : (q.counted() || q.vague != null ? "class-count" : "class");
            if (m.cls != null) {
                // "nine more planes", "the new howitzers": a bare class word refers back; "hundreds more armoured vehicles" is a class
                boolean refers = m.cls.anaphoricOnly() && m.bare || m.cls.anaphoric() && (q.definite || q.referring && m.bare);
                if (refers) {
                    Mention antecedent = antecedent(m, all);
                    if (antecedent != null) {
                        m.item = antecedent.item;
                        m.category = antecedent.category;
                        m.name = antecedent.name;
                        m.bound = true;
                        rule = "reference-count";
                    }
                }
                if (!m.bound && m.cls.anaphoric() && m.bare && q.counted()) {
                    // "The Netherlands has pledged 42 jets" in a text that names one kind of jet only: that one
                    Mention only = onlyAntecedent(m, all);
                    if (only != null && !donorFor(s, Math.min(q.from, m.from), m.to, q.donor).collective) {
                        m.item = only.item;
                        m.category = only.category;
                        m.name = only.name;
                        m.bound = true;
                        rule = "reference-count";
                    }
                }
                if (!m.bound && m.cls.anaphoricOnly()) return null;
                if (!m.bound && m.cls.needsQuantity() && !q.counted() && q.vague == null) return null;
            }
            if (q.definite && !q.counted() && m.cls != null) return null; // "the new howitzers": said before
            if (q.generic && !q.counted() && m.cls != null && !m.bound) return null; // "Western-made armoured vehicles": a kind, not a gift
            if (Cues.threatBefore(tokens, m.from, s.from())) return null;
            if (enemyActor(s, Math.min(q.from, m.from))) return null;
            if (toSomeoneElse(s, m.to)) return null;
            int evidenceFrom = Math.min(q.from, m.from);
            Kind kind = kind(s, evidenceFrom, m.to, cues, q.npKind);
            if (kind == null) return null;
            if (kind.negated || kind.requested) return null;
            Donors d = donorFor(s, evidenceFrom, m.to, q.donor);
            String k = kind.kind;
            if (d.collective) {
                if (!q.counted()) return null;
                k = Claim.AGGREGATE;
            }
            if (m.category.equals("unit_formation") || m.category.equals("percentage")) {
                if (!q.counted()) return null;
                k = Claim.AGGREGATE;
            }
            String unit = q.unit;
            if (unit == null && q.counted() && m.category.startsWith("ammunition") && (q.value >= 1000 || tokens.get(m.head).is("rounds")
                    || tokens.get(m.head).is("shells"))) unit = "rounds";
            double confidence = (m.item != null ? 0.75 : 0.6) + (q.counted() ? 0.15 : 0) - (m.bound ? 0.1 : 0) - (d.fallback ? 0.1 : 0)
                    - (Cues.hedged(tokens, s.from(), s.to()) ? 0.1 : 0) - (s.title() ? 0.05 : 0);
            Claim c = new Claim(file, d.name, "Ukraine", k, m.name, m.category, q.value, q.max, q.counted() ? q.qualifier : QualifierRules.UNSPECIFIED,
                    null, null, unit, text.substring(tokens.get(evidenceFrom).start(), tokens.get(m.to - 1).end()),
                    tokens.get(evidenceFrom).start(), tokens.get(m.to - 1).end(), rule, round(confidence), q.vague);
            if (q.part != null) {
                // the whole was promised; the part is what the verb says
                int ps = tokens.get(q.partFrom).start();
                Claim part = new Claim(file, d.name, "Ukraine", k, m.name, m.category, q.part, null, q.partQualifier, null, null, unit,
                        text.substring(ps, tokens.get(m.to - 1).end()), ps, tokens.get(m.to - 1).end(), "part-count", round(confidence - 0.1), null);
                Draft pd = draft(part, itemKey(m), d.key, s.title());
                pd.weak = q.partWeak;
                drafts.add(pd);
                if (!d.collective && q.npKind == Cues.NONE) k = Claim.PLEDGE;
                c = new Claim(c.file(), c.donor(), c.recipient(), k, c.item(), c.category(), c.quantity(), c.quantityMax(), c.qualifier(), null, null,
                        c.unit(), c.evidence(), c.start(), c.end(), c.rule(), c.confidence(), c.quantityText());
            }
            Draft dr = draft(c, itemKey(m), d.key, s.title());
            dr.weak = q.weak;
            return dr;
        }

        private String itemKey(Mention m) {
            if (m.item == null) return "class:" + m.category;
            return m.category.equals(Categories.fromCatalog(m.item.category())) ? m.item.id() : "munitions:" + m.item.id();
        }

        /** "ammunition for the Gepard", "bombs for their fighter jets": the system a munition is for is not given with it. */
        private boolean targetOfMunition(Sentence s, Mention m, List<Mention> all) {
            int p = m.from - 1;
            if (p >= s.from() && DETERMINERS.contains(tokens.get(p).norm())) p--;
            if (p < s.from() || !tokens.get(p).is("for")) return false;
            final int forAt = p;
            return all.stream().anyMatch(o -> o != m && o.to <= forAt && o.to >= forAt - 1 && (Categories.isMunition(o.category)
                    || o.category.startsWith("ammunition")));
        }

        /** "spares to refurbish up to 100 tanks and infantry fighting vehicles": what is repaired is not given. */
        private boolean refurbished(Sentence s, Mention m) {
            for (int k = m.from - 1; k >= s.from() && k >= m.from - 8; k--) {
                Token t = tokens.get(k);
                if (t.isPunct(',') || t.isPunct(';')) return false;
                if (REFURBISH.contains(t.norm()) && k - 1 >= s.from() && tokens.get(k - 1).is("to")) return true;
            }
            return false;
        }

        /** The system a class word refers back to: the last one named before it whose category the class covers. */
        private Mention antecedent(Mention m, List<Mention> sentence) {
            String cls = m.cls.category();
            for (int i = sentence.size() - 1; i >= 0; i--) {
                Mention c = sentence.get(i);
                if (c.from < m.from && c.item != null && !c.bound && Categories.covers(cls, c.category)) return c;
            }
            for (int i = catalogHistory.size() - 1; i >= 0; i--) {
                Mention c = catalogHistory.get(i);
                if (Categories.covers(cls, c.category)) return c;
            }
            return null;
        }

        /** "to Greece", "to the Middle East" after the name, before any "to Ukraine": the transfer is to someone else. */
        private boolean toSomeoneElse(Sentence s, int from) {
            for (int k = from; k + 1 < s.to(); k++) {
                Token t = tokens.get(k);
                if (t.isPunct(';')) return false;
                if (!t.is("to") || k - 1 >= s.from() && NOT_DIRECTIONAL.contains(tokens.get(k - 1).norm())) continue;
                int n = k + 1;
                if (tokens.get(n).is("the") && n + 1 < s.to()) n++;
                Token p = tokens.get(n);
                if (p.kind() == Token.Kind.WORD && !p.capitalized() && placeElsewhere(s, n)) return true;
                if (p.kind() != Token.Kind.WORD || !p.capitalized()) continue;
                if (UKRAINE.contains(p.norm())) return false;
                if (MONTHS.contains(p.norm()) || p.allUpper() && p.text().length() == 3) continue; // "to March", "to EUR 1.25 billion"
                if (channel(n, s.to())) continue; // "to the European Peace Facility": a fund, not a recipient
                if (n + 1 < s.to() && tokens.get(n + 1).startsWithDigit()) continue;
                return true;
            }
            return false;
        }

        /** The one system of the class named so far in the text, or null when none or several are. */
        private Mention onlyAntecedent(Mention m, List<Mention> sentence) {
            String cls = m.cls.category();
            Mention found = null;
            List<Mention> named = new ArrayList<>(catalogHistory);
            for (Mention c : sentence) if (c.from < m.from && c.item != null && !c.bound) named.add(c);
            for (Mention c : named) {
                if (!Categories.covers(cls, c.category)) continue;
                if (found != null && !found.item.id().equals(c.item.id())) return null;
                found = c;
            }
            return found;
        }

        /** "to a training centre in Romania": a place in another country (a donor named after "in"), within a few words. */
        private boolean placeElsewhere(Sentence s, int from) {
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
        private boolean channel(int at, int b) {
            for (int k = at; k < b && k < at + 5; k++) {
                Token t = tokens.get(k);
                if (t.kind() != Token.Kind.WORD || !t.capitalized()) return false;
                if (CHANNELS.contains(t.norm())) return true;
            }
            return false;
        }

        /** The number and words before a name. */
        private Before before(Sentence s, Mention m) {
            Before q = new Before();
            q.from = m.from;
            int a = s.from();
            int j = m.from - 1;
            boolean first = false;
            List<DonorLexicon.Mention> dms = donorMentions.get(s.index());
            while (j >= a) {
                Token t = tokens.get(j);
                if (t.kind() == Token.Kind.PUNCT) {
                    char c = t.text().charAt(0);
                    if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\'' && j + 1 < tokens.size() && tokens.get(j + 1).start() > t.end()) {
                        j--;
                        continue;
                    }
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
                    if (tokens.get(cs).startsWithDigit() && t.is("strong")) {
                        number(s, cs, cs + 1, q);
                        return q;
                    }
                    if (ORIGIN_KINDS.contains(tokens.get(cs).norm())) q.generic = true;
                    j = cs - 1;
                    continue;
                }
                DonorLexicon.Mention dm = donorEndingAt(dms, j + 1);
                if (dm != null && !dm.donor().collective()) {
                    q.donor = dm;
                    q.from = dm.from();
                    j = dm.from() - 1;
                    continue;
                }
                if (m.cls != null && j == m.from - 1 && (t.kind() == Token.Kind.ALNUM || t.capitalized()) && modelName(s, j) >= 0) {
                    // "three Leopard 2R mine-clearing vehicles", "40 Leclerc tanks": a model the catalogue does not know, then its class
                    int ms = modelName(s, j);
                    m.name = text.substring(tokens.get(ms).start(), tokens.get(m.to - 1).end());
                    m.from = ms;
                    q.from = ms;
                    j = ms - 1;
                    continue;
                }
                String w = t.norm();
                if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(w)) {
                    int start = numberStart(s, j);
                    if (start >= 0) number(s, start, j + 1, q);
                    else if (w.equals("hundred") || w.equals("thousand")) vague(q, j - 1 >= a && VAGUE.contains(tokens.get(j - 1).norm()) ? j - 1 : j, m.from);
                    return q;
                }
                if (t.kind() != Token.Kind.WORD) break;
                if ((w.equals("and") || w.equals("or")) && foreignConjunct(s, j)) {
                    q.foreign = true;
                    return q;
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
                if (w.equals("first")) {
                    first = true;
                    q.referring = true;
                    j--;
                    continue;
                }
                if (REFERRING.contains(w)) q.referring = true;
                if (ORIGIN_KINDS.contains(w)) q.generic = true;
                if (SKIP_MODIFIERS.contains(w)) {
                    j--;
                    continue;
                }
                if (DETERMINERS.contains(w) && j - 2 >= a && tokens.get(j - 1).is("of")) {
                    // "19-strong fleet of the French-made howitzers", "one of its batteries"
                    measure(s, j - 2, q, m);
                    if (!q.counted() && q.vague == null) q.definite = true;
                    q.referring = true;
                    return q;
                }
                if (DETERMINERS.contains(w)) {
                    q.definite = true;
                    if (first && !m.plural) one(q, j, true);
                    return q;
                }
                if ((w.equals("a") || w.equals("an") || w.equals("single")) && !m.plural) {
                    one(q, j, true);
                    return q;
                }
                if (VAGUE.contains(w)) {
                    vague(q, j, m.from);
                    return q;
                }
                if (w.equals("of") && j - 1 >= a) {
                    measure(s, j - 1, q, m);
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
        private int modelName(Sentence s, int end) {
            int k = end;
            int words = 0;
            while (k > s.from() && words < 3) {
                Token t = tokens.get(k);
                if (t.isPunct('-') && k - 1 > s.from() && glued(k - 1, k) && glued(k, k + 1)) {
                    k--;
                    continue;
                }
                boolean code = t.kind() == Token.Kind.ALNUM || t.kind() == Token.Kind.NUMBER && k - 1 > s.from() && tokens.get(k - 1).isPunct('-')
                        && glued(k - 1, k);
                boolean name = t.kind() == Token.Kind.WORD && t.capitalized() && !FOREIGN.contains(t.norm()) && !MONTHS.contains(t.norm())
                        && !NumberParser.isNumberWord(t.norm()) && !DETERMINERS.contains(t.norm()) && !t.is("a") && !t.is("an");
                if (!code && !name) break;
                if (donorEndingAt(donorMentions.get(s.index()), k + 1) != null) break;
                words++;
                k--;
            }
            int start = k + 1;
            if (start > end || start <= s.from()) return -1;
            // a code alone ("2R") is no name; the name must open with a capitalised word
            return tokens.get(start).kind() == Token.Kind.WORD ? start : -1;
        }

        /** "Ukrainian tanks and infantry fighting vehicles": the owner before the first noun owns the second too. */
        private boolean foreignConjunct(Sentence s, int and) {
            for (int k = and - 1; k >= s.from() && k >= and - 5; k--) {
                Token t = tokens.get(k);
                if (t.kind() != Token.Kind.WORD) return false;
                if (FOREIGN.contains(t.norm())) return true;
            }
            return false;
        }

        private void one(Before q, int at, boolean weak) {
            q.value = 1L;
            q.qualifier = QualifierRules.EXACT;
            q.weak = weak;
            q.from = Math.min(q.from, at);
        }

        private void vague(Before q, int at, int nameFrom) {
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
        }

        /** "75,000 rounds of", "a squadron of", "hundreds of", "one unit of", "19-strong fleet of the". */
        private void measure(Sentence s, int j, Before q, Mention m) {
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
            if (!MEASURES.contains(w)) return;
            if (w.equals("rounds") || w.equals("shells")) q.unit = "rounds";
            int k = j - 1;
            while (k >= a && tokens.get(k).kind() == Token.Kind.WORD && SKIP_MODIFIERS.contains(tokens.get(k).norm())) k--;
            if (k < a) return;
            Token p = tokens.get(k);
            if (p.is("strong") && k - 2 >= a && tokens.get(k - 1).isPunct('-') && tokens.get(k - 2).startsWithDigit()) {
                number(s, k - 2, k - 1, q);
                return;
            }
            if (p.startsWithDigit() || NumberParser.isNumberWord(p.norm())) {
                int start = numberStart(s, k);
                if (start >= 0) number(s, start, k + 1, q);
                return;
            }
            if (p.is("a") || p.is("an") || p.is("one")) {
                if (COUNTED_MEASURES.contains(w)) one(q, k, false);
                else vague(q, k, j + 1);
                return;
            }
            if (VAGUE.contains(p.norm())) vague(q, k, j + 1);
        }

        /** Where the number ending at token {@code last} starts ("1,550", "20 000", "forty-five"), or -1. */
        private int numberStart(Sentence s, int last) {
            int a = s.from();
            int best = -1;
            for (int k = Math.max(a, last - 6); k <= last; k++) {
                Token t = tokens.get(k);
                if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm()))) continue;
                NumberParser.NumberMatch n = NumberParser.at(tokens, k, last + 1);
                if (n != null && n.to() == last + 1) {
                    best = k;
                    break;
                }
            }
            return best;
        }

        /** The number at tokens {@code from}..{@code to} with its range and qualifier; years, ordinals and calibres are no counts. */
        private void number(Sentence s, int from, int to, Before q) {
            NumberParser.NumberMatch n = NumberParser.at(tokens, from, to);
            if (n == null || !n.plain() || n.value().signum() <= 0 || n.value().scale() > 0 && n.value().stripTrailingZeros().scale() > 0) return;
            long v = n.value().longValue();
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
            }
            int k = q.from - 1;
            while (k >= s.from() && tokens.get(k).kind() == Token.Kind.WORD && (ADVERBS.contains(tokens.get(k).norm()) || tokens.get(k).is("all")))
                k--;
            if (k >= s.from() && POSSESSION.contains(tokens.get(k).norm())) q.possession = true;
            // "how many of its 36 howitzers had been sent": a question, not a count given
            for (int h = Math.max(s.from(), q.from - 6); h + 1 < q.from; h++) {
                if (tokens.get(h).is("how") && (tokens.get(h + 1).is("many") || tokens.get(h + 1).is("much"))) q.possession = true;
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
            if (o - 2 >= s.from() && DETERMINERS.contains(tokens.get(o).norm()) && tokens.get(o - 1).is("of") && tokens.get(o - 2).is("half")
                    && v % 2 == 0) {
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
                    }
                }
            }
            // "the 14 tanks", "the first batch of 6 tanks", "all 13 aircraft": the count refers to what was named before
            int r = q.from - 1;
            if (r >= s.from() && (DETERMINERS.contains(tokens.get(r).norm()) || tokens.get(r).is("all") || tokens.get(r).is("another")
                    || tokens.get(r).is("first") || tokens.get(r).is("last") || tokens.get(r).is("next") || tokens.get(r).is("remaining"))) q.referring = true;
            if (r - 1 >= s.from() && tokens.get(r).is("of") && (BATCHES.contains(tokens.get(r - 1).norm()) || tokens.get(r - 1).is("first")))
                q.referring = true;
        }

        private boolean glued(int x, int y) {
            return tokens.get(x).end() == tokens.get(y).start();
        }

        private DonorLexicon.Mention donorEndingAt(List<DonorLexicon.Mention> dms, int end) {
            for (DonorLexicon.Mention d : dms) if (d.to() == end) return d;
            return null;
        }

        // ----------------------------------------------------------------------------------------------- kind, donor

        private record Kind(String kind, boolean negated, boolean requested, int cue) {
        }

        /**
         * The kind of a claim at tokens {@code from}..{@code to}: from a participle inside its noun phrase ("four promised
         * systems"), else the nearest pledge or delivery cue before it, else after it in its clause; neutral cues only
         * ("includes", "package") make a pledge. Null when the sentence (and, for a list item, its introduction) has no cue.
         */
        private Kind kind(Sentence s, int from, int to, byte[] cues, byte npKind) {
            int a = s.from();
            int b = s.to();
            int clauseStart = a;
            for (int k = from - 1; k >= a; k--) if (tokens.get(k).isPunct(';')) {
                clauseStart = k + 1;
                break;
            }
            int clauseEnd = clauseEnd(to, b);
            int cue = -1;
            byte kind = npKind;
            boolean any = npKind != Cues.NONE;
            // the subject of its own clause ("..., confirming that Storm Shadow missiles are now in Ukraine") takes its verb after it
            boolean subject = from == a || tokens.get(from - 1).is("that") || tokens.get(from - 1).is("which") || tokens.get(from - 1).isPunct(':');
            if (kind == Cues.NONE && subject) {
                for (int k = to; k < clauseEnd && k < to + 5; k++) {
                    byte c = cues[k - a];
                    if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && !(k == to && tokens.get(k).norm().endsWith("ed"))) {
                        kind = c;
                        cue = k;
                        any = true;
                        break;
                    }
                }
            }
            if (kind == Cues.NONE) {
                for (int k = from - 1; k >= clauseStart; k--) {
                    byte c = cues[k - a];
                    if (c != Cues.NONE) any = true;
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                        kind = c;
                        cue = k;
                        break;
                    }
                }
            }
            if (kind == Cues.NONE) {
                byte relative = Cues.NONE;
                int relativeAt = -1;
                for (int k = to; k < clauseEnd; k++) {
                    byte c = cues[k - a];
                    if (c != Cues.NONE) any = true;
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                        // "18 howitzers pledged last year have been delivered": the participle right after the name describes it
                        if (k == to && relative == Cues.NONE && tokens.get(k).norm().endsWith("ed")) {
                            relative = c;
                            relativeAt = k;
                            continue;
                        }
                        kind = c;
                        cue = k;
                        break;
                    }
                }
                if (kind == Cues.NONE && relative != Cues.NONE) {
                    kind = relative;
                    cue = relativeAt;
                }
            }
            if (!any) for (byte c : cues) if (c != Cues.NONE) any = true;
            if (!any && s.intro() >= 0) {
                Sentence intro = sentences.get(s.intro());
                byte[] ic = Cues.of(tokens, intro.from(), intro.to());
                for (byte c : ic) {
                    if (c != Cues.NONE) any = true;
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                        kind = c;
                        break;
                    }
                }
            }
            if (!any) return null;
            int governing = cue >= 0 ? cue : firstCue(cues, a, from);
            boolean negated = Cues.negatedBefore(tokens, governing >= 0 ? governing : from, clauseStart)
                    || governing >= 0 && governing < from && Cues.negatedBefore(tokens, from, governing + 1);
            boolean requested = Cues.requestIn(tokens, a, governing >= 0 && governing < from ? governing : from);
            return new Kind(kind == Cues.DELIVERY ? Claim.DELIVERY : Claim.PLEDGE, negated, requested, cue);
        }

        /** Where the clause from token {@code from} ends: a semicolon, or "while", "whereas", "but" opening another clause. */
        private int clauseEnd(int from, int b) {
            for (int k = from; k < b; k++) {
                Token t = tokens.get(k);
                if (t.isPunct(';') || t.is("while") || t.is("whereas") || t.is("but") && k - 1 >= 0 && tokens.get(k - 1).isPunct(',')) return k;
            }
            return b;
        }

        /** "Russia has deployed T-90 tanks": the clause's actor is the other side. */
        private boolean enemyActor(Sentence s, int at) {
            for (int k = at - 1; k >= s.from(); k--) {
                Token t = tokens.get(k);
                if (t.isPunct(',') || t.isPunct(';') || t.is("while") || t.is("whereas")) return false;
                if (ENEMY.contains(t.norm())) return true;
            }
            return false;
        }

        private int firstCue(byte[] cues, int a, int before) {
            for (int k = before - 1; k >= a; k--) if (cues[k - a] != Cues.NONE) return k;
            return -1;
        }

        private record Donors(String name, String key, boolean collective, boolean fallback) {
        }

        /**
         * The donor of a claim at tokens {@code from}..{@code to}: the donor adjective inside it; an attribution after it
         * ("held by Poland and the Czech Republic", "from France"); the nearest donor (or donors named together) before it
         * in the sentence; the nearest after it; the donor of a list's introduction; the donor the text names most.
         */
        private Donors donorFor(Sentence s, int from, int to, DonorLexicon.Mention adjective) {
            if (adjective != null) return donors(List.of(adjective.donor()), false);
            List<DonorLexicon.Group> groups = DonorLexicon.groups(tokens, donorMentions.get(s.index()));
            for (DonorLexicon.Group g : groups) {
                if (!g.attributed() || g.from() < to || semicolonBetween(to, g.from()) || nameBetween(s, to, g.from())) continue;
                int by = g.from() - 1;
                if (by >= 0 && tokens.get(by).is("the")) by--;
                // "jets held by Poland": the participle right after the name; "en route to Ukraine from France": a "from" close by
                boolean close = tokens.get(by).is("by") ? by - 1 <= to + 1 : g.from() - to <= 8;
                if (close) return donors(g.donors(), false);
            }
            DonorLexicon.Group left = null;
            for (DonorLexicon.Group g : groups) if (g.to() <= from) left = g;
            if (left != null) return donors(left.donors(), false);
            int end = clauseEnd(to, s.to());
            for (DonorLexicon.Group g : groups) if (g.from() >= to && g.from() < end) return donors(g.donors(), false);
            if (s.intro() >= 0) {
                List<DonorLexicon.Group> ig = DonorLexicon.groups(tokens, donorMentions.get(s.intro()));
                if (!ig.isEmpty()) return donors(ig.get(ig.size() - 1).donors(), false);
            }
            // the donor last named earlier in the paragraph: "Norway will send ... The package also includes ..."
            int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            for (int i = s.index() - 1; i >= 0 && sentences.get(i).start() >= lineStart; i--) {
                List<DonorLexicon.Group> pg = DonorLexicon.groups(tokens, donorMentions.get(i));
                for (int g = pg.size() - 1; g >= 0; g--) if (!pg.get(g).collective()) return donors(pg.get(g).donors(), true);
            }
            if (defaultDonor != null) return donors(List.of(defaultDonor), true);
            return new Donors(null, "", false, true);
        }

        /** Whether another system or class is named between two tokens: "held by Poland" then belongs to that one. */
        private boolean nameBetween(Sentence s, int from, int to) {
            List<Mention> ms = sentenceMentions.get(s.index());
            if (ms == null) return false;
            for (Mention m : ms) if (m.from >= from && m.to <= to && m.from < m.to) return true;
            return false;
        }

        private boolean semicolonBetween(int from, int to) {
            for (int k = from; k < to; k++) if (tokens.get(k).isPunct(';')) return true;
            return false;
        }

        private Donors donors(List<DonorLexicon.DonorRef> refs, boolean fallback) {
            if (refs.stream().anyMatch(DonorLexicon.DonorRef::collective)) {
                String name = refs.stream().filter(DonorLexicon.DonorRef::collective).map(DonorLexicon.DonorRef::name)
                        .filter(n -> n.contains("partners")).findFirst().orElse("NATO allies");
                return new Donors(name, DonorLexicon.COLLECTIVE_CODE, true, fallback);
            }
            String name = refs.stream().map(DonorLexicon.DonorRef::name).collect(Collectors.joining("; "));
            String key = refs.stream().map(DonorLexicon.DonorRef::code).sorted().collect(Collectors.joining(";"));
            return new Donors(name, key, false, fallback);
        }

        /**
         * A class with no number is dropped where the sentence names a system of that class ("armored vehicles – 40
         * Marders", "On air defence, ... a Ground Master 200 radar"), unless both stand side by side in one list
         * ("GMLRS, Starstreak air defence, medium range air defence missiles").
         */
        private void suppressUmbrellas(List<Draft> itemDrafts, List<Mention> mentions, Map<Draft, Mention> of) {
            itemDrafts.removeIf(d -> {
                Mention own = of.get(d);
                if (d.claim.quantity() != null || d.claim.quantityText() != null || !d.itemKey.startsWith("class:")) return false;
                return mentions.stream().anyMatch(m -> m != own && m.item != null && !m.bound && !m.purpose
                        && !itemKey(m).startsWith("class:") && Categories.covers(d.claim.category(), m.category) && !siblings(own, m, mentions));
            });
        }

        /** Whether only other names and list separators stand between two mentions. */
        private boolean siblings(Mention x, Mention y, List<Mention> mentions) {
            int from = Math.min(x.to, y.to);
            int to = Math.max(x.from, y.from);
            if (to <= from) return false; // one runs into the other: a name and its class words
            for (int k = from; k < to; k++) {
                final int at = k;
                Token t = tokens.get(k);
                if (t.isPunct(',') || t.is("and") || t.is("or")) continue;
                if (mentions.stream().anyMatch(m -> m.from <= at && at < m.to)) continue;
                return false;
            }
            return true;
        }

        // ----------------------------------------------------------------------------------------------- money


        /** A sum is no claim when it restates another in brackets, is a difference, is not military aid, is negated or goes to someone else. */
        private boolean acceptable(Sentence s, MoneyParser.Money m, List<MoneyParser.Money> all) {
            int a = s.from();
            int b = s.to();
            // "($418 million)" after another sum: the same sum in another currency
            if (m.qualifierFrom() - 1 >= a && tokens.get(m.qualifierFrom() - 1).isPunct('(')) return false;
            int after = m.to();
            // "£200m more than in the last two years": a difference, not a sum given
            if (after < b && (tokens.get(after).is("than") || tokens.get(after).is("above") || tokens.get(after).is("below")
                    || COMPARATIVES.contains(tokens.get(after).norm()) && after + 1 < b && tokens.get(after + 1).is("than"))) return false;
            // what the sum is for, up to the next sum: "$4.5 billion in support, mostly for reconstruction and humanitarian needs"
            int purposeEnd = Math.min(b, m.to() + 10);
            for (MoneyParser.Money o : all) if (o.qualifierFrom() >= m.to() && o.qualifierFrom() < purposeEnd) purposeEnd = o.qualifierFrom();
            for (int k = Math.max(a, m.qualifierFrom() - 3); k < purposeEnd; k++) {
                if (tokens.get(k).isPunct(';')) break;
                if (NOT_MILITARY.contains(tokens.get(k).norm()) && !(tokens.get(k).is("financial") && k + 1 < b && tokens.get(k + 1).is("year"))) return false;
            }
            if (Cues.negatedBefore(tokens, m.qualifierFrom(), a)) return false;
            if (toSomeoneElse(s, m.to())) return false;
            return true;
        }

        private void money(Sentence s, MoneyParser.Money m, List<MoneyParser.Money> all, byte[] cues) {
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
                    while (segmentStart < m.qualifierFrom() && segmentStart < o.to() + 4 && !tokens.get(segmentStart).isPunct(',')) segmentStart++;
                }
            }
            boolean fresh = false; // "another €10.5 billion", "a further £2.5bn", "a new $300 million package": a sum given now
            for (int k = Math.max(segmentStart, m.qualifierFrom() - 3); k < m.qualifierFrom(); k++) {
                if (FRESH.contains(tokens.get(k).norm())) fresh = true;
            }
            boolean aggregate = !fresh && (phraseIn(CUMULATIVE, segmentStart, m.qualifierFrom()) || runningTotalBefore(segmentStart, m.qualifierFrom())
                    || phraseIn(CUMULATIVE_AFTER, m.to(), Math.min(b, m.to() + 6)) || sinceWithPerfect(segmentStart, m.qualifierFrom()));
            Donors d = donorFor(s, m.qualifierFrom(), m.to(), null);
            String currency = m.currency();
            if (currency.equals("$")) currency = ownDollar(d.key) ? "$" : "USD";
            String purpose = purpose(s, m);
            double confidence = 0.85 - (d.fallback ? 0.1 : 0) - (aggregate ? 0.1 : 0) - (s.title() ? 0.05 : 0);
            int start = tokens.get(m.qualifierFrom()).start();
            int end = tokens.get(m.to() - 1).end();
            Claim c = new Claim(file, d.name, "Ukraine", aggregate ? Claim.AGGREGATE : Claim.MONEY, purpose, "funding", null, null, m.qualifier(),
                    m.value(), currency, null, text.substring(start, end), start, end, aggregate ? "money-total" : "money", round(confidence), null);
            drafts.add(draft(c, "money:" + m.value().toPlainString() + ":" + currency, d.key, s.title()));
        }

        /** "bringing the total for Ukraine to EUR 2.5 billion", "raising its total to": a running total; "a total of" is a package's size. */
        private boolean runningTotalBefore(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!tokens.get(k).is("total") || k - 1 < from) continue;
                Token p = tokens.get(k - 1);
                if (p.is("the") && k - 2 >= from && tokens.get(k - 2).is("of")) continue; // "Of the total, $500 million ...": a part of it
                if (p.is("the") || p.is("its") || p.is("their") || p.is("bringing") || p.is("raising") || p.is("taking")) return true;
            }
            return false;
        }

        /** "Since the start of the invasion, the US has committed more than $44 billion": a total to date, unless a new package. */
        private boolean sinceWithPerfect(int from, int to) {
            boolean since = false;
            boolean perfect = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.is("since") || t.is("now") && k - 1 >= from && (tokens.get(k - 1).is("has") || tokens.get(k - 1).is("have"))) since = true;
                if ((t.is("has") || t.is("have")) && k + 1 < to && Cues.at(tokens, k + 1, from, to) != Cues.NONE) perfect = true;
                if ((t.is("has") || t.is("have")) && k + 2 < to && Cues.at(tokens, k + 2, from, to) != Cues.NONE) perfect = true;
                if (t.is("new") || t.is("further") || t.is("additional") || t.is("latest") || t.is("another") || t.is("package")) return false;
            }
            return since && perfect;
        }

        private boolean ownDollar(String donorKey) {
            return donorKey.equals("CAN") || donorKey.equals("AUS") || donorKey.equals("NZL") || donorKey.equals("TWN") || donorKey.equals("SGP");
        }

        private boolean phraseIn(Set<String> phrases, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).norm();
                if (phrases.contains(w)) return true;
                if (k + 1 < to && phrases.contains(w + " " + tokens.get(k + 1).norm())) return true;
            }
            return false;
        }

        /** What a sum is for: "in military aid", "for ammunition", "on drones"; else the noun it qualifies ("fund"); else "funding". */
        private String purpose(Sentence s, MoneyParser.Money m) {
            int b = s.to();
            int k = m.to();
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
                if (t.kind() != Token.Kind.WORD || DETERMINERS.contains(t.norm()) || Set.of("to", "from", "by", "with", "as", "at", "and").contains(t.norm()))
                    break;
                if (heads.contains(t.norm())) return text.substring(tokens.get(k).start(), t.end());
            }
            return "funding";
        }

        // ----------------------------------------------------------------------------------------------- patterns

        /** "98% of the equipment promised": a share, always an aggregate. */
        private void shares(Sentence s, byte[] cues) {
            int a = s.from();
            int b = s.to();
            boolean anyCue = false;
            for (byte c : cues) anyCue |= c != Cues.NONE;
            if (!anyCue) return;
            for (int i = a; i < b; i++) {
                Token t = tokens.get(i);
                boolean pct = t.isPunct('%') || t.is("percent") || t.is("per") && i + 1 < b && tokens.get(i + 1).is("cent");
                if (!pct || i - 1 < a) continue;
                int start = numberStart(s, i - 1);
                if (start < 0) continue;
                int k = t.is("per") ? i + 2 : i + 1;
                if (k >= b || !tokens.get(k).is("of")) continue;
                k++;
                if (k < b && DETERMINERS.contains(tokens.get(k).norm())) k++;
                int np = k;
                int end = -1;
                for (int j = k; j < b && j < k + 5; j++) {
                    if (SHARE_PARTICIPLES.contains(tokens.get(j).norm())) {
                        end = j;
                        break;
                    }
                    if (tokens.get(j).kind() != Token.Kind.WORD) break;
                }
                if (end < 0 || end == np) continue;
                Before q = new Before();
                q.from = start;
                number(s, start, i, q);
                if (!q.counted()) continue;
                Donors d = donorFor(s, q.from, end + 1, null);
                String what = text.substring(tokens.get(np).start(), tokens.get(end - 1).end());
                String item = "share of " + tokens.get(end).norm() + " " + what;
                int st = tokens.get(q.from).start();
                int en = tokens.get(end).end();
                Claim c = new Claim(file, d.name, "Ukraine", Claim.AGGREGATE, item, "percentage", q.value, null, q.qualifier, null, null, "percent",
                        text.substring(st, en), st, en, "share", round(0.7 - (d.fallback ? 0.1 : 0)), null);
                drafts.add(draft(c, "class:percentage", d.key, s.title()));
            }
        }

        /**
         * "..., bringing the total to 10", "bringing the total number of Marders delivered to 60": a running total, of the
         * system named inside the phrase or else of the one just counted.
         */
        private void runningTotals(Sentence s, List<Mention> mentions, List<Draft> itemDrafts, byte[] cues) {
            for (int i = s.from() + 1; i + 1 < s.to(); i++) {
                if (!tokens.get(i).is("total")) continue;
                int n = -1;
                for (int j = i + 1; j + 1 < s.to() && j <= i + 8; j++) {
                    Token t = tokens.get(j);
                    if (t.isPunct(',') || t.isPunct(';')) break;
                    Token next = tokens.get(j + 1);
                    if ((t.is("to") || t.is("of") || t.is("at") || t.is("reached") || t.is("reaches")) && (next.startsWithDigit()
                            || next.kind() == Token.Kind.WORD && NumberParser.isNumberWord(next.norm()))) {
                        n = j + 1;
                        break;
                    }
                }
                if (n < 0) continue;
                NumberParser.NumberMatch num = NumberParser.at(tokens, n, s.to());
                if (num == null || !num.plain() || num.value().scale() > 0) continue;
                final int after = num.to();
                if (mentions.stream().anyMatch(m -> m.from >= after && m.from <= after + 2)) continue; // "a total of 10 tanks": read with its name
                final int from = i;
                final int at = n;
                Mention inside = mentions.stream().filter(m -> m.from > from && m.to <= at && m.item != null).findFirst().orElse(null);
                Draft prior = null;
                for (Draft d : itemDrafts) if (d.claim.end() <= tokens.get(i).start() && !d.itemKey.startsWith("class:")) prior = d;
                if (inside == null && prior == null) continue;
                String kind = null;
                for (int j = i + 1; j < n; j++) {
                    byte c = Cues.at(tokens, j, s.from(), s.to());
                    if (c == Cues.DELIVERY) kind = Claim.DELIVERY;
                    if (c == Cues.PLEDGE) kind = Claim.PLEDGE;
                }
                if (kind == null && prior != null) kind = prior.claim.kind();
                if (kind == null) {
                    Kind k = kind(s, i, num.to(), cues, Cues.NONE);
                    if (k == null || k.negated || k.requested) continue;
                    kind = k.kind;
                }
                int start = i;
                if (start - 1 >= s.from() && tokens.get(start - 1).is("the")) start--;
                if (start - 1 >= s.from() && tokens.get(start - 1).norm().endsWith("ing")) start--;
                int st = tokens.get(start).start();
                int en = tokens.get(num.to() - 1).end();
                String name = inside != null ? inside.name : prior.claim.item();
                String category = inside != null ? inside.category : prior.claim.category();
                String itemKey = inside != null ? itemKey(inside) : prior.itemKey;
                if (inside != null && prior != null && !itemKey.equals(prior.itemKey)) prior = null;
                Donors d = prior != null ? new Donors(prior.claim.donor(), prior.donorKey, false, false) : donorFor(s, i, num.to(), null);
                if (kind.equals(Claim.DELIVERY) && d.collective) kind = Claim.AGGREGATE;
                Claim c = new Claim(file, d.name, "Ukraine", kind, name, category, num.value().longValue(), null, QualifierRules.EXACT, null, null,
                        null, text.substring(st, en), st, en, "running-total", round(0.6 - (d.fallback ? 0.1 : 0)), null);
                drafts.add(draft(c, itemKey, d.key, s.title()));
                i = num.to() - 1;
            }
        }

        /** "The artillery pieces, adding to 18 already delivered, ...": a count with no name counts the sentence's subject. */
        private void countsDelivered(Sentence s, List<Mention> mentions, byte[] cues, List<Draft> itemDrafts) {
            for (int i = s.from(); i < s.to(); i++) {
                Token t = tokens.get(i);
                if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm()))) continue;
                if (i - 1 >= s.from() && (tokens.get(i - 1).startsWithDigit() || tokens.get(i - 1).isPunct(',') && i - 2 >= s.from()
                        && tokens.get(i - 2).startsWithDigit() && tokens.get(i - 2).end() == tokens.get(i - 1).start())) continue;
                NumberParser.NumberMatch num = NumberParser.at(tokens, i, s.to());
                if (num == null || !num.plain() || num.value().scale() > 0) continue;
                int k = num.to();
                while (k < s.to() && (tokens.get(k).is("already") || tokens.get(k).is("so") || tokens.get(k).is("far") || tokens.get(k).is("previously")
                        || tokens.get(k).is("now") || tokens.get(k).is("recently"))) k++;
                if (k >= s.to() || !DELIVERED_PARTICIPLES.contains(tokens.get(k).norm()) || k == num.to() && !tokens.get(k).is("delivered")) {
                    i = num.to() - 1;
                    continue;
                }
                final int numberAt = i;
                if (mentions.stream().anyMatch(m -> m.from <= numberAt && numberAt < m.to)) continue;
                Mention subject = null;
                for (Mention m : mentions) if (m.to <= i && m.item != null) {
                    subject = m;
                    break;
                }
                if (subject == null) continue;
                byte c = Cues.at(tokens, k, s.from(), s.to());
                String kind = c == Cues.PLEDGE ? Claim.PLEDGE : Claim.DELIVERY;
                Donors d = donorFor(s, i, k + 1, null);
                if (d.collective) kind = Claim.AGGREGATE;
                int st = tokens.get(i).start();
                int en = tokens.get(k).end();
                if (i - 2 >= s.from() && tokens.get(i - 1).is("to") && tokens.get(i - 2).norm().endsWith("ing")) st = tokens.get(i - 2).start();
                Claim cl = new Claim(file, d.name, "Ukraine", kind, subject.name, subject.category, num.value().longValue(), null, QualifierRules.EXACT,
                        null, null, null, text.substring(st, en), st, en, "count-participle", round(0.6 - (d.fallback ? 0.1 : 0)), null);
                Draft dr = draft(cl, itemKey(subject), d.key, s.title());
                drafts.add(dr);
                i = k;
            }
        }

        /**
         * "..., while Spain sent six.", "and will send a further 42 under a contract": a number after a transfer verb or
         * "further"/"another", with no name after it, counts the system named just before it.
         */
        private void elliptical(Sentence s, List<Mention> mentions, List<MoneyParser.Money> money, byte[] cues) {
            int a = s.from();
            for (int i = a + 1; i < s.to(); i++) {
                Token t = tokens.get(i);
                if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm()))) continue;
                final int at = i;
                if (mentions.stream().anyMatch(m -> m.from <= at && at < m.to) || money.stream().anyMatch(m -> m.qualifierFrom() <= at && at < m.to()))
                    continue;
                NumberParser.NumberMatch num = NumberParser.at(tokens, i, s.to());
                if (num == null || !num.plain() || num.value().scale() > 0 || num.value().signum() <= 0) continue;
                int after = num.to();
                // "the Leopard 2A6, 18 of which were handed over": a count of the name just before
                boolean ofWhich = after + 1 < s.to() && tokens.get(after).is("of") && (tokens.get(after + 1).is("which") || tokens.get(after + 1).is("them"));
                if (!ofWhich && after < s.to() && tokens.get(after).isWordLike() && !ELLIPSIS_AFTER.contains(tokens.get(after).norm())) {
                    i = num.to() - 1;
                    continue;
                }
                if (after < s.to() && (tokens.get(after).isPunct('%') || tokens.get(after).isPunct('-'))) continue;
                int p = i - 1;
                boolean moreAfter = after < s.to() && tokens.get(after).is("more"); // "six more are expected"
                boolean furtherBefore = FRESH.contains(tokens.get(p).norm()) || tokens.get(p).is("more");
                boolean further = furtherBefore || moreAfter;
                byte cueBefore = cues[p - a];
                boolean transfer = cueBefore == Cues.DELIVERY || cueBefore == Cues.PLEDGE && !tokens.get(p).is("decision") || tokens.get(p).norm().equals("send");
                if (!further && !transfer && !ofWhich) continue;
                if (t.text().length() == 4 && !num.words() && num.value().longValue() >= 1900 && num.value().longValue() <= 2100) continue;
                Mention subject = null;
                for (Mention m : mentions) if (m.to <= i && m.item != null && !m.purpose) subject = m;
                if (subject == null) continue;
                Kind kind = kind(s, i, num.to(), cues, Cues.NONE);
                if (kind == null || kind.negated || kind.requested) continue;
                String k = kind.kind;
                if (moreAfter) {
                    // the verb after "six more" says what they are
                    for (int j = after + 1; j < s.to() && j <= after + 3; j++) {
                        byte c = cues[j - a];
                        if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                            k = c == Cues.PLEDGE ? Claim.PLEDGE : Claim.DELIVERY;
                            break;
                        }
                    }
                }
                Donors d = donorFor(s, i, num.to(), null);
                if (d.collective) k = Claim.AGGREGATE;
                int start = furtherBefore && p - 1 >= a && (tokens.get(p - 1).is("a") || tokens.get(p - 1).is("an")) ? p - 1 : furtherBefore ? p : i;
                int st = tokens.get(start).start();
                int en = tokens.get(moreAfter ? after : num.to() - 1).end();
                Claim c = new Claim(file, d.name, "Ukraine", k, subject.name, subject.category, num.value().longValue(), null, QualifierRules.EXACT,
                        null, null, null, text.substring(st, en), st, en, "elliptical-count", round(0.55 - (d.fallback ? 0.1 : 0)), null);
                drafts.add(draft(c, itemKey(subject), d.key, s.title()));
                i = num.to() - 1;
            }
        }

        /** "A package of spares to refurbish up to 100 tanks": a support package counted in the vehicles it serves. */
        private void spares(Sentence s, byte[] cues) {
            for (int i = s.from(); i < s.to(); i++) {
                Token t = tokens.get(i);
                boolean spares = t.is("spares") || t.is("spare") && i + 1 < s.to() && tokens.get(i + 1).is("parts");
                if (!spares) continue;
                int k = i + (t.is("spare") ? 2 : 1);
                int verb = -1;
                for (int j = k; j + 1 < s.to() && j < k + 4; j++) {
                    if (tokens.get(j).is("to") && REFURBISH.contains(tokens.get(j + 1).norm())) {
                        verb = j + 1;
                        break;
                    }
                }
                if (verb < 0) continue;
                int n = -1;
                for (int j = verb + 1; j < s.to() && j <= verb + 3; j++) {
                    if (tokens.get(j).startsWithDigit() || NumberParser.isNumberWord(tokens.get(j).norm())) {
                        n = j;
                        break;
                    }
                }
                if (n < 0) continue;
                NumberParser.NumberMatch num = NumberParser.at(tokens, n, s.to());
                if (num == null || !num.plain()) continue;
                Before q = new Before();
                q.from = n;
                number(s, n, num.to(), q);
                if (!q.counted()) continue;
                Kind kind = kind(s, i, num.to(), cues, Cues.NONE);
                if (kind == null || kind.negated || kind.requested) continue;
                Donors d = donorFor(s, i, num.to(), null);
                int from = i;
                int st = tokens.get(verb - 1).start();
                int end = num.to();
                while (end < s.to() && tokens.get(end).kind() == Token.Kind.WORD && !tokens.get(end).is("and")) end++;
                int en = tokens.get(Math.max(num.to(), end) - 1).end();
                Claim c = new Claim(file, d.name, "Ukraine", kind.kind, "spares package", "support_package", q.value, q.max, q.qualifier, null, null,
                        null, text.substring(st, en), st, en, "spares", round(0.6 - (d.fallback ? 0.1 : 0)), null);
                drafts.add(draft(c, "class:support_package", d.key, s.title()));
                i = Math.max(i, from);
            }
        }

        // ----------------------------------------------------------------------------------------------- de-duplication

        private Draft draft(Claim c, String itemKey, String donorKey, boolean title) {
            Draft d = new Draft();
            d.claim = c;
            d.itemKey = itemKey;
            d.donorKey = donorKey;
            d.title = title;
            d.order = drafts.size();
            return d;
        }

        /**
         * One claim per fact: a headline's claims only where the body does not state the same item; equal claims once;
         * a count read from "a"/"an" yields to a written number for the same donor, item and kind; a claim with no number
         * yields to a counted claim of the same donor and item.
         */
        private List<Claim> deduplicate() {
            // a class a sum of money was said to be for ("£200m will be spent on drones") is that sum's item, not a claim of its own
            drafts.removeIf(d -> d.claim.quantity() == null && d.claim.value() == null && purposes.contains(d.itemKey));
            drafts.removeIf(d -> d.title && d.claim.value() != null && rejectedSums.contains(d.claim.value().toPlainString()));
            List<Draft> body = drafts.stream().filter(d -> !d.title).toList();
            List<Draft> kept = new ArrayList<>();
            for (Draft d : drafts) {
                // a headline sums up its body: its claim goes where the body states one of the same item or category
                if (d.title && body.stream().anyMatch(x -> x.itemKey.equals(d.itemKey) || x.claim.category().equals(d.claim.category())
                        || d.itemKey.startsWith("class:") && Categories.covers(d.claim.category(), x.claim.category()))) continue;
                kept.add(d);
            }
            Map<String, Draft> unique = new LinkedHashMap<>();
            for (Draft d : kept) {
                Claim c = d.claim;
                String key = d.itemKey.startsWith("money:") ? d.itemKey
                        : String.join("|", d.donorKey, c.kind(), d.itemKey, String.valueOf(c.quantity()), String.valueOf(c.quantityMax()),
                                c.qualifier(), String.valueOf(c.unit()));
                Draft prior = unique.get(key);
                if (prior == null) unique.put(key, d);
                else if (prior.weak && !d.weak) unique.put(key, d);
            }
            List<Draft> list = new ArrayList<>(unique.values());
            list.removeIf(d -> d.weak && list.stream().anyMatch(x -> x != d && !x.weak && x.claim.quantity() != null
                    && x.donorKey.equals(d.donorKey) && x.itemKey.equals(d.itemKey) && x.claim.kind().equals(d.claim.kind())));
            // a count of the same kind, or a counted delivery for a pledge (what was delivered was pledged)
            // (for classes: the same words, since "laser-guided rocket systems" are not the "2,000 Hydra-70 rockets")
            list.removeIf(d -> d.claim.quantity() == null && d.claim.value() == null && list.stream().anyMatch(x -> x != d
                    && x.claim.quantity() != null && x.donorKey.equals(d.donorKey) && x.itemKey.equals(d.itemKey)
                    && (!d.itemKey.startsWith("class:") || x.claim.item().equals(d.claim.item()))
                    && (x.claim.kind().equals(d.claim.kind()) || d.claim.kind().equals(Claim.PLEDGE) && x.claim.kind().equals(Claim.DELIVERY))));
            // two claims with no number for the same donor and class (e.g. "C-4 explosives, demolition munitions"): one
            Map<String, Draft> byClass = new LinkedHashMap<>();
            List<Draft> out = new ArrayList<>();
            for (Draft d : list) {
                if (d.claim.quantity() == null && d.claim.value() == null && d.claim.quantityText() == null) {
                    String k = d.donorKey + "|" + d.claim.kind() + "|" + d.itemKey;
                    if (byClass.putIfAbsent(k, d) != null) continue;
                }
                out.add(d);
            }
            out.sort(Comparator.comparingInt(d -> d.claim.start()));
            return out.stream().map(d -> d.claim).toList();
        }
    }

    private static double round(double c) {
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
