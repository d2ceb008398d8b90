package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ramstein.ledger.domain.Donor;

/**
 * Finds donors named in a text: by name, by adjective ("German", "US"), by capital or institution ("Athens",
 * "Pentagon", "Bundeswehr"), and collectives ("NATO allies and their partners", "Western countries"). A name is not
 * a donor where it only says where something was made or happened ("French-made", "in the UK", "US-led"), whom
 * something goes to ("to Greece"), or which newspaper reported it ("German daily"). Pure.
 */
public final class DonorLexicon {

    /**
     * A donor as claims name it: a donor code, a display name, whether it is the collective of allies and partners,
     * and whether it stands for many donors (the collective, or "EU member states": the EU's members, not the EU).
     */
    public record DonorRef(String code, String name, boolean collective, boolean many) {

        public DonorRef(String code, String name, boolean collective) {
            this(code, name, collective, collective);
        }
    }

    /** A donor named at tokens {@code from}..{@code to}; {@code source} says whether an attribution ("from", "held by") introduced it. */
    public record Mention(DonorRef donor, int from, int to, boolean attributed) {
    }

    /** Donors named together ("France, Germany and the US"): one joint donor. */
    public record Group(List<DonorRef> donors, int from, int to, boolean attributed) {

        /** Whether the group stands for many donors: allies and partners, "EU member states". */
        public boolean collective() {
            return donors.stream().anyMatch(DonorRef::many);
        }
    }

    public static final String COLLECTIVE_CODE = "NATO";
    /** Donors that are organisations of members: "EU member states" are many donors. */
    private static final Set<String> ORGANISATIONS = Set.of("EUI", "EPF");
    public static final String EU_CODE = "EUI";
    /** The name of an organisation's members as a whole where the organisation is not named with them. */
    public static final String MEMBER_STATES = "member states";

    /** Whether a donor code is an organisation of members (the EU, its Peace Facility). */
    public static boolean isOrganisation(String code) {
        return ORGANISATIONS.contains(code);
    }

