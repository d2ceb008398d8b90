package org.ramstein.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What pledges are worth, in two figures that are never added together: the value a source reported for a line
 * (converted to EUR at the month it was announced), and, for lines no source gave a value, an estimate of quantity ×
 * unit price, where a unit price is known. Pure: the reads are the store's, the rule is here.
 */
public final class Valuation {

    public static final String RULE = "reported_eur: the values sources stated, converted to EUR at the ECB monthly rate of the month announced; "
            + "estimated_eur: for lines with no stated value, committed quantity × unit price (the catalogue's price where it has one, with its "
            + "source; else the median value per unit of the system in Kiel's item-level rows; else the median of its category there); "
            + "a line is either reported or estimated, and the two are never added together";

    private Valuation() {
    }

    /** One pledge line's committed quantity and stated value, net of its restatements and reversals. */
    public record LineValue(String donorCode, String category, String itemId, YearMonth announced, long quantity, Long amountCents,
                            String currency) {
    }

    /** One item-level row of a source that states both units and their value in EUR (Kiel's). */
    public record UnitSample(String itemId, String category, long quantity, long amountCents) {
    }

    /** A price per unit in EUR and where it comes from. */
    public record UnitPrice(BigDecimal eur, String basis) {
    }

    /** Unit prices: the catalogue's own (sourced) first, then medians of observed values per unit. */
    public static final class PriceBook {
        private final Map<String, UnitPrice> catalogue;
        private final Map<String, UnitPrice> byItem = new HashMap<>();
        private final Map<String, UnitPrice> byCategory = new HashMap<>();

        public PriceBook(Map<String, UnitPrice> catalogue, List<UnitSample> samples) {
            this.catalogue = Map.copyOf(catalogue);
            Map<String, List<BigDecimal>> items = new HashMap<>();
            Map<String, List<BigDecimal>> categories = new HashMap<>();
            for (UnitSample s : samples) {
                if (s.quantity() <= 0 || s.amountCents() <= 0) continue;
                BigDecimal perUnit = BigDecimal.valueOf(s.amountCents()).movePointLeft(2).divide(BigDecimal.valueOf(s.quantity()), 2, RoundingMode.HALF_EVEN);
                if (s.itemId() != null) items.computeIfAbsent(s.itemId(), k -> new ArrayList<>()).add(perUnit);
                if (s.category() != null) categories.computeIfAbsent(s.category(), k -> new ArrayList<>()).add(perUnit);
            }
            items.forEach((k, v) -> byItem.put(k, new UnitPrice(median(v), "median of " + v.size() + " Kiel item-level row(s) for this system")));
            categories.forEach((k, v) -> byCategory.put(k, new UnitPrice(median(v), "median of " + v.size() + " Kiel item-level row(s) for " + k)));
        }

        public Optional<UnitPrice> price(String itemId, String category) {
            if (itemId != null && catalogue.containsKey(itemId)) return Optional.of(catalogue.get(itemId));
            if (itemId != null && byItem.containsKey(itemId)) return Optional.of(byItem.get(itemId));
            return Optional.ofNullable(category == null ? null : byCategory.get(category));
        }
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) return sorted.get(n / 2);
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
    }

    /** One row of the values report: a donor (and category), its lines by how their value is known. */
    public record Row(String donorCode, String category, long lines, long reportedLines, BigDecimal reportedEur, long unconvertedLines,
                      long estimatedLines, BigDecimal estimatedEur, long unvaluedLines, List<String> priceBases) {
    }

    /**
     * Groups lines by donor (and category when {@code byCategory}). A line with a stated value counts as reported, in EUR
     * when a rate for its month is known (else it is counted as unconverted); a line without one is estimated when it
     * has a quantity and a unit price, and unvalued otherwise.
     */
    public static List<Row> compute(List<LineValue> lines, PriceBook prices, EurConversion fx, boolean byCategory) {
        Map<List<String>, Acc> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        for (LineValue l : lines) {
            Acc acc = groups.computeIfAbsent(List.of(l.donorCode(), byCategory ? l.category() : ""), k -> new Acc());
            acc.lines++;
            if (l.amountCents() != null && l.amountCents() != 0) {
                acc.reportedLines++;
                // an undated value converts only when it needs no rate (EUR)
                Optional<BigDecimal> eur = fx.toEur(BigDecimal.valueOf(l.amountCents()).movePointLeft(2), l.currency(),
                        l.announced() == null ? null : l.announced().atDay(1));
                if (eur.isPresent()) acc.reported = acc.reported.add(eur.get());
                else acc.unconverted++;
                continue;
            }
            Optional<UnitPrice> price = l.quantity() > 0 ? prices.price(l.itemId(), l.category()) : Optional.empty();
            if (price.isEmpty()) {
                acc.unvalued++;
                continue;
            }
            acc.estimatedLines++;
            acc.estimated = acc.estimated.add(price.get().eur().multiply(BigDecimal.valueOf(l.quantity())));
            acc.bases.add(price.get().basis());
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, a) -> rows.add(new Row(k.get(0), byCategory ? k.get(1) : null, a.lines, a.reportedLines,
                a.reported.setScale(2, RoundingMode.HALF_EVEN), a.unconverted, a.estimatedLines, a.estimated.setScale(2, RoundingMode.HALF_EVEN),
                a.unvalued, List.copyOf(a.bases))));
        return rows;
    }

    private static final class Acc {
        long lines;
        long reportedLines;
        long unconverted;
        long estimatedLines;
        long unvalued;
        BigDecimal reported = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO;
        final java.util.Set<String> bases = new java.util.TreeSet<>();
    }
}
