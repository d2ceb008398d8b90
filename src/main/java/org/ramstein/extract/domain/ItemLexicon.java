package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ramstein.catalog.domain.CatalogItem;

/**
 * Finds the systems a text names, by the catalogue's names and aliases (whole words, plural "s" allowed on the last
 * word, single ordinary words only as the catalogue spells them: "Patriot" but not "patriot", "HARM" but not "harm"),
 * and the classes of equipment it names without a system ({@link GenericClasses}). Pure.
 */
public final class ItemLexicon {

    /** A catalogue name found at tokens {@code from}..{@code to}; {@code plural} when read with a plural "s". */
    public record CatalogMatch(CatalogItem item, int from, int to, boolean plural) {
    }

    /** A class found with its head at {@code head} and its first modifier at {@code from}. */
    public record ClassMatch(GenericClass cls, int from, int head, Set<String> modifiers) {
    }

    private record Phrase(List<String> words, CatalogItem item, Set<String> spellings) {
    }

    /** Words that describe a system named just before or after them ("Marder infantry fighting vehicles", "Caesar truck-mounted howitzers"). */
    static final Set<String> DESCRIPTORS = new HashSet<>();
    /** Words that may follow a name as its description: the descriptors and size words ("Bradley light infantry fighting vehicles"). */
    static final Set<String> TRAILING = new HashSet<>();
    /** Nouns that continue a noun phrase, so the word before them is not its head ("tank training", "air defence equipment"). */
    private static final Set<String> CONTINUATIONS = Set.of("training", "crews", "crew", "equipment", "maintenance", "parts", "production",
            "industry", "component", "components", "capacity", "stocks", "stockpiles", "factory", "plant", "contract", "deal", "programme",
            "program", "coalition", "crewmen", "operators", "repair", "support", "force", "forces", "unit", "needs", "shield", "network",
            "umbrella", "cover", "operations", "capability", "deliveries", "shortage", "shortages", "gap", "gaps", "market", "sector",
            "expert", "experts", "analyst", "analysts",
            // "a brigade spokesman", "tank commanders": people of the unit or the weapon, not the thing
            "spokesman", "spokeswoman", "spokesperson", "commander", "commanders", "officer", "officers", "soldier", "soldiers", "member",
            "members", "chief", "gunner", "gunners", "pilot", "pilots", "driver", "drivers", "veteran", "veterans");
    static final Set<String> AMMO_HEADS = Set.of("ammunition", "munitions", "rounds", "shells", "missiles", "rockets", "interceptors", "ammo",
            "projectiles");
    private static final Set<String> GUN_WORDS = Set.of("howitzer", "howitzers", "gun", "guns", "cannon", "cannons", "mortar", "mortars",
            "launcher", "launchers", "systems", "system", "artillery");