    /** Names claims use where the donor list's official name differs from the short name texts use. */
    private static final Map<String, String> DISPLAY = Map.of("CZE", "Czech Republic", "EUI", "European Union", "EPF", "European Union",
            "TUR", "Turkey", "USA", "United States", "GBR", "United Kingdom", "NLD", "Netherlands");
    /** Capitals and institutions that stand for their country in news texts. */
    private static final Map<String, String> METONYMS = Map.ofEntries(Map.entry("Washington", "USA"), Map.entry("Pentagon", "USA"),
            Map.entry("White House", "USA"), Map.entry("DoD", "USA"), Map.entry("Biden administration", "USA"),
            Map.entry("Biden Administration", "USA"), Map.entry("London", "GBR"), Map.entry("Downing Street", "GBR"),
            Map.entry("Whitehall", "GBR"), Map.entry("Paris", "FRA"), Map.entry("Elysee", "FRA"), Map.entry("Berlin", "DEU"),
            Map.entry("Bundeswehr", "DEU"), Map.entry("Oslo", "NOR"), Map.entry("Stockholm", "SWE"), Map.entry("Copenhagen", "DNK"),
            Map.entry("Warsaw", "POL"), Map.entry("Prague", "CZE"), Map.entry("Bratislava", "SVK"), Map.entry("Athens", "GRC"),
            Map.entry("Madrid", "ESP"), Map.entry("Rome", "ITA"), Map.entry("Ottawa", "CAN"), Map.entry("Canberra", "AUS"),
            Map.entry("Helsinki", "FIN"), Map.entry("Tallinn", "EST"), Map.entry("Riga", "LVA"), Map.entry("Vilnius", "LTU"),
            Map.entry("Lisbon", "PRT"), Map.entry("Vienna", "AUT"), Map.entry("Bucharest", "ROU"), Map.entry("Sofia", "BGR"),
            Map.entry("Tokyo", "JPN"), Map.entry("Ankara", "TUR"), Map.entry("Seoul", "KOR"), Map.entry("Dublin", "IRL"),
            Map.entry("Ljubljana", "SVN"), Map.entry("Zagreb", "HRV"), Map.entry("Budapest", "HUN"), Map.entry("Bern", "CHE"),
            Map.entry("The Hague", "NLD"), Map.entry("Holland", "NLD"), Map.entry("Brits", "GBR"), Map.entry("Americans", "USA"),
            Map.entry("European Peace Facility", "EUI"), Map.entry("Peace Facility", "EUI"), Map.entry("Europe's", "EUI"),
            // heads of government and defence ministers who announce aid, 2022-2024 (surnames that are also common words left out)
            Map.entry("Biden", "USA"), Map.entry("Blinken", "USA"), Map.entry("Scholz", "DEU"), Map.entry("Pistorius", "DEU"),
            Map.entry("Lambrecht", "DEU"), Map.entry("Macron", "FRA"), Map.entry("Lecornu", "FRA"), Map.entry("Sunak", "GBR"),
            Map.entry("Shapps", "GBR"), Map.entry("Trudeau", "CAN"), Map.entry("Anand", "CAN"), Map.entry("Rutte", "NLD"),
            Map.entry("Ollongren", "NLD"), Map.entry("Meloni", "ITA"), Map.entry("Crosetto", "ITA"), Map.entry("Kishida", "JPN"),
            Map.entry("Duda", "POL"), Map.entry("Morawiecki", "POL"), Map.entry("Blaszczak", "POL"), Map.entry("Fiala", "CZE"),
            Map.entry("Frederiksen", "DNK"), Map.entry("Kristersson", "SWE"), Map.entry("Sanchez", "ESP"), Map.entry("Robles", "ESP"));
    /** Words after a nationality that make it a source, a currency or a place, not a donor. */
    private static final Set<String> NOT_DONOR_AFTER = Set.of("media", "newspaper", "newspapers", "daily", "press", "news", "agency",
            "outlet", "outlets", "blog", "broadcaster", "television", "tv", "radio", "website", "magazine", "weekly", "paper", "post",
            "times", "journal", "reports", "kroner", "kronor", "krona", "krone", "dollars", "dollar", "pounds", "euros", "border",
            "territory", "soil", "airspace", "city", "cities", "language", "citizens", "people", "public", "economy", "company", "firm", "firms", "companies", "manufacturers", "producers", "makers", "suppliers",
            "manufacturer", "industry", "defence", "defense");
    /** Words before a name that make it a place or a recipient. */
    private static final Set<String> NOT_DONOR_BEFORE = Set.of("in", "at", "into", "to", "towards", "toward", "near", "across", "inside",
            "within", "against", "with", "visit", "than", "like", "via", "outside");
    /** Offices after a nation's name: "by the Czech Prime Minister", "by the German government". */
    private static final Set<String> OFFICES = Set.of("prime", "president", "minister", "ministry", "government", "chancellor", "defence",
            "defense", "foreign", "head", "ambassador", "delegation", "mod");
    /** Participles after which "by X" names the giver ("pledged by France", "held by Poland"). */
    private static final Set<String> GIVING = Set.of("pledged", "promised", "held", "owned", "donated", "provided", "supplied", "sent",
            "delivered", "given", "funded", "financed", "paid", "offered", "transferred", "committed", "handed", "bought", "purchased",
            "ordered", "shipped", "announced", "approved", "allocated", "earmarked", "contributed");
    /** Adverbs between a participle and "by": "financed jointly by", "paid for partly by". */
    private static final Set<String> BY_ADVERBS = Set.of("jointly", "together", "also", "already", "partly", "largely", "mostly", "mainly",
            "fully", "entirely", "directly", "for");
    /** Words that single a donor out of the rest: "the largest donors", "its main donors". */
    private static final Set<String> RANKS = Set.of("largest", "biggest", "main", "top", "key", "major", "leading", "smallest", "individual",
            "bilateral");
    private static final Set<String> COLLECTIVE_NOUNS = Set.of("countries", "nations", "states", "allies", "partners", "governments",
            "donors", "members");
    private static final Set<String> GROUP_GIVING = Set.of("contributed", "pledged", "promised", "donated", "provided", "supplied", "sent",
            "delivered", "given", "committed", "paid", "funded", "offered",
            "joined"); // "Over 15 countries have already joined, with pledges of about €1.6 billion"
    private static final Set<String> PARTNERS_BEFORE = Set.of("thanked", "thanks", "thanking", "thank", "its", "their", "our", "s",
            "international");
    private static final Set<String> COLLECTIVE_ADJECTIVES = Set.of("western", "allied", "partner", "european", "several", "many", "other",
            "donor", "nato", "nordic", "baltic", "g7", "foreign", "like", "minded", "supporting");

    private record Phrase(List<String> words, List<String> spelled, String code) {
    }

    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> keyToCode = new HashMap<>();
    /** ISO 3166 two-letter codes, read only in brackets as registers write them: "(DK) 19 F-16". */
    private final Map<String, String> bracketCodes = new HashMap<>();
    /**
     * ISO 3166 three-letter codes as minutes and working papers write a country ("DEU reported that ...", "NLD offered"),
     * read only before a word not in capitals (a headline in capitals has "NOR" as a word). Codes that are also common
     * words or abbreviations in capitals ("CAN", "EST", "10 MAR") are left out.
     */
    private final Map<String, String> countryCodes = new HashMap<>();
    /** Three-letter codes as a bulletin's labels write them, words or not: "CAN: NASAMS X1", "NLD/DNK: F-16 X4", "CZE-LED". */
    private final Map<String, String> labelCodes = new HashMap<>();
    private static final Set<String> CODES_ALSO_WORDS = Set.of("ARE", "CAN", "EST", "IND", "MAR");
    /**
     * ISO 3166 two-letter codes as notes and chats write a country among words ("NL announced 2 more Patriot launchers",
     * "DK+DE+NL jointly"), all but those that are also words or common abbreviations in capitals ("IT", "NO", "AT mines").
     */
    private final Map<String, String> shortCodes = new HashMap<>();
    private static final Set<String> SHORT_CODES_ALSO_WORDS = Set.of("AT", "BE", "IN", "IS", "IT", "NO", "MA", "AL", "AR", "GB", "MT", "PT", "CN",
            "TW", "JO", "MK", "CH", "AE", "US", "HR", "SI", "CY", "CA");

