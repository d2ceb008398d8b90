package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One claim per fact: a headline's claims only where the body does not state the same item; equal claims once; a count
 * read from "a"/"an" yields to a written number for the same donor, item and kind; a claim with no number yields to a
 * counted claim of the same donor and item (or to a table row's counted claim of one of its donors).
 */
final class Deduplication extends ReadingPart {

    Deduplication(Reading r) {
        super(r);
    }

    /**
     * One claim per fact: a headline's claims only where the body does not state the same item; equal claims once;
     * a count read from "a"/"an" yields to a written number for the same donor, item and kind; a claim with no number
     * yields to a counted claim of the same donor and item.
     */
    List<Claim> deduplicate() {
        // a class a sum of money was said to be for ("£200m will be spent on drones") is that sum's item, not a claim of its own
        drafts.removeIf(d -> d.claim.quantity() == null && d.claim.value() == null && purposes.contains(d.itemKey));
        drafts.removeIf(d -> d.title && d.claim.value() != null && rejectedSums.contains(d.claim.value().toPlainString()));
        List<Draft> body = drafts.stream().filter(d -> !d.title).toList();
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            // a headline sums up its body: its claim goes where the body states one of the same item or category
            if (d.title && body.stream().anyMatch(x -> x.itemKey.equals(d.itemKey) || x.claim.category().equals(d.claim.category())
                    || d.itemKey.startsWith("class:") && Categories.covers(d.claim.category(), x.claim.category()))) continue;
            kept.add(d);
        }
        Map<String, Draft> unique = new LinkedHashMap<>();
        for (Draft d : kept) {
            Claim c = d.claim;
            // the same sum as a package's value and as a yearly total ("a baseline of 40 billion euros", "around 40 billion euros
            // every year since 2022") is two facts; the same sum twice as a package's value, one
            String key = d.itemKey.startsWith("money:") ? d.itemKey + "|" + c.kind()
                    : String.join("|", d.donorKey, c.kind(), d.itemKey, String.valueOf(c.quantity()), String.valueOf(c.quantityMax()),
                            c.qualifier(), String.valueOf(c.unit()));
            Draft prior = unique.get(key);
            if (prior == null) unique.put(key, d);
            else if (prior.weak && !d.weak) unique.put(key, d);
        }
        List<Draft> list = new ArrayList<>(unique.values());
        // "the Challenger 2 squadron promised in January, 14 tanks, is now complete": a class counted in apposition to a system
        // named without a number is that system's count
        for (Draft d : List.copyOf(list)) {
            if (!d.itemKey.startsWith("class:") || d.claim.quantity() == null) continue;
            Draft named = list.stream().filter(x -> !x.itemKey.startsWith("class:") && x.claim.quantity() == null && x.claim.value() == null
                    && x.donorKey.equals(d.donorKey) && x.claim.kind().equals(d.claim.kind()) && ofClass(d.claim.category(), x.claim.category())
                    && inApposition(x, d)).findFirst().orElse(null);
            if (named == null) continue;
            Claim n = named.claim;
            Claim c = d.claim;
            named.claim = new Claim(n.file(), n.donor(), n.recipient(), n.kind(), n.item(), n.category(), c.quantity(), c.quantityMax(),
                    c.qualifier(), null, null, c.unit(), text.substring(n.start(), c.end()), n.start(), c.end(), n.rule(), n.confidence(), null);
            list.remove(d);
        }
        // "Of the 250,000 rounds in line 4, ...": a class counted as a system of it was, for the same donor, is that count again
        list.removeIf(d -> d.itemKey.startsWith("class:") && d.claim.quantity() != null && list.stream().anyMatch(x -> x != d
                && !x.itemKey.startsWith("class:") && d.claim.quantity().equals(x.claim.quantity()) && x.donorKey.equals(d.donorKey)
                && x.claim.kind().equals(d.claim.kind()) && x.claim.start() < d.claim.start() && ofClass(d.claim.category(), x.claim.category())));
        // "the 135 tanks are refurbished by industry" under a row of Denmark, Germany and the Netherlands' 135 Leopard 1A5: the
        // row's count again, with one of its donors
        list.removeIf(d -> d.claim.quantity() != null && !d.claim.rule().startsWith("table") && list.stream().anyMatch(x -> x != d
                && x.claim.rule().startsWith("table") && amongDonors(d.donorKey, x.donorKey) && x.itemKey.equals(d.itemKey)
                && x.claim.kind().equals(d.claim.kind()) && d.claim.quantity().equals(x.claim.quantity())));
        list.removeIf(d -> d.weak && list.stream().anyMatch(x -> x != d && !x.weak && x.claim.quantity() != null
                && x.donorKey.equals(d.donorKey) && x.itemKey.equals(d.itemKey) && x.claim.kind().equals(d.claim.kind())));
        // a count of the same kind, or a counted delivery for a pledge (what was delivered was pledged)
        // (for classes: the same words, since "laser-guided rocket systems" are not the "2,000 Hydra-70 rockets")
        list.removeIf(d -> d.claim.quantity() == null && d.claim.value() == null && list.stream().anyMatch(x -> x != d
                && x.claim.quantity() != null && (x.donorKey.equals(d.donorKey) || x.claim.rule().startsWith("table") && amongDonors(x.donorKey, d.donorKey))
                && x.itemKey.equals(d.itemKey)
                && (!d.itemKey.startsWith("class:") || x.claim.item().equals(d.claim.item()))
                && (x.claim.kind().equals(d.claim.kind()) || d.claim.kind().equals(Claim.PLEDGE) && x.claim.kind().equals(Claim.DELIVERY))
                && !separateListEntries(d.claim, x.claim)));
        // "The first Patriot systems have arrived" (whose, the sentence does not say) and "our Patriots arrived, thanks to the
        // US, Germany and the Netherlands": one arrival, told with its donors once
        list.removeIf(d -> d.guessedDonor && d.claim.quantity() == null && d.claim.value() == null && list.stream().anyMatch(x -> x != d
                && !x.guessedDonor && x.claim.quantity() == null && x.itemKey.equals(d.itemKey) && x.claim.kind().equals(d.claim.kind())));
        // two claims with no number for the same donor and class (e.g. "C-4 explosives, demolition munitions"): one
        Map<String, Draft> byClass = new LinkedHashMap<>();
        List<Draft> out = new ArrayList<>();
        for (Draft d : list) {
            if (d.claim.quantity() == null && d.claim.value() == null && d.claim.quantityText() == null) {
                String k = d.donorKey + "|" + d.claim.kind() + "|" + d.itemKey;
                if (byClass.putIfAbsent(k, d) != null) continue;
            }
            out.add(d);
        }
        out.sort(Comparator.comparingInt(d -> d.claim.start()));
        return out.stream().map(d -> d.claim).toList();
    }

    /**
     * Whether the count of {@code counted} stands in apposition to the name of {@code named}, a few words after it on the
     * same line, after a comma, with no other number between.
     */
    private boolean inApposition(Draft named, Draft counted) {
        int from = named.claim.end();
        int to = counted.claim.start();
        if (to <= from || to - from > 50) return false;
        String between = text.substring(from, to);
        return between.stripTrailing().endsWith(",") && between.chars().noneMatch(c -> Character.isDigit(c) || c == '\n' || c == ';' || c == '.');
    }

    /** Whether a system of {@code category} is of the class of {@code classCategory} ("rounds" of 155 mm ammunition). */
    private static boolean ofClass(String classCategory, String category) {
        return Categories.covers(classCategory, category) || classCategory.equals("ammunition_generic") && category.startsWith("ammunition");
    }

    /**
     * Whether {@code one} is one of the donors {@code all} names: a note under a table ("Denmark's Leopard 1A5 are bought
     * jointly with Germany and the Netherlands") speaks of a row, and says again without a number what the row counts.
     */
    private static boolean amongDonors(String one, String all) {
        if (one.contains(";") || !all.contains(";")) return false;
        for (String d : all.split(";")) if (d.equals(one)) return true;
        return false;
    }

    /**
     * Whether two claims stand on different entries of a bulleted list ("- 155mm and 105mm artillery ammunition;",
     * "- Over 1,000 precision-guided 155mm rounds;"): entries of one list are different things, not one told twice.
     */
    private boolean separateListEntries(Claim a, Claim b) {
        int la = text.lastIndexOf('\n', Math.max(0, a.start() - 1)) + 1;
        int lb = text.lastIndexOf('\n', Math.max(0, b.start() - 1)) + 1;
        return la != lb && bulleted(la) && bulleted(lb);
    }

    private boolean bulleted(int lineStart) {
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        return k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '*' || text.charAt(k) == '\u2022');
    }
}
