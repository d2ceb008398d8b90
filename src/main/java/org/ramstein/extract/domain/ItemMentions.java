package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The systems (catalogue names with their descriptors) and classes of equipment a sentence names, and which of them
 * only say what a sum of money is for ("€1 billion for ammunition").
 */
final class ItemMentions extends ReadingPart {

    private static final Set<String> PURPOSE_LEADS = Set.of("particularly", "notably", "mainly", "especially", "primarily", "chiefly", "mostly");
    /** Verbs of buying: what they take after a sum is what the sum is for. */
    private static final Set<String> INFINITIVE_DELIVERY = Set.of("deliver", "provide", "supply", "send", "produce", "manufacture");
    private static final Set<String> PURCHASES = Set.of("buy", "purchase", "procure", "acquire", "finance", "fund");
    /** Nouns a sum of money is the value of: "a $400 million package of ...". */
    private static final Set<String> PACKAGES = Set.of("package", "tranche", "shipment", "deal", "contract", "consignment");
    /** Nouns a system's name may qualify: "F-16 pilots", "Patriot crews", "the F-16 roll-out", "Leopard production". */
    private static final Set<String> NAME_CONTINUATIONS = Set.of("training", "crews", "crew", "pilots", "operators", "instructors", "roll", "rollout",
            "programme", "program", "coalition", "production", "factory", "plant", "maintenance", "parts", "repair", "repairs", "simulator",
            "simulators", "course", "courses", "industry", "hub", "lines", "line");

    ItemMentions(Reading r) {
        super(r);
    }

    /**
     * Where a name ends that runs into another name of the same system or a variant's code: "Bradley M2A2 ODS-SA" is one
     * Bradley, named twice over, not two.
     */
    private int sameSystemAfter(ItemLexicon.CatalogMatch cm, int b) {
        int j = cm.to();
        while (j < b) {
            ItemLexicon.CatalogMatch next = items.catalogAt(tokens, j, b);
            if (next != null && next.item().id().equals(cm.item().id())) {
                j = next.to();
                continue;
            }
            // "ODS-SA", "2A4-NL": a variant's code glued on with a hyphen
            if (j + 1 < b && tokens.get(j).isPunct('-') && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end()
                    && tokens.get(j + 1).allUpper() && tokens.get(j + 1).text().length() <= 3) {
                j += 2;
                continue;
            }
            return j;
        }
        return j;
    }