    static {
        DESCRIPTORS.addAll(GenericClasses.CLASS_WORDS);
        DESCRIPTORS.addAll(GenericClasses.HEADS);
        DESCRIPTORS.addAll(List.of("destroyers", "jets", "fighters", "planes", "aircraft", "variant", "variants", "version", "type", "fire",
                "sph", "spg", "mbt", "mbts", "ifvs", "apcs", "model", "models", "class"));
        DESCRIPTORS.removeAll(List.of("all", "military", "field", "light", "short", "long", "to", "man"));
        TRAILING.addAll(DESCRIPTORS);
        TRAILING.addAll(List.of("light", "short", "long", "field"));
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();

    public ItemLexicon(List<CatalogItem> catalog) {
        Map<List<String>, Phrase> seen = new HashMap<>();
        for (CatalogItem item : catalog) {
            if (item.category().equals("funding")) continue;
            List<String> names = new ArrayList<>();
            names.add(item.name());
            names.addAll(item.aliases());
            for (String n : names) {
                List<Token> toks = Tokenizer.tokenize(n);
                List<String> words = new ArrayList<>();
                for (Token t : toks) if (t.isWordLike()) words.add(t.norm());
                if (words.isEmpty()) continue;
                Phrase existing = seen.get(words);
                if (existing != null) {
                    // the same words spelled otherwise ("Caesar", "CAESAR"): one phrase, both spellings; an alias never takes another's name
                    if (existing.item() == item && words.size() == 1) existing.spellings().add(toks.get(0).text());
                    continue;
                }
                Set<String> spellings = new HashSet<>();
                if (words.size() == 1 && toks.size() == 1 && toks.get(0).kind() == Token.Kind.WORD) spellings.add(toks.get(0).text());
                Phrase p = new Phrase(words, item, spellings);
                seen.put(words, p);
                byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(p);
                // "120mm mortar rounds" is also written "120 mm mortar rounds"
                List<String> spaced = new ArrayList<>();
                for (String w : words) {
                    if (w.matches("\\d+mm")) {
                        spaced.add(w.substring(0, w.length() - 2));
                        spaced.add("mm");
                    } else {
                        spaced.add(w);
                    }
                }
                if (spaced.size() > words.size() && !seen.containsKey(spaced)) {
                    Phrase sp = new Phrase(spaced, item, new HashSet<>());
                    seen.put(spaced, sp);
                    byFirst.computeIfAbsent(spaced.get(0), k -> new ArrayList<>()).add(sp);
                }
            }
        }
        for (List<Phrase> l : byFirst.values()) l.sort((a, b) -> b.words().size() - a.words().size());
    }

    /** The longest catalogue name starting at token {@code i}, or null. */
    public CatalogMatch catalogAt(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!t.isWordLike()) return null;
        CatalogMatch best = match(byFirst.get(t.norm()), tokens, i, limit);
        // a one-word name in the plural: "Marders", "Patriots"
        String singular = singular(t.norm());
        if (singular != null) {
            List<Phrase> single = byFirst.get(singular);
            if (single != null) {
                for (Phrase p : single) {
                    if (p.words().size() == 1 && (best == null || best.to() <= i + 1) && spelledRight(p, t, true)) {
                        if (best == null) best = new CatalogMatch(p.item(), i, i + 1, true);
                    }
                }
            }
        }
        return best;
    }

    private static String singular(String norm) {
        if (norm.length() > 3 && norm.endsWith("es") && norm.endsWith("ses")) return norm.substring(0, norm.length() - 2);
        if (norm.length() > 2 && norm.endsWith("s") && !norm.endsWith("ss")) return norm.substring(0, norm.length() - 1);
        return null;
    }

    private static CatalogMatch match(List<Phrase> cands, List<Token> tokens, int i, int limit) {
        if (cands == null) return null;
        for (Phrase p : cands) {
            int k = i;
            boolean ok = true;
            boolean plural = false;
            int n = p.words().size();
            for (int w = 0; w < n; w++) {
                if (w > 0) {
                    // inside a name, hyphens, slashes and dots may come and go: "CV-90" / "CV 90", "IRIS-T"
                    while (k < limit && tokens.get(k).kind() == Token.Kind.PUNCT && "-/.\u2010\u2011".indexOf(tokens.get(k).text().charAt(0)) >= 0
                            && k > i && tokens.get(k).start() == tokens.get(k - 1).end()) k++;
                }
                if (k >= limit) {
                    ok = false;
                    break;
                }
                String tn = tokens.get(k).norm();
                String pw = p.words().get(w);
                if (tn.equals(pw)) {
                    k++;
                } else if (w == n - 1 && (tn.equals(pw + "s") || tn.equals(pw + "es"))) {
                    plural = true;
                    k++;
                } else {
                    ok = false;
                    break;
                }
            }
            if (!ok) continue;
            if (n == 1 && !spelledRight(p, tokens.get(i), plural)) continue;
            // a longer word glued on ("MiG-29s" is fine; "M270A1B" is another name): the next token must not continue the word
            if (k < limit && tokens.get(k).start() == tokens.get(k - 1).end() && tokens.get(k).isWordLike()) continue;
            return new CatalogMatch(p.item(), i, k, plural);
        }
        return null;
    }

