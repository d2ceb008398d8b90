package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Counts written apart from their name: shares ("98% of the equipment promised"), running totals ("bringing the total
 * to 10"), counts with a participle ("adding to 18 already delivered"), counts whose name is left out ("while Spain
 * sent six", "a further 42", "Another 59 followed"), counts given by reference ("Norway, which delivered the same
 * number"), and spares counted in the vehicles they serve.
 */
final class CountPatterns extends ReadingPart {

    private static final Set<String> ELLIPSIS_AFTER = Set.of("in", "under", "by", "to", "from", "this", "next", "last", "on", "at", "within",
            "more", "over", "during", "later", "soon", "as", "before", "after", "earlier", "already", "so", "are", "is", "were", "was", "will",
            "would", "should", "it", "they", "we", "arrived", "arrive", "due", "expected", "scheduled", "through", "via");
    private static final Set<String> DELIVERED_PARTICIPLES = Set.of("delivered", "sent", "supplied", "handed", "transferred", "received",
            "shipped", "provided", "donated");
    private static final Set<String> SHARE_PARTICIPLES = Set.of("promised", "pledged", "committed", "delivered", "announced", "allocated");

    CountPatterns(Reading r) {
        super(r);
    }

    /** "98% of the equipment promised": a share, always an aggregate. */
    void shares(Sentence s, byte[] cues) {
        int a = s.from();
        int b = s.to();
        boolean anyCue = false;
        for (byte c : cues) anyCue |= c != Cues.NONE;
        for (int i = a; i < b; i++) {
            Token t = tokens.get(i);
            boolean pct = t.isPunct('%') || t.is("percent") || t.is("per") && i + 1 < b && tokens.get(i + 1).is("cent");
            if (!pct || i - 1 < a) continue;
            int start = r.quantities.numberStart(s, i - 1);
            if (start < 0) continue;
            int k = t.is("per") ? i + 2 : i + 1;
            if (k >= b || !tokens.get(k).is("of")) continue;
            k++;
            if (k < b && DETERMINERS.contains(tokens.get(k).norm())) k++;
            if (k < b && tokens.get(k).is("gdp")) {
                shareOfGdp(s, start, i, k); // "Its military aid is worth close to 1 percent of GDP": the aid words suffice
                continue;
            }
            if (!anyCue) continue;
            if (k < b && tokens.get(k).is("all")) k++;
            if (k < b && tokens.get(k).is("military")) k++;
            if (k < b && (tokens.get(k).is("aid") || tokens.get(k).is("support") || tokens.get(k).is("assistance"))) {
                shareOfAid(s, start, i, k);
                continue;
            }
            int np = k;
            int end = -1;
            for (int j = k; j < b && j < k + 8; j++) {
                if (SHARE_PARTICIPLES.contains(tokens.get(j).norm())) {
                    end = j;
                    break;
                }
                if (tokens.get(j).kind() != Token.Kind.WORD) break;
            }
            if (end < 0 || end == np) continue;
            Quantity q = new Quantity();
            q.from = start;
            r.quantities.number(s, start, i, q);
            if (!q.counted()) continue;
            // "52% of the shells the EU promised": the donor is the participle's subject
            int whatEnd = end;
            DonorAttribution.Donors d = null;
            for (DonorLexicon.Group g : DonorLexicon.groups(tokens, donorMentions.get(s.index()))) {
                if (g.from() > np && g.to() == end) {
                    d = r.donorsOf.donors(g.donors(), false);
                    whatEnd = g.from() > np && tokens.get(g.from() - 1).is("the") ? g.from() - 1 : g.from();
                }
            }
            if (d == null) d = r.donorsOf.donorFor(s, q.from, end + 1, null);
            String what = text.substring(tokens.get(np).start(), tokens.get(whatEnd - 1).end());
            String item = "share of " + tokens.get(end).norm() + " " + what;
            int st = tokens.get(q.from).start();
            int en = tokens.get(end).end();
            Claim c = new Claim(file, d.name, "Ukraine", Claim.AGGREGATE, item, "percentage", q.value, null, q.qualifier, null, null, "percent",
                    text.substring(st, en), st, en, "share", round(0.7 - (d.fallback ? 0.1 : 0)), null);
            drafts.add(draft(c, "class:percentage", d.key, s.title()));
        }
    }

    /**
     * "..., bringing the total to 10", "bringing the total number of Marders delivered to 60", "bringing the number
     * delivered to 52": a running total, of the system named inside the phrase or else of the one just counted.
     */
    void runningTotals(Sentence s, List<Mention> mentions, List<Draft> itemDrafts, byte[] cues) {
        for (int i = s.from() + 1; i + 1 < s.to(); i++) {
            // "bringing the number delivered to 52" is a running total as "bringing the total to 52" is
            boolean number = tokens.get(i).is("number") && i - 2 >= s.from() && tokens.get(i - 1).is("the") && RAISING.contains(tokens.get(i - 2).norm());
            if (!tokens.get(i).is("total") && !number) continue;
            int n = -1;
            for (int j = i + 1; j + 1 < s.to() && j <= i + 8; j++) {
                Token t = tokens.get(j);
                if (t.isPunct(',') || t.isPunct(';')) break;
                Token next = tokens.get(j + 1);
                // "(total now 60)", "total: 46" in a government's list
                if ((t.is("to") || t.is("of") || t.is("at") || t.is("reached") || t.is("reaches") || t.is("now") || t.isPunct(':'))
                        && (next.startsWithDigit()
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
            if (prior == null) {
                // a count read without its name earlier in the sentence: "promised 15 more, which would bring the total to 52"
                for (Draft d : drafts) if (d.claim.start() >= tokens.get(s.from()).start() && d.claim.end() <= tokens.get(i).start()
                        && d.claim.rule().equals("elliptical-count")) prior = d;
            }
            if (inside == null && prior == null) continue;
            String kind = null;
            for (int j = i + 1; j < n; j++) {
                byte c = Cues.at(tokens, j, s.from(), s.to());
                if (c == Cues.DELIVERY) kind = Claim.DELIVERY;
                if (c == Cues.PLEDGE) kind = Claim.PLEDGE;
            }
            if (kind == null && prior != null) kind = prior.claim.kind();
            if (kind == null) {
                KindClassifier.Kind k = r.kinds.kind(s, i, num.to(), cues, Cues.NONE);
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
            String itemKey = inside != null ? r.itemClaims.itemKey(inside) : prior.itemKey;
            if (inside != null && prior != null && !itemKey.equals(prior.itemKey)) prior = null;
            DonorAttribution.Donors d = prior != null ? new DonorAttribution.Donors(prior.claim.donor(), prior.donorKey, false, false) : r.donorsOf.donorFor(s, i, num.to(), null);
            if (kind.equals(Claim.DELIVERY) && d.collective) kind = Claim.AGGREGATE;
            // "Germany and the Netherlands have also pledged Patriots, bringing the total promised to four": several donors' sum,
            // of every donor the text gave that system to Ukraine
            if (!d.collective && distinctDonors(s, i) >= 2) {
                java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
                for (Draft x : drafts) if (x.itemKey.equals(itemKey) && !x.donorKey.isEmpty() && x.claim.kind().equals(kind) && !x.title)
                    codes.addAll(List.of(x.donorKey.split(";")));
                for (DonorLexicon.Mention m : donorMentions.get(s.index())) if (m.to() <= i && !m.donor().collective()) codes.add(m.donor().code());
                List<DonorLexicon.DonorRef> refs = new java.util.ArrayList<>();
                for (String code : codes) refs.add(donors.ref(code));
                d = r.donorsOf.donors(refs, false);
                kind = Claim.AGGREGATE;
            }
            Claim c = new Claim(file, d.name, "Ukraine", kind, name, category, num.value().longValue(), null, QualifierRules.EXACT, null, null,
                    null, text.substring(st, en), st, en, "running-total", round(0.6 - (d.fallback ? 0.1 : 0)), null);
            drafts.add(draft(c, itemKey, d.key, s.title()));
            i = num.to() - 1;
        }
    }

    /** How many donors, each on its own (not "allies"), the sentence names before token {@code at}. */
    private int distinctDonors(Sentence s, int at) {
        return (int) donorMentions.get(s.index()).stream().filter(m -> m.to() <= at && !m.donor().collective())
                .map(m -> m.donor().code()).distinct().count();
    }

    /** "The artillery pieces, adding to 18 already delivered, ...": a count with no name counts the sentence's subject. */
    void countsDelivered(Sentence s, List<Mention> mentions, byte[] cues, List<Draft> itemDrafts) {
        for (int i = s.from(); i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm()))) continue;
            if (i - 1 >= s.from() && (tokens.get(i - 1).startsWithDigit() || tokens.get(i - 1).isPunct(',') && i - 2 >= s.from()
                    && tokens.get(i - 2).startsWithDigit() && tokens.get(i - 2).end() == tokens.get(i - 1).start())) continue;
            NumberParser.NumberMatch num = NumberParser.at(tokens, i, s.to());
            if (num == null || !num.plain() || num.value().scale() > 0) continue;
            if (r.inMoney[i] || r.counted[i]) continue;
            int k = num.to();
            // "the 65 that have been delivered to date": a relative clause with its auxiliaries
            if (k < s.to() && (tokens.get(k).is("that") || tokens.get(k).is("which")) && i - 1 >= s.from() && tokens.get(i - 1).is("the")) {
                k++;
                while (k < s.to() && AUXILIARIES.contains(tokens.get(k).norm())) k++;
            }
            while (k < s.to() && (tokens.get(k).is("already") || tokens.get(k).is("so") || tokens.get(k).is("far") || tokens.get(k).is("previously")
                    || tokens.get(k).is("now") || tokens.get(k).is("recently"))) k++;
            boolean participle = k < s.to() && (DELIVERED_PARTICIPLES.contains(tokens.get(k).norm()) || NP_PLEDGE.contains(tokens.get(k).norm()));
            // "adding to 18 already delivered", "the 200 already promised": an adverb (or "the ... that") before the participle
            if (!participle) {
                i = num.to() - 1;
                continue;
            }
            // ("CV90 (Sweden): 50 pledged, 50 delivered": a fact line's counts, each with its participle, may be either)
            boolean factLine = i - 1 >= s.from() && (tokens.get(i - 1).isPunct(':') || tokens.get(i - 1).isPunct(',') && i - 2 >= s.from()
                    && (DELIVERED_PARTICIPLES.contains(tokens.get(i - 2).norm()) || NP_PLEDGE.contains(tokens.get(i - 2).norm())));
            QualifierRules.Found qualifier = QualifierRules.before(tokens, i, s.from());
            // ("M113 (Australia, Portugal): more than 40 delivered": the qualifier after the colon)
            if (!factLine && qualifier.from() < i && qualifier.from() - 1 >= s.from() && tokens.get(qualifier.from() - 1).isPunct(':')) factLine = true;
            if (!factLine && (k == num.to() && !tokens.get(k).is("delivered") || NP_PLEDGE.contains(tokens.get(k).norm()) && k == num.to())) {
                i = num.to() - 1;
                continue;
            }
            final int numberAt = i;
            if (mentions.stream().anyMatch(m -> m.from <= numberAt && numberAt < m.to)) continue;
            // the sentence's first system, or its clause's where a semicolon sets the count's clause apart ("GBR: STORM SHADOW
            // UNK QTY; AS90 NIL (ALL 32 ALREADY DELIVERED)")
            int clauseFrom = i;
            while (clauseFrom > s.from() && !tokens.get(clauseFrom - 1).isPunct(';')) clauseFrom--;
            Mention subject = null;
            for (Mention m : mentions) if (m.to <= i && m.item != null && m.from >= clauseFrom) {
                subject = m;
                break;
            }
            if (subject == null) for (Mention m : mentions) if (m.to <= i && m.item != null) {
                subject = m;
                break;
            }
            if (subject == null) continue;
            byte c = Cues.at(tokens, k, s.from(), s.to());
            String kind = c == Cues.PLEDGE ? Claim.PLEDGE : Claim.DELIVERY;
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, i, k + 1, null);
            if (d.collective) kind = Claim.AGGREGATE;
            int st = tokens.get(qualifier.from()).start();
            int en = tokens.get(k).end();
            if (i - 2 >= s.from() && tokens.get(i - 1).is("to") && tokens.get(i - 2).norm().endsWith("ing")) st = tokens.get(i - 2).start();
            Claim cl = new Claim(file, d.name, "Ukraine", kind, subject.name, subject.category, num.value().longValue(), null, qualifier.qualifier(),
                    null, null, null, text.substring(st, en), st, en, "count-participle", round(0.6 - (d.fallback ? 0.1 : 0)), null);
            Draft dr = draft(cl, r.itemClaims.itemKey(subject), d.key, s.title());
            drafts.add(dr);
            i = k;
        }
    }

    private static final Set<String> PARTICIPLE_ADVERBS = Set.of("already", "previously", "earlier", "have", "has", "had");

    /** Whether a donor's name starts at token {@code k} of the sentence. */
    private boolean donorAt(Sentence s, int k) {
        return donorMentions.get(s.index()).stream().anyMatch(m -> m.from() == k);
    }

    /**
     * "..., while Spain sent six.", "and will send a further 42 under a contract": a number after a transfer verb or
     * "further"/"another", with no name after it, counts the system named just before it.
     */
    void elliptical(Sentence s, List<Mention> mentions, List<MoneyParser.Money> money, byte[] cues) {
        int a = s.from();
        for (int i = a; i < s.to(); i++) {
            Token t = tokens.get(i);
            if (!(t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm()))) continue;
            // a sentence may open with its count only as "Six of them ...": else it is a list's numbering or a date
            if (i == a && !(t.kind() == Token.Kind.WORD && i + 2 < s.to() && (tokens.get(i + 1).is("of")
                    && (tokens.get(i + 2).is("them") || tokens.get(i + 2).is("these") || tokens.get(i + 2).is("those"))
                    || tokens.get(i + 1).is("more") && (AUXILIARIES.contains(tokens.get(i + 2).norm()) || SUCCEEDING.contains(tokens.get(i + 2).norm()))
                    || tokens.get(i + 1).is("came") && tokens.get(i + 2).is("from")) || statusCount(s, i, i + 1)))
                continue; // "Ten more are expected", "Twenty more came later", "Two came from Germany", "18 delivered."
            final int at = i;
            if (mentions.stream().anyMatch(m -> m.from <= at && at < m.to) || money.stream().anyMatch(m -> m.qualifierFrom() <= at && at < m.to()))
                continue;
            if (r.counted[i]) continue;
            // "every one had been delivered": each of those named, not one
            if (t.is("one") && i - 1 >= a && (tokens.get(i - 1).is("every") || tokens.get(i - 1).is("each") || tokens.get(i - 1).is("any"))) continue;
            NumberParser.NumberMatch num = NumberParser.at(tokens, i, s.to());
            // "about 650,000 shells of the million it promised": a scale alone after "the" is one of it
            if (num == null && i - 1 >= a && tokens.get(i - 1).is("the") && NumberParser.SCALES.containsKey(t.norm()))
                num = new NumberParser.NumberMatch(java.math.BigDecimal.valueOf(NumberParser.SCALES.get(t.norm())), i, i + 1, "", true);
            if (num == null || !num.plain() || num.value().scale() > 0 || num.value().signum() <= 0) continue;
            int after = num.to();
            // "Spain sent two more than that": a difference compared, not a count
            if (after + 1 < s.to() && (tokens.get(after).is("more") || tokens.get(after).is("fewer") || tokens.get(after).is("less"))
                    && tokens.get(after + 1).is("than")) {
                i = after;
                continue;
            }
            // "the first 20 to 25 due by the summer": a range
            Long max = null;
            if (after + 1 < s.to() && (tokens.get(after).is("to") || tokens.get(after).isPunct('-') || tokens.get(after).isPunct('\u2013'))) {
                NumberParser.NumberMatch hi = NumberParser.at(tokens, after + 1, s.to());
                if (hi != null && hi.plain() && hi.value().scale() <= 0 && hi.value().compareTo(num.value()) > 0) {
                    max = hi.value().longValue();
                    after = hi.to();
                }
            }
            // "..., with the first 20 to 25 due by the summer and around 80 by the end of the year": a second count of a schedule
            QualifierRules.Found qualifier = QualifierRules.before(tokens, i, a);
            Draft scheduled = null;
            int lead = qualifier.from() - 1;
            // ("8 delivered, 18 more on order": more than those, no second count of theirs; "6 pledged, 4 delivered": a count
            // with its own status is no part of a schedule)
            if (lead >= a && (tokens.get(lead).is("and") || tokens.get(lead).isPunct(',')) && !(after < s.to() && tokens.get(after).is("more"))
                    && !statusCount(s, i, after)) {
                int sentenceStart = tokens.get(s.from()).start();
                for (Draft x : drafts) if (x.claim.start() >= sentenceStart && x.claim.end() <= tokens.get(lead).start()
                        && x.claim.rule().equals("elliptical-count")) scheduled = x;
            }
            // "the Leopard 2A6, 18 of which were handed over": a count of the name just before
            boolean ofWhich = after + 1 < s.to() && tokens.get(after).is("of") && (tokens.get(after + 1).is("which") || tokens.get(after + 1).is("them"));
            boolean whichBefore = i - 2 >= a && tokens.get(i - 2).is("of") && (tokens.get(i - 1).is("which") || tokens.get(i - 1).is("them"))
                    // "the Gepard anti-aircraft tank, of which Germany has sent Ukraine 52": the count ending the relative clause
                    || ofWhichOpens(s, i) && (after >= s.to() || tokens.get(after).isPunct('.') || tokens.get(after).isPunct(','))
                    // "Of these, 109 had arrived by the summer": a part of what the sentence before counted
                    || i - 3 == a && tokens.get(a).is("of") && DEMONSTRATIVES.contains(tokens.get(a + 1).norm()) && tokens.get(i - 1).isPunct(',');
            // "- Denmark: 19 pledged; 12 delivered" under the heading "F-16": a tracker's line, a count and its status after a label
            boolean labelled = statusCount(s, i, after) && (qualifier.from() == a || tokens.get(qualifier.from() - 1).isPunct(':')
                    || tokens.get(qualifier.from() - 1).isPunct(';') || tokens.get(qualifier.from() - 1).isPunct(','));
            // "on top of the 50 pledged earlier this month", "the four announced in January": a count the participle says of
            // (after "on top of", "in addition to": "..., the 200 promised." alone restates)
            // ("the 200 we already sent": the participle after its subject and adverbs)
            int pj = after;
            if (pj + 1 < s.to() && SUBJECT_PRONOUNS.contains(tokens.get(pj).norm())) pj++;
            while (pj + 1 < s.to() && PARTICIPLE_ADVERBS.contains(tokens.get(pj).norm())) pj++;
            String participle = i - 2 >= a && tokens.get(i - 1).is("the") && (tokens.get(i - 2).is("of") || tokens.get(i - 2).is("to"))
                    && pj < s.to() ? tokens.get(pj).norm() : "";
            String participleKind = NP_PLEDGE.contains(participle) || participle.equals("announced") ? Claim.PLEDGE
                    : DELIVERED_PARTICIPLES.contains(participle) ? Claim.DELIVERY : null;
            if (labelled && participleKind == null) participleKind = NP_PLEDGE.contains(tokens.get(after).norm()) ? Claim.PLEDGE : Claim.DELIVERY;
            // "on top of the six already there": those there are delivered
            if (participle.equals("there") && tokens.get(pj - 1).is("already")) participleKind = Claim.DELIVERY;
            // "812 tanks pledged and 480 delivered": a second count of what the first counted, its participle its kind
            Draft paired = participleKind == null ? pairedCount(s, t, qualifier.from() - 1, after) : null;
            if (paired != null) participleKind = SHARE_PARTICIPLES.contains(tokens.get(after).norm()) && !tokens.get(after).is("delivered")
                    ? Claim.PLEDGE : Claim.DELIVERY;
            // "A Patriot battery from the United States and one from Germany": as many again of the system, from another donor
            boolean fromDonor = after + 1 < s.to() && tokens.get(after).is("from") && i - 1 >= a
                    && (tokens.get(i - 1).is("and") || tokens.get(i - 1).isPunct(',')) && donorAt(s, tokens.get(after + 1).is("the") ? after + 2 : after + 1);
            // "of roughly 360 IFVs pledged, perhaps 300 have arrived": the count the subject of a verb of giving
            String auxKind = auxiliaryVerb(s, after, cues);
            if (!ofWhich && !whichBefore && participleKind == null && !fromDonor && auxKind == null && after < s.to() && tokens.get(after).isWordLike()
                    && !ELLIPSIS_AFTER.contains(tokens.get(after).norm()) && !SUCCEEDING.contains(tokens.get(after).norm()) && !clauseJoins(s, after, cues)
                    && !deadline(s, after)) {
                i = num.to() - 1;
                continue;
            }
            if (r.filters.recommended(s, qualifier.from())) continue; // "every donor with Patriot batteries should give one"
            if (scheduled != null && !fromDonor) { // ("two came from Germany and one from the United States": another giver's)
                int st = tokens.get(qualifier.from()).start();
                int en = tokens.get(after - 1).end();
                Claim m = scheduled.claim;
                Claim c = new Claim(file, m.donor(), "Ukraine", m.kind(), m.item(), m.category(), num.value().longValue(), max,
                        max != null ? QualifierRules.RANGE : qualifier.qualifier(), null, null, m.unit(), text.substring(st, en), st, en,
                        "elliptical-count", m.confidence(), null);
                drafts.add(draft(c, scheduled.itemKey, scheduled.donorKey, s.title()));
                i = after - 1;
                continue;
            }
            if (after < s.to() && (tokens.get(after).isPunct('%') || tokens.get(after).isPunct('-'))) continue;
            // "has sent more than 200": the word before the count's qualifier
            int p = qualifier.from() - 1;
            boolean moreAfter = after < s.to() && tokens.get(after).is("more"); // "six more are expected"
            boolean furtherBefore = p >= a && (FRESH.contains(tokens.get(p).norm()) || tokens.get(p).is("more"));
            boolean further = furtherBefore || moreAfter;
            byte cueBefore = p >= a ? cues[p - a] : Cues.NONE;
            // "We have visually confirmed at least 120 in Ukraine": there, so delivered
            boolean inUkraine = after + 1 < s.to() && tokens.get(after).is("in") && tokens.get(after + 1).is("ukraine")
                    && (after + 2 >= s.to() || !tokens.get(after + 2).isWordLike());
            // "four Leopard 2A4, later raised to eight": a new figure for what was just counted
            boolean raised = false;
            if (p - 1 >= a && tokens.get(p).is("to")) {
                int v = p - 1; // "raised the number to eight"
                // "raised its pledge from 14 to 18": the figure it was before
                if (v - 1 > a && tokens.get(v).startsWithDigit() && tokens.get(v - 1).is("from")) v -= 2;
                int objects = v;
                while (v > a && v > objects - 3 && RAISED_OBJECTS.contains(tokens.get(v).norm())) v--;
                raised = RAISED.contains(tokens.get(v).norm());
            }
            // "he gives no number. Officials later put it at about 50": an estimate of what was just named
            boolean estimated = false;
            if (p - 2 >= a && tokens.get(p).is("at") && ESTIMATE_OBJECTS.contains(tokens.get(p - 1).norm())) {
                int v = p - 2;
                if (v > a && tokens.get(v).is("the")) v--;
                estimated = ESTIMATING.contains(tokens.get(v).norm());
            }
            // "Two came from Germany": arrived, from the giver named after it
            boolean cameFrom = after + 1 < s.to() && tokens.get(after).is("came") && tokens.get(after + 1).is("from");
            boolean transfer = inUkraine || raised || estimated || cameFrom || p >= a && (cueBefore == Cues.DELIVERY || cueBefore == Cues.PLEDGE && !tokens.get(p).is("decision")
                    || tokens.get(p).norm().equals("send"));
            // "18 howitzers, of which 8 have been delivered"; "the first two already on their way", "the remaining ten"
            // ("All 31 have been delivered": every one of those named before)
            boolean referring = p - 1 >= a && tokens.get(p - 1).is("the") && (tokens.get(p).is("first") || tokens.get(p).is("remaining")
                    || tokens.get(p).is("last") || tokens.get(p).is("other")) || p >= a && tokens.get(p).is("all") && auxKind != null;
            // "four MiG-29s, part of the 13 it promised in March": the whole, promised
            boolean promised = p >= a && tokens.get(p).is("the") && after + 1 < s.to() && SUBJECT_PRONOUNS.contains(tokens.get(after).norm())
                    && NP_PLEDGE.contains(tokens.get(after + 1).norm());
            if (!further && !transfer && !ofWhich && !whichBefore && !referring && !promised && participleKind == null && !fromDonor
                    && auxKind == null) continue;
            if (!further && !ofWhich && !whichBefore && !referring && !promised && participleKind == null && after < s.to()
                    && SUBJECT_PRONOUNS.contains(tokens.get(after).norm()))
                continue;
            if (r.filters.lost(s, i, after)) continue;
            if (r.filters.scene(s, i)) continue; // "standing in front of two of them"
            if (r.filters.toSomeoneElse(s, after)) continue; // "Forty of them will be delivered to Greece"
            if (r.filters.ownPurchase(s, i, after)) continue; // "of which Norway has ordered 52", "three more on order"
            if (r.filters.swappedOrPrewar(s, i, after)) continue; // "it received 22 of them from Germany in 2004"
            if (ofWhich && r.filters.held(s, i)) continue; // "the Polish army, which had about 240 of them"
            // "up to 20 more M113 carriers": the name follows, it is read with its number
            final int next = moreAfter ? after + 1 : after;
            if (mentions.stream().anyMatch(m -> m.from >= next && m.from <= next + 1)) continue;
            if (t.text().length() == 4 && !num.words() && num.value().longValue() >= 1900 && num.value().longValue() <= 2100) continue;
            Mention subject = null;
            for (Mention m : mentions) {
                if (m.to > i || m.item == null || m.purpose) continue;
                // "Stormer vehicles with Starstreak, six of them": the vehicles, not what they carry
                if (subject != null && m.from == subject.to + 1 && tokens.get(subject.to).is("with")) continue;
                subject = m;
            }
            // "Duda did not say how many aircraft Poland would give; Slovakia said it would send 13": the system a class word
            // before the count refers back to
            if (subject == null && transfer) {
                for (Mention m : mentions) {
                    if (m.to > i || m.item != null || m.cls == null || m.purpose || countedAsClass(m)) continue;
                    Mention antecedent = r.itemClaims.antecedent(m, mentions);
                    if (antecedent != null) subject = antecedent;
                }
            }
            // "Germany alone supplied three of them", "Of these, 109 had arrived": of the system named last before the sentence
            if (subject == null && (ofWhich || whichBefore) && !catalogHistory.isEmpty()) subject = catalogHistory.get(catalogHistory.size() - 1);
            // "The first 50,000 artillery shells have arrived, and a further 50,000 will follow": more of the class counted before
            Draft counted = null;
            if (subject == null && (furtherBefore || moreAfter)) {
                counted = lastCountedBefore(s, t, x -> x.itemKey.startsWith("class:"));
                // "✅ 500,000 shells since January\n⏳ up to 800,000 more by the end of the year": the class counted last in
                // the lines of the block above, where no system was named after it
                Draft above = counted != null ? null : lastClassCountedInBlock(t);
                if (above != null && (catalogHistory.isEmpty()
                        || tokens.get(catalogHistory.get(catalogHistory.size() - 1).from).start() < above.claim.start())) counted = above;
            }
            // "Denmark will give 19 F-16s ... The first six are expected around New Year, another eight in 2024": of the system
            // named last in the paragraph
            // "The Netherlands has pledged 24 F-16s in total. Norway will send six, and ...": a bare count ending its clause after
            // a verb of giving
            // ("It promised 40 in January 2023;": a date may close the clause)
            int closing = afterDate(s, after);
            boolean clauseEnds = inUkraine || closing >= s.to() || tokens.get(closing).isPunct(',') || tokens.get(closing).isPunct('.')
                    || tokens.get(closing).isPunct(';') || clauseJoins(s, closing, cues);
            if (subject == null && (referring || furtherBefore || moreAfter || transfer && clauseEnds || cameFrom || fromDonor || labelled)
                    && !catalogHistory.isEmpty()) {
                Mention last = catalogHistory.get(catalogHistory.size() - 1);
                int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
                if ((tokens.get(last.from).start() >= lineStart || inQuestionAnswered(s, last) || inHeadingAbove(s, last)
                        || labelled && inSectionHeading(s, last)) && counted == null) subject = last;
            }
            // "... the 14 Challenger 2 tanks we pledged a year ago? — All 14 were delivered last spring": every one of the
            // system counted so a few sentences before, across paragraphs
            if (subject == null && counted == null && referring && tokens.get(p).is("all")) subject = countedBefore(s, num.value().longValue());
            // "They have asked for 25 Patriot systems. So far, three have arrived": the subject of its sentence, nothing counted
            // before it there, counts the system the paragraph named last
            if (subject == null && counted == null && auxKind != null && opensItsSentence(s, qualifier.from()) && !catalogHistory.isEmpty()
                    && lastCountedBefore(s, t, x -> true) == null) {
                Mention last = catalogHistory.get(catalogHistory.size() - 1);
                int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
                if (tokens.get(last.from).start() >= lineStart) subject = last;
            }
            // "of roughly 360 Western IFVs pledged, perhaps 300 have arrived": fewer of what the sentence counted before
            if (subject == null && counted == null && auxKind != null) {
                long n = num.value().longValue();
                counted = lastCountedBefore(s, t, x -> x.claim.quantity() > n && !x.claim.kind().equals(Claim.MONEY));
                if (counted == null) continue;
            }
            // "about 650,000 shells of the million it promised": the whole of what the sentence just counted
            if (subject == null && counted == null && promised) {
                long n = num.value().longValue();
                counted = lastCountedBefore(s, t, x -> x.claim.quantity() < n && !x.claim.kind().equals(Claim.MONEY));
            }
            // "Europe promised one million artillery shells. EU countries had delivered about 224,000 of them": of the class
            // counted last in the paragraph
            if (subject == null && counted == null && ofWhich) {
                int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
                for (Draft x : drafts) if (!x.title && x.claim.start() >= lineStart && x.claim.end() <= t.start() && x.claim.quantity() != null
                        && x.claim.quantity() > num.value().longValue() && x.itemKey.startsWith("class:")) counted = x;
            }
            if (subject == null && counted == null && paired != null) counted = paired;
            if (subject == null && counted == null) continue;
            KindClassifier.Kind kind = r.kinds.kind(s, i, num.to(), cues, Cues.NONE);
            String earlierKind = null;
            if (estimated && subject != null) {
                String key = r.itemClaims.itemKey(subject);
                for (Draft x : drafts) if (x.itemKey.equals(key)) earlierKind = x.claim.kind();
            }
            // "Twenty more came later that year": arrived; "Another 59 followed within weeks": as the ones before them were
            int verb = moreAfter ? after + 1 : after;
            if (earlierKind == null && subject != null && verb < s.to() && (further || whichBefore) && SUCCEEDING.contains(tokens.get(verb).norm())) {
                if (tokens.get(verb).is("came")) earlierKind = Claim.DELIVERY;
                else {
                    String key = r.itemClaims.itemKey(subject);
                    for (Draft x : drafts) if (x.itemKey.equals(key) && !x.title) earlierKind = x.claim.kind();
                }
            }
            if (earlierKind == null && (kind == null || kind.negated || kind.requested)) continue;
            String k = earlierKind != null ? earlierKind : kind.kind;
            if (promised) k = Claim.PLEDGE;
            else if (participleKind != null) k = participleKind;
            else if (inUkraine) k = Claim.DELIVERY;
            else if (auxKind != null) k = auxKind;
            else if (whichBefore || referring || ofWhich) {
                // the verb after the count says what it is: "of which 8 have been delivered", "the first two already on their way",
                // "four of which have arrived"
                for (int j = after; j < s.to() && j <= after + 6 && !tokens.get(j).isPunct(','); j++) {
                    byte c = cues[j - a];
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                        k = c == Cues.PLEDGE ? Claim.PLEDGE : Claim.DELIVERY;
                        break;
                    }
                }
            }
            if (moreAfter || furtherBefore) {
                // the verb after "six more", "a further 50,000" says what they are ("18 more on order": still to come)
                int v = moreAfter ? after + 1 : after;
                if (v + 1 < s.to() && tokens.get(v).is("on") && tokens.get(v + 1).is("order")) k = Claim.PLEDGE;
                for (int j = v; j < s.to() && j <= after + 3; j++) {
                    byte c = cues[j - a];
                    if (c == Cues.PLEDGE || c == Cues.DELIVERY) {
                        k = c == Cues.PLEDGE ? Claim.PLEDGE : Claim.DELIVERY;
                        break;
                    }
                }
            }
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, i, num.to(), null);
            // "The tanks will be delivered in stages, with the first 20 to 25 due by the summer": whose tanks
            if (d.fallback && subject != null) d = r.donorsOf.ofEarlierClaim(r.itemClaims.itemKey(subject), d, s);
            if (d.collective) k = Claim.AGGREGATE;
            int start = furtherBefore && p - 1 >= a && (tokens.get(p - 1).is("a") || tokens.get(p - 1).is("an")) ? p - 1 : furtherBefore ? p
                    : qualifier.from();
            int st = tokens.get(start).start();
            int en = tokens.get(moreAfter ? after : max != null ? after - 1 : num.to() - 1).end();
            String name = subject != null ? subject.name : counted.claim.item();
            String category = subject != null ? subject.category : counted.claim.category();
            // "one million rounds ..., and by the deadline about 524,000 had been delivered": counted as the system was before
            String unit = subject == null ? counted.claim.unit() : unitCountedBefore(r.itemClaims.itemKey(subject), st);
            Claim c = new Claim(file, d.name, "Ukraine", k, name, category, num.value().longValue(), max,
                    max != null ? QualifierRules.RANGE : qualifier.qualifier(),
                    null, null, unit, text.substring(st, en), st, en, "elliptical-count", round(0.55 - (d.fallback ? 0.1 : 0)), null);
            drafts.add(draft(c, subject != null ? r.itemClaims.itemKey(subject) : counted.itemKey, d.key, s.title()));
            i = (max != null ? after : num.to()) - 1;
        }
    }

    /**
     * The count before "and" (or a comma) at token {@code lead} that a count followed by a participle at {@code after}
     * pairs with: "812 tanks pledged and 480 delivered". Null unless only that count's own participle stands between them.
     */
    private Draft pairedCount(Sentence s, Token t, int lead, int after) {
        if (lead < s.from() || after >= s.to() || !(tokens.get(lead).is("and") || tokens.get(lead).isPunct(','))) return null;
        String participle = tokens.get(after).norm();
        if (!DELIVERED_PARTICIPLES.contains(participle) && !SHARE_PARTICIPLES.contains(participle)) return null;
        Draft before = lastCountedBefore(s, t, x -> !x.claim.kind().equals(Claim.MONEY));
        if (before == null) return null;
        String between = text.substring(before.claim.end(), tokens.get(lead).start()).strip().toLowerCase(Locale.ROOT);
        boolean ownParticiple = between.isEmpty() || SHARE_PARTICIPLES.contains(between) || DELIVERED_PARTICIPLES.contains(between);
        return ownParticiple && !between.equals(participle) ? before : null;
    }

    /**
     * Whether the count whose words start at token {@code k} opens its sentence, perhaps after an opening phrase set off by a
     * comma ("So far, three have arrived", "A year on, about 30 have arrived").
     */
    private boolean opensItsSentence(Sentence s, int k) {
        if (k == s.from()) return true;
        if (!tokens.get(k - 1).isPunct(',')) return false;
        for (int j = s.from(); j < k - 1; j++) if (!tokens.get(j).isWordLike() || j - s.from() > 4) return false;
        return true;
    }

    /** Whether ", of which" opens the clause the count at {@code i} stands in, a few words before it. */
    private boolean ofWhichOpens(Sentence s, int i) {
        for (int k = i - 1; k - 1 >= s.from() && k >= i - 7; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (t.is("which") && tokens.get(k - 1).is("of") && k - 2 >= s.from() && tokens.get(k - 2).isPunct(',')) return true;
        }
        return false;
    }

    /** The unit ("rounds") the last count of the system before offset {@code before} was given in, or null. */
    private String unitCountedBefore(String itemKey, int before) {
        String unit = null;
        for (Draft x : drafts) if (x.itemKey.equals(itemKey) && x.claim.end() <= before && x.claim.quantity() != null) unit = x.claim.unit();
        return unit;
    }

    /**
     * "Canada's eight Leopard 2A4 were matched by Norway, which delivered the same number", "Spain, which sent two more
     * than that: ten": a count given by reference to the one the sentence just counted, of the donor that gives it.
     */
    void sameNumber(Sentence s, byte[] cues) {
        for (int i = s.from() + 1; i + 1 < s.to(); i++) {
            Token t = tokens.get(i);
            int end;
            Long value = null;
            if (t.is("same") && tokens.get(i - 1).is("the") && tokens.get(i + 1).is("number")) end = i + 2;
            else if (t.is("as") && tokens.get(i + 1).is("many") && !(i + 2 < s.to() && tokens.get(i + 2).is("as"))) end = i + 2;
            else if (t.is("that") && tokens.get(i + 1).isPunct(':') && i - 3 >= s.from() && tokens.get(i - 1).is("than")
                    && (tokens.get(i - 2).is("more") || tokens.get(i - 2).is("fewer"))) {
                // "two more than that: ten": the figure after the colon
                NumberParser.NumberMatch n = i + 2 < s.to() ? NumberParser.at(tokens, i + 2, s.to()) : null;
                if (n == null || !n.plain() || n.value().scale() > 0) continue;
                value = n.value().longValue();
                end = n.to();
            } else continue;
            int verb = i - (t.is("same") ? 2 : 1);
            if (verb < s.from() || cues[verb - s.from()] != Cues.PLEDGE && cues[verb - s.from()] != Cues.DELIVERY) {
                if (value == null) continue;
                verb = -1;
                for (int k = i - 1; k >= s.from() && k >= i - 6; k--) if (cues[k - s.from()] == Cues.PLEDGE || cues[k - s.from()] == Cues.DELIVERY) verb = k;
                if (verb < 0) continue;
            }
            int from = verb;
            Draft model = lastCountedBefore(s, tokens.get(from), x -> !x.claim.kind().equals(Claim.MONEY) && !x.itemKey.startsWith("money:"));
            if (model == null) continue;
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, from, end, null);
            if (d.fallback || d.key.equals(model.donorKey)) continue;
            String kind = cues[verb - s.from()] == Cues.DELIVERY ? Claim.DELIVERY : Claim.PLEDGE;
            long n = value != null ? value : model.claim.quantity();
            String qualifier = value != null ? QualifierRules.EXACT : model.claim.qualifier();
            int st = from; // from the giver's name: "Norway, which delivered the same number"
            for (DonorLexicon.Mention dm : donorMentions.get(s.index())) if (dm.to() <= from) st = dm.from();
            drafts.add(countOf(model, d, kind, n, qualifier, st, end, s, "same-number"));
            i = end - 1;
        }
    }

    /** The last claim with a count drafted in sentence {@code s} before token {@code t} that {@code fits}; null if none. */
    private Draft lastCountedBefore(Sentence s, Token t, java.util.function.Predicate<Draft> fits) {
        int sentenceStart = tokens.get(s.from()).start();
        Draft last = null;
        for (Draft x : drafts) if (x.claim.start() >= sentenceStart && x.claim.end() <= t.start() && x.claim.quantity() != null && fits.test(x)) last = x;
        return last;
    }

    /** Words that say a figure was changed: "raised from 10 to 13", "revised from 40 to 45". */
    private static final Set<String> CHANGED = Set.of("raised", "increased", "revised", "corrected", "changed", "lowered", "reduced", "cut",
            "updated", "adjusted", "amended");

    /**
     * "Leopard 2A6: pledged 14 → 18", "count raised from 10 to 13": a figure that was changed; the count is the one it
     * became, its evidence running to it.
     */
    void changedFigures() {
        for (Draft d : drafts) {
            Claim c = d.claim;
            if (c.quantity() == null) continue;
            int k = firstTokenFrom(c.start());
            for (; k < tokens.size() && tokens.get(k).end() <= c.end(); k++) {
                NumberParser.NumberMatch n = tokens.get(k).startsWithDigit() ? NumberParser.at(tokens, k, tokens.size()) : null;
                if (n == null || !n.plain() || n.value().scale() > 0 || n.value().longValue() != c.quantity()) continue;
                int after = n.to();
                boolean arrow = after + 1 < tokens.size() && (tokens.get(after).isPunct('\u2192') || tokens.get(after).isPunct('\u21d2'));
                boolean fromTo = after + 1 < tokens.size() && tokens.get(after).is("to") && k - 2 >= 0 && tokens.get(k - 1).is("from")
                        && changedBefore(k - 1);
                if (!(arrow && c.quantityMax() == null) && !fromTo) break;
                NumberParser.NumberMatch became = NumberParser.at(tokens, after + 1, tokens.size());
                if (became == null || !became.plain() || became.value().scale() > 0 || became.value().signum() <= 0) break;
                int end = Math.max(c.end(), tokens.get(became.to() - 1).end());
                d.claim = new Claim(c.file(), c.donor(), c.recipient(), c.kind(), c.item(), c.category(), became.value().longValue(), null,
                        c.quantityMax() != null ? QualifierRules.EXACT : c.qualifier(), c.value(), c.currency(), c.unit(),
                        text.substring(c.start(), end), c.start(), end, c.rule(), c.confidence(),
                        c.quantityText());
                break;
            }
        }
    }

    /** Whether a word saying a figure was changed stands in the few words before "from" at {@code from}, in its clause. */
    private boolean changedBefore(int from) {
        for (int k = from - 1; k >= 0 && k >= from - 8; k--) {
            Token t = tokens.get(k);
            if (t.isPunct('.') || t.isPunct(';') || t.isPunct(',')) return false;
            if (CHANGED.contains(t.norm())) return true;
        }
        return false;
    }

    /** The first token that does not end before character {@code at}. */
    private int firstTokenFrom(int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether a class word was counted as the class ("497 armoured vehicles and pledged 258 more"): no word for a system named before. */
    private boolean countedAsClass(Mention m) {
        int st = tokens.get(m.from).start();
        int en = tokens.get(m.to - 1).end();
        for (Draft x : drafts) if (x.claim.start() <= st && x.claim.end() >= en && x.itemKey.startsWith("class:")) return true;
        return false;
    }

    /** The last count of a class drafted in the lines before token {@code t} with no blank line between; null if none. */
    private Draft lastClassCountedInBlock(Token t) {
        int blank = text.lastIndexOf("\n\n", t.start());
        Draft last = null;
        for (Draft x : drafts) if (!x.title && x.claim.start() > blank && x.claim.end() <= t.start() && x.claim.quantity() != null
                && x.itemKey.startsWith("class:") && !x.claim.kind().equals(Claim.MONEY)) last = x;
        return last;
    }

    /** "## 3 Patriot systems\n\nTwo came from Germany": a name in the heading right above the sentence's paragraph. */
    private boolean inHeadingAbove(Sentence s, Mention m) {
        if (s.index() == 0) return false;
        Sentence above = sentences.get(s.index() - 1);
        return above.title() && m.from >= above.from() && m.to <= above.to();
    }

    /** "## F-16\n\n- Denmark: 19 pledged\n- Norway: 6 pledged": a name in the heading of the section the sentence is in. */
    private boolean inSectionHeading(Sentence s, Mention m) {
        for (int k = s.index() - 1; k >= 0; k--) {
            Sentence h = sentences.get(k);
            if (m.from >= h.from() && m.to <= h.to()) return h.title();
            if (h.title()) return false;
        }
        return false;
    }

    /**
     * Whether the count from token {@code i} to {@code after} is a status's count: a participle of promising or giving right
     * after it, and then the clause's end ("19 pledged;", "12 delivered (second batch ...)", "18 delivered.").
     */
    private boolean statusCount(Sentence s, int i, int after) {
        if (after >= s.to() || !tokens.get(i).startsWithDigit()) return false;
        String p = tokens.get(after).norm();
        if (!NP_PLEDGE.contains(p) && !DELIVERED_PARTICIPLES.contains(p)) return false;
        return after + 1 >= s.to() || tokens.get(after + 1).isPunct(';') || tokens.get(after + 1).isPunct(',') || tokens.get(after + 1).isPunct('.')
                || tokens.get(after + 1).isPunct('(');
    }

    /** "How many F-16s have been promised?\nThe Netherlands has pledged 24": a name in the question the sentence answers. */
    private boolean inQuestionAnswered(Sentence s, Mention m) {
        if (s.index() == 0) return false;
        Sentence q = sentences.get(s.index() - 1);
        return m.from >= q.from() && m.to <= q.to() && tokens.get(q.to() - 1).isPunct('?');
    }

    /** The system named with count {@code n} in one of the few sentences before {@code s}, the nearest first; null if none. */
    private Mention countedBefore(Sentence s, long n) {
        for (int i = s.index() - 1; i >= 0 && i >= s.index() - 6; i--) {
            List<Mention> ms = r.sentenceMentions.getOrDefault(i, List.of());
            for (int x = ms.size() - 1; x >= 0; x--) {
                Mention m = ms.get(x);
                if (m.item == null) continue;
                for (int k = Math.max(sentences.get(i).from(), m.from - 3); k < m.from; k++) {
                    NumberParser.NumberMatch before = NumberParser.at(tokens, k, m.from);
                    if (before != null && before.to() == m.from && before.value().scale() <= 0 && before.value().longValue() == n) return m;
                }
            }
        }
        return null;
    }

    /** Words that may follow an ordinal standing alone as a sentence's subject: "A fourth is expected", "A second will follow". */
    private static final Set<String> ORDINAL_VERBS = Set.of("is", "was", "will", "would", "should", "could", "has", "had", "follows",
            "followed", "arrived", "arrives", "came", "comes");

    /**
     * "Berlin has promised eight IRIS-T SLM systems. A fourth is expected before the end of the year.": an ordinal with
     * no name, opening its sentence, is one more of the system named last in the paragraph. So is "a fourth one" within a
     * sentence ("they have sent three Patriot units and promised a fourth one", "after its second one arrived"), of the
     * system named last before it.
     */
    void ordinalAlone(Sentence s, List<Mention> mentions, byte[] cues) {
        int i = s.from();
        if (i < s.to() && (tokens.get(i).is("a") || tokens.get(i).is("an"))) i++;
        if (i + 1 < s.to() && QuantityPhrases.ordinal(tokens.get(i).norm()) && !r.counted[i] && ORDINAL_VERBS.contains(tokens.get(i + 1).norm())
                && mentions.isEmpty() && !catalogHistory.isEmpty()) {
            oneMore(s, catalogHistory.get(catalogHistory.size() - 1), s.from(), i, i + 2, r.kinds.kind(s, i, i + 1, cues, Cues.NONE));
        }
        for (int k = s.from(); k + 2 < s.to(); k++) {
            if (!ONE_MORE_DETERMINERS.contains(tokens.get(k).norm()) || !QuantityPhrases.ordinal(tokens.get(k + 1).norm())
                    || !tokens.get(k + 2).is("one") || r.counted[k + 1]) continue;
            Mention last = null;
            for (Mention m : mentions) if (m.item != null && m.to <= k) last = m;
            if (last == null && !catalogHistory.isEmpty()) last = catalogHistory.get(catalogHistory.size() - 1);
            if (last == null) continue;
            // "days after its second one arrived": the verb right after it is its own
            byte own = k + 3 < s.to() ? cues[k + 3 - s.from()] : Cues.NONE;
            KindClassifier.Kind kind = own == Cues.DELIVERY || own == Cues.PLEDGE
                    ? new KindClassifier.Kind(own == Cues.DELIVERY ? Claim.DELIVERY : Claim.PLEDGE, false, false, k + 3)
                    : r.kinds.kind(s, k, k + 3, cues, Cues.NONE);
            oneMore(s, last, k, k + 1, k + 3, kind);
        }
    }

    /** What may stand before "second one": "a second one promised", "days after its second one arrived". */
    private static final Set<String> ONE_MORE_DETERMINERS = Set.of("a", "an", "its", "their", "the");

    /** One more of a system, said by the ordinal at {@code ordinal}; the evidence runs from {@code from} to {@code to}. */
    private void oneMore(Sentence s, Mention last, int from, int ordinal, int to, KindClassifier.Kind kind) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        if (tokens.get(last.from).start() < lineStart) return;
        if (kind == null || kind.negated || kind.requested) return;
        DonorAttribution.Donors d = r.donorsOf.donorFor(s, from, to, null);
        if (d.fallback) d = r.donorsOf.ofEarlierClaim(r.itemClaims.itemKey(last), d, s);
        if (d.collective) return;
        int st = tokens.get(from).start();
        int en = tokens.get(to - 1).end();
        Claim c = new Claim(file, d.name, "Ukraine", kind.kind, last.name, last.category, 1L, null, QualifierRules.EXACT, null, null, null,
                text.substring(st, en), st, en, "ordinal-alone", round(0.5 - (d.fallback ? 0.1 : 0)), null);
        drafts.add(draft(c, r.itemClaims.itemKey(last), d.key, s.title()));
        r.counted[ordinal] = true;
    }

    /** "A package of spares to refurbish up to 100 tanks": a support package counted in the vehicles it serves. */
    void spares(Sentence s, byte[] cues) {
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
            Quantity q = new Quantity();
            q.from = n;
            r.quantities.number(s, n, num.to(), q);
            if (!q.counted()) continue;
            KindClassifier.Kind kind = r.kinds.kind(s, i, num.to(), cues, Cues.NONE);
            if (kind == null || kind.negated || kind.requested) continue;
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, i, num.to(), null);
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

    /**
     * "Latvia has given military aid worth over 1% of its GDP": aid as a share of the donor's economy, an aggregate.
     * Only where the sentence speaks of aid before the share, and not of spending ("2% of GDP on defence").
     */
    void shareOfGdp(Sentence s, int start, int pct, int gdp) {
        boolean aid = false;
        for (int k = s.from(); k < s.to(); k++) {
            Token t = tokens.get(k);
            if (k < start && (t.is("aid") || t.is("support") || t.is("assistance"))) aid = true;
            if (t.is("spend") || t.is("spends") || t.is("spending") || t.is("budget") || t.is("budgets")) return;
        }
        if (!aid) return;
        percentShare(s, start, pct, gdp, "military aid as share of GDP", "share-of-gdp", "class:percentage:gdp");
    }

    /**
     * Counts whose verb and name are left out after a first claim. Gapping: "Denmark has pledged 19 jets and the
     * Netherlands 24" (a donor straight before a number); "respectively": "Norway and Belgium have promised 6 and 30
     * respectively" (the n-th donor takes the n-th number). The name is the one counted last before them in the
     * sentence, or the one straight after the numbers.
     */
    void gapped(Sentence s, List<Mention> mentions, List<Draft> itemDrafts, byte[] cues) {
        List<DonorLexicon.Group> groups = DonorLexicon.groups(tokens, donorMentions.get(s.index()));
        for (int i = s.from(); i < s.to(); i++) {
            if (!tokens.get(i).is("respectively")) continue;
            // the numbers before "respectively": "6 and 30", "6, 30 and 12", or "6 and 30 jets": then the name is that one
            List<int[]> numbers = new ArrayList<>();
            int k = i - 1;
            Draft named = null;
            for (Draft d : itemDrafts) if (d.claim.end() == tokens.get(i - 1).end() && d.claim.quantity() != null) named = d;
            if (named != null) {
                k = -1;
                for (int x = s.from(); x < i; x++) if (tokens.get(x).start() == named.claim.start()) k = x;
                if (k < 0) continue;
                NumberParser.NumberMatch n = NumberParser.at(tokens, k, i);
                if (n == null || !n.plain()) continue;
                numbers.add(new int[] {k, n.to()});
                k--;
                if (k >= s.from() && (tokens.get(k).is("and") || tokens.get(k).isPunct(','))) k--;
            }
            while (k >= s.from()) {
                int start = r.quantities.numberStart(s, k);
                if (start < 0) break;
                NumberParser.NumberMatch n = NumberParser.at(tokens, start, k + 1);
                if (n == null || !n.plain() || n.to() != k + 1) break;
                numbers.add(0, new int[] {start, k + 1});
                k = start - 1;
                if (k >= s.from() && (tokens.get(k).is("and") || tokens.get(k).isPunct(','))) k--;
                else break;
            }
            if (numbers.size() < 2) continue;
            int first = numbers.get(0)[0];
            DonorLexicon.Group donorsOf = null;
            for (DonorLexicon.Group g : groups) if (g.to() <= first && g.donors().size() == numbers.size()) donorsOf = g;
            Draft model = named;
            if (model == null) {
                for (Draft d : itemDrafts) if (d.claim.end() <= tokens.get(donorsOf == null ? first : donorsOf.from()).start()
                        && d.claim.quantity() != null) model = d;
            }
            if (donorsOf == null || model == null) continue;
            if (named != null) drafts.remove(named); // read with the donors together; each donor takes its own number below
            KindClassifier.Kind kind = r.kinds.kind(s, first, numbers.get(numbers.size() - 1)[1], cues, Cues.NONE);
            if (kind == null || kind.negated || kind.requested) continue;
            for (int n = 0; n < numbers.size(); n++) {
                int[] at = numbers.get(n);
                Quantity q = new Quantity();
                q.from = at[0];
                r.quantities.number(s, at[0], at[1], q);
                if (!q.counted()) continue;
                DonorAttribution.Donors d = r.donorsOf.donors(List.of(donorsOf.donors().get(n)), false);
                drafts.add(countOf(model, d, kind.kind, q.value, QualifierRules.EXACT, at[0], n == numbers.size() - 1 ? i + 1 : at[1], s, "respectively"));
                for (int x = at[0]; x < at[1]; x++) r.counted[x] = true;
            }
        }
        // gapping: "... pledged 19 jets and the Netherlands 24", "... committed 24 of the jets, and Norway up to six"
        for (DonorLexicon.Group g : groups) {
            int at = g.to();
            if (at >= s.to() || g.donors().size() != 1) continue;
            at = numberAfterQualifier(s, at);
            if (at < 0) continue;
            NumberParser.NumberMatch n = NumberParser.at(tokens, at, s.to());
            if (n == null || !n.plain() || r.counted[at]) continue;
            int after = n.to();
            // ("and Belgium 30 by 2028": a time may follow the count)
            // ("Spain six[8] and Canada four": a reference mark may follow it; "Spain 10 across two batches": how it came)
            if (after < s.to() && !(tokens.get(after).isPunct(',') || tokens.get(after).isPunct('.') || tokens.get(after).isPunct(';')
                    || tokens.get(after).isPunct('[') || tokens.get(after).is("and") || tokens.get(after).is("while") || tokens.get(after).is("respectively")
                    || tokens.get(after).is("by") || tokens.get(after).is("in") || tokens.get(after).is("next") || tokens.get(after).is("this")
                    || tokens.get(after).is("across") || tokens.get(after).is("over"))) continue;
            int lead = g.from() - 1;
            if (lead >= s.from() && tokens.get(lead).is("the")) lead--;
            if (lead - 2 >= s.from() && tokens.get(lead).isPunct(']') && tokens.get(lead - 1).kind() == Token.Kind.NUMBER && tokens.get(lead - 2).isPunct('['))
                lead -= 3; // "eight Leopard 2A4,[7] Spain six": past the reference mark
            if (lead < s.from() || !(tokens.get(lead).is("and") || tokens.get(lead).isPunct(',') || tokens.get(lead).is("while")
                    || tokens.get(lead).is("whereas") || tokens.get(lead).isPunct(':'))) continue;
            Draft model = null;
            for (Draft d : itemDrafts) if (d.claim.end() <= tokens.get(g.from()).start() && d.claim.quantity() != null) model = d;
            if (model == null) continue;
            Quantity q = new Quantity();
            q.from = at;
            r.quantities.number(s, at, after, q);
            if (!q.counted()) continue;
            DonorAttribution.Donors d = r.donorsOf.donors(g.donors(), false);
            String kind = model.claim.kind();
            // "27 MiG-29s between them: Poland 14 and Slovakia 13": one donor's part of a sum is its own gift, of the verb's kind
            if (kind.equals(Claim.AGGREGATE) && !d.collective && !d.key.contains(";")) {
                KindClassifier.Kind own = r.kinds.kind(s, at, after, cues, Cues.NONE);
                if (own != null) kind = own.kind;
            }
            drafts.add(countOf(model, d, kind, q.value, q.qualifier, g.from(), after, s, "gapped-count"));
            for (int x = at; x < after; x++) r.counted[x] = true;
        }
    }

    /**
     * The number at {@code at}, or after a qualifier that starts there ("up to six", "about 20"); -1 when no number
     * comes, or other words stand before it.
     */
    private int numberAfterQualifier(Sentence s, int at) {
        for (int k = at; k < s.to() && k <= at + 3; k++) {
            Token t = tokens.get(k);
            if (t.startsWithDigit() || t.kind() == Token.Kind.WORD && NumberParser.isNumberWord(t.norm())) {
                return k == at || QualifierRules.before(tokens, k, at).from() == at ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "Ukraine has received two Patriot batteries, one from the United States and one jointly from Germany and the
     * Netherlands": a count shared out among donors after it. Each share is a claim of its donors; the count is then
     * the total of them all, an aggregate.
     */
    void distributed(Sentence s, List<Draft> itemDrafts) {
        for (Draft model : itemDrafts) {
            Claim m = model.claim;
            if (m.quantity() == null || m.quantity() < 2 || m.kind().equals(Claim.AGGREGATE)) continue;
            int k = -1;
            for (int x = s.from(); x < s.to(); x++) if (tokens.get(x).end() == m.end()) k = x + 1;
            // ("So far, three have arrived: two from Germany, and one from ...": the shares after the verb and a colon)
            if (k >= 0 && k < s.to() && !tokens.get(k).isPunct(',')) {
                int c = k;
                while (c < s.to() && c < k + 4 && tokens.get(c).kind() == Token.Kind.WORD) c++;
                if (c < s.to() && tokens.get(c).isPunct(':')) k = c;
            }
            if (k < 0 || k >= s.to() || !(tokens.get(k).isPunct(',') || tokens.get(k).isPunct(':'))) continue;
            List<int[]> shares = new ArrayList<>(); // number from, number to, donor group from
            List<DonorLexicon.Group> groups = new ArrayList<>();
            long sum = 0;
            int at = k + 1;
            List<DonorLexicon.Group> inSentence = DonorLexicon.groups(tokens, donorMentions.get(s.index()));
            while (at < s.to()) {
                NumberParser.NumberMatch n = NumberParser.at(tokens, at, s.to());
                if (n == null || !n.plain() || n.value().scale() > 0) break;
                int j = n.to();
                if (j < s.to() && (tokens.get(j).is("jointly") || tokens.get(j).is("together"))) j++;
                if (j >= s.to() || !tokens.get(j).is("from")) break;
                j++;
                if (j < s.to() && tokens.get(j).is("the")) j++;
                final int gAt = j;
                DonorLexicon.Group g = inSentence.stream().filter(x -> x.from() == gAt && !x.collective()).findFirst().orElse(null);
                if (g == null) break;
                shares.add(new int[] {at, n.to(), g.to()});
                groups.add(g);
                sum += n.value().longValue();
                at = g.to();
                if (at < s.to() && (tokens.get(at).is("and") || tokens.get(at).isPunct(','))) at++;
                if (at < s.to() && tokens.get(at).is("and")) at++;
            }
            if (shares.size() < 2 || sum != m.quantity()) continue;
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            for (int i = 0; i < shares.size(); i++) {
                int[] sh = shares.get(i);
                DonorAttribution.Donors d = r.donorsOf.donors(groups.get(i).donors(), false);
                long value = NumberParser.at(tokens, sh[0], sh[1]).value().longValue();
                int shareFrom = tokens.get(sh[0]).start();
                int shareTo = tokens.get(sh[2] - 1).end();
                drafts.removeIf(x -> x != model && x.claim.start() >= shareFrom && x.claim.end() <= shareTo); // read as a share now
                drafts.add(countOf(model, d, m.kind(), value, QualifierRules.EXACT, sh[0], sh[2], s, "shared-out-count"));
                for (DonorLexicon.DonorRef ref : groups.get(i).donors()) all.add(ref.code());
            }
            List<DonorLexicon.DonorRef> refs = new ArrayList<>();
            for (String code : all) refs.add(donors.ref(code));
            DonorAttribution.Donors total = r.donorsOf.donors(refs, false);
            model.claim = new Claim(m.file(), total.name, m.recipient(), Claim.AGGREGATE, m.item(), m.category(), m.quantity(), m.quantityMax(),
                    m.qualifier(), m.value(), m.currency(), m.unit(), m.evidence(), m.start(), m.end(), m.rule(), m.confidence(), m.quantityText());
            model.donorKey = total.key;
        }
    }

    /** The counts read without their name in sentence {@code s} so far. */
    private static final Set<String> ESTIMATE_OBJECTS = Set.of("it", "them", "number", "figure", "total", "count");
    private static final Set<String> ESTIMATING = Set.of("put", "puts", "putting", "estimated", "estimate", "estimates", "placed", "place",
            "places");
    private static final Set<String> RAISED_OBJECTS = Set.of("the", "number", "total", "figure", "it", "its", "their", "pledge", "commitment",
            "that", "this", "order");
    private static final Set<String> RAISED = Set.of("raised", "increased", "upped", "rose", "grew", "expanded", "boosted", "doubled",
            "tripled", "lifted");

    /** "no later than 31 March 2026", "not before May": a deadline after a count whose name was left out. */
    private boolean deadline(Sentence s, int k) {
        return k + 2 < s.to() && (tokens.get(k).is("no") || tokens.get(k).is("not")) && (tokens.get(k + 1).is("later") && tokens.get(k + 2).is("than")
                || tokens.get(k + 1).is("before"));
    }

    /** Verbs that say more came after the ones before: "Another 59 followed", "Twenty more came later". */
    private static final Set<String> SUCCEEDING = Set.of("followed", "came");
    private static final Set<String> DEMONSTRATIVES = Set.of("these", "those", "them");
    private static final Set<String> DATE_WORDS = Set.of("in", "on", "by", "last", "this", "next", "early", "late", "the", "end", "of", "year",
            "month", "week", "spring", "summer", "autumn", "fall", "winter");

    /** The token after a date closing a count's clause ("in January 2023", "last year", "by the end of March"), or {@code k}. */
    private int afterDate(Sentence s, int k) {
        if (k >= s.to() || !(tokens.get(k).is("in") || tokens.get(k).is("on") || tokens.get(k).is("by") || tokens.get(k).is("last")
                || tokens.get(k).is("this") || tokens.get(k).is("next"))) return k;
        int j = k;
        while (j < s.to() && j < k + 6 && (DATE_WORDS.contains(tokens.get(j).norm()) || MONTHS.contains(tokens.get(j).norm())
                || tokens.get(j).kind() == Token.Kind.NUMBER && tokens.get(j).text().length() == 4)) j++;
        return j;
    }

    /** The kind the verb after a bare count says, past its auxiliaries: "300 have arrived", "ten were pledged"; null if none. */
    private String auxiliaryVerb(Sentence s, int k, byte[] cues) {
        int j = k;
        if (j >= s.to() || !AUXILIARIES.contains(tokens.get(j).norm())) return null;
        while (j < s.to() && (AUXILIARIES.contains(tokens.get(j).norm()) || tokens.get(j).is("already") || tokens.get(j).is("now")
                || tokens.get(j).is("so") || tokens.get(j).is("far"))) j++;
        if (j >= s.to()) return null;
        byte c = cues[j - s.from()];
        return c == Cues.DELIVERY ? Claim.DELIVERY : c == Cues.PLEDGE ? Claim.PLEDGE : null;
    }

    /** Words after "and" that open a new clause of the same subject: "Sweden promised 50 and says ...". */
    private static final Set<String> CLAUSE_VERBS = Set.of("says", "said", "adds", "added", "will", "would", "has", "have", "had", "is", "are",
            "was", "were", "expects", "plans");

    /**
     * Whether the token at {@code k} is "and" opening a new clause, so that the count before it ends its own: "Sweden
     * promised 50 and says ...", "Denmark has pledged 19 and delivered 12".
     */
    private boolean clauseJoins(Sentence s, int k, byte[] cues) {
        if (k + 1 >= s.to() || !tokens.get(k).is("and")) return false;
        byte next = cues[k + 1 - s.from()];
        return CLAUSE_VERBS.contains(tokens.get(k + 1).norm()) || next == Cues.DELIVERY || next == Cues.PLEDGE;
    }

    /**
     * "Sweden promised 50 and says all have been delivered", "pledged 14 tanks, all of which have arrived": every one of a
     * count promised in the sentence delivered, as many again; and "the third Patriot system, pledged in December, was
     * handed over": what was pledged, delivered.
     */
    void allDelivered(Sentence s, byte[] cues) {
        List<Draft> pledged = draftsIn(s).stream().filter(d -> d.claim.kind().equals(Claim.PLEDGE)).toList();
        for (Draft d : pledged) {
            int k = s.from();
            while (k < s.to() && tokens.get(k).start() < d.claim.end()) k++;
            // "the third Patriot system, pledged in December 2023, was handed over on 10 March": the main verb after the
            // participle set off by commas says what became of what was pledged
            int main = afterApposition(s, k);
            if (main > 0 && cues[main - s.from()] == Cues.DELIVERY && !Cues.negatedBefore(tokens, main, k)) {
                drafts.add(countOf(d, r.donorsOf.donorFor(s, k, main + 1, null), Claim.DELIVERY, d.claim.quantity(), d.claim.qualifier(),
                        k, main + 1, s, "all-delivered"));
                continue;
            }
            if (d.claim.quantity() == null) continue;
            k = afterDate(s, k);
            int limit = Math.min(s.to(), k + 10);
            int all = -1;
            for (int j = k; j < limit; j++) {
                Token t = tokens.get(j);
                // ("Of the 8 Archer systems pledged in January 2023, all ...": the participle's date is no other count)
                boolean year = t.kind() == Token.Kind.NUMBER && t.text().length() == 4 && j - 1 >= s.from() && MONTHS.contains(tokens.get(j - 1).norm());
                if (t.isPunct('.') || t.startsWithDigit() && !year || r.inMoney[j]) break;
                // "It promised 40 in January; all of them were handed over", "and it did: every one had been delivered"
                if (t.is("all") || (t.is("every") || t.is("each")) && j + 1 < s.to() && tokens.get(j + 1).is("one")) {
                    all = j;
                    break;
                }
            }
            if (all < 0 || tokens.get(all - 1).is("not")) continue; // "not all have arrived"
            int j = tokens.get(all).is("all") ? all + 1 : all + 2;
            if (j + 1 < s.to() && tokens.get(j).is("of") && (tokens.get(j + 1).is("them") || tokens.get(j + 1).is("which")
                    || tokens.get(j + 1).is("these"))) j += 2;
            while (j < s.to() && (AUXILIARIES.contains(tokens.get(j).norm()) || tokens.get(j).is("now") || tokens.get(j).is("already"))) j++;
            if (j >= s.to() || cues[j - s.from()] != Cues.DELIVERY) continue;
            drafts.add(countOf(d, r.donorsOf.donorFor(s, all, j + 1, null), Claim.DELIVERY, d.claim.quantity(), d.claim.qualifier(),
                    all, j + 1, s, "all-delivered"));
        }
    }

    /**
     * "Sweden pledged 8 Archer systems in January 2023. All have been delivered.": a sentence that says all of what the
     * one before it pledged, in its paragraph, was delivered; reads the one count pledged there.
     */
    void allDeliveredSince(Sentence s, byte[] cues) {
        int k = s.from();
        if (s.index() == 0 || k + 2 >= s.to() || !tokens.get(k).is("all")) return;
        int j = k + 1;
        if (j + 1 < s.to() && tokens.get(j).is("of") && (tokens.get(j + 1).is("them") || tokens.get(j + 1).is("these"))) j += 2;
        if (j >= s.to() || !AUXILIARIES.contains(tokens.get(j).norm())) return;
        while (j < s.to() && (AUXILIARIES.contains(tokens.get(j).norm()) || tokens.get(j).is("now") || tokens.get(j).is("already"))) j++;
        if (j >= s.to() || cues[j - s.from()] != Cues.DELIVERY) return;
        Sentence before = sentences.get(s.index() - 1);
        if (text.substring(tokens.get(before.to() - 1).end(), tokens.get(s.from()).start()).contains("\n\n")) return;
        List<Draft> pledged = draftsIn(before).stream().filter(d -> d.claim.quantity() != null && d.claim.kind().equals(Claim.PLEDGE)).toList();
        if (pledged.size() != 1) return;
        Draft d = pledged.get(0);
        drafts.add(countOf(d, r.donorsOf.donorFor(s, k, j + 1, null), Claim.DELIVERY, d.claim.quantity(), d.claim.qualifier(), k, j + 1, s,
                "all-delivered"));
    }

    /** Where the verb after ", pledged in December 2023," stands (past its auxiliaries); -1 where no such phrase follows {@code k}. */
    private int afterApposition(Sentence s, int k) {
        if (k + 2 >= s.to() || !tokens.get(k).isPunct(',') || !Words.NP_PLEDGE.contains(tokens.get(k + 1).norm())) return -1;
        int j = k + 2;
        while (j < s.to() && j < k + 10 && !tokens.get(j).isPunct(',')) j++;
        if (j + 2 >= s.to() || !tokens.get(j).isPunct(',') || !AUXILIARIES.contains(tokens.get(j + 1).norm())) return -1;
        j++;
        while (j < s.to() && (AUXILIARIES.contains(tokens.get(j).norm()) || tokens.get(j).is("now") || tokens.get(j).is("already"))) j++;
        return j < s.to() ? j : -1;
    }

    List<Draft> ellipticalIn(Sentence s) {
        return draftsIn(s).stream().filter(d -> d.claim.rule().equals("elliptical-count")).toList();
    }

    /** The claims read so far whose evidence lies within sentence {@code s}. */
    private List<Draft> draftsIn(Sentence s) {
        int from = tokens.get(s.from()).start();
        int to = tokens.get(s.to() - 1).end();
        return drafts.stream().filter(d -> d.claim.start() >= from && d.claim.end() <= to).toList();
    }

    /** A count of the item of {@code model}, for another donor. */
    private Draft countOf(Draft model, DonorAttribution.Donors d, String kind, Long value, String qualifier, int from, int to, Sentence s, String rule) {
        int st = tokens.get(from).start();
        int en = tokens.get(to - 1).end();
        Claim m = model.claim;
        String k = d.collective ? Claim.AGGREGATE : kind;
        Claim c = new Claim(file, d.name, "Ukraine", k, m.item(), m.category(), value, null, qualifier, null, null, m.unit(), text.substring(st, en), st,
                en, rule, round(0.55), null);
        return draft(c, model.itemKey, d.key, s.title());
    }

    /** "Allies have provided around 99 percent of all military aid to Ukraine": a share of all aid, an aggregate. */
    void shareOfAid(Sentence s, int start, int pct, int aid) {
        percentShare(s, start, pct, aid, "share of all military aid", "share-of-aid", "class:percentage:aid");
    }

    /** A percentage from the number at {@code start} to the word at {@code end}, as an aggregate of {@code item}. */
    private void percentShare(Sentence s, int start, int pct, int end, String item, String rule, String itemKey) {
        Quantity q = new Quantity();
        q.from = start;
        r.quantities.number(s, start, pct, q);
        if (!q.counted()) return;
        DonorAttribution.Donors d = r.donorsOf.donorFor(s, q.from, end + 1, null);
        int st = tokens.get(q.from).start();
        int en = tokens.get(end).end();
        Claim c = new Claim(file, d.name, "Ukraine", Claim.AGGREGATE, item, "percentage", q.value, null, q.qualifier, null, null, "percent",
                text.substring(st, en), st, en, rule, round(0.65 - (d.fallback ? 0.1 : 0)), null);
        drafts.add(draft(c, itemKey, d.key, s.title()));
    }
}
