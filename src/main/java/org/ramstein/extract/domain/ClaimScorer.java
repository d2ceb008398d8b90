package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores predicted claims against labelled ones. Per file, predictions and labels are matched one to one. Item level:
 * same kind and same item (both resolved to one catalogue entry; or, where neither names a catalogue entry, and for
 * every money claim and share, the same category). Full level: every labelled field equal (donor, compared as donor
 * codes, so "Czech Republic" is Czechia and "NATO allies and partners" the NATO collective; recipient, kind, item,
 * category, quantity, quantity_max, qualifier, value, currency, unit); the evidence, notes and quantity_text are not
 * compared. A prediction overlapping a "must_not_extract" span is a hit, counted whether or not it matched; one
 * overlapping an "ignore" span and matching nothing is left out of the counts. Pure.
 */
public final class ClaimScorer {

    /** The catalogue entry an item names, if any. */
    @FunctionalInterface
    public interface ItemResolver {
        Optional<String> id(String item);
    }

    /** The donor codes a donor label names. */
    @FunctionalInterface
    public interface DonorResolver {
        Set<String> codes(String donor);
    }

    /** A span of a text that must not (or need not) become a claim. */
    public record Negative(String file, String span, String reason, String severity) {

        public boolean mustNot() {
            return "must_not_extract".equals(severity);
        }
    }

    /**
     * Counts at both levels. Precision counts matched predictions, recall matched labels (they differ only when
     * grouped by qualifier, where a matched pair may disagree).
     */
    public record Counts(int predicted, int gold, int itemMatchedPredicted, int itemMatchedGold, int fullMatchedPredicted, int fullMatchedGold) {

        public double itemPrecision() {
            return ratio(itemMatchedPredicted, predicted);
        }

        public double itemRecall() {
            return ratio(itemMatchedGold, gold);
        }

        public double fullPrecision() {
            return ratio(fullMatchedPredicted, predicted);
        }

