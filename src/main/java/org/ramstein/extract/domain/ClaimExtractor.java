package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;

/**
 * Reads the aid claims a text states. Per sentence: sums of money ({@link MoneyClaims}), systems and classes of
 * equipment ({@link ItemMentions}), each with the number and words written before it ({@link QuantityPhrases}), its
 * donor ({@link DonorAttribution}) and its kind ({@link KindClassifier}); what is not a claim is left out
 * ({@link NegativeFilters}); counts written apart from their name, shares and running totals are read by
 * {@link CountPatterns}; then repeated mentions of one fact become one claim ({@link Deduplication}). Pure and
 * thread-safe.
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
        Reading r = new Reading(file, text, items, donors);
        r.donorsOf.defaultDonor = r.donorsOf.mostNamedDonor();
        if (r.donorsOf.defaultDonor == null) r.donorsOf.defaultDonor = SourceLine.donor(text, donors);
        for (Sentence s : r.sentences) sentence(r, s);
        r.tables.tables();
        r.counts.changedFigures();
        return r.dedup.deduplicate();
    }

    private static void sentence(Reading r, Sentence s) {
        // what a picture shows, what a question asks ("Any plans to send F-16s?") or a questioner says, is no claim; its names
        // may still be referred to
        // ("Patriot missiles ×?": a count not public, no question)
        boolean question = s.to() > s.from() && r.tokens.get(s.to() - 1).isPunct('?')
                && !(s.to() - 2 >= s.from() && r.tokens.get(s.to() - 2).isPunct('\u00D7'));
        if (s.namesOnly() || question) {
            List<Mention> named = r.mentions.mentions(s, new boolean[s.to() - s.from()]);
            r.sentenceMentions.put(s.index(), named);
            for (Mention m : named) if (m.item != null) r.catalogHistory.add(m);
            return;
        }
        int a = s.from();
        int b = s.to();
        int draftsBefore = r.drafts.size();
        List<MoneyParser.Money> money = MoneyParser.find(r.tokens, a, b);
        MoneyParser.Money declared = money.isEmpty() && s.listItem() ? r.moneys.declaredSum(s) : null;
        if (declared == null && money.isEmpty()) declared = r.moneys.fieldSum(s);
        if (declared != null) money = List.of(declared);
        boolean[] taken = new boolean[b - a];
        for (MoneyParser.Money m : money) {
            for (int k = m.from(); k < m.to(); k++) {
                taken[k - a] = true;
                r.inMoney[k] = true;
            }
        }
        byte[] cues = Cues.of(r.tokens, a, b);
        List<Mention> mentions = r.mentions.mentions(s, taken);
        r.sentenceMentions.put(s.index(), mentions);
        r.mentions.markPurposes(s, mentions, money);
        // "Artillery ammunition for Ukraine ...... 350" under "(EUR million)": the names on the line say what the sum is for
        if (declared != null) {
            for (Mention m : mentions) m.purpose = true;
        }
        for (MoneyParser.Money m : money) r.moneys.money(s, m, money, cues);
        List<Draft> itemDrafts = new ArrayList<>();
        Map<Draft, Mention> of = new HashMap<>();
        for (Mention m : mentions) {
            if (m.purpose) r.purposes.add(r.itemClaims.itemKey(m));
            Draft d = r.itemClaims.item(s, m, cues, mentions);
            if (d != null) {
                itemDrafts.add(d);
                of.put(d, m);
            }
        }
        r.itemClaims.suppressUmbrellas(itemDrafts, mentions, of);
        r.drafts.addAll(itemDrafts);
        r.counts.shares(s, cues);
        r.counts.countsDelivered(s, mentions, cues, itemDrafts);
        r.counts.gapped(s, mentions, itemDrafts, cues);
        r.counts.distributed(s, itemDrafts);
        r.counts.elliptical(s, mentions, money, cues);
        // "Norway will send six, and Belgium 30 by 2028": a gap after a count read without its name
        r.counts.gapped(s, mentions, r.counts.ellipticalIn(s), cues);
        r.counts.distributed(s, r.counts.ellipticalIn(s)); // "So far, three have arrived: two from Germany, and one from ..."
        r.counts.ordinalAlone(s, mentions, cues);
        r.counts.allDelivered(s, cues);
        r.counts.allDeliveredSince(s, cues);
        if (r.drafts.size() > draftsBefore) r.counts.sameNumber(s, cues); // a count by reference needs one counted before it
        // after the elliptical counts: "Germany has promised 15 more, which would bring the total to 52"
        r.counts.runningTotals(s, mentions, itemDrafts, cues);
        r.counts.spares(s, cues);
        for (Mention m : mentions) if (m.item != null && !m.bound) r.catalogHistory.add(m);
    }
}