    public DonorLexicon(List<Donor> donors) {
        for (Donor d : donors) {
            if (d.kind().equals("collective")) continue;
            names.put(d.code(), DISPLAY.getOrDefault(d.code(), d.name()));
            addName(d.name(), d.code());
            for (String a : d.aliases()) addName(a, d.code());
            if (d.iso2() != null) bracketCodes.put(d.iso2(), d.code());
            if (d.iso2() != null && d.kind().equals("country") && !SHORT_CODES_ALSO_WORDS.contains(d.iso2())) shortCodes.put(d.iso2(), d.code());
            if (d.kind().equals("country") && d.code().length() == 3 && !CODES_ALSO_WORDS.contains(d.code())) countryCodes.put(d.code(), d.code());
            if (d.kind().equals("country") && d.code().length() == 3 && !d.code().equals("MAR")) labelCodes.put(d.code(), d.code());
        }
        names.putIfAbsent(COLLECTIVE_CODE, "NATO allies");
        for (Map.Entry<String, String> e : METONYMS.entrySet()) {
            if (names.containsKey(e.getValue())) addName(e.getKey(), e.getValue());
        }
        for (List<Phrase> l : byFirst.values()) l.sort((a, b) -> b.words().size() - a.words().size());
    }

    private void addName(String name, String code) {
        // "EPF" alone is an acronym texts rarely use for the EU's fund; the facility's full name stands for the EU above
        List<Token> toks = Tokenizer.tokenize(name);
        List<String> words = new ArrayList<>();
        List<String> spelled = new ArrayList<>();
        for (Token t : toks) {
            if (!t.isWordLike()) continue;
            words.add(t.norm());
            spelled.add(t.text());
        }
        if (words.isEmpty()) return;
        keyToCode.putIfAbsent(key(name), code);
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, spelled, code));
    }

    static String key(String name) {
        return Tokenizer.fold(name).replaceAll("[^a-z0-9]+", "");
    }

    public String displayName(String code) {
        return names.getOrDefault(code, code);
    }

    public DonorRef ref(String code) {
        return new DonorRef(code, displayName(code), code.equals(COLLECTIVE_CODE));
    }

    /**
     * The donor codes a label names: "Poland; Czech Republic" → {POL, CZE}; "NATO allies and partners" → {NATO};
     * an unknown name is kept as its folded text so that equal unknown names still meet.
     */
    public Set<String> codes(String label) {
        Set<String> out = new LinkedHashSet<>();
        if (label == null || label.isBlank()) return out;
        for (String part : label.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            String code = keyToCode.get(key(p));
            if (code == null && isCollectiveLabel(p)) code = COLLECTIVE_CODE;
            out.add(code != null ? code : "?" + key(p));
        }
        return out;
    }

    private static boolean isCollectiveLabel(String p) {
        String l = p.toLowerCase(Locale.ROOT);
        return l.contains("allies") || l.contains("partners") || l.contains("nato") || l.contains("countries") || l.contains("members")
                || l.contains("donors") || l.contains("nations") || l.contains("member states");
    }

    public Optional<String> resolve(String name) {
        return Optional.ofNullable(keyToCode.get(key(name)));
    }

    /** Every donor named in tokens {@code from}..{@code to}, with the contexts that make a name no donor left out. */
    public List<Mention> find(List<Token> tokens, int from, int to) {
        List<Mention> out = new ArrayList<>();
        int i = from;
        int excludedEnd = -1;
        while (i < to) {
            Mention m = collectiveAt(tokens, i, from, to);
            if (m == null) m = membersOf(namedAt(tokens, i, to), tokens, to);
            if (m == null) {
                i++;
                continue;
            }
            // a name joined to an excluded one shares its context: "to Poland and the Netherlands", "in France and Germany"
            // (not "Together with Denmark, the Netherlands financed ...": the subject after the partner set before it)
            boolean joinedToExcluded = excludedEnd >= 0 && joined(tokens, excludedEnd, m.from())
                    && !(hasComma(tokens, excludedEnd, m.from()) && !hasAnd(tokens, excludedEnd, m.from()) && verbAfter(tokens, m.to()));
            if (joinedToExcluded || excluded(tokens, m, from, to)) {
                excludedEnd = m.to();
            } else {
                out.add(withAttribution(tokens, m, from));
                excludedEnd = -1;
            }
            i = m.to();
        }
        return out;
    }

    /**
     * Whether the two capitals at {@code i} are a country's code in a bracket: "(DE)", either of "(FR/IT)", the first of
     * "(NO, bought through a US contract)".
     */
    private boolean bracketedCode(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        if (before.end() != t.start() || after.start() != t.end()) return false;
        boolean opens = before.isPunct('(') || before.isPunct('/') && i >= 3 && tokens.get(i - 3).isPunct('(')
                && bracketCodes.containsKey(tokens.get(i - 2).text());
        boolean closes = after.isPunct(')') || after.isPunct('/') || after.isPunct(',') && before.isPunct('(');
        return opens && closes;
    }

    private Mention namedAt(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (!t.isWordLike()) return null;
        // a lower-case start only for names spelled so: "the Germans" (the nation, where "Germans" alone may be its citizens)
        boolean lower = !Character.isUpperCase(t.text().charAt(0)) && !Character.isDigit(t.text().charAt(0));
        if (lower && !t.text().equals("the")) return null;
        if (t.text().length() == 2 && i > 0 && i + 1 < to && bracketCodes.containsKey(t.text()) && bracketedCode(tokens, i)) {
            return new Mention(ref(bracketCodes.get(t.text())), i, i + 1, false);
        }
        if (t.text().length() == 2 && shortCodes.containsKey(t.text()) && (codeAmongWords(tokens, i, to) || joinedCodes(tokens, i, to))) {
            return new Mention(ref(shortCodes.get(t.text())), i, i + 1, false);
        }
        if (t.text().length() == 3 && countryCodes.containsKey(t.text()) && codeAmongWords(tokens, i, to)) {
            return new Mention(ref(countryCodes.get(t.text())), i, i + 1, false);
        }
        if (t.text().length() == 3 && labelCodes.containsKey(t.text()) && codeAsLabel(tokens, i, to)) {
            return new Mention(ref(labelCodes.get(t.text())), i, i + 1, false);
        }
        List<Phrase> cands = byFirst.get(t.norm());
        if (cands == null) return null;
        for (Phrase p : cands) {
            if (lower && !p.spelled().get(0).equals("the")) continue;
            int k = i;
            boolean ok = true;
            for (int w = 0; w < p.words().size(); w++) {
                while (k < to && tokens.get(k).isPunct('.') && w > 0) k++; // "U.S."
                if (k >= to || !tokens.get(k).norm().equals(p.words().get(w))) {
                    ok = false;
                    break;
                }
                String spelled = p.spelled().get(w);
                Token tk = tokens.get(k);
                // "US", "UK", "EU" only in capitals: "us" is a pronoun
                if (spelled.length() <= 3 && spelled.equals(spelled.toUpperCase(Locale.ROOT)) && !tk.text().equals(spelled)) {
                    ok = false;
                    break;
                }
                k++;
            }
            if (!ok) continue;
            if (Words.enemyAt(tokens, k - 1)) return null; // "North Korea" is not Korea
            if (k < to && tokens.get(k).isPunct('.') && tokens.get(k).start() == tokens.get(k - 1).end() && tokens.get(k - 1).text().length() == 1)
                k++; // the closing dot of "U.S."
            return new Mention(ref(p.code()), i, k, false);
        }
        return null;
    }

    /** A three-letter code followed by a word not in capitals: "DEU reported", "ITA: one more". */
    private static boolean codeAmongWords(List<Token> tokens, int i, int to) {
        for (int k = i + 1; k < to && k <= i + 2; k++) {
            Token next = tokens.get(k);
            if (next.kind() == Token.Kind.WORD) return !next.allUpper();
            if (next.kind() != Token.Kind.PUNCT) return false;
        }
        return false;
    }

    /** A two-letter code glued by "+" or "/" to another: "DK+DE+NL", "NL/DK". */
    private boolean joinedCodes(List<Token> tokens, int i, int to) {
        for (int side = -1; side <= 1; side += 2) {
            int joint = i + side;
            int other = i + 2 * side;
            if (other < 0 || other >= to) continue;
            Token j = tokens.get(joint);
            boolean glued = side > 0 ? j.start() == tokens.get(i).end() && tokens.get(other).start() == j.end()
                    : j.end() == tokens.get(i).start() && tokens.get(other).end() == j.start();
            if (glued && (j.isPunct('+') || j.isPunct('/')) && shortCodes.containsKey(tokens.get(other).text())) return true;
        }
        return false;
    }

    /**
     * A three-letter code glued to the colon of a label ("DEU: IRIS-T SLM X1"), to a slash and another code with its colon
     * ("NLD/DNK: F-16 X4", as many as are listed), or to "-led" ("CZE-LED INITIATIVE").
     */
    private boolean codeAsLabel(List<Token> tokens, int i, int to) {
        if (i + 1 >= to || tokens.get(i + 1).start() != tokens.get(i).end()) return false;
        Token next = tokens.get(i + 1);
        if (next.isPunct(':')) return true;
        if (i + 2 >= to || tokens.get(i + 2).start() != next.end()) return false;
        if (next.isPunct('-')) return tokens.get(i + 2).is("led");
        if (!next.isPunct('/')) return false;
        return labelCodes.containsKey(tokens.get(i + 2).text()) && codeAsLabel(tokens, i + 2, to);
    }

    private static final Set<String> DECISIONS = Set.of("decision", "pledge", "promise", "offer", "announcement", "package", "donation",
            "commitment", "plan");

    /** Words after an organisation's name that make it its members: "EU member states", "EU countries". */
    private static final Set<String> MEMBERS = Set.of("members", "member", "countries", "nations", "governments");
    /** Groups whose members give together: "members of the Contact Group", "coalition members". */
    private static final Set<String> GROUPS = Set.of("group", "coalition", "alliance", "format", "initiative");

    /** "EU member states", "EU countries": the organisation's members, many donors under the organisation's name. */
    private Mention membersOf(Mention m, List<Token> tokens, int to) {
        if (m == null || !ORGANISATIONS.contains(m.donor().code())) return m;
        int k = m.to();
        if (k < to && MEMBERS.contains(tokens.get(k).norm())) {
            int end = tokens.get(k).is("member") && k + 1 < to && tokens.get(k + 1).is("states") ? k + 2 : k + 1;
            if (tokens.get(k).is("member") && end == k + 1) return m;
            DonorRef d = m.donor();
            return new Mention(new DonorRef(d.code(), d.name(), false, true), m.from(), end, m.attributed());
        }
        return m;
    }

    /** "members of the Contact Group", "participants of the coalition", "Contact Group members", "coalition partners". */
    private static Mention groupMembersAt(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if ((t.is("members") || t.is("participants")) && i + 1 < to && tokens.get(i + 1).is("of")) {
            for (int k = i + 2; k < to && k < i + 8; k++) {
                Token w = tokens.get(k);
                if (w.kind() != Token.Kind.WORD) return null;
                if (GROUPS.contains(w.norm())) return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, k + 1, false);
                if (!(w.capitalized() || w.is("the"))) return null;
            }
            return null;
        }
        if (GROUPS.contains(t.norm())) {
            // "coalition members", "the coalition's members"
            int k = i + 3 < to && (tokens.get(i + 1).isPunct('\'') || tokens.get(i + 1).isPunct('\u2019')) && tokens.get(i + 2).is("s") ? i + 3 : i + 1;
            if (k < to && (tokens.get(k).is("members") || tokens.get(k).is("countries") || tokens.get(k).is("partners") || tokens.get(k).is("nations"))) {
                return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, k + 1, false);
            }
        }
        return null;
    }

    /** "NATO allies and (their) partners", "Allies and partners", "Western countries", "several European countries". */
    private Mention collectiveAt(List<Token> tokens, int i, int floor, int to) {
        Mention group = groupMembersAt(tokens, i, to);
        if (group != null) return group;
        Token t = tokens.get(i);
        // "donors had delivered at least 8 batteries": donors as a whole; not "one of the largest donors"
        if (t.is("donors") && !(i - 1 >= floor && (tokens.get(i - 1).is("of") || RANKS.contains(tokens.get(i - 1).norm())))) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 1, false);
        }
        // "More than 15 countries have contributed": a counted group that gives is a collective donor ("50 countries met" is none)
        if ((t.is("countries") || t.is("nations") || t.is("states")) && i - 1 >= floor && (tokens.get(i - 1).startsWithDigit()
                || NumberParser.isNumberWord(tokens.get(i - 1).norm())) && i + 2 < to && (tokens.get(i + 1).is("have") || tokens.get(i + 1).is("had"))
                && GROUP_GIVING.contains(tokens.get(afterAdverbs(tokens, i + 2, to)).norm())) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 1, false);
        }
        // "thanked partners for", "Ukraine's partners", "its partners": the donors as a whole
        if (t.is("partners") && i - 1 >= floor && PARTNERS_BEFORE.contains(tokens.get(i - 1).norm())) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 1, false);
        }
        // "A coalition of countries led by Latvia and the United Kingdom aims to supply ...": its members as a whole
        if (t.is("coalition") && i + 2 < to && tokens.get(i + 1).is("of") && COLLECTIVE_NOUNS.contains(tokens.get(i + 2).norm())) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 3, false);
        }
        // "Member states have reported ...": an organisation's members as a whole (after "EU" they are read with its name)
        if (t.is("member") && i + 1 < to && tokens.get(i + 1).is("states")) {
            // ("Member states have reported that their own military support totals about €12 billion": each its own, not the
            // organisation's)
            boolean own = false;
            for (int k = floor; k < to && !own; k++) own = tokens.get(k).is("own") || tokens.get(k).is("national");
            return new Mention(new DonorRef(COLLECTIVE_CODE, own ? "member states on their own" : MEMBER_STATES, true), i, i + 2, false);
        }
        // "of roughly 360 Western IFVs pledged", "300 Western tanks": equipment the allies gave, the allies as a whole
        // (only so counted: "the first Western tanks to arrive" describes, it gives nothing)
        // ("about 70 modern Western tanks": a word of age or number between)
        // ("around 140 Western main battle tanks": the class's head after its other words)
        if (t.is("western") && t.capitalized() && headWithin(tokens, i + 1, Math.min(to, i + 4)) && i - 1 >= floor
                && countBefore(tokens, i - 1 >= floor + 1 && COUNT_MODIFIERS.contains(tokens.get(i - 1).norm()) ? i - 2 : i - 1)) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 1, false);
        }
        // "the contributing states have committed EUR 1.6 billion", "participating countries": the members of an effort as a whole
        if (CONTRIBUTING.contains(t.norm()) && i + 1 < to && (tokens.get(i + 1).is("states") || tokens.get(i + 1).is("countries")
                || tokens.get(i + 1).is("nations") || tokens.get(i + 1).is("governments"))) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 2, false);
        }
        // "the coalition that formed around that decision had promised ...": a coalition named as the one that gives
        if (t.is("coalition") && i - 1 >= floor && tokens.get(i - 1).is("the") && i + 1 < to && COALITION_ACTS.contains(tokens.get(i + 1).norm())) {
            return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies and partners", true), i, i + 1, false);
        }
        if (t.kind() != Token.Kind.WORD || !t.is("nato") && !t.is("allies") && !t.is("allied") && !COLLECTIVE_ADJECTIVES.contains(t.norm())) return null;
        int k = i;
        boolean partners = false;
        if (t.is("nato") && t.allUpper()) {
            k = i + 1;
            // "North Macedonia, another NATO member,": one country described, not the alliance
            if (k < to && ONE_MEMBER.contains(tokens.get(k).norm())) return null;
            if (k < to && COLLECTIVE_NOUNS.contains(tokens.get(k).norm())) {
                partners = tokens.get(k).is("partners");
                k++;
            } else {
                return new Mention(new DonorRef(COLLECTIVE_CODE, "NATO allies", true), i, k, false);
            }
        } else if (t.is("allies") || t.is("allied") && k + 1 < to && COLLECTIVE_NOUNS.contains(tokens.get(k + 1).norm())) {
            k = t.is("allies") ? i + 1 : i + 2;
        } else if (t.kind() == Token.Kind.WORD && COLLECTIVE_ADJECTIVES.contains(t.norm())) {
            int j = i + 1;
            while (j < to && j < i + 3 && tokens.get(j).kind() == Token.Kind.WORD && COLLECTIVE_ADJECTIVES.contains(tokens.get(j).norm())) j++;
            if (j < to && COLLECTIVE_NOUNS.contains(tokens.get(j).norm()) && !tokens.get(j).is("members") && !tokens.get(j).is("states")
                    || j < to && tokens.get(j).is("states") && (t.is("western") || t.is("nato") || t.is("allied") || t.is("partner"))) {
                partners = tokens.get(j).is("partners") || t.is("partner"); // "partner states"
                k = j + 1;
            } else {
                return null;
            }
        } else {
            return null;
        }
        // "... and (their) partners"
        if (k + 1 < to && tokens.get(k).is("and")) {
            int j = k + 1;
            if (tokens.get(j).is("their") || tokens.get(j).is("its")) j++;
            if (j < to && tokens.get(j).is("partners")) {
                partners = true;
                k = j + 1;
            }
        }
        return new Mention(new DonorRef(COLLECTIVE_CODE, partners ? "NATO allies and partners" : "NATO allies", true), i, k, false);
    }

    private static final Set<String> CONTRIBUTING = Set.of("contributing", "participating", "donor", "donating");
    private static final Set<String> COALITION_ACTS = Set.of("that", "which", "has", "had", "have", "will", "promised", "pledged", "delivered",
            "sent", "committed", "provided");

    /** Whether a class's head word ("tanks", "vehicles") stands among tokens {@code from}..{@code to}, after words only. */
    private static boolean headWithin(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).kind() != Token.Kind.WORD) return false;
            if (GenericClasses.HEADS.contains(tokens.get(k).norm())) return true;
        }
        return false;
    }

    private static boolean countBefore(List<Token> tokens, int k) {
        return tokens.get(k).startsWithDigit() || NumberParser.isNumberWord(tokens.get(k).norm());
    }

    private static final Set<String> COUNT_MODIFIERS = Set.of("modern", "new", "more", "further", "additional", "older", "heavy");

    private static final Set<String> RANKED_BY = Set.of("followed", "trailed", "overtaken", "surpassed", "outpaced", "matched");

    private static final Set<String> ONE_MEMBER = Set.of("member", "ally", "country", "state", "nation", "partner", "summit", "headquarters",
            "secretary", "spokesperson", "spokesman", "official", "officials", "membership", "territory", "airspace", "standard", "standards");

    private static final Set<String> OBJECT_STARTS = Set.of("a", "an", "the", "no", "its", "their", "it", "this", "that", "some", "any", "clear",
            "public", "up");

    private boolean excluded(List<Token> tokens, Mention m, int from, int to) {
        int a = m.from();
        int b = m.to();
        // "French-made", "US-led", "Polish-Ukrainian border"; "US$365 million": a currency's prefix
        // (but "the Czech-led initiative" buys with its members' money under the leader's name, as the leader's)
        if (b < to && (tokens.get(b).isPunct('-') || tokens.get(b).isPunct('$')) && tokens.get(b).start() == tokens.get(b - 1).end()
                && !(b + 2 < to && tokens.get(b + 1).is("led") && tokens.get(b + 2).is("initiative"))) return true;
        // ("a coalition of countries led by Latvia" is the group that gives)
        // ("The United States made no new announcement": a verb, its object after it)
        if (b < to && (tokens.get(b).is("led") || tokens.get(b).is("made") || tokens.get(b).is("built")) && !m.donor().collective()
                && !(b + 1 < to && OBJECT_STARTS.contains(tokens.get(b + 1).norm()))) return true;
        // "North Macedonia, another NATO member,": one country described, not the alliance
        if (b < to && b - a == 1 && tokens.get(a).is("nato") && ONE_MEMBER.contains(tokens.get(b).norm())) return true;
        // "Pentagon press briefing": the department speaks, it is no newspaper
        boolean institution = tokens.get(a).is("pentagon") || tokens.get(a).is("bundeswehr");
        if (b < to && tokens.get(b).kind() == Token.Kind.WORD && NOT_DONOR_AFTER.contains(tokens.get(b).norm()) && !institution) {
            // "the German defence minister" is a donor; "air defence" after a name is not the case here
            Token after = tokens.get(b);
            boolean minister = (after.is("defence") || after.is("defense")) && b + 1 < to
                    && (tokens.get(b + 1).is("minister") || tokens.get(b + 1).is("ministry") || tokens.get(b + 1).is("secretary"));
            if (!minister) return true;
        }
        int p = a - 1;
        if (p >= from && tokens.get(p).is("the")) p--;
        // "28 M-55S tanks, delivered in exchange for German trucks": what the giver gets back
        if (p - 1 >= from && tokens.get(p).is("for") && (tokens.get(p - 1).is("exchange") || tokens.get(p - 1).is("return"))) return true;
        if (p >= from && tokens.get(p).kind() == Token.Kind.WORD && NOT_DONOR_BEFORE.contains(tokens.get(p).norm())) {
            if (tokens.get(p).is("to") && p - 1 >= from && tokens.get(p - 1).is("according")) return false;
            // "leads with Berlin's decision to send ...": the name owns the decision, whatever stands before it
            if (b + 2 < to && (tokens.get(b).isPunct('\'') || tokens.get(b).isPunct('\u2019')) && tokens.get(b + 1).is("s")
                    && DECISIONS.contains(tokens.get(b + 2).norm())) return false;
            // "Thanks to Norway, we received two NASAMS systems": the one thanked gave
            if (tokens.get(p).is("to") && p - 1 >= from && (tokens.get(p - 1).is("thanks") || tokens.get(p - 1).is("grateful"))) return false;
            // "sold to Ukraine with EU and US money": whose money pays, gives
            if (tokens.get(p).is("with") && Words.moneyOfNamesFrom(tokens, a, to)) return false;
            // "with Athens handing Ukraine its BMP-1s": the subject of a clause, not a partner
            if (tokens.get(p).is("with") && b < to && tokens.get(b).kind() == Token.Kind.WORD && tokens.get(b).norm().endsWith("ing")) return false;
            // "coordinated with the Netherlands, which is sending two Patriot launchers": the relative clause's giver
            if (tokens.get(p).is("with") && b + 1 < to && tokens.get(b).isPunct(',') && (tokens.get(b + 1).is("which") || tokens.get(b + 1).is("who"))) {
                return false;
            }
            return true;
        }
        if (p >= from && tokens.get(p).is("by")) {
            // "a speech by the Czech Prime Minister": the speaker's nation, not a giver after "by", but a donor all the same
            if (b < to && OFFICES.contains(tokens.get(b).norm())) return false;
            int v = p - 1;
            // "delivered jointly by Italy and France", "Also handed over, by Italy:"
            while (v >= from && (BY_ADVERBS.contains(tokens.get(v).norm()) || tokens.get(v).isPunct(',') || tokens.get(v).is("over"))) v--;
            if (v >= from && (GIVING.contains(tokens.get(v).norm()) || GIVING_NOUNS.contains(tokens.get(v).norm()))) return false;
            if (agentOfGivingNoun(tokens, p, from)) return false;
            // "the United States leads with €42.2 billion, followed by Germany with €17.7 billion": the next in a ranking
            if (v >= from && RANKED_BY.contains(tokens.get(v).norm())) return false;
            // "Ukraine has been promised more than 60 F-16s by Denmark, ...": a passive's agent after its object
            for (int k = p - 1; k - 1 >= from && k >= p - 8 && !tokens.get(k).isPunct(',') && !tokens.get(k).isPunct(';'); k--) {
                String w = tokens.get(k - 1).norm();
                if (GIVING.contains(tokens.get(k).norm()) && (w.equals("been") || w.equals("was") || w.equals("were") || w.equals("being")))
                    return false;
            }
            return true;
        }
        // "the Franco-Italian system": a name hyphenated to another word says where something comes from
        if (a - 1 >= from && tokens.get(a - 1).isPunct('-') && tokens.get(a - 1).end() == tokens.get(a).start()) return true;
        return false;
    }

    /** Nouns of giving whose agent follows "by": "for transfer by France", "the delivery by Italy of ...". */
    static final Set<String> GIVING_NOUNS = Set.of("transfer", "delivery", "donation", "handover", "gift", "provision", "supply", "shipment");

    /**
     * Whether the "by" at {@code by} names the agent of a noun of giving whose object comes between: "the transfer of 40
     * Marder infantry fighting vehicles by Germany", "the supply of up to 100 Leopard 1A5 tanks by Germany, Denmark and the
     * Netherlands", and, the noun shared, "... by Germany and of 3 Leopard 2A6 by Portugal".
     */
    static boolean agentOfGivingNoun(List<Token> tokens, int by, int from) {
        for (int k = by - 1; k - 1 >= from && k >= by - 10; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct('.')) return false;
            if (!t.is("of")) continue;
            if (GIVING_NOUNS.contains(tokens.get(k - 1).norm())) return true;
            if (!tokens.get(k - 1).is("and")) return false;
            // "and of 3 Leopard 2A6 by Portugal": the noun of the first "of"
            for (int j = k - 2; j - 1 >= from && j >= k - 14; j--) {
                if (tokens.get(j).isPunct(';') || tokens.get(j).isPunct('.')) return false;
                if (tokens.get(j).is("of") && GIVING_NOUNS.contains(tokens.get(j - 1).norm())) return true;
            }
            return false;
        }
        return false;
    }

    private static Mention withAttribution(List<Token> tokens, Mention m, int from) {
        int p = m.from() - 1;
        if (p >= from && tokens.get(p).is("the")) p--;
        boolean attributed = p >= from && (tokens.get(p).is("from") || tokens.get(p).is("by"));
        return attributed ? new Mention(m.donor(), m.from(), m.to(), true) : m;
    }

    /** The first token from {@code k} past "so far", "already", "now", "together", "jointly" ("have so far pledged"). */
    private static int afterAdverbs(List<Token> tokens, int k, int to) {
        while (k + 1 < to && (tokens.get(k).is("so") && tokens.get(k + 1).is("far") || tokens.get(k).is("thus") && tokens.get(k + 1).is("far"))) k += 2;
        while (k + 1 < to && (tokens.get(k).is("already") || tokens.get(k).is("now") || tokens.get(k).is("together")
                || tokens.get(k).is("jointly") || tokens.get(k).is("collectively"))) k++;
        return k;
    }

    /** Mentions joined by "and", "," or "as well as" into groups: "Poland and the Czech Republic" is one joint donor. */
    public static List<Group> groups(List<Token> tokens, List<Mention> mentions) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            Mention first = mentions.get(i);
            List<DonorRef> refs = new ArrayList<>();
            refs.add(first.donor());
            int end = first.to();
            int j = i + 1;
            boolean and = false;
            while (j < mentions.size() && (joined(tokens, end, mentions.get(j).from()) || bracketedList(tokens, first.from(), end, mentions.get(j)))
                    && !speaker(tokens, mentions.get(j).to())) {
                // "from Poland and Germany, and Slovakia handed over ...": after "A and B", ", and" opens another clause
                boolean comma = hasComma(tokens, end, mentions.get(j).from());
                if (and && comma && verbAfter(tokens, mentions.get(j).to())) break;
                // "... from the United States, and Spain has sent ...": two names, the second the subject of its own clause
                // (not "the US, the UK, and Spain have sent": a list)
                if (refs.size() == 1 && comma && hasAnd(tokens, end, mentions.get(j).from()) && verbAfter(tokens, mentions.get(j).to())) break;
                // "Together with Denmark, the Netherlands financed ...": the partner set before the subject, no list
                if (refs.size() == 1 && comma && first.from() > 0 && tokens.get(first.from() - 1).is("with") && verbAfter(tokens, mentions.get(j).to())) break;
                if (!comma && hasAnd(tokens, end, mentions.get(j).from())) and = true;
                DonorRef r = mentions.get(j).donor();
                if (refs.stream().noneMatch(x -> x.code().equals(r.code()))) refs.add(r);
                end = mentions.get(j).to();
                j++;
            }
            out.add(new Group(List.copyOf(refs), first.from(), end, first.attributed()));
            i = j;
        }
        return out;
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("has", "have", "had", "will", "would", "is", "are", "was", "were",
            "sent", "gave", "handed", "delivered", "supplied", "provided", "pledged", "promised", "donated", "transferred", "also", "financed",
            "funded", "paid", "bought", "contributed", "committed", "announced", "agreed", "decided", "offered");

    /** Whether a verb follows token {@code at}: the name before it is the subject of a clause of its own. */
    private static boolean verbAfter(List<Token> tokens, int at) {
        return at < tokens.size() && FINITE.contains(tokens.get(at).norm());
    }

    private static final Set<String> SPEAKERS = Set.of("prime", "minister", "ministry", "government", "president", "officials", "official",
            "spokesman", "spokeswoman", "spokesperson", "chancellor", "ambassador", "embassy", "parliament", "leader", "leaders");

    /** "..., paid for by the United States and the EU, the Polish prime minister said": a name before its speaker is no list member. */
    private static boolean speaker(List<Token> tokens, int at) {
        return at < tokens.size() && SPEAKERS.contains(tokens.get(at).norm());
    }

    private static boolean hasAnd(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).is("and")) return true;
        return false;
    }

    private static boolean hasComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).isPunct(',')) return true;
        return false;
    }

    /** "(France; Italy)", "(FR/IT)": names parted by semicolons or slashes inside one bracket are a list of joint donors. */
    private static boolean bracketedList(List<Token> tokens, int groupFrom, int end, Mention next) {
        return groupFrom > 0 && tokens.get(groupFrom - 1).isPunct('(') && next.from() == end + 1 && (tokens.get(end).isPunct(';') || tokens.get(end).isPunct('/'))
                && next.to() < tokens.size() && (tokens.get(next.to()).isPunct(')') || tokens.get(next.to()).isPunct(';') || tokens.get(next.to()).isPunct('/'));
    }

    private static boolean joined(List<Token> tokens, int from, int to) {
        if (to == from) return true; // "GermanyThe" split, or adjacent names
        // "NLD/DNK": two codes set apart by a slash and nothing else
        if (to == from + 1 && tokens.get(from).isPunct('/') && tokens.get(from - 1).end() == tokens.get(from).start()
                && tokens.get(from).end() == tokens.get(to).start()) return true;
        boolean conj = false;
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (flagPart(t)) continue; // "Italy + 🇫🇷 France": a flag before a name
            if (++words > 4) return false;
            if (t.is("and") || t.isPunct(',') || t.is("&") || t.isPunct('+') || t.is("as") || t.is("well")) conj = true;
            else if (!t.is("the")) return false;
        }
        return conj;
    }

    /** A piece of a flag emoji: half of one of its two regional indicator letters. */
    private static boolean flagPart(Token t) {
        return t.kind() == Token.Kind.PUNCT && Character.isSurrogate(t.text().charAt(0));
    }
}