    /** One-word names that are ordinary words only match as the catalogue spells them, or in capitals. */
    private static boolean spelledRight(Phrase p, Token t, boolean plural) {
        if (p.spellings().isEmpty()) return true;
        String text = plural ? t.text().substring(0, t.text().length() - (t.norm().endsWith("es") && !p.words().get(0).endsWith("e") ? 2 : 1)) : t.text();
        for (String s : p.spellings()) {
            if (s.equals(text)) return true;
            if (text.length() > 1 && text.equals(s.toUpperCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The class whose head is token {@code h} (modifiers looked for back to {@code floor}), or null. */
    public ClassMatch classAt(List<Token> tokens, int h, int floor, int limit) {
        Token t = tokens.get(h);
        if (t.kind() != Token.Kind.WORD || !GenericClasses.isHead(t.norm())) return null;
        if (h + 1 < limit) {
            Token next = tokens.get(h + 1);
            if (next.kind() == Token.Kind.WORD && (GenericClasses.isHead(next.norm()) || CONTINUATIONS.contains(next.norm()))) return null;
            // "air defence-related", "tank-destroyer": a hyphen glues the head to a longer word
            if (next.isPunct('-') && next.start() == t.end()) return null;
        }
        Set<String> mods = new HashSet<>();
        int from = h;
        int k = h - 1;
        while (k >= floor) {
            Token m = tokens.get(k);
            if (m.kind() == Token.Kind.WORD && GenericClasses.CLASS_WORDS.contains(m.norm()) && !(m.is("to") && !hyphenated(tokens, k, floor, limit))
                    && !(m.is("all") && !terrainAfter(tokens, k, limit))) {
                mods.add(m.norm());
                from = k;
                k--;
            } else if ((m.isPunct('-') || m.isPunct('/')) && k - 1 >= floor && tokens.get(k - 1).kind() == Token.Kind.WORD) {
                k--;
            } else if ((m.is("and") || m.is("or") || m.isPunct(',')) && k - 1 >= floor && tokens.get(k - 1).kind() == Token.Kind.WORD
                    && GenericClasses.CLASS_WORDS.contains(tokens.get(k - 1).norm()) && !GenericClasses.isHead(tokens.get(k - 1).norm())
                    && !mods.isEmpty()) {
                k--;
            } else {
                break;
            }
        }
        // "672 K9 howitzers": a model code the catalogue does not know still belongs to the name, so the count reaches it
        if (from - 1 >= floor && modelCode(tokens.get(from - 1))) from--;
        // "large-calibre ammunition": the word hyphenated to the first modifier belongs to the name
        if (from - 2 >= floor && tokens.get(from - 1).isPunct('-') && tokens.get(from - 2).kind() == Token.Kind.WORD
                && tokens.get(from - 2).end() == tokens.get(from - 1).start() && tokens.get(from - 1).end() == tokens.get(from).start()
                && !mods.isEmpty()) from -= 2;
        String head = t.norm();
        for (GenericClass c : GenericClasses.all()) {
            if (c.heads().contains(head) && c.accepts(mods)) return new ClassMatch(c, from, h, mods);
        }
        return null;
    }

    /** A model designation: a capital letter, then letters and at least one digit ("K9", "T80", "KrAZ6322"). */
    private static boolean modelCode(Token t) {
        String x = t.text();
        if (t.kind() != Token.Kind.ALNUM || x.length() < 2 || x.length() > 10 || !Character.isUpperCase(x.charAt(0))) return false;
        boolean digit = false;
        for (int i = 1; i < x.length(); i++) {
            char c = x.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (!Character.isLetter(c)) return false;
        }
        return digit;
    }

    /** "all terrain", "all-terrain": the only place "all" is a class word. */
    private static boolean terrainAfter(List<Token> tokens, int k, int limit) {
        int n = k + 1 < limit && tokens.get(k + 1).isPunct('-') ? k + 2 : k + 1;
        return n < limit && tokens.get(n).is("terrain");
    }

    private static boolean hyphenated(List<Token> tokens, int k, int floor, int limit) {
        return k - 1 >= floor && k + 1 < limit && tokens.get(k - 1).isPunct('-') && tokens.get(k + 1).isPunct('-');
    }

    /** Whether a catalogue match of ammunition by its calibre ("155mm") names a gun instead ("155mm guns", "155 mm howitzer"). */
    static boolean namesAGun(List<Token> tokens, int after, int limit) {
        for (int k = after; k < limit && k < after + 4; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.WORD) {
                if (t.isPunct('-')) continue;
                return false;
            }
            if (AMMO_HEADS.contains(t.norm()) || t.is("shell") || t.is("round")) return false;
            if (GUN_WORDS.contains(t.norm())) return !t.is("artillery");
            if (!DESCRIPTORS.contains(t.norm())) return false;
        }
        return false;
    }
}