        public double fullRecall() {
            return ratio(fullMatchedGold, gold);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b;
        }

        Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, gold + o.gold, itemMatchedPredicted + o.itemMatchedPredicted,
                    itemMatchedGold + o.itemMatchedGold, fullMatchedPredicted + o.fullMatchedPredicted, fullMatchedGold + o.fullMatchedGold);
        }
    }

    /** A label and the prediction matched to it at item level, with the fields in which they differ. */
    public record Pair(Claim gold, Claim predicted, List<String> differences) {
    }

    public record NegativeHit(Claim predicted, Negative negative) {
    }

    public record Report(int files, Counts total, Map<String, Counts> byKind, Map<String, Counts> byQualifier, List<Claim> falsePositives,
            List<Claim> misses, List<Pair> partial, List<NegativeHit> mustNotHits, List<Claim> ignored, List<Negative> negativesNotFound) {
    }

    private final ItemResolver items;
    private final DonorResolver donors;

    public ClaimScorer(ItemResolver items, DonorResolver donors) {
        this.items = items;
        this.donors = donors;
    }

    /**
     * Scores {@code predicted} against {@code gold}; {@code texts} (file name → text the predictions' offsets refer
     * to) locates the negative spans.
     */
    public Report score(List<Claim> gold, List<Claim> predicted, List<Negative> negatives, Map<String, String> texts) {
        Map<String, List<Claim>> goldByFile = byFile(gold);
        Map<String, List<Claim>> predByFile = byFile(predicted);
        Set<String> files = new java.util.TreeSet<>(goldByFile.keySet());
        files.addAll(predByFile.keySet());
        files.addAll(texts.keySet());
        Map<String, Counts> byKind = new TreeMap<>();
        Map<String, Counts> byQualifier = new TreeMap<>();
        Counts total = new Counts(0, 0, 0, 0, 0, 0);
        List<Claim> fps = new ArrayList<>();
        List<Claim> misses = new ArrayList<>();
        List<Pair> partial = new ArrayList<>();
        List<NegativeHit> hits = new ArrayList<>();
        List<Claim> ignored = new ArrayList<>();
        List<Negative> notFound = new ArrayList<>();
        for (String f : files) {
            List<Claim> g = goldByFile.getOrDefault(f, List.of());
            List<Claim> p = predByFile.getOrDefault(f, List.of());
            String text = texts.getOrDefault(f, "");
            List<int[]> mustNot = new ArrayList<>();
            List<Negative> mustNotNeg = new ArrayList<>();
            List<int[]> ignore = new ArrayList<>();
            for (Negative n : negatives) {
                if (!n.file().equals(f)) continue;
                List<int[]> spans = locate(text, n.span());
                if (spans.isEmpty()) {
                    notFound.add(n);
                    continue;
                }
                for (int[] sp : spans) {
                    if (n.mustNot()) {
                        mustNot.add(sp);
                        mustNotNeg.add(n);
                    } else {
                        ignore.add(sp);
                    }
                }
            }
            int[] fullOf = match(g, p, this::fullyEqual, null);
            int[] itemOf = match(g, p, this::sameItem, fullOf);
            boolean[] predMatched = new boolean[p.size()];
            boolean[] predFull = new boolean[p.size()];
            for (int i = 0; i < g.size(); i++) {
                if (itemOf[i] >= 0) predMatched[itemOf[i]] = true;
                if (fullOf[i] >= 0) predFull[fullOf[i]] = true;
            }
            boolean[] predIgnored = new boolean[p.size()];
            for (int j = 0; j < p.size(); j++) {
                Claim c = p.get(j);
                for (int k = 0; k < mustNot.size(); k++) {
                    if (overlaps(c, mustNot.get(k))) hits.add(new NegativeHit(c, mustNotNeg.get(k)));
                }
                if (!predMatched[j]) {
                    for (int[] sp : ignore) if (overlaps(c, sp)) predIgnored[j] = true;
                }
            }
            for (int i = 0; i < g.size(); i++) {
                Claim gc = g.get(i);
                boolean im = itemOf[i] >= 0;
                boolean fm = fullOf[i] >= 0;
                if (!im) misses.add(gc);
                else if (!fm) {
                    Claim pc = p.get(itemOf[i]);
                    // the full-level partner may differ from the item-level one; report the item-level pair's differences
                    if (!fullyEqual(gc, pc)) partial.add(new Pair(gc, pc, differences(gc, pc)));
                }
                Counts c = new Counts(0, 1, 0, im ? 1 : 0, 0, fm ? 1 : 0);
                byKind.merge(gc.kind(), c, Counts::plus);
                byQualifier.merge(gc.qualifier(), c, Counts::plus);
                total = total.plus(c);
            }
            for (int j = 0; j < p.size(); j++) {
                Claim pc = p.get(j);
                if (predIgnored[j]) {
                    ignored.add(pc);
                    continue;
                }
                if (!predMatched[j]) fps.add(pc);
                Counts c = new Counts(1, 0, predMatched[j] ? 1 : 0, 0, predFull[j] ? 1 : 0, 0);
                byKind.merge(pc.kind(), c, Counts::plus);
                byQualifier.merge(pc.qualifier(), c, Counts::plus);
                total = total.plus(c);
            }
        }
        return new Report(files.size(), total, byKind, byQualifier, fps, misses, partial, hits, ignored, notFound);
    }

    private static Map<String, List<Claim>> byFile(List<Claim> claims) {
        Map<String, List<Claim>> m = new LinkedHashMap<>();
        for (Claim c : claims) m.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c);
        return m;
    }

    /** Where a span occurs in a text: exactly, else with spaces and quotes folded. */
    static List<int[]> locate(String text, String span) {
        List<int[]> out = new ArrayList<>();
        if (span == null || span.isEmpty()) return out;
        int at = text.indexOf(span);
        while (at >= 0) {
            out.add(new int[] {at, at + span.length()});
            at = text.indexOf(span, at + 1);
        }
        if (!out.isEmpty()) return out;
        String lt = fold(text);
        String ls = fold(span);
        at = lt.indexOf(ls);
        while (at >= 0) {
            out.add(new int[] {at, at + ls.length()});
            at = lt.indexOf(ls, at + 1);
        }
        return out;
    }

    /** Case and quote styles folded, length kept, so offsets stay those of the text. */
    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u201C' || c == '\u201D') c = '"';
            else if (c == '\u2018' || c == '\u2019') c = '\'';
            else if (Character.isWhitespace(c) || c == '\u00A0') c = ' ';
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    private static boolean overlaps(Claim c, int[] span) {
        return c.start() < span[1] && span[0] < c.end();
    }

    /**
     * A maximum one-to-one matching of labels to predictions along {@code edge}, trying for each label first the
     * predictions that agree with it most, and starting from {@code seed} (a matching whose pairs are edges too).
     * Returns, per label, the index of its prediction or -1.
     */
    private int[] match(List<Claim> g, List<Claim> p, java.util.function.BiPredicate<Claim, Claim> edge, int[] seed) {
        int[] goldTo = new int[g.size()];
        int[] predTo = new int[p.size()];
        Arrays.fill(goldTo, -1);
        Arrays.fill(predTo, -1);
        List<List<Integer>> adj = new ArrayList<>();
        for (Claim gc : g) {
            List<Integer> l = new ArrayList<>();
            for (int j = 0; j < p.size(); j++) if (edge.test(gc, p.get(j))) l.add(j);
            l.sort(Comparator.comparingInt((Integer j) -> -agreement(gc, p.get(j))));
            adj.add(l);
        }
        if (seed != null) {
            for (int i = 0; i < g.size(); i++) {
                if (seed[i] >= 0 && adj.get(i).contains(seed[i])) {
                    goldTo[i] = seed[i];
                    predTo[seed[i]] = i;
                }
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (goldTo[i] >= 0) continue;
            augment(i, adj, goldTo, predTo, new boolean[p.size()]);
        }
        return goldTo;
    }

    private static boolean augment(int i, List<List<Integer>> adj, int[] goldTo, int[] predTo, boolean[] seen) {
        for (int j : adj.get(i)) {
            if (seen[j]) continue;
            seen[j] = true;
            if (predTo[j] < 0 || augment(predTo[j], adj, goldTo, predTo, seen)) {
                goldTo[i] = j;
                predTo[j] = i;
                return true;
            }
        }
        return false;
    }

    private int agreement(Claim g, Claim p) {
        int n = 0;
        if (differences(g, p).isEmpty()) n += 100;
        n += 10 - differences(g, p).size();
        if (g.start() >= 0 && p.start() >= 0 && g.start() < p.end() && p.start() < g.end()) n += 5;
        if (g.evidence() != null && p.evidence() != null && (g.evidence().contains(p.evidence()) || p.evidence().contains(g.evidence()))) n += 3;
        return n;
    }

    boolean sameItem(Claim g, Claim p) {
        if (!Objects.equals(g.kind(), p.kind())) return false;
        return sameThing(g, p);
    }

    private boolean sameThing(Claim g, Claim p) {
        if (isDescription(g.category()) || isDescription(p.category())) return Objects.equals(g.category(), p.category());
        Optional<String> gi = items.id(g.item());
        Optional<String> pi = items.id(p.item());
        if (gi.isPresent() && pi.isPresent()) return gi.get().equals(pi.get());
        if (gi.isEmpty() && pi.isEmpty()) return Objects.equals(g.category(), p.category());
        return false;
    }

    /** Money claims and shares name their item in words of their own; their category is what they are. */
    private static boolean isDescription(String category) {
        return "funding".equals(category) || "percentage".equals(category);
    }

    boolean fullyEqual(Claim g, Claim p) {
        return sameItem(g, p) && differences(g, p).isEmpty();
    }

    /** The labelled fields in which a prediction differs from its label. */
    public List<String> differences(Claim g, Claim p) {
        List<String> d = new ArrayList<>();
        if (!Objects.equals(g.kind(), p.kind())) d.add("kind");
        if (!sameThing(g, p)) d.add("item");
        if (!Objects.equals(g.category(), p.category())) d.add("category");
        if (!donors.codes(g.donor()).equals(donors.codes(p.donor()))) d.add("donor");
        if (!Objects.equals(norm(g.recipient()), norm(p.recipient()))) d.add("recipient");
        if (!Objects.equals(g.quantity(), p.quantity())) d.add("quantity");
        if (!Objects.equals(g.quantityMax(), p.quantityMax())) d.add("quantity_max");
        if (!Objects.equals(g.qualifier(), p.qualifier())) d.add("qualifier");
        if (g.value() == null ? p.value() != null : p.value() == null || g.value().compareTo(p.value()) != 0) d.add("value");
        if (!Objects.equals(g.currency(), p.currency())) d.add("currency");
        if (!Objects.equals(g.unit(), p.unit())) d.add("unit");
        return d;
    }

    private static String norm(String s) {
        return s == null || s.isBlank() ? "Ukraine" : s.trim();
    }
}