    /** Systems (catalogue names with their descriptors) first, then classes in what is left. */
    List<Mention> mentions(Sentence s, boolean[] taken) {
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
            int j = sameSystemAfter(cm, b);
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
                } else if (calibre(t) && j + 1 < b && tokens.get(j + 1).kind() == Token.Kind.WORD && ItemLexicon.TRAILING.contains(tokens.get(j + 1).norm())) {
                    j++; // "Archer 155mm self-propelled howitzers": the calibre describes the gun
                } else {
                    break;
                }
            }
            j = parenthetical(j, b);
            // "the F-16 roll-out", "Patriot crews", "Leopard training": the name qualifies another noun, it is not given
            if (last == null && j < b && tokens.get(j).kind() == Token.Kind.WORD && NAME_CONTINUATIONS.contains(tokens.get(j).norm())) {
                i = j;
                continue;
            }
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
                // "three Leopard 2 mine-clearing vehicles", "Leopard 1 recovery vehicles": a vehicle built on the tank, of its own kind
                String role = vehicleRole(cm.to(), j);
                if (role != null && !role.equals(m.category)) { // ("Biber bridge-laying tanks" are a Biber still)
                    m.category = role;
                    m.name = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
                }
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
                if (target == null && ht.kind() == Token.Kind.WORD && ItemLexicon.AMMO_HEADS.contains(ht.norm())) {
                    Mention owner = systemOfThem(out, h, h, b);
                    if (owner != null) {
                        taken[h - a] = true;
                        classes.add(munitionsOf(s, owner, h, h + 1, h));
                        continue;
                    }
                }
                if (target == null || Categories.isMunition(target.item.category())) continue;
                int from = h;
                while (from - 1 >= floor && tokens.get(from - 1).kind() == Token.Kind.WORD && GenericClasses.CLASS_WORDS.contains(tokens.get(from - 1).norm()))
                    from--;
                out.remove(target);
                for (int x = from; x <= h; x++) taken[x - a] = true;
                classes.add(munitionsOf(s, target, from, target.to, h));
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
                // "3 Patriot air defense batteries and munitions", "HIMARS and ammunition": the munitions of the system just named
                final int and = cm.from() - 1;
                Mention owner = target == null && m.bare && and > a && tokens.get(and).is("and")
                        ? out.stream().filter(o -> o.item != null && o.to == and && !Categories.isMunition(o.item.category())).findFirst().orElse(null)
                        : null;
                if (target == null && owner == null) owner = systemOfThem(out, h, cm.from(), b);
                if (owner != null) {
                    m.item = owner.item;
                    m.cls = null;
                    m.category = Categories.munitionOf(owner.item.category());
                    m.name = owner.item.name() + " " + hn;
                }
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
        // "10 Leopard 2 tanks (Strv 122)": the name in brackets is the same system, named more precisely
        for (int x = 0; x + 1 < out.size(); x++) {
            Mention m = out.get(x);
            Mention inner = out.get(x + 1);
            if (m.item == null || inner.item == null || m.to >= b || !tokens.get(m.to).isPunct('(') || inner.from != m.to + 1
                    || inner.to >= b || !tokens.get(inner.to).isPunct(')') || !m.category.equals(inner.category)) continue;
            m.item = inner.item;
            m.name = inner.name;
            m.to = inner.to + 1;
            out.remove(x + 1);
        }
        return out;
    }

    private static final Set<String> ENGINEERING = Set.of("mine", "clearing", "demining", "breaching", "bridge", "bridging", "bridgelayer",
            "bridgelayers", "engineering", "engineer");

    /** The kind of vehicle the words after a tank's name make of it: an engineering or a recovery vehicle; null if none. */
    private String vehicleRole(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).norm();
            if (ENGINEERING.contains(w)) return "engineering_vehicle";
            if (w.equals("recovery")) return "armoured_recovery_vehicle";
        }
        return null;
    }

    /** "( IFVs )", "( NASAMS )": a short parenthesis of abbreviations or class words after a name belongs to it. */
    int parenthetical(int j, int b) {
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

    /** The munitions of a named system, by the word at {@code head} ("missiles"), spanning tokens {@code from}..{@code to}. */
    private Mention munitionsOf(Sentence s, Mention system, int from, int to, int head) {
        Mention m = new Mention();
        m.sentence = s;
        m.item = system.item;
        m.from = from;
        m.to = to;
        m.head = head;
        m.category = Categories.munitionOf(system.item.category());
        m.name = system.item.name() + " " + tokens.get(head).norm();
        m.plural = true;
        return m;
    }

    /**
     * "two more IRIS-T SLM systems and missiles for them": for munitions at {@code h} followed by "for them", the system
     * named last before {@code from} in the sentence; null if none.
     */
    private Mention systemOfThem(List<Mention> systems, int h, int from, int b) {
        if (h + 2 >= b || !tokens.get(h + 1).is("for") || !THEM.contains(tokens.get(h + 2).norm())) return null;
        Mention owner = null;
        for (Mention o : systems) if (o.item != null && o.to <= from && !Categories.isMunition(o.item.category())) owner = o;
        return owner;
    }

    private static final java.util.Set<String> THEM = java.util.Set.of("them", "it", "these", "those");

    /** The system named right after "for" (a determiner, a calibre): "munitions for NASAMS", "missiles for its Crotale". */
    Mention systemAfterFor(List<Mention> systems, int at, int b) {
        if (at >= b || !tokens.get(at).is("for")) return null;
        int k = at + 1;
        if (k < b && DETERMINERS.contains(tokens.get(k).norm())) k++;
        k += calibreLength(k, b); // "ammunition for 40 mm Bofors guns": a calibre before the name
        for (Mention m : systems) if (m.item != null && m.from <= k && k < m.to) return m;
        return null;
    }

    /** Systems and classes that say what a sum of money is for ("EUR 1 billion for ammunition, notably 155mm") are no claims of their own. */
    void markPurposes(Sentence s, List<Mention> mentions, List<MoneyParser.Money> money) {
        if (money.isEmpty()) return;
        for (Mention m : mentions) {
            if (supportWorth(s, m, money)) {
                m.purpose = true;
                continue;
            }
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
            } else if (before.is("of") && p - 1 >= s.from() && PACKAGES.contains(tokens.get(p - 1).norm())
                    && money.stream().anyMatch(x -> x.to() == p - 1)) {
                m.purpose = true; // "a £200 million package of drones": what the package is
            } else if (PURCHASES.contains(before.norm()) && money.stream().anyMatch(x -> x.to() <= p && p - x.to() <= 6)) {
                m.purpose = true; // "NZ$5 million to help Ukraine buy drones": what the sum buys (a count after it stays a claim)
            } else if (PURCHASES.contains(before.norm()) && p - 1 >= s.from() && tokens.get(p - 1).is("to")
                    && money.stream().anyMatch(x -> x.to() <= p && p - x.to() <= 10)) {
                m.purpose = true; // "€100 million to the Czech-led initiative to buy artillery shells": what the sum is for
            } else if (INFINITIVE_DELIVERY.contains(before.norm()) && p - 1 >= s.from() && tokens.get(p - 1).is("to")
                    && money.stream().anyMatch(x -> x.to() <= p && p - x.to() <= 10)) {
                m.purpose = true; // "C$33 million to a UK-led partnership to deliver air defence systems": what the sum is for
            } else if ((before.is("and") || before.is("or") || before.isPunct(',')) && mentions.stream().anyMatch(o -> o.purpose && o.to == p)) {
                m.purpose = true; // "for drones and air defence systems"
            }
        }
    }

    /** What a sum keeps running rather than gives: "NASAMS support", "Patriot sustainment". */
    private static final Set<String> SUPPORT_NOUNS = Set.of("support", "sustainment", "maintenance", "servicing", "repairs", "repair", "upkeep");
    private static final Set<String> WORTH = Set.of("worth", "valued", "costing", "totalling", "totaling");

    /** "a package of NASAMS support worth EUR 35 million": the system the sum keeps running, no gift of the system. */
    private boolean supportWorth(Sentence s, Mention m, List<MoneyParser.Money> money) {
        // ("NASAMS support" may be read as one name, its last word the class)
        int worth = SUPPORT_NOUNS.contains(tokens.get(m.to - 1).norm()) ? m.to
                : m.to < s.to() && SUPPORT_NOUNS.contains(tokens.get(m.to).norm()) ? m.to + 1 : -1;
        if (worth < 0 || worth >= s.to() || !WORTH.contains(tokens.get(worth).norm())) return false;
        int at = worth + 1 < s.to() && tokens.get(worth + 1).is("at") ? worth + 2 : worth + 1;
        return money.stream().anyMatch(x -> x.qualifierFrom() == at || x.from() == at);
    }

    /** "155mm", "122-mm": a calibre written as one token. */
    private static boolean calibre(Token t) {
        String x = t.norm();
        return t.kind() == Token.Kind.ALNUM && x.endsWith("mm") && x.length() > 2 && Character.isDigit(x.charAt(0))
                && x.substring(0, x.length() - 2).chars().allMatch(Character::isDigit);
    }
}
