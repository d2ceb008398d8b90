package org.ramstein.sources.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which recorded pledges a new claim may repeat, and why: the same donor, the same system (or both money), announced
 * close together, with a compatible figure. Re-announcements are common ("$1.85 billion", "$1.8 billion", "nearly $2
 * billion"); the reviewer decides, this only puts the likely ones first with their reasons.
 */
public final class DuplicatePolicy {
    /** Announcements further apart than this are not offered as the same package. */
    public static final int MAX_DAYS_APART = 45;
    /** Figures within this ratio of each other are compatible ("nearly 2" and "1.85"). */
    private static final BigDecimal MAX_RATIO = new BigDecimal("1.25");

    private DuplicatePolicy() {
    }

    /** A recorded pledge line, as far as comparing goes. */
    public record Candidate(String pledgeId, String title, String donorCode, LocalDate announced, String itemId, String category,
                            Long quantity, Long quantityMax, Long valueCents, String currency) {
    }

    public record Suggestion(String pledgeId, String title, int score, List<String> reasons) {
    }

    /**
     * @param claimOn the date the claim speaks of (the text's date), or null when unknown
     */
    public static List<Suggestion> suggest(String donorCode, String itemId, String category, Long quantity, Long quantityMax,
                                           Long valueCents, String currency, LocalDate claimOn, List<Candidate> candidates) {
        List<Suggestion> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (donorCode == null || !donorCode.equals(c.donorCode())) continue;
            List<String> reasons = new ArrayList<>();
            reasons.add("same donor");
            int score = 1;
            boolean money = valueCents != null && itemId == null;
            if (itemId != null && itemId.equals(c.itemId())) {
                reasons.add("same system");
                score += 3;
            } else if (money && c.valueCents() != null) {
                reasons.add("both a sum of money");
                score += 1;
            } else if (itemId == null && category != null && category.equals(c.category())) {
                reasons.add("same category");
                score += 1;
            } else {
                continue;
            }
            if (claimOn != null && c.announced() != null) {
                long days = Math.abs(ChronoUnit.DAYS.between(claimOn, c.announced()));
                if (days > MAX_DAYS_APART) continue;
                reasons.add(days == 0 ? "announced the same day" : "announced " + days + " day(s) apart");
                score += days <= 7 ? 2 : 1;
            }
            if (quantity != null && c.quantity() != null) {
                if (!compatible(quantity, quantityMax, c.quantity(), c.quantityMax())) continue;
                reasons.add("quantity " + figure(quantity, quantityMax) + " vs " + figure(c.quantity(), c.quantityMax()));
                score += 2;
            }
            if (valueCents != null && c.valueCents() != null) {
                if (currency != null && c.currency() != null && !currency.equals(c.currency())) continue;
                if (!withinRatio(valueCents, c.valueCents())) continue;
                String unit = currency == null ? "" : currency + " ";
                reasons.add("value " + unit + amount(valueCents) + " vs " + unit + amount(c.valueCents()) + " ("
                        + percentApart(valueCents, c.valueCents()) + "% apart)");
                score += 2;
            }
            if (seen.add(c.pledgeId())) out.add(new Suggestion(c.pledgeId(), c.title(), score, List.copyOf(reasons)));
        }
        out.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::pledgeId));
        return out;
    }

    static boolean compatible(long a, Long aMax, long b, Long bMax) {
        long aHi = aMax == null ? a : aMax;
        long bHi = bMax == null ? b : bMax;
        if (a <= bHi && b <= aHi) return true; // the ranges overlap
        return withinRatio(a, b);
    }

    static boolean withinRatio(long a, long b) {
        if (a <= 0 || b <= 0) return a == b;
        BigDecimal hi = BigDecimal.valueOf(Math.max(a, b));
        BigDecimal lo = BigDecimal.valueOf(Math.min(a, b));
        return hi.divide(lo, 6, RoundingMode.HALF_EVEN).compareTo(MAX_RATIO) <= 0;
    }

    /** 185000000000 cents as "1.85 bn", 70000000000 as "700 m": the way the texts write sums. */
    static String amount(long cents) {
        BigDecimal v = BigDecimal.valueOf(cents, 2);
        if (v.compareTo(new BigDecimal("1000000000")) >= 0) return v.movePointLeft(9).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " bn";
        if (v.compareTo(new BigDecimal("1000000")) >= 0) return v.movePointLeft(6).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " m";
        return v.stripTrailingZeros().toPlainString();
    }

    private static long percentApart(long a, long b) {
        return Math.round(Math.abs(a - b) * 100.0 / Math.max(a, b));
    }

    private static String figure(long q, Long max) {
        return max == null ? Long.toString(q) : q + "-" + max;
    }
}
