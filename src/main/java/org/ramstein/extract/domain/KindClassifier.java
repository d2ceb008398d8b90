package org.ramstein.extract.domain;

import java.util.Set;

/**
 * The kind of a claim from the cues around it ({@link Cues}): a participle inside its noun phrase ("four promised
 * systems"), else the nearest pledge or delivery cue before it in its clause, else after it; neutral cues only
 * ("includes", "package") make a pledge; no cue at all, no claim; a line opened by a mark the text keys to a status
 * ({@link StatusMarks}) has the kind the mark says. Also whether the governing cue is negated or a request.
 */
final class KindClassifier extends ReadingPart {

    /** The kind a text declares its bare figures have ("Figures are systems delivered unless marked otherwise"); or null. */
    private final String declared;

    KindClassifier(Reading r) {
        super(r);
        this.declared = declaredKind(text);
    }

    /** An introduction that says both kinds ("pledged and delivered"), and so neither. */
    private static final byte BOTH = (byte) 99;

    private static final java.util.regex.Pattern DECLARED = java.util.regex.Pattern.compile(
            "(?i)\\b(?:figures|numbers|counts|quantities)\\s+(?:are|show|give|refer\\s+to)\\s+(?:(?:the|number|of|[a-z]+s)\\s+){0,3}?"
                    + "(delivered|pledged|promised|committed|handed\\s+over|received)\\b");

    /** "Figures are systems delivered unless marked otherwise": the kind a count without a verb of its own has in this text. */
    static String declaredKind(String text) {
        // most texts declare nothing: a look for the nouns first spares them the pattern
        if (text.indexOf("igures ") < 0 && text.indexOf("umbers ") < 0 && text.indexOf("ounts ") < 0 && text.indexOf("uantities ") < 0) return null;
        java.util.regex.Matcher m = DECLARED.matcher(text);
        if (!m.find()) return null;
        String w = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return w.equals("pledged") || w.equals("promised") || w.equals("committed") ? Claim.PLEDGE : Claim.DELIVERY;
    }

    /** The kind a cue gives a claim, and whether the cue is negated or a request. */
    static final class Kind {
        final String kind;
        final boolean negated;
        final boolean requested;
        final int cue;
        /** Whether only the text's declaration of what its figures are gives the kind. */
        final boolean declared;

        Kind(String kind, boolean negated, boolean requested, int cue) {
            this(kind, negated, requested, cue, false);
        }

        Kind(String kind, boolean negated, boolean requested, int cue, boolean declared) {
            this.kind = kind;
            this.negated = negated;
            this.requested = requested;
            this.cue = cue;
            this.declared = declared;
        }
    }

    /** What {@link #headingKind} returns for a heading over what was asked for. */
    private static final String REQUESTED = "requested";

