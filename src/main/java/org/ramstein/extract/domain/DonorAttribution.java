package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who gives what a claim states: the donor adjective inside its noun phrase ("German Marders"); an attribution after it
 * ("held by Poland", "from France"); the nearest donor, or donors named together, before it in the sentence; the
 * nearest after it; the donor of a list's introduction; the subject of the nearest earlier sentence of the paragraph;
 * the donor the text names most. Donors standing for many ("allies and partners") make a claim an aggregate.
 */
final class DonorAttribution extends ReadingPart {

    DonorLexicon.DonorRef defaultDonor;

    DonorAttribution(Reading r) {
        super(r);
    }

    DonorLexicon.DonorRef mostNamedDonor() {
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

    /** A claim's donor: its display name, its key (donor codes), whether it stands for many donors, whether it was guessed. */
    static final class Donors {
        final String name;
        final String key;
        final boolean collective;
        final boolean fallback;

        Donors(String name, String key, boolean collective, boolean fallback) {
            this.name = name;
            this.key = key;
            this.collective = collective;
            this.fallback = fallback;
        }
    }

    /**
     * The donor of a claim at tokens {@code from}..{@code to}: the donor adjective inside it; an attribution after it
     * ("held by Poland and the Czech Republic", "from France"); the nearest donor (or donors named together) before it
     * in the sentence; the nearest after it; the donor of a list's introduction; the donor the text names most.
     */
    Donors donorFor(Sentence s, int from, int to, DonorLexicon.Mention adjective) {
        if (adjective != null) return donors(List.of(adjective.donor()), false);
        List<DonorLexicon.Group> groups = DonorLexicon.groups(tokens, donorMentions.get(s.index()));
        // "ordered 100 Rosomak carriers from Poland's PGZ group, paid for by the United States and the EU": the payer gives
        // (past "under a contract", only where no donor is named before: "Slovak firms will deliver 16 howitzers under a contract
        // financed by Denmark", but "Poland will send 42 under a contract financed by the EU" stays Poland's)
        boolean donorBefore = groups.stream().anyMatch(g -> g.to() <= from);
        int payer = payerAfter(s, to, !donorBefore, groups);
        if (payer >= 0) for (DonorLexicon.Group g : groups) if (g.from() == payer && !g.collective()) return donors(g.donors(), false);
        // "we have received from Germany two Patriot fire units and from Italy and France one SAMP/T": the giver put before
        for (DonorLexicon.Group g : groups) {
            int by = g.from() - 1;
            if (by >= s.from() && tokens.get(by).is("the")) by--;
            if (g.to() == from && by >= s.from() && tokens.get(by).is("from") && !purchaseBefore(s, from)) return donors(g.donors(), false);
        }
        for (DonorLexicon.Group g : groups) {
            if (!g.attributed() || g.from() < to || semicolonBetween(to, g.from())) continue;
            int by = g.from() - 1;
            if (by >= 0 && tokens.get(by).is("the")) by--;
            // "Stryker and Cougar vehicles from the United States": names joined by "and" share the attribution after them
            if (nameBetween(s, to, g.from()) && !coordinated(s, to, by)) continue;
            // "18 Leopard 2A6 tanks, and two from Poland": the attribution of another count
            if (countBetween(to, by)) continue;
            // "Canada will buy a NASAMS from the United States": the seller, not the giver
            // ("NASAMS X1 (PURCHASED FROM USA ON UKR BEHALF)": the verb of buying between the name and its seller)
            if (tokens.get(by).is("from") && purchaseBefore(s, by)) continue;
            // "jets held by Poland": the participle right after the name; "en route to Ukraine from France": a "from" close by
            // ("..., for transfer by France to the Armed Forces of Ukraine": the agent of a noun of giving)
            boolean close = tokens.get(by).is("by") ? by - 1 <= to + 1 || paidFor(to, by) || by - to <= 8 && DonorLexicon.GIVING_NOUNS.contains(tokens.get(by - 1).norm())
                    || by - to <= 4 && DonorLexicon.agentOfGivingNoun(tokens, by, s.from())
                    : g.from() - to <= 8;
            if (close) return donors(g.donors(), false);
        }
        // "our countries have together committed ..." after "We, the Ministers of Defence of Denmark, Estonia, ... and Sweden,":
        // the countries the text's "we" named
        if (groups.isEmpty() && firstPersonBefore(s, from)) {
            DonorLexicon.Group we = weNamed();
            if (we != null) return donors(we.donors(), false);
        }
        // "the Council agreed to provide Ukraine with one million rounds" in a text on the EU: the EU's Council
        if (groups.isEmpty() && councilBefore(s, from) && namesTheEu()) {
            DonorLexicon.DonorRef eu = donors.ref(DonorLexicon.EU_CODE);
            return donors(List.of(eu), false);
        }
        DonorLexicon.Group left = null;
        for (DonorLexicon.Group g : groups) if (g.to() <= from && !seller(s, g) && !comparedWith(s, g) && !maker(s, g)) left = g;
        if (left != null) return donors(left.donors(), false);
        int end = subordinateStart(to, r.kinds.clauseEnd(to, s.to()));
        for (DonorLexicon.Group g : groups) {
            // ("18 donated, and 54 more sold with EU and US money": the payer of another count, where not of this one)
            // ("We will deliver three more IRIS-T SLM systems ..., and we are financing a fourth together with our partners": the
            // partners of the next clause)
            if (g.from() >= to && g.from() < end && !seller(s, g) && !source(s, g) && !channel(s, g) && !maker(s, g) && !paidWith(g)
                    && !(g.collective() && clauseBreakBetween(to, g.from())))
                return donors(g.donors(), false);
        }
        if (s.intro() >= 0) {
            List<DonorLexicon.Group> ig = DonorLexicon.groups(tokens, donorMentions.get(s.intro()));
            if (!ig.isEmpty()) return donors(ig.get(ig.size() - 1).donors(), false);
        }
        // "..., which the two countries will share", "pledged by four countries": the donors that gave together last (or,
        // where as many never gave together, the last that gave so many: "promised by both countries")
        int named = groups.isEmpty() ? donorsCounted(s) : 0;
        if (named >= 2) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (!d.title && d.donorKey.split(";").length == named) return new Donors(d.claim.donor(), d.donorKey, false, false);
            }
            // the donors of the same system where as many gave it ("95 F-16 pledged by four countries"), else the last ones
            String claimed = text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).toLowerCase(java.util.Locale.ROOT);
            java.util.LinkedHashSet<String> last = lastDonors(named, d -> claimed.contains(d.claim.item().toLowerCase(java.util.Locale.ROOT)));
            if (last.size() != named) last = lastDonors(named, d -> true);
            if (last.size() == named) {
                List<DonorLexicon.DonorRef> refs = new ArrayList<>();
                for (String code : last) refs.add(0, donors.ref(code)); // in the order the text named them
                return donors(refs, false);
            }
        }
        // the donor named first in the nearest earlier sentence of the paragraph (lines up to a blank one: a chat's messages,
        // a note's lines), its subject mostly: "Norway will send ... The package also includes ..." (not the seller of a purchase, nor whom someone spoke with: "Canada will purchase a NASAMS
        // from the United States, Trudeau said after speaking with President Biden. The purchase is worth C$406 million")
        int paragraphStart = text.lastIndexOf("\n\n", Math.max(0, s.start() - 1)) + 1;
        for (int i = s.index() - 1; i >= 0 && sentences.get(i).start() >= paragraphStart; i--) {
            List<DonorLexicon.Group> pg = DonorLexicon.groups(tokens, donorMentions.get(i));
            for (int g = 0; g < pg.size(); g++) {
                if (!pg.get(g).collective() && !seller(sentences.get(i), pg.get(g))) return donors(pg.get(g).donors(), true);
            }
        }
        DonorLexicon.Group label = sectionLabel(s.index());
        if (label != null) return donors(label.donors(), true);
        if (defaultDonor != null) return donors(List.of(defaultDonor), true);
        return new Donors(null, "", false, true);
    }

    /**
     * The donor whose name alone heads the section a sentence stands in: a line holding nothing but a donor's name
     * ("New Zealand" as a definition term or a heading, "Canada:") labels what follows it until the next such line.
     */
    private DonorLexicon.Group sectionLabel(int sentence) {
        if (sectionLabels == null) {
            // once per text: each sentence's label is the last line before it that held only a donor's name
            sectionLabels = new DonorLexicon.Group[sentences.size()];
            sectionStarts = new int[sentences.size()];
            DonorLexicon.Group current = null;
            int start = -1;
            for (int i = 0; i < sentences.size(); i++) {
                sectionLabels[i] = current;
                sectionStarts[i] = start;
                DonorLexicon.Group g = labelIn(sentences.get(i));
                if (g != null) {
                    current = g;
                    start = sentences.get(i).start();
                }
            }
        }
        return sectionLabels[sentence];
    }

    private DonorLexicon.Group[] sectionLabels;
    private int[] sectionStarts;

    /** The donor a sentence names and nothing else (but punctuation and "the"); null if it says more. */
    private DonorLexicon.Group labelIn(Sentence l) {
        List<DonorLexicon.Mention> named = donorMentions.get(l.index());
        if (named == null || named.isEmpty()) return null;
        List<DonorLexicon.Group> gs = DonorLexicon.groups(tokens, named);
        if (gs.size() != 1 || gs.get(0).collective()) return null;
        DonorLexicon.Group g = gs.get(0);
        for (int k = l.from(); k < l.to(); k++) {
            Token t = tokens.get(k);
            if (!(k >= g.from() && k < g.to() || t.kind() == Token.Kind.PUNCT || t.is("the"))) return null;
        }
        return g;
    }

    private static final java.util.Set<String> COUNT_WORDS = java.util.Set.of("some", "several", "others", "more", "another");

    /** Whether a count of its own ("two", "some", "another") stands in tokens {@code from}..{@code to}. */
    private boolean countBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && (NumberParser.isNumberWord(t.norm()) || COUNT_WORDS.contains(t.norm()))) return true;
        }
        return false;
    }

    /**
     * The donor a passage at character {@code offset} is about, for a table without a donor column: the first donor (not
     * a collective, not a seller) of the nearest earlier sentence that names one, else the donor the text names most.
     */
    /** "with EU and US money": donors whose money paid for something. */
    private boolean paidWith(DonorLexicon.Group g) {
        int k = g.from() - 1;
        if (k >= 0 && tokens.get(k).is("the")) k--;
        return k >= 0 && tokens.get(k).is("with") && Words.moneyOfNamesFrom(tokens, g.from(), tokens.size());
    }

    /** "Mistral missiles, bought through the European Peace Facility": the fund a purchase went through, not its giver. */
    private boolean channel(Sentence s, DonorLexicon.Group g) {
        int k = g.from() - 1;
        if (k >= s.from() && tokens.get(k).is("the")) k--;
        return k >= s.from() && (tokens.get(k).is("through") || tokens.get(k).is("via"));
    }

    Donors donorBefore(int offset) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).start() >= offset) continue;
            for (DonorLexicon.Group g : DonorLexicon.groups(tokens, donorMentions.get(i))) {
                // ("through the Czech initiative": a fund the name leads, not the giver of what follows)
                if (!g.collective() && !seller(sentences.get(i), g) && !r.filters.channel(g.from(), sentences.get(i).to())) return donors(g.donors(), true);
            }
        }
        return defaultDonor != null ? donors(List.of(defaultDonor), true) : null;
    }

    private static final java.util.Set<String> PAYING = java.util.Set.of("paid", "financed", "funded", "bought", "purchased", "for", "jointly",
            "partly", "fully");

    /**
     * Where the donors start after "paid for by", "financed by", "funded by" or "with ... money" in the clause after a name;
     * -1 if nowhere.
     */
    private int payerAfter(Sentence s, int to, boolean pastAPhrase, List<DonorLexicon.Group> groups) {
        for (int k = to; k + 1 < s.to() && k < to + 12; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || nameBetween(s, to, k)) return -1;
            // "will send a further 42 under a contract financed by the EU": the payer of another phrase
            if (t.is("and")) return -1;
            // "54 more sold to Ukraine with EU and US money": whose money it is gives them
            if (t.is("with")) {
                int at = k + 1 < s.to() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
                for (DonorLexicon.Group g : groups) if (g.from() == at && Words.moneyOfNamesFrom(tokens, at, s.to())) return at;
            }
            // "about 90 T-72s, a third of them paid for by the Netherlands": who paid for a part, not who gave the whole
            if ((t.is("them") || t.is("which") || t.is("these")) && tokens.get(k - 1).is("of")) return -1;
            if (!pastAPhrase && (t.is("under") || t.is("with") || t.is("as") || t.is("through") || t.is("via"))) return -1;
            if (!t.is("by")) continue;
            boolean paid = Words.paidBy(tokens, k, to) || tokens.get(k - 1).is("jointly") && k - 2 >= to && PAYING.contains(tokens.get(k - 2).norm());
            if (!paid) continue;
            int at = k + 1;
            if (at < s.to() && tokens.get(at).is("the")) at++;
            return at;
        }
        return -1;
    }

    /** "16 Zuzana 2 howitzers paid for by Denmark, Germany and Norway": whoever pays for them gives them. */
    private boolean paidFor(int to, int by) {
        if (by - to > 3 || by <= to) return false;
        for (int k = to; k < by; k++) if (!PAYING.contains(tokens.get(k).norm())) return false;
        return true;
    }

    /** Whether a verb of buying governs the clause before token {@code at}. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("after", "because", "since", "although", "though", "when",
            "before", "until", "as", "if", "unless");

    /** Where a subordinate clause set off by a comma starts before {@code end}: "..., after Switzerland refused to ...". */
    private int subordinateStart(int from, int end) {
        for (int k = from; k + 1 < end; k++) if (tokens.get(k).isPunct(',') && SUBORDINATORS.contains(tokens.get(k + 1).norm())) return k;
        return end;
    }

    private static final java.util.Set<String> RANK_WORDS = java.util.Set.of("ranks", "ranked", "ranking", "second", "third", "fourth",
            "fifth", "largest", "biggest", "top");

    private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "fewer", "less", "larger", "bigger", "greater");

    /** "The UK ranks second after the United States": the donor a ranking compares with, not the one it ranks. */
    private boolean comparedWith(Sentence s, DonorLexicon.Group g) {
        int by = before(s, g);
        if (by < s.from()) return false;
        Token t = tokens.get(by);
        // "twice as many as the Czech Republic", "more tanks than any other country": the measure, not the giver
        if (t.is("as") && by - 1 >= s.from() && (tokens.get(by - 1).is("many") || tokens.get(by - 1).is("much"))) return true;
        if (t.is("than")) {
            for (int k = by - 1; k >= s.from() && k >= by - 3; k--) if (COMPARATIVES.contains(tokens.get(k).norm())) return true;
        }
        // ("Ranked below France because the AS-90s arrived later": a place in a ranking)
        boolean comparing = t.is("after") || t.is("behind") || t.is("than") || t.is("below") || t.is("above")
                || t.is("of") && by - 1 >= s.from() && tokens.get(by - 1).is("ahead");
        if (!comparing) return false;
        // "ahead of Germany with €17.7 billion": the figure after the name is that donor's own
        if (g.to() < s.to() && (tokens.get(g.to()).is("with") || tokens.get(g.to()).is("at") || tokens.get(g.to()).isPunct('('))) return false;
        for (int k = s.from(); k < by; k++) if (RANK_WORDS.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** The token before a group of donors, past "the": "from" in "from the United States". */
    private int before(Sentence s, DonorLexicon.Group g) {
        int by = g.from() - 1;
        if (by >= s.from() && tokens.get(by).is("the")) by--;
        return by;
    }

    /** "..., according to the German government": who says it, named after the claim, not who gives. */
    private boolean source(Sentence s, DonorLexicon.Group g) {
        int by = before(s, g);
        return by - 1 >= s.from() && tokens.get(by).is("to") && tokens.get(by - 1).is("according");
    }

    private static final java.util.Set<String> MAKING = java.util.Set.of("produced", "manufactured", "built", "made", "developed", "assembled");

    /** "15 Caesar howitzers, to be produced by KNDS France": the maker (or the country in its name), not the giver. */
    private boolean maker(Sentence s, DonorLexicon.Group g) {
        for (int k = g.from() - 1; k - 1 >= s.from() && k >= g.from() - 3; k--) {
            if (tokens.get(k).is("by") && MAKING.contains(tokens.get(k - 1).norm())) return true;
            if (!tokens.get(k).capitalized()) return false;
        }
        return false;
    }

    /** "buy a NASAMS from the United States": the group a buyer buys from. */
    private boolean seller(Sentence s, DonorLexicon.Group g) {
        int by = before(s, g);
        return by >= s.from() && tokens.get(by).is("from") && purchaseBefore(s, by);
    }

    private static final java.util.Set<String> PAIRS = java.util.Set.of("countries", "governments", "nations", "states", "allies", "partners");

    /**
     * "promised by both countries", "pledged by four countries": the sentence sums what donors named before gave, and
     * names no donor itself.
     */
    boolean bothNamed(Sentence s) {
        return DonorLexicon.groups(tokens, donorMentions.get(s.index())).isEmpty() && donorsCounted(s) >= 2;
    }

    /** The last {@code n} donors that gave alone, of the drafts {@code which} accepts, latest first. */
    private java.util.LinkedHashSet<String> lastDonors(int n, java.util.function.Predicate<Draft> which) {
        java.util.LinkedHashSet<String> last = new java.util.LinkedHashSet<>();
        for (int i = drafts.size() - 1; i >= 0 && last.size() < n; i--) {
            Draft d = drafts.get(i);
            if (!d.title && !d.donorKey.isEmpty() && !d.donorKey.contains(";") && !d.claim.kind().equals(Claim.AGGREGATE) && which.test(d)) {
                last.add(d.donorKey);
            }
        }
        return last;
    }

    /**
     * "the two countries", "both governments", "pledged by four countries": how many donors named before the sentence
     * speaks of together; 0 if it speaks of none so.
     */
    private int donorsCounted(Sentence s) {
        for (int k = s.from(); k + 1 < s.to(); k++) {
            if (!PAIRS.contains(tokens.get(k + 1).norm())) continue;
            if (tokens.get(k).is("both")) return 2;
            NumberParser.NumberMatch n = NumberParser.at(tokens, k, k + 1);
            if (n != null && n.plain() && n.value().scale() <= 0 && n.value().intValue() >= 2 && n.value().intValue() <= 12) return n.value().intValue();
        }
        return 0;
    }

    private boolean purchaseBefore(Sentence s, int at) {
        for (int k = at - 1; k >= s.from() && !tokens.get(k).isPunct(';'); k--) if (Words.BUYING.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** Whether tokens {@code from}..{@code to} are only names joined by "and", "or" and commas. */
    boolean coordinated(Sentence s, int from, int to) {
        List<Mention> ms = sentenceMentions.get(s.index());
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("and") || t.is("or") || t.isPunct(',')) continue;
            final int at = k;
            if (ms == null || ms.stream().noneMatch(m -> m.from <= at && at < m.to)) return false;
        }
        return true;
    }

    /** Whether another system or class is named between two tokens: "held by Poland" then belongs to that one. */
    boolean nameBetween(Sentence s, int from, int to) {
        List<Mention> ms = sentenceMentions.get(s.index());
        if (ms == null) return false;
        for (Mention m : ms) if (m.from >= from && m.to <= to && m.from < m.to) return true;
        return false;
    }

    /** A semicolon, or a comma opening another clause (", and", ", but", ", while", ", whereas"), between two tokens. */
    boolean clauseBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isPunct(';')) return true;
            if (tokens.get(k).isPunct(',') && k + 1 < to && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("but")
                    || tokens.get(k + 1).is("while") || tokens.get(k + 1).is("whereas"))) return true;
        }
        return false;
    }

    boolean semicolonBetween(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).isPunct(';')) return true;
        return false;
    }

    Donors donors(List<DonorLexicon.DonorRef> refs, boolean fallback) {
        // "Member States had delivered approximately 524 000 rounds" in a text on the EU: the EU's members
        if (refs.size() == 1 && refs.get(0).name().equals(DonorLexicon.MEMBER_STATES) && namesTheEu()) {
            DonorLexicon.DonorRef eu = donors.ref(DonorLexicon.EU_CODE);
            return new Donors(eu.name(), eu.code(), true, fallback);
        }
        if (refs.stream().anyMatch(DonorLexicon.DonorRef::collective)) {
            String name = refs.stream().filter(DonorLexicon.DonorRef::collective).map(DonorLexicon.DonorRef::name)
                    .filter(n -> n.contains("partners")).findFirst().orElse("NATO allies");
            return new Donors(name, DonorLexicon.COLLECTIVE_CODE, true, fallback);
        }
        String name = refs.stream().map(DonorLexicon.DonorRef::name).collect(Collectors.joining("; "));
        String key = refs.stream().map(DonorLexicon.DonorRef::code).sorted().collect(Collectors.joining(";"));
        return new Donors(name, key, refs.stream().anyMatch(DonorLexicon.DonorRef::many), fallback);
    }

    private DonorLexicon.Group weNamed;
    private boolean weLooked;

    /**
     * The donors a statement's opening "We, the Ministers of Defence of Denmark, Estonia, ... and Sweden," names as its
     * "we" (two or more, before the clause's verb); null if it names none.
     */
    private DonorLexicon.Group weNamed() {
        if (weLooked) return weNamed;
        weLooked = true;
        for (Sentence s : sentences) {
            int a = s.from();
            if (a + 2 >= s.to() || !tokens.get(a).is("we") || !tokens.get(a + 1).isPunct(',')) continue;
            for (DonorLexicon.Group g : DonorLexicon.groups(tokens, donorMentions.get(s.index()))) {
                if (g.donors().size() >= 2 && g.from() - a <= 12 && !g.collective()) return weNamed = g;
            }
        }
        return null;
    }

    private static final java.util.Set<String> OUR_GROUP = java.util.Set.of("countries", "nations", "governments", "states");

    /** Whether "our countries" (or "we", "our nations") stands before token {@code from} in its sentence. */
    private boolean firstPersonBefore(Sentence s, int from) {
        for (int k = s.from(); k < from; k++) {
            if (tokens.get(k).is("we") || tokens.get(k).is("our") && k + 1 < from && OUR_GROUP.contains(tokens.get(k + 1).norm())) return true;
        }
        return false;
    }

    /** Whether "the Council" (not "of Europe") stands before token {@code from} in the sentence. */
    private boolean councilBefore(Sentence s, int from) {
        for (int k = s.from() + 1; k < from; k++) {
            if (tokens.get(k).is("council") && tokens.get(k).capitalized() && (tokens.get(k - 1).is("the") || tokens.get(k - 1).is("european"))
                    && !(k + 1 < s.to() && tokens.get(k + 1).is("of") && k + 2 < s.to() && tokens.get(k + 2).is("europe"))) return true;
        }
        return false;
    }

    private Boolean namesTheEu;

    /** Whether the text names the European Union or its Peace Facility anywhere. */
    private boolean namesTheEu() {
        if (namesTheEu == null) namesTheEu = donorMentions.values().stream().flatMap(List::stream).anyMatch(m -> DonorLexicon.isOrganisation(m.donor().code()));
        return namesTheEu;
    }

    /** Several donors named together, one by one: "Denmark and Sweden will each fund 20 vehicles". */
    List<Donors> oneByOne(Donors d) {
        List<Donors> out = new ArrayList<>();
        for (String code : d.key.split(";")) out.add(donors(List.of(donors.ref(code)), d.fallback));
        return out;
    }

    /** "each" between a group of donors and a count (in one clause): every donor gives that many. */
    boolean eachGives(Sentence s, int countFrom) {
        for (int k = countFrom - 1; k >= s.from() && k >= countFrom - 6; k--) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(';')) return false;
            if (tokens.get(k).is("each")) return true;
        }
        return false;
    }

    boolean ownDollar(String donorKey) {
        return donorKey.equals("CAN") || donorKey.equals("AUS") || donorKey.equals("NZL") || donorKey.equals("TWN") || donorKey.equals("SGP");
    }

    /**
     * A system named again in a sentence that names no donor is the one claimed before: its donor is that claim's
     * ("Australia will give 49 Abrams ... Marles declined to say when the Abrams would arrive"), else {@code guess}.
     */
    Donors ofEarlierClaim(String itemKey, Donors guess, Sentence s) {
        // under a heading naming a donor, the system named in another donor's section is not this one's ("Italy: ... M109",
        // "Norway: 22 M109")
        int since = sectionLabel(s.index()) != null ? sectionStarts[s.index()] : -1;
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.claim.start() < since) break;
            if (d.itemKey.equals(itemKey) && d.claim.donor() != null && !d.title) return new Donors(d.claim.donor(), d.donorKey, false, false);
        }
        return guess;
    }

    /**
     * A donor who gives "together with" or "jointly with" others gives jointly with them: "the Netherlands will deliver a
     * Patriot battery together with Germany", "100 Leopard 1 tanks (jointly with Denmark)". "In cooperation with" is
     * help, not a joint gift.
     */
    Donors withPartners(Sentence s, int from, int to, Donors d) {
        if (d.collective || d.name == null) return d;
        // "the joint Leopard 1 initiative with Germany and Denmark": "joint" before the name, "with" after its noun
        if (from - 1 >= s.from() && tokens.get(from - 1).is("joint")) {
            for (int w = to; w < s.to() && w <= to + 2; w++) {
                if (!tokens.get(w).is("with")) continue;
                Donors joint = partnersAt(s, w + 1, d);
                if (joint != null) return joint;
            }
        }
        // "The United States ... and, with the Netherlands, has supplied interceptors": a partner set off by commas before the verb
        int close = from - 1;
        while (close > s.from() && close >= from - 3 && tokens.get(close).kind() == Token.Kind.WORD && !tokens.get(close).capitalized()) close--;
        if (close > s.from() && tokens.get(close).isPunct(',')) {
            for (int open = close - 2; open >= s.from() && open >= close - 6; open--) {
                if (!tokens.get(open).isPunct(',')) continue;
                if (tokens.get(open + 1).is("with")) {
                    Donors joint = partnersAt(s, open + 2, d);
                    if (joint != null) return joint;
                }
                break;
            }
        }
        for (int k = s.from(); k + 2 < s.to(); k++) {
            Token t = tokens.get(k);
            if (!(t.is("together") || t.is("jointly") || t.is("along"))) continue;
            // "jointly funded with the United States": a participle may stand between
            int with = tokens.get(k + 1).is("with") ? k + 1 : k + 3 < s.to() && PAYING.contains(tokens.get(k + 1).norm()) && tokens.get(k + 2).is("with")
                    ? k + 2 : -1;
            if (with < 0) continue;
            // "Sweden has donated 50 CV90s, and Denmark has provided 100 Leopard 1 tanks together with Germany": another clause's partner
            if (clauseBreakBetween(Math.min(k, from), Math.max(k, to))) continue;
            // "Hawk missiles ..., a package that also includes 45 T-72B tanks paid for jointly with the Netherlands": the nearer name's
            if (k > to && nameBetween(s, to, k)) continue;
            // "through the drone coalition it leads together with the United Kingdom": whom it leads a coalition with
            if (k > to && leadingBetween(to, k)) continue;
            Donors joint = partnersAt(s, with + 1, d);
            if (joint != null) return joint;
        }
        return d;
    }

    private static final java.util.Set<String> LEADING = java.util.Set.of("leads", "led", "co-leads", "chairs", "co-chairs", "heads", "coordinates",
            "runs", "founded", "launched");

    private boolean leadingBetween(int from, int to) {
        for (int k = from; k < to; k++) if (LEADING.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** {@code d} with the donors named right at token {@code at} (after "with"); null when none are named there. */
    private Donors partnersAt(Sentence s, int at, Donors d) {
        // the names after "with" are no donors of their own (a partner, not a giver); read them here
        for (DonorLexicon.Group g : DonorLexicon.groups(tokens, donors.find(tokens, at, Math.min(s.to(), at + 8)))) {
            if (g.from() > at + 1 || g.collective()) continue;
            List<DonorLexicon.DonorRef> refs = new ArrayList<>();
            for (String code : d.key.split(";")) refs.add(donors.ref(code));
            for (DonorLexicon.DonorRef p : g.donors()) if (refs.stream().noneMatch(x -> x.code().equals(p.code()))) refs.add(p);
            return donors(refs, false);
        }
        return null;
    }
}
