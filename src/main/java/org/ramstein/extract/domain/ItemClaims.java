package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A claim for a system or class named in a sentence: its quantity, donor and kind; a class word that refers back to a
 * system named before ("nine more planes") takes that system; a class with no number yields to a system of its class
 * named in the same sentence.
 */
final class ItemClaims extends ReadingPart {

    private static final Set<String> DESTINATION_WORDS = Set.of("to", "for", "into", "in", "with", "by", "from", "of");
    private static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "remain", "arrive", "follow");

    private static final java.util.Set<String> DELIVERED_AFTER = java.util.Set.of("delivered", "sent", "supplied", "donated", "gifted",
            "transferred", "received");

    ItemClaims(Reading r) {
        super(r);
    }

    Draft item(Sentence s, Mention m, byte[] cues, List<Mention> all) {
        if (m.purpose) return null;
        // "75,000 rounds of 155mm ammunition": the class word measures the name after it
        if (m.cls != null && m.to < s.to() && tokens.get(m.to).is("of")
                && all.stream().anyMatch(o -> o != m && o.from > m.to && o.from <= m.to + 4)) return null;
        if (r.filters.refurbished(s, m)) return null;
        if (r.kinds.firstTimeAside(s, m.from)) return null; // "..., the first time Stockholm has given aircraft, ..."
        if (r.filters.describesASystem(s, all, m.from)) return null;
        if (r.filters.targetOfMunition(s, m, all) || r.filters.propertyOf(s, m.from) || r.filters.forOwnForces(s)
                || r.filters.forDonorsForces(s, m.to) || r.filters.donorsForcesReceive(s, m.from)) return null;
        if (r.quantities.unitOfACount(s, m)) return null;
        if (restatedInBrackets(m, all)) return null;
        Quantity q = r.quantities.before(s, m);
        int countEnd = !q.counted() && q.vague == null ? r.quantities.countAsMultiplier(s, m, q) : -1;
        if (countEnd < 0 && !q.counted() && q.vague == null) countEnd = r.quantities.countAfterColon(s, m, q);
        if (countEnd < 0 && !q.counted() && q.vague == null) countEnd = r.quantities.countInApposition(s, m, q);
        if (countEnd < 0 && !q.counted() && q.vague == null) countEnd = r.quantities.countInBrackets(s, m, q);
        if (countEnd < 0 && !q.counted() && q.vague == null && m.item != null) countEnd = r.quantities.countSummedUp(s, m, q, all);
        // "F-16 jets left Skrydstrup, six aircraft in all": the class word's count was the system's
        if (m.cls != null && q.counted() && m.from - 1 >= s.from() && r.counted[m.from - 1]) return null;
        if (countEnd < 0 && !q.counted() && q.vague == null) countEnd = r.quantities.countRaisedTo(s, m, q);
        shareCount(m, q, all);
        // "the first Danish F-16 aircraft are expected": a plural verb says the first is not one
        if (q.counted() && q.weak && q.value == 1 && m.to < s.to() && PLURAL_VERBS.contains(tokens.get(m.to).norm())) {
            q.value = null;
            q.qualifier = QualifierRules.UNSPECIFIED;
        }
        // "−1 IRIS-T SLM unit: damaged in a strike": a count taken away, not given
        if (q.counted() && q.from - 1 >= s.from() && (tokens.get(q.from - 1).isPunct('\u2212') || tokens.get(q.from - 1).isPunct('-'))
                && tokens.get(q.from - 1).end() == tokens.get(q.from).start()
                && (q.from - 2 < s.from() || tokens.get(q.from - 2).end() < tokens.get(q.from - 1).start())) return null;
        // Ukraine's brigades are what aid equips: a formation is Ukrainian by nature
        if (q.foreign && !m.category.equals("unit_formation") || q.possession && !m.category.equals("unit_formation") || q.none) return null;
        // "to send more air defence systems": more of a class, with no number, says nothing countable
        if (m.cls != null && !q.counted() && q.vague == null && m.from - 1 >= s.from() && tokens.get(m.from - 1).is("more")) return null;
        String rule = m.item != null ? (q.counted() ? "system-count" : "system") : (q.counted() || q.vague != null ? "class-count" : "class");
        if (m.cls != null) {
            // "nine more planes", "the new howitzers": a bare class word refers back; "hundreds more armoured vehicles" is a class
            // a bare plural with nothing before it ("protective gear and vehicles") speaks of a kind, not of something named before
            boolean marked = q.counted() || q.definite || q.referring || q.vague != null;
            boolean refers = m.cls.anaphoricOnly() && m.bare && marked || m.cls.anaphoric() && (q.definite || q.referring && m.bare) && !q.whole;
            if (refers) {
                Mention antecedent = antecedent(m, all);
                if (antecedent != null) {
                    m.bindTo(antecedent);
                    rule = "reference-count";
                }
            }
            if (!m.bound && m.cls.anaphoric() && m.bare && q.counted()) {
                // "Leopard 1 in Ukrainian service: 110 tanks pledged ...": the one system of the class the words before the colon name
                Mention only = beforeColon(s, m, all);
                DonorAttribution.Donors d = r.donorsOf.donorFor(s, Math.min(q.from, m.from), m.to, q.donor);
                // "The Netherlands has pledged 42 jets" in a text that names one kind of jet only: that one
                if (only == null && s.intro() < 0 && !d.collective) only = onlyAntecedent(m, all);
                // "Germany later raised its own contribution to 18 tanks": the one system of the class the donor gave before
                if (only == null && s.intro() < 0 && !d.collective && !d.fallback && !q.whole && !inTotal(s)) only = onlyOfDonor(m, d.key);
                if (only != null) {
                    m.bindTo(only);
                    rule = "reference-count";
                }
            }
            // "... more than 300,000 rounds of 155 mm artillery ammunition. Denmark has paid for a further 30,000 rounds": bare
            // rounds of the one kind of ammunition named just before, in the sentence or the one before it in the paragraph
            if (!m.bound && m.bare && q.counted() && m.cls.category().equals("ammunition_generic")) {
                Mention ammunition = ammunitionJustBefore(s, m);
                if (ammunition != null) {
                    m.bindTo(ammunition);
                    rule = "reference-count";
                }
            }
            if (!m.bound && m.cls.anaphoricOnly()) return null;
            if (!m.bound && m.cls.needsQuantity() && !q.counted() && q.vague == null && !q.whole) return null;
        }
        // "the new howitzers": said before (but "The first aircraft have been handed over": the first of those said before, given)
        boolean firstOfThem = m.bound && m.from - 2 >= s.from() && tokens.get(m.from - 1).is("first") && tokens.get(m.from - 2).is("the");
        if (q.definite && !q.counted() && m.cls != null && !q.whole && !firstOfThem) return null;
        if (q.generic && !q.counted() && m.cls != null && !m.bound) return null; // "Western-made armoured vehicles": a kind, not a gift
        if (!q.counted() && m.cls != null && boughtWithSum(s, m.from)) return null;
        if (Cues.threatBefore(tokens, m.from, s.from())) return null;
        if (r.filters.enemyActor(s, Math.min(q.from, m.from))) return null;
        if (r.filters.toSomeoneElse(s, m.to) || r.filters.givenToAnother(s, Math.min(q.from, m.from))) return null;
        if (r.filters.lost(s, Math.min(q.from, m.from), m.to)) return null;
        if (q.counted() && r.filters.rate(s, Math.max(m.to, countEnd))) return null;
        if (r.filters.deniedReport(s, Math.min(q.from, m.from)) || r.filters.debunked(s, Math.min(q.from, m.from))) return null;
        if (r.filters.blocked(s, Math.min(q.from, m.from)) || r.filters.undecided(s, m.to) || r.filters.decisionToCome(s, Math.min(q.from, m.from), m.to)
                || r.filters.onlyWeighed(s, Math.min(q.from, m.from))) return null;
        if (r.filters.scene(s, Math.min(q.from, m.from))) return null;
        if (r.filters.ukraineActs(s, Math.min(q.from, m.from))) return null;
        if (r.filters.ownPurchase(s, Math.min(q.from, m.from), m.to) || r.filters.givesNothing(s) || r.filters.withdrawn(s, Math.min(q.from, m.from))) return null;
        if (r.filters.ownedAfter(s, m.to) || r.filters.conditional(s, Math.min(q.from, m.from)) || r.filters.recommended(s, Math.min(q.from, m.from))) return null;
        if (r.filters.forTrainingElsewhere(s, m.to)) return null;
        if (r.filters.versionOf(s, Math.min(q.from, m.from)) || r.filters.partOfHoldings(s, Math.min(q.from, m.from))) return null;
        if (!q.counted() && r.quantities.heldStock(s, m.from)) return null;
        if (Categories.isMunition(m.category) || m.category.startsWith("ammunition")) {
            if (r.filters.calibreDescription(s, m.from)) return null;
        }
        if (r.filters.suppliedToAnother(s, Math.min(q.from, m.from)) || r.filters.receivedByAnother(s, Math.min(q.from, m.from))) return null;
        if (r.filters.onTheMarket(s, Math.min(q.from, m.from), m.to) || !q.counted() && r.filters.made(s, Math.min(q.from, m.from))
                || r.filters.madeBy(s, Math.min(q.from, m.from), m.to)) return null;
        if (r.filters.swappedOrPrewar(s, Math.min(q.from, m.from), m.to)) return null;
        int evidenceFrom = Math.min(q.from, m.from);
        int evidenceTo = countEnd > 0 ? countEnd : m.to;
        KindClassifier.Kind kind = r.kinds.kind(s, evidenceFrom, m.to, cues, q.npKind);
        // "that is about 70 modern Western tanks in Ukraine": a count said to be there is delivered, whatever the verb
        if (kind == null && q.counted() && Cues.inUkraine(tokens, m.to, s.to()) && !Cues.negatedBefore(tokens, evidenceFrom, s.from()))
            kind = new KindClassifier.Kind(Claim.DELIVERY, false, false, m.to);
        // "We received the third batch of Dutch F-16s. Eight aircraft this time.": a sentence with no verb counts what the one
        // before it said of the system its class word refers to
        // (a few words that open with the count: "Each system consists of ... up to eight launchers" is no such sentence)
        if (kind == null && m.bound && q.counted() && s.index() > 0 && noCue(cues) && onlyPunctuation(s.from(), evidenceFrom) && shortUntilStop(evidenceFrom, s.to())) {
            Sentence before = sentences.get(s.index() - 1);
            String key = itemKey(m);
            for (Draft x : drafts) if (!x.title && x.itemKey.equals(key) && x.claim.start() >= before.start() && x.claim.end() <= s.start())
                kind = new KindClassifier.Kind(x.claim.kind(), false, false, -1);
        }
        if (kind == null || kind.declared && !q.counted()) return null; // what figures are declared to be says nothing of a name alone
        if (kind.negated || kind.requested) return null;
        DonorAttribution.Donors d = r.donorsOf.donorFor(s, evidenceFrom, m.to, q.donor);
        if (d.fallback && m.item != null) d = r.donorsOf.ofEarlierClaim(itemKey(m), d, s); // "the Abrams would arrive": whose Abrams
        d = r.donorsOf.withPartners(s, evidenceFrom, m.to, d); // "the Netherlands will deliver a Patriot battery together with Germany"
        String k = kind.kind;
        // "has delivered all 14 Challenger 2 tanks it pledged in January, together with around 30 AS90 guns": what comes together
        // with a gift is given as it was, whatever a relative clause between says
        String along = togetherWith(s, evidenceFrom, cues, all);
        if (along != null) k = along;
        if (k.equals(Claim.DELIVERY) && r.kinds.notYetMade(s, m.to)) k = Claim.PLEDGE;
        // "adding to the Aspide system it delivered in the summer": the relative clause says the name was delivered ("handed
        // over all 13 jets it had promised" stays a delivery: what was delivered had been promised)
        String described = r.kinds.describedAfter(s, m.to);
        if (described != null && itemKey(m).startsWith("munitions:") && !transferBefore(s, m.from, cues)) {
            // "new ammunition for the Gepard anti-aircraft guns it gave Ukraine": the clause says what became of the guns
            return null;
        }
        if (Claim.DELIVERY.equals(described) || r.kinds.deliveryAcknowledged(s, Math.min(q.from, m.from))) k = Claim.DELIVERY;
        // "adding to the 14 M113s delivered last year": the participle after a definite count says what became of it
        if (q.counted() && q.from - 1 >= s.from() && tokens.get(q.from - 1).is("the") && m.to < s.to()
                && DELIVERED_AFTER.contains(tokens.get(m.to).norm())) k = Claim.DELIVERY;
        // "Denmark, the Netherlands and Norway have together pledged more than 60 jets": the sum of several donors' gifts
        if (q.counted() && d.key.contains(";") && (r.kinds.jointTotal(s, evidenceFrom) || r.donorsOf.bothNamed(s)
                || r.kinds.promisedToUkraine(s, evidenceFrom) || betweenThem(s, m.to))) k = Claim.AGGREGATE;
        if (d.collective) {
            if (!q.counted()) return null;
            k = Claim.AGGREGATE;
        }
        if (m.category.equals("unit_formation") || m.category.equals("percentage")) {
            // "(the effort) to equip a Ukrainian tank battalion": a formation named with "a" after an infinitive is what the gift
            // is for, not a count of formations ("France will equip a brigade" is one)
            if (!q.counted() || q.weak && q.from - 2 >= s.from() && tokens.get(q.from - 2).is("to")) return null;
            if (q.weak && purposeBefore(s, q.from)) return null; // "..., so that a full battalion could be formed": what it is for
            // "sent 14 Leopard 2A6 to the 33rd brigade", "for a new brigade": where the gift goes, not a count of formations
            boolean article = tokens.get(q.from).is("a") || tokens.get(q.from).is("an") || tokens.get(q.from).is("the");
            if ((q.weak || article) && q.from - 1 >= s.from() && DESTINATION_WORDS.contains(tokens.get(q.from - 1).norm())) return null;
            // "The 33rd brigade got 14 Leopard 2A6": a formation's number is its name
            if (tokens.get(q.from).is("the") && ordinalBetween(q.from + 1, m.from)) return null;
            k = Claim.AGGREGATE;
        }
        // "lists main battle tanks delivered to Ukraine by donor": a class described, of no one named, is no gift
        if (m.item == null && !q.counted() && q.vague == null && d.fallback && m.to < s.to()
                && (DELIVERED_AFTER.contains(tokens.get(m.to).norm()) || Words.NP_PLEDGE.contains(tokens.get(m.to).norm()))) return null;
        String unit = q.unit;
        if (unit == null && q.counted()) unit = Categories.countUnit(m.category, q.value, tokens.get(m.head).is("rounds") || tokens.get(m.head).is("shells"));
        double confidence = (m.item != null ? 0.75 : 0.6) + (q.counted() ? 0.15 : 0) - (m.bound ? 0.1 : 0) - (d.fallback ? 0.1 : 0)
                - (Cues.hedged(tokens, s.from(), s.to()) ? 0.1 : 0) - (s.title() ? 0.05 : 0);
        Claim c = new Claim(file, d.name, "Ukraine", k, m.name, m.category, q.value, q.max, q.counted() ? q.qualifier : QualifierRules.UNSPECIFIED,
                null, null, unit, text.substring(tokens.get(evidenceFrom).start(), tokens.get(evidenceTo - 1).end()),
                tokens.get(evidenceFrom).start(), tokens.get(evidenceTo - 1).end(), rule, round(confidence), q.vague);
        // "one of the 14 Challenger 2 tanks the UK gave Ukraine had been destroyed": the part is a loss, the whole what was given
        if (q.part != null && r.filters.lostLater(s, m.to)) q.part = null;
        if (q.part != null) {
            // the whole was promised; the part is what the verb says
            int ps = tokens.get(q.partFrom).start();
            Claim part = new Claim(file, d.name, "Ukraine", k, m.name, m.category, q.part, null, q.partQualifier, null, null, unit,
                    text.substring(ps, tokens.get(m.to - 1).end()), ps, tokens.get(m.to - 1).end(), "part-count", round(confidence - 0.1), null);
            Draft pd = draft(part, itemKey(m), d.key, s.title());
            pd.weak = q.partWeak;
            if (q.wholeOwned) return pd;
            drafts.add(pd);
            if (!d.collective && q.npKind == Cues.NONE) k = Claim.PLEDGE;
            c = new Claim(c.file(), c.donor(), c.recipient(), k, c.item(), c.category(), c.quantity(), c.quantityMax(), c.qualifier(), null, null,
                    c.unit(), c.evidence(), c.start(), c.end(), c.rule(), c.confidence(), c.quantityText());
        }
        if (q.counted() && d.key.contains(";") && !d.collective && r.donorsOf.eachGives(s, evidenceFrom)) {
            // "Denmark and Sweden will each fund 20 vehicles": one claim per donor, each of the whole count
            List<DonorAttribution.Donors> each = r.donorsOf.oneByOne(d);
            for (int i = 0; i < each.size() - 1; i++) {
                DonorAttribution.Donors one = each.get(i);
                Claim ci = new Claim(c.file(), one.name, c.recipient(), c.kind(), c.item(), c.category(), c.quantity(), c.quantityMax(), c.qualifier(),
                        null, null, c.unit(), c.evidence(), c.start(), c.end(), c.rule(), c.confidence(), c.quantityText());
                Draft di = draft(ci, itemKey(m), one.key, s.title());
                di.weak = q.weak;
                drafts.add(di);
            }
            DonorAttribution.Donors last = each.get(each.size() - 1);
            c = new Claim(c.file(), last.name, c.recipient(), c.kind(), c.item(), c.category(), c.quantity(), c.quantityMax(), c.qualifier(),
                    null, null, c.unit(), c.evidence(), c.start(), c.end(), c.rule(), c.confidence(), c.quantityText());
            d = last;
        }
        Draft dr = draft(c, itemKey(m), d.key, s.title());
        dr.weak = q.weak;
        dr.guessedDonor = d.fallback;
        return dr;
    }

    /** Whether a verb of pledging or delivering stands before token {@code at} in its sentence. */
    private boolean transferBefore(Sentence s, int at, byte[] cues) {
        for (int k = s.from(); k < at; k++) if (cues[k - s.from()] == Cues.PLEDGE || cues[k - s.from()] == Cues.DELIVERY) return true;
        return false;
    }

    /** "Poland and Slovakia gave 27 MiG-29s between them": the sum of what each gave, not one gift made together. */
    private boolean betweenThem(Sentence s, int to) {
        for (int k = to; k + 1 < s.to() && k <= to + 3; k++) if (tokens.get(k).is("between") && tokens.get(k + 1).is("them")) return true;
        return false;
    }

    /** Whether at most six words come from token {@code from} to the first full stop. */
    private boolean shortUntilStop(int from, int to) {
        int words = 0;
        for (int k = from; k < to && !tokens.get(k).isPunct('.'); k++) if (tokens.get(k).isWordLike() && ++words > 6) return false;
        return true;
    }

    private boolean onlyPunctuation(int from, int to) {
        for (int k = from; k < to; k++) if (tokens.get(k).kind() != Token.Kind.PUNCT) return false;
        return true;
    }

    private static boolean noCue(byte[] cues) {
        for (byte c : cues) if (c != Cues.NONE) return false;
        return true;
    }

    String itemKey(Mention m) {
        if (m.item == null) return "class:" + m.category;
        return m.category.equals(Categories.fromCatalog(m.item.category())) ? m.item.id() : "munitions:" + m.item.id();
    }

    /** The system a class word refers back to: the last one named before it whose category the class covers. */
    Mention antecedent(Mention m, List<Mention> sentence) {
        String cls = m.cls.category();
        // "four IRIS-T systems ... 52 Gepard guns. One more system": the last system named with the same head noun
        String head = singular(tokens.get(m.head).norm());
        for (int i = sentence.size() - 1; i >= 0; i--) {
            Mention c = sentence.get(i);
            if (c.from < m.from && c.item != null && !c.bound && Categories.covers(cls, c.category) && headOf(c).equals(head)) return c;
        }
        // ("Sweden's contribution of CV90s is north of 50 vehicles": a system of the class in the same sentence before one
        // of the same head noun sentences before)
        for (int i = sentence.size() - 1; i >= 0; i--) {
            Mention c = sentence.get(i);
            if (c.from < m.from && c.item != null && !c.bound && Categories.covers(cls, c.category)) return c;
        }
        for (int i = catalogHistory.size() - 1; i >= 0; i--) {
            Mention c = catalogHistory.get(i);
            if (Categories.covers(cls, c.category) && headOf(c).equals(head)) return c;
        }
        for (int i = catalogHistory.size() - 1; i >= 0; i--) {
            Mention c = catalogHistory.get(i);
            if (Categories.covers(cls, c.category)) return c;
        }
        return null;
    }

    /**
     * The one kind of ammunition named in sentence {@code s} before {@code m} or in the sentence before it in the same
     * paragraph; null where none, or more than one kind, is.
     */
    private Mention ammunitionJustBefore(Sentence s, Mention m) {
        int from = s.index() > 0 ? sentences.get(s.index() - 1).start() : s.start();
        int paragraph = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        from = Math.max(from, paragraph);
        Mention found = null;
        for (Mention c : catalogHistory) {
            int at = tokens.get(c.from).start();
            if (at < from || c.from >= m.from || !(c.category.startsWith("ammunition") || c.category.equals("air_defense_munition"))) continue;
            if (found != null && found.item != c.item) return null;
            found = c;
        }
        return found;
    }

    private static final Set<String> BUYING_NOUNS = Set.of("purchase", "procurement", "acquisition", "purchases", "buy", "purchasing", "procure", "acquire");

    /**
     * "NOK 1.5 billion to the purchase of air defence systems": a class of equipment, uncounted, that a sum in the same
     * sentence is to buy is what the sum is for; the sum is the claim.
     */
    private boolean boughtWithSum(Sentence s, int at) {
        int k = at - 1;
        if (k >= s.from() && (tokens.get(k).is("the") || tokens.get(k).is("new") || tokens.get(k).is("more"))) k--;
        if (k >= s.from() && tokens.get(k).is("of")) k--;
        if (k < s.from() || !BUYING_NOUNS.contains(tokens.get(k).norm())) return false;
        for (int j = s.from(); j < s.to(); j++) if (r.inMoney[j]) return true;
        return false;
    }

    private boolean ordinalBetween(int from, int to) {
        for (int k = from; k < to; k++) if (QuantityPhrases.ordinal(tokens.get(k).norm())) return true;
        return false;
    }

    /** Whether a clause of purpose ("so that", "in order that", "enough") opens shortly before token {@code at}. */
    private boolean purposeBefore(Sentence s, int at) {
        for (int k = at - 1; k >= s.from() && k >= at - 6; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',') || t.isPunct(';')) return false;
            if (t.is("enough") || t.is("that") && k - 1 >= s.from() && (tokens.get(k - 1).is("so") || tokens.get(k - 1).is("order"))) return true;
        }
        return false;
    }

    /** The one system of the class a sentence names before the colon that comes before the class word; null if none or several. */
    private Mention beforeColon(Sentence s, Mention m, List<Mention> sentence) {
        int colon = -1;
        for (int k = s.from(); k < m.from; k++) if (tokens.get(k).isPunct(':')) colon = k;
        if (colon < 0) return null;
        Mention found = null;
        for (Mention c : sentence) {
            if (c.to > colon || c.item == null || !Categories.covers(m.cls.category(), c.category)) continue;
            if (found != null) return null;
            found = c;
        }
        return found;
    }

    /** The one system of the class a donor's earlier claims are of; null if none or several are. */
    private Mention onlyOfDonor(Mention m, String donorKey) {
        String key = null;
        for (Draft d : drafts) {
            if (d.title || !d.donorKey.equals(donorKey) || d.itemKey.startsWith("class:") || d.claim.kind().equals(Claim.MONEY)
                    || !Categories.covers(m.cls.category(), d.claim.category())) continue;
            if (key != null && !key.equals(d.itemKey)) return null;
            key = d.itemKey;
        }
        if (key == null) return null;
        for (int i = catalogHistory.size() - 1; i >= 0; i--) if (itemKey(catalogHistory.get(i)).equals(key)) return catalogHistory.get(i);
        return null;
    }

    private static final java.util.Set<String> TOTALS = java.util.Set.of("total", "totals", "altogether", "overall", "all", "cumulative");

    /** Whether a sentence speaks of a total: a count of the class there sums many systems. */
    private boolean inTotal(Sentence s) {
        for (int k = s.from(); k < s.to(); k++) if (TOTALS.contains(tokens.get(k).norm())) return true;
        return false;
    }

    /** The one system of the class named so far in the text, or null when none or several are. */
    Mention onlyAntecedent(Mention m, List<Mention> sentence) {
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

    /**
     * A class with no number is dropped where the sentence names a system of that class ("armored vehicles – 40
     * Marders", "On air defence, ... a Ground Master 200 radar"), unless both stand side by side in one list
     * ("GMLRS, Starstreak air defence, medium range air defence missiles").
     */
    void suppressUmbrellas(List<Draft> itemDrafts, List<Mention> mentions, Map<Draft, Mention> of) {
        itemDrafts.removeIf(d -> {
            Mention own = of.get(d);
            if (d.claim.quantity() != null || d.claim.quantityText() != null || !d.itemKey.startsWith("class:")) return false;
            return mentions.stream().anyMatch(m -> m != own && m.item != null && !m.bound && !m.purpose
                    && !itemKey(m).startsWith("class:") && Categories.covers(d.claim.category(), m.category) && !siblings(own, m, mentions)
                    && !otherPredicate(own, m));
        });
    }

    /**
     * "agreed to give S-300 missiles ..., and has supplied large amounts of Soviet-calibre ammunition": ", and" and a verb of
     * giving between the two, each the object of its own predicate.
     */
    private boolean otherPredicate(Mention x, Mention y) {
        int from = Math.min(x.to, y.to);
        int to = Math.max(x.from, y.from);
        boolean comma = false;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isPunct(';') || tokens.get(k).isPunct(',') && k + 1 < to && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("but")))
                comma = true;
            byte c = Cues.at(tokens, k, x.sentence.from(), x.sentence.to());
            if (comma && (c == Cues.PLEDGE || c == Cues.DELIVERY)) return true;
        }
        return false;
    }

    /** Whether only other names and list separators stand between two mentions. */
    boolean siblings(Mention x, Mention y, List<Mention> mentions) {
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

    /** The head noun a system was named with ("systems" in "four IRIS-T systems"), singular; empty for a bare name. */
    private String headOf(Mention c) {
        if (c.head < c.from || c.head >= c.to) return "";
        Token t = tokens.get(c.head);
        return t.kind() == Token.Kind.WORD && GenericClasses.isHead(t.norm()) ? singular(t.norm()) : "";
    }

    private static String singular(String w) {
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * "about 250 PT-91 and T-72 tanks": one number for two systems named together counts neither alone; each keeps the
     * number as words ("about 250, shared").
     */
    /** "PATRIOT INTERCEPTORS (PAC-3 MSE)": a bracket right after a name that names the same system again, a variant of it. */
    private boolean restatedInBrackets(Mention m, List<Mention> all) {
        if (m.item == null || m.from < 1 || !tokens.get(m.from - 1).isPunct('(')) return false;
        for (Mention o : all) if (o != m && o.to == m.from - 1 && o.item != null && o.item.id().equals(m.item.id())) return true;
        return false;
    }

    private void shareCount(Mention m, Quantity q, List<Mention> all) {
        if (m.item == null) return;
        String shared = r.sharedCounts.get(m);
        if (shared != null && !q.counted()) {
            q.vague = shared;
            return;
        }
        if (!q.counted() || q.max != null || m.to + 1 >= tokens.size() || !tokens.get(m.to).is("and") || m.head != m.to - 1
                || GenericClasses.isHead(tokens.get(m.head).norm())) return;
        Mention next = all.stream().filter(o -> o.from == m.to + 1 && o.item != null).findFirst().orElse(null);
        if (next == null) return;
        String words = text.substring(tokens.get(q.from).start(), tokens.get(m.from - 1).end()) + " (shared)";
        r.sharedCounts.put(next, words);
        q.value = null;
        q.qualifier = QualifierRules.UNSPECIFIED;
        q.vague = words;
    }

    /** The kind of the gift that a name "together with" or "along with" at {@code from} joins, as the name before says it; null if none. */
    private String togetherWith(Sentence s, int from, byte[] cues, List<Mention> all) {
        int k = from - 1;
        if (!(k - 2 >= s.from() && tokens.get(k).is("with") && (tokens.get(k - 1).is("together") || tokens.get(k - 1).is("along"))
                && tokens.get(k - 2).isPunct(','))) return null;
        Mention joined = null;
        for (Mention o : all) if (o.to <= k - 2 && o.from >= s.from()) joined = o;
        if (joined == null) return null;
        KindClassifier.Kind kind = r.kinds.kind(s, joined.from, joined.to, cues, Cues.NONE);
        return kind == null ? null : kind.kind;
    }
}