    /**
     * The kind the heading of a sentence's block says: the line its line is indented under, else the first line of its
     * block of lines (up to the blank line before it), where that line is short and reads as a heading ("Section B -
     * Pledges made in the period", "3. PLEDGES (ANNOUNCED, NOT YET DELIVERED):"); {@link #REQUESTED} where it heads what
     * was asked for ("Ukraine's asks"); null if there is none or it says no kind.
     */
    private String headingKind(Sentence s) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        int indent = indentAt(lineStart);
        String head = null;
        for (int at = lineStart; at > 0; ) {
            int prev = text.lastIndexOf('\n', at - 2) + 1;
            String line = text.substring(prev, at - 1);
            if (line.isBlank()) break;
            head = line.strip();
            if (indentAt(prev) < indent) break;
            at = prev;
        }
        if (head == null || head.length() > 100 || head.endsWith(".") || head.endsWith("!") || head.endsWith("?")) return null;
        String h = head.toLowerCase(java.util.Locale.ROOT);
        String said = LineKinds.said(h);
        // "* Ukraine's asks (not pledges)": what the lines under it list was asked for
        return said == null && LineKinds.asked(h) ? REQUESTED : said;
    }

    private int indentAt(int lineStart) {
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        return k - lineStart;
    }

    /**
     * The kind of a claim at tokens {@code from}..{@code to}: from a participle inside its noun phrase ("four promised
     * systems"), else the nearest pledge or delivery cue before it, else after it in its clause; neutral cues only
     * ("includes", "package") make a pledge. Null when the sentence (and, for a list item, its introduction) has no cue.
     */
    Kind kind(Sentence s, int from, int to, byte[] cues, byte npKind) {
        // "✅ 31 Abrams" under "✅ = delivered": the line's mark says its kind
        String marked = r.marks.kindAt(tokens.get(from).start());
        if (marked != null) {
            boolean refused = marked.equals(StatusMarks.REFUSED);
            return new Kind(refused ? Claim.PLEDGE : marked, refused, false, -1);
        }
        int a = s.from();
        int b = s.to();
        int clauseStart = a;
        for (int k = from - 1; k >= a; k--) if (tokens.get(k).isPunct(';') || concessive(k)) {
            clauseStart = k + 1;
            break;
        }
        int clauseEnd = clauseEnd(to, b);
        // "Of the 40 Marders that Germany promised, all have arrived": the fronted whole says its own kind, up to its comma
        if (from - 2 == a && tokens.get(a).is("of") && tokens.get(a + 1).is("the")) {
            for (int k = to; k < clauseEnd; k++) if (tokens.get(k).isPunct(',')) {
                clauseEnd = k;
                break;
            }
        }
        int cue = -1;
        byte kind = npKind;
        boolean any = npKind != Cues.NONE;
        // the subject of its own clause ("..., confirming that Storm Shadow missiles are now in Ukraine") takes its verb after it
        // ("Portugal: the three Leopard 2A6 tanks it promised in February have arrived": after its article)
        int np = from - 1 >= a && tokens.get(from - 1).is("the") ? from - 1 : from;
        if (np - 1 >= a && tokens.get(np - 1).is("all")) np--; // "that all 8 Archer howitzers it had promised had arrived"
        boolean subject = np == a || tokens.get(np - 1).is("that") || tokens.get(np - 1).is("which") || tokens.get(np - 1).isPunct(':')
                // "..., and the first F-16s are expected in Ukraine": the subject of a second clause
                || np - 2 >= a && (tokens.get(np - 1).is("and") || tokens.get(np - 1).is("but")) && tokens.get(np - 2).isPunct(',');
        // "..., with a second one promised for the autumn": the participle after a name that "with" opens is its own verb
        if (kind == Cues.NONE && from - 1 > a && tokens.get(from - 1).is("with") && to < b && (cues[to - a] == Cues.PLEDGE || cues[to - a] == Cues.DELIVERY)
                && (tokens.get(to).norm().endsWith("ed") || IRREGULAR_PARTICIPLES.contains(tokens.get(to).norm()))) {
            kind = cues[to - a];
            cue = to;
            any = true;
        }
        if (kind == Cues.NONE && subject) {
            // "that 20,000 rounds of 155 mm ammunition from an industry order were on their way": the verb may come late
            boolean relativeVerb = false; // the first verb after "that" is the relative clause's
            for (int k = to; k < clauseEnd && k < to + 10; k++) {
                if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(';')) break;
                int closing = bracketWithCount(k, clauseEnd); // "HIMARS: 39 (plus 20 more pledged for 2025)": another count's verb
                if (closing > k) {
                    k = closing;
                    continue;
                }
                // ("the three tanks it promised in February have arrived", "all 8 howitzers it had promised had arrived": the
                // verb of a clause describing the name, not its own)
                if (tokens.get(k).is("that") || tokens.get(k).is("which") || k == to && Words.SUBJECT_PRONOUNS.contains(tokens.get(to).norm()))
                    relativeVerb = true;
                byte c = cues[k - a];
                if (relativeVerb && (c == Cues.PLEDGE || c == Cues.DELIVERY)) {
                    relativeVerb = false;
                    continue;
                }
                if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && !(k == to && tokens.get(k).norm().endsWith("ed"))) {
                    kind = c;
                    cue = k;
                    any = true;
                    break;
                }
            }
        }
        // "..., and three Marders needed new engines on arrival": the subject of a second clause whose own verb gives nothing
        // takes no verb of the clause before it
        if (kind == Cues.NONE && np - 2 >= a && tokens.get(np - 2).isPunct(',') && (tokens.get(np - 1).is("and") || tokens.get(np - 1).is("but"))
                && to < b && tokens.get(to).kind() == Token.Kind.WORD && tokens.get(to).norm().endsWith("ed") && cues[to - a] == Cues.NONE
                && !tokens.get(to).is("followed")) return null; // ("..., and 20 howitzers followed in May": as the first were)
        if (kind == Cues.NONE) {
            int[] aside = relativeAsideBefore(clauseStart, from);
            // a name inside a relative clause ("..., which join the 10 tanks delivered last year") is not the object of the verb before it
            int floor = aside[0] >= 0 && aside[1] < 0 ? aside[0] + 1 : clauseStart;
            for (int k = from - 1; k >= floor; k--) {
                byte c = cues[k - a];
                if (c != Cues.NONE) any = true;
                if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && (firstTimeAside(s, k) || k > aside[0] && k < aside[1])) continue;
                // "listed 14 tanks, ..., a figure he declined to give us, and more than 200,000 rounds": an aside's verb, refused
                if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && listGoesOn(k, from) && Cues.negatedBefore(tokens, k, floor)) continue;
                if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                    kind = c;
                    cue = k;
                    // "had sent three tanks last spring and would now add 14 M113s": a second predicate, still to come
                    if (modalPredicateBetween(k + 1, from)) kind = Cues.PLEDGE;
                    break;
                }
            }
        }
        // "Thanks to Norway, we received two NASAMS systems; thanks to Germany, three IRIS-T SLM systems": a clause after a
        // semicolon with no verb of its own shares the verb of the clause before it
        if (kind == Cues.NONE && clauseStart > a && tokens.get(clauseStart - 1).isPunct(';') && !cueBetween(cues, a, clauseStart, clauseEnd)) {
            for (int k = clauseStart - 2; k >= a; k--) {
                if (cues[k - a] == Cues.PLEDGE || cues[k - a] == Cues.DELIVERY) {
                    kind = cues[k - a];
                    cue = k;
                    any = true;
                    break;
                }
            }
        }
        byte relative = Cues.NONE;
        int relativeAt = -1;
        boolean relativeOwnClause = false; // "the 40 Marders that Germany promised": a clause of its own, not a participle
        if (kind == Cues.NONE) {
            boolean relativeClause = false;
            for (int k = to; k < clauseEnd; k++) {
                // "is sending 200 carriers, which it ordered in November, and has delivered four howitzers": another predicate
                // ("19 F-16 pledged, none arrived so far": another count's clause; "18 tanks, all delivered": the same count's
                // verb, unless a participle already said what the count is: "8 Archer pledged, all delivered")
                if (coordinatedPredicate(k) || otherCountsClause(k, clauseEnd, cues, a, relative != Cues.NONE)) break;
                // "HIMARS: 39 (plus 20 more pledged for 2025)": the verb of another count, in brackets
                int closing = bracketWithCount(k, clauseEnd);
                if (closing > k) {
                    k = closing;
                    continue;
                }
                // "8 Leopard 2A4, four of which arrived": the verb of a part says nothing of the whole ("all of which" is the whole)
                if (tokens.get(k).is("of") && k + 1 < clauseEnd && (tokens.get(k + 1).is("which") || tokens.get(k + 1).is("them"))
                        && k - 1 >= a && !WHOLE.contains(tokens.get(k - 1).norm())) break;
                byte c = cues[k - a];
                if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && ownSubjectBefore(s, k, to)) break;
                if (c != Cues.NONE) any = true;
                if (tokens.get(k).is("that") || tokens.get(k).is("which")) relativeClause = true;
                if ((c == Cues.PLEDGE || c == Cues.DELIVERY) && firstTimeAside(s, k)) continue;
                if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                    // "18 howitzers pledged last year have been delivered": the participle right after the name describes it;
                    // "ten tanks that Sweden pledged in 2023 have all been delivered": so does a relative clause
                    // ("- Mistral missiles, bought through the European Peace Facility": set off by a comma)
                    // ("Zuzana 2: 16, bought by Denmark, ...": how its count was paid for)
                    boolean describing = k == to || k == sameKindAfter(to, clauseEnd) || k - 1 >= to && tokens.get(k - 1).isPunct(',') && ACQUIRED.contains(tokens.get(k).norm());
                    if ((describing || relativeClause) && relative == Cues.NONE && (tokens.get(k).norm().endsWith("ed")
                            || IRREGULAR_PARTICIPLES.contains(tokens.get(k).norm()) || relativeClause)) {
                        relative = c;
                        relativeAt = k;
                        relativeOwnClause = relativeClause;
                        // ", bought through a US contract)": the words of how it was paid for are that phrase's, up to its end
                        if (tokens.get(k - 1).isPunct(',') && ACQUIRED.contains(tokens.get(k).norm())) {
                            while (k + 1 < clauseEnd && !(tokens.get(k + 1).isPunct(',') || tokens.get(k + 1).isPunct(')'))) k++;
                        }
                        continue;
                    }
                    kind = c;
                    cue = k;
                    break;
                }
            }
            // a list item's introduction says more than a participle describing the name ("What has been delivered so far?")
            // (but not more than a relative clause of its own: "Of the 40 Marders that Germany promised, all have arrived")
            if (kind == Cues.NONE && relative != Cues.NONE && (s.intro() < 0 || relativeOwnClause)) {
                // "Zuzana 2: 16, bought by Denmark, Germany and Norway" where figures are declared delivered: how they were paid for
                if (declared != null && ACQUIRED.contains(tokens.get(relativeAt).norm())) return declared();
                kind = relative;
                cue = relativeAt;
            }
        }
        if (!any) for (byte c : cues) if (c != Cues.NONE) any = true;
        // a list item whose own words say no kind ("more than 10,000 anti-tank weapons, including NLAWs") takes its introduction's,
        // or that of the sentences before it in its paragraph ("Partners have promised 150 tanks. Here is where things stand.")
        if (kind == Cues.NONE && s.intro() >= 0) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, sentences.get(s.intro()).start() - 1)) + 1;
            // ("Tanks pledged and delivered." says both, and so neither: the item's own participle says which)
            for (int i = s.intro(); i >= 0 && kind == Cues.NONE && sentences.get(i).start() >= lineStart; i--) {
                Sentence intro = sentences.get(i);
                byte[] ic = Cues.of(tokens, intro.from(), intro.to());
                byte said = Cues.NONE;
                for (byte c : ic) {
                    if (c != Cues.NONE) any = true;
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) said = said == Cues.NONE || said == c ? c : BOTH;
                }
                if (said == BOTH) break;
                kind = said;
            }
        }
        if (kind == Cues.NONE && relative != Cues.NONE) { // the participle after all, where the introduction said nothing
            kind = relative;
            cue = relativeAt;
        }
        // "M777: more than 180" where the text declares its figures delivered
        if (kind == Cues.NONE && declared != null && (relative == Cues.NONE || ACQUIRED.contains(tokens.get(relativeAt).norm()))) return declared();
        if (!any) {
            // "2. DELIVERIES (RECEIPT CONFIRMED):" over "  A. DEU: IRIS-T SLM X1": a line with no word of its own takes its heading's
            String headed = headingKind(s);
            return headed == null ? null : REQUESTED.equals(headed) ? new Kind(Claim.PLEDGE, false, true, -1) : new Kind(headed, false, false, -1);
        }
        int governing = cue >= 0 ? cue : firstCue(cues, a, from);
        // "would not include additional ATACMS, after Washington sent some in April": the verb of the name's own clause is negated
        int nearest = firstCue(cues, a, from);
        boolean negated = Cues.negatedBefore(tokens, governing >= 0 ? governing : from, clauseStart)
                || governing >= 0 && governing < from && Cues.negatedBefore(tokens, from, governing + 1)
                || nearest >= clauseStart && nearest != governing && Cues.negatedBefore(tokens, nearest, clauseStart) && !listGoesOn(nearest, from);
        int requestEnd = governing >= 0 && governing < from ? governing : from;
        // "... tanks are also in demand: Germany has delivered eight Biber": a request before a colon is another clause's
        int requestFrom = a;
        for (int k = a; k < requestEnd; k++) if (tokens.get(k).isPunct(':')) requestFrom = k + 1;
        // "NLD offered 2 Patriot launchers; the request for 5 further batteries remains open": a verb borrowed from the clause
        // before does not outweigh a request in the count's own clause
        boolean requested = Cues.requestIn(tokens, requestFrom, requestEnd)
                || governing >= 0 && governing < clauseStart && Cues.requestIn(tokens, clauseStart, from);
        return new Kind(kind == Cues.DELIVERY ? Claim.DELIVERY : Claim.PLEDGE, negated, requested, cue);
    }

    /**
     * Whether ", and" comes between tokens {@code k} and {@code to}: "..., a figure he declined to give us, and more than 200,000
     * rounds": the list goes on past an aside, whose verb speaks of the item before it.
     */
    private boolean listGoesOn(int k, int to) {
        for (int j = k + 1; j + 1 < to; j++) if (tokens.get(j).isPunct(',') && tokens.get(j + 1).is("and")) return true;
        return false;
    }

    /** The kind the text declares its figures have: of a figure only, not of a name without one. */
    private Kind declared() {
        return new Kind(declared, false, false, -1, true);
    }

    /** Where the bracket opening at token {@code k} closes, if it holds a count of its own; -1 otherwise. */
    private int bracketWithCount(int k, int end) {
        if (!tokens.get(k).isPunct('(')) return -1;
        boolean count = false;
        for (int j = k + 1; j < end && j < k + 16; j++) {
            if (tokens.get(j).isPunct(')')) return count ? j : -1;
            count |= tokens.get(j).kind() == Token.Kind.NUMBER;
        }
        return -1;
    }

    /**
     * The nearest relative clause set off by a comma before token {@code from} ("19 tanks, which join the 10 delivered last
     * year, and 30 M113s"; "18 tanks, four of which arrived in May, and 20 howitzers"): its "which" and the comma that
     * closes it before {@code from} (its verbs speak of something else), or -1 for that comma where the name stands inside
     * the clause; {-1, -1} where there is none.
     */
    private int[] relativeAsideBefore(int clauseStart, int from) {
        for (int k = from - 1; k > clauseStart; k--) {
            if (!(tokens.get(k).is("which") || tokens.get(k).is("who"))) continue;
            int opening = k - 1;
            if (tokens.get(opening).is("of")) opening = opening - 2 >= clauseStart && tokens.get(opening - 2).isPunct(',') ? opening - 2 : -1;
            if (opening < clauseStart || !tokens.get(opening).isPunct(',')) continue;
            for (int c = k + 1; c < from; c++) if (tokens.get(c).isPunct(',')) return new int[] {k, c};
            return new int[] {k, -1};
        }
        return new int[] {-1, -1};
    }

    private static final java.util.Set<String> SORTS = java.util.Set.of("model", "type", "kind", "version", "variant", "class", "make");

    /** The token after "of the same model" (or "of this type") right after a name, so the participle after it still describes it. */
    private int sameKindAfter(int to, int end) {
        if (to + 2 >= end || !tokens.get(to).is("of")) return to;
        int k = to + 1;
        if (tokens.get(k).is("the") && tokens.get(k + 1).is("same")) k += 2;
        else if (tokens.get(k).is("this") || tokens.get(k).is("that")) k++;
        else return to;
        return k < end && SORTS.contains(tokens.get(k).norm()) ? k + 1 : to;
    }

    /** Participles that say how a thing was paid for, not what became of it: "Mistral missiles, bought through the EPF". */
    private static final java.util.Set<String> ACQUIRED = java.util.Set.of("bought", "purchased", "procured", "paid", "financed", "funded",
            "ordered");

    /** Participles not ending in -ed that may describe a name right before them: "50,000 shells bought under the initiative". */
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("paid", "bought", "sold", "sent", "given", "built",
            "made", "held", "kept");
    private static final java.util.Set<String> MADE = java.util.Set.of("built", "produced", "manufactured", "made", "refurbished", "repaired",
            "delivered", "assembled");

    /**
     * "200 Senator vehicles, which are still being built", "yet to be delivered": what is not made or handed over yet is
     * promised, whatever verb the list it stands in has.
     */
    boolean notYetMade(Sentence s, int to) {
        for (int k = to; k + 1 < s.to() && k < to + 8; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';')) return false;
            if (t.is("being") && MADE.contains(tokens.get(k + 1).norm())) return true;
            if ((t.is("yet") || t.is("still")) && k + 3 < s.to() && tokens.get(k + 1).is("to") && tokens.get(k + 2).is("be")
                    && MADE.contains(tokens.get(k + 3).norm())) return true;
            if (t.is("not") && k + 2 < s.to() && tokens.get(k + 1).is("yet") && MADE.contains(tokens.get(k + 2).norm())) return true;
        }
        return false;
    }

    /**
     * The kind a relative clause right after a name gives it: "the Aspide system it delivered in the summer" (delivery),
     * "the 13 jets it promised" (pledge); null when there is none.
     */
    String describedAfter(Sentence s, int to) {
        int k = to;
        if (k < s.to() && (tokens.get(k).is("that") || tokens.get(k).is("which"))) k++;
        if (k + 1 >= s.to() || !Words.SUBJECT_PRONOUNS.contains(tokens.get(k).norm())) return null;
        k++;
        if (k < s.to() && (tokens.get(k).is("has") || tokens.get(k).is("have") || tokens.get(k).is("had") || tokens.get(k).is("already"))) k++;
        if (k >= s.to()) return null;
        String w = tokens.get(k).norm();
        if (w.equals("delivered") || w.equals("sent") || w.equals("gave") || w.equals("supplied") || w.equals("donated") || w.equals("handed")
                || w.equals("gifted") || w.equals("provided") || w.equals("transferred")) return Claim.DELIVERY;
        if (w.equals("promised") || w.equals("pledged") || w.equals("committed") || w.equals("offered")) return Claim.PLEDGE;
        return null;
    }

    /** ", though ...", ", although ...": a clause of its own, whose verbs say nothing of the clause before. */
    private boolean concessive(int k) {
        return (tokens.get(k).is("though") || tokens.get(k).is("although")) && k - 1 >= 0 && tokens.get(k - 1).isPunct(',');
    }

    /** Whether token {@code k} opens a second predicate of the same subject: ", and has delivered". */
    private boolean coordinatedPredicate(int k) {
        if (!tokens.get(k).is("and") || k - 1 < 0 || !tokens.get(k - 1).isPunct(',') || k + 1 >= tokens.size()) return false;
        Token next = tokens.get(k + 1);
        return next.is("has") || next.is("have") || next.is("had") || next.is("will") || next.is("would") || next.is("is") || next.is("are");
    }

    private static final Set<String> PART_SUBJECTS = Set.of("none", "most", "half", "some");
    private static final Set<String> LINKING = Set.of("after", "with", "and", "plus", "while", "besides");

    /**
     * Whether a comma at token {@code k} opens a clause of another count with its own verb: ", none arrived", ", 6 have been
     * delivered", ", after 10 delivered"; ", all delivered" only when the count before was {@code described} already.
     */
    private boolean otherCountsClause(int k, int end, byte[] cues, int a, boolean described) {
        if (!tokens.get(k).isPunct(',') || k + 2 >= end) return false;
        // ", after 10 delivered in 2023", ", with 6 already handed over": a linking word before the other count
        int at = LINKING.contains(tokens.get(k + 1).norm()) && k + 3 < end ? k + 2 : k + 1;
        Token subject = tokens.get(at);
        if (!(subject.startsWithDigit() || NumberParser.isNumberWord(subject.norm()) || PART_SUBJECTS.contains(subject.norm())
                || described && subject.is("all"))) return false;
        int v = at + 1;
        while (v < end && v < k + 5 && Words.AUXILIARIES.contains(tokens.get(v).norm())) v++;
        return v < end && (cues[v - a] == Cues.PLEDGE || cues[v - a] == Cues.DELIVERY);
    }

    /** Whether a coordinated predicate with a modal stands in tokens {@code from}..{@code to}: "and would now add". */
    private boolean modalPredicateBetween(int from, int to) {
        boolean joined = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("and") || t.is("but")) joined = true;
            else if (joined && (t.is("will") || t.is("would") || t.is("shall") || t.is("plans") || t.is("intends"))) return true;
        }
        return false;
    }

    private static boolean cueBetween(byte[] cues, int a, int from, int to) {
        for (int k = from; k < to; k++) if (cues[k - a] != Cues.NONE) return true;
        return false;
    }

    /**
     * Whether the clause before token {@code at} sums several donors' gifts up to now: "together", "combined",
     * "between them" or "in total" with a perfect ("have together pledged"); "will together buy" is one joint gift.
     */
    boolean jointTotal(Sentence s, int at) {
        boolean together = false;
        boolean perfect = false;
        // "donors had delivered at least 8 batteries, from the US, Germany and the Netherlands": many donors as the subject
        for (DonorLexicon.Mention m : donorMentions.get(s.index())) if (m.to() <= at && m.donor().many()) together = true;
        for (int k = at - 1; k >= s.from() && !tokens.get(k).isPunct(';'); k--) {
            Token t = tokens.get(k);
            // ("together with Denmark 14 tanks": one gift made jointly, not a sum of gifts)
            if (t.is("together") && !(k + 1 < at && tokens.get(k + 1).is("with")) || t.is("combined") || t.is("altogether") || t.is("them") && k - 1 >= s.from() && tokens.get(k - 1).is("between")
                    || t.is("total") && k - 1 >= s.from() && tokens.get(k - 1).is("in")) together = true;
            if ((t.is("have") || t.is("has") || t.is("had")) && k + 1 < at) perfect = true;
        }
        // "40 Leopard 1A5 tanks that Denmark, Germany and the Netherlands have delivered together so far": the sum said after it
        for (int k = at; k < s.to() && !tokens.get(k).isPunct(';') && !(tokens.get(k).isPunct(',') && !inDonorList(s, k)); k++) {
            Token t = tokens.get(k);
            if (t.is("together") && !(k + 1 < s.to() && tokens.get(k + 1).is("with")) || t.is("combined") || t.is("altogether")) together = true;
            if ((t.is("have") || t.is("has") || t.is("had")) && k + 1 < s.to() && !Words.UKRAINE.contains(tokens.get(k + 1).norm())) perfect = true;
        }
        return together && perfect;
    }

    /** Whether the comma at {@code k} parts two donors of a list: "Denmark, Germany and the Netherlands". */
    private boolean inDonorList(Sentence s, int k) {
        boolean before = false;
        boolean after = false;
        for (DonorLexicon.Mention m : donorMentions.get(s.index())) {
            if (m.to() == k) before = true;
            if (m.from() == k + 1 || m.from() == k + 2 && tokens.get(k + 1).is("the")) after = true;
        }
        return before && after;
    }

    /** Where the clause from token {@code from} ends: a semicolon, or "while", "whereas", "but" opening another clause. */
    /**
     * "Ukraine has been promised more than 60 of the jets by Denmark, the Netherlands, Norway and Belgium": Ukraine as the
     * subject of a passive of giving; with several donors after it, the count is what they gave together.
     */
    /** "Welcomes the delivery of the second SAMP/T battery promised in 2023": a delivery acknowledged, whatever was promised. */
    boolean deliveryAcknowledged(Sentence s, int at) {
        int k = at - 1;
        if (k - 2 < s.from() || !tokens.get(k).is("of") || !(tokens.get(k - 1).is("delivery") || tokens.get(k - 1).is("arrival")
                || tokens.get(k - 1).is("handover") || tokens.get(k - 1).is("transfer"))) return false;
        // "we did not audit Germany's delivery of 60 Gepard systems": the donor's own delivery, a thing done (not "will complete")
        if (possessiveDonorEndsAt(s, k - 2) && !Cues.modalIn(tokens, s.from(), s.to())) return true;
        if (tokens.get(k - 1).is("transfer")) return false;
        k -= 2;
        if (tokens.get(k).is("the") && k - 1 >= s.from()) k--;
        return ACKNOWLEDGING.contains(tokens.get(k).norm());
    }

    /**
     * Whether the verb at token {@code k}, past a comma after the name ending at {@code to}, has a subject of its own right
     * before it: "15 Leopard 1A5 tanks, as well as ammunition for the vehicles Denmark has already donated" tells what
     * Denmark did with the vehicles, not with the tanks.
     */
    private boolean ownSubjectBefore(Sentence s, int k, int to) {
        int j = k - 1;
        while (j > to && (Words.AUXILIARIES.contains(tokens.get(j).norm()) || Words.ADVERBS.contains(tokens.get(j).norm()))) j--;
        if (j <= to) return false;
        boolean comma = false;
        for (int c = to; c < j && !comma; c++) comma = tokens.get(c).isPunct(',');
        if (!comma) return false;
        if (Words.SUBJECT_PRONOUNS.contains(tokens.get(j).norm()) && j - 1 > to && !tokens.get(j - 1).isPunct(',')) return true;
        for (DonorLexicon.Mention m : donorMentions.get(s.index())) if (m.to() == j + 1 && m.from() - 1 > to && !tokens.get(m.from() - 1).isPunct(',')) return true;
        return false;
    }

    /** Whether "Germany's" ends at token {@code k} (its "s"): a donor's name, an apostrophe, "s". */
    private boolean possessiveDonorEndsAt(Sentence s, int k) {
        if (k - 2 < s.from() || !tokens.get(k).is("s") || !(tokens.get(k - 1).isPunct('\'') || tokens.get(k - 1).isPunct('\u2019'))) return false;
        for (DonorLexicon.Mention m : donorMentions.get(s.index())) if (m.to() == k - 1) return true;
        return false;
    }

    private static final java.util.Set<String> ACKNOWLEDGING = java.util.Set.of("welcomes", "welcomed", "welcome", "confirms", "confirmed",
            "completed", "completes", "celebrated", "celebrates", "notes", "noted", "acknowledged", "acknowledges", "marks", "marked");

    boolean promisedToUkraine(Sentence s, int at) {
        for (int k = s.from(); k + 2 < at; k++) {
            if (!Words.UKRAINE.contains(tokens.get(k).norm())) continue;
            int j = k + 1;
            if (tokens.get(j).is("has") || tokens.get(j).is("have") || tokens.get(j).is("had")) j++;
            if (j + 1 < at && (tokens.get(j).is("been") || tokens.get(j).is("was")) && PASSIVE_GIVING.contains(tokens.get(j + 1).norm())) return true;
        }
        return false;
    }

    private static final java.util.Set<String> PASSIVE_GIVING = java.util.Set.of("promised", "pledged", "given", "offered", "sent", "supplied",
            "provided", "delivered");

    /**
     * Whether token {@code at} stands in a comment set off by a comma: "..., the first time Stockholm has given aircraft,
     * and ...". What it says is about the gift before it, neither a gift of its own nor the verb of what follows.
     */
    boolean firstTimeAside(Sentence s, int at) {
        int k = at - 1;
        while (k >= s.from() && !tokens.get(k).isPunct(',') && !tokens.get(k).isPunct(';')) k--;
        if (k < s.from() || !tokens.get(k).isPunct(',')) return false;
        // ("..., for the first time including a Patriot battery" says what is given)
        int w = k + 1;
        return w + 3 < at && tokens.get(w).is("the") && tokens.get(w + 1).is("first") && tokens.get(w + 2).is("time")
                && !tokens.get(w + 3).is("including");
    }

    private static final java.util.Set<String> WHOLE = java.util.Set.of("all", "both", "each", "every", "none");

    int clauseEnd(int from, int b) {
        for (int k = from; k < b; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(';') || t.is("while") || t.is("whereas") || t.is("but") && k - 1 >= 0 && tokens.get(k - 1).isPunct(',')) return k;
            // "+1 Patriot battery pledged (Germany) [total delivered: 2]": an editor's note in square brackets is another clause
            // (a footnote mark, "[2]", is not)
            if (t.isPunct('[') && k + 1 < b && tokens.get(k + 1).kind() == Token.Kind.WORD) return k;
        }
        return b;
    }

    int firstCue(byte[] cues, int a, int before) {
        for (int k = before - 1; k >= a; k--) if (cues[k - a] != Cues.NONE) return k;
        return -1;
    }
}
