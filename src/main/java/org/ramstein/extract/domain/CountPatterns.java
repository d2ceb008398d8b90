package org.ramstein.extract.domain;

import static org.ramstein.extract.domain.Words.*;

import java.util.List;

/**
 * Counts written apart from their name: shares ("98% of the equipment promised"), running totals ("bringing the total
 * to 10"), counts with a participle ("adding to 18 already delivered"), counts whose name is left out ("while Spain
 * sent six", "a further 42"), and spares counted in the vehicles they serve.
 */
final class CountPatterns extends ReadingPart {

    CountPatterns(Reading r) {
        super(r);
    }

    /** "98% of the equipment promised": a share, always an aggregate. */
    void shares(Sentence s, byte[] cues) {
        int a = s.from();
        int b = s.to();
        boolean anyCue = false;
        for (byte c : cues) anyCue |= c != Cues.NONE;
        if (!anyCue) return;
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
            Quantity q = new Quantity();
            q.from = start;
            r.quantities.number(s, start, i, q);
            if (!q.counted()) continue;
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, q.from, end + 1, null);
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
    void runningTotals(Sentence s, List<Mention> mentions, List<Draft> itemDrafts, byte[] cues) {
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
            Claim c = new Claim(file, d.name, "Ukraine", kind, name, category, num.value().longValue(), null, QualifierRules.EXACT, null, null,
                    null, text.substring(st, en), st, en, "running-total", round(0.6 - (d.fallback ? 0.1 : 0)), null);
            drafts.add(draft(c, itemKey, d.key, s.title()));
            i = num.to() - 1;
        }
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
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, i, k + 1, null);
            if (d.collective) kind = Claim.AGGREGATE;
            int st = tokens.get(i).start();
            int en = tokens.get(k).end();
            if (i - 2 >= s.from() && tokens.get(i - 1).is("to") && tokens.get(i - 2).norm().endsWith("ing")) st = tokens.get(i - 2).start();
            Claim cl = new Claim(file, d.name, "Ukraine", kind, subject.name, subject.category, num.value().longValue(), null, QualifierRules.EXACT,
                    null, null, null, text.substring(st, en), st, en, "count-participle", round(0.6 - (d.fallback ? 0.1 : 0)), null);
            Draft dr = draft(cl, r.itemClaims.itemKey(subject), d.key, s.title());
            drafts.add(dr);
            i = k;
        }
    }

    /**
     * "..., while Spain sent six.", "and will send a further 42 under a contract": a number after a transfer verb or
     * "further"/"another", with no name after it, counts the system named just before it.
     */
    void elliptical(Sentence s, List<Mention> mentions, List<MoneyParser.Money> money, byte[] cues) {
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
            KindClassifier.Kind kind = r.kinds.kind(s, i, num.to(), cues, Cues.NONE);
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
            DonorAttribution.Donors d = r.donorsOf.donorFor(s, i, num.to(), null);
            if (d.collective) k = Claim.AGGREGATE;
            int start = furtherBefore && p - 1 >= a && (tokens.get(p - 1).is("a") || tokens.get(p - 1).is("an")) ? p - 1 : furtherBefore ? p : i;
            int st = tokens.get(start).start();
            int en = tokens.get(moreAfter ? after : num.to() - 1).end();
            Claim c = new Claim(file, d.name, "Ukraine", k, subject.name, subject.category, num.value().longValue(), null, QualifierRules.EXACT,
                    null, null, null, text.substring(st, en), st, en, "elliptical-count", round(0.55 - (d.fallback ? 0.1 : 0)), null);
            drafts.add(draft(c, r.itemClaims.itemKey(subject), d.key, s.title()));
            i = num.to() - 1;
        }
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
}
