package org.ramstein.reports.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly EUR reference rates (units of a currency per euro), the basis on which every non-EUR amount is converted.
 * A month after the table's last month uses that last month, and says so ({@link Rate#carriedForward()}); a month
 * before the table's first, or an unknown currency, has no rate (the amount is reported as unconverted, never guessed).
 */
public final class FxRates implements EurConversion {

    /** Intermediate precision: far finer than the cent, so that conversions round only once, at the end. */
    private static final MathContext MC = MathContext.DECIMAL64;

    /** A rate as used: units per EUR, the month it was taken from, and whether it was carried forward past the table. */
    public record Rate(String currency, BigDecimal unitsPerEur, YearMonth month, boolean carriedForward) {
    }

    private final Map<String, NavigableMap<YearMonth, BigDecimal>> byCurrency;
    private final YearMonth first;
    private final YearMonth last;

    public FxRates(Map<String, ? extends Map<YearMonth, BigDecimal>> rates) {
        Map<String, NavigableMap<YearMonth, BigDecimal>> copy = new HashMap<>();
        TreeSet<YearMonth> months = new TreeSet<>();
        rates.forEach((currency, perMonth) -> {
            for (var e : perMonth.entrySet()) {
                if (e.getValue() == null || e.getValue().signum() <= 0) {
                    throw new IllegalArgumentException("rate for " + currency + " " + e.getKey() + " must be positive");
                }
            }
            copy.put(currency, Collections.unmodifiableNavigableMap(new TreeMap<>(perMonth)));
            months.addAll(perMonth.keySet());
        });
        this.byCurrency = Map.copyOf(copy);
        this.first = months.isEmpty() ? null : months.first();
        this.last = months.isEmpty() ? null : months.last();
    }

    /**
     * Parses the shipped table: a header {@code month,currency,units_per_eur} then one rate a line ("2023-01,USD,1.0769").
     * Blank lines and lines starting with '#' are skipped.
     */
    public static FxRates parse(List<String> lines) {
        Map<String, Map<YearMonth, BigDecimal>> rates = new HashMap<>();
        boolean header = true;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (header) {
                if (!line.equals("month,currency,units_per_eur")) {
                    throw new IllegalArgumentException("line " + n + ": expected header month,currency,units_per_eur");
                }
                header = false;
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 3) throw new IllegalArgumentException("line " + n + ": expected month,currency,units_per_eur");
            try {
                rates.computeIfAbsent(f[1], k -> new HashMap<>()).put(YearMonth.parse(f[0]), new BigDecimal(f[2]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + n + ": " + e.getMessage());
            }
        }
        return new FxRates(rates);
    }

    public Optional<YearMonth> firstMonth() {
        return Optional.ofNullable(first);
    }

    public Optional<YearMonth> lastMonth() {
        return Optional.ofNullable(last);
    }

    public List<String> currencies() {
        List<String> out = new ArrayList<>(byCurrency.keySet());
        out.add("EUR");
        Collections.sort(out);
        return out;
    }

    /** The rate for a currency in a month; EUR is always 1. Empty for an unknown currency or a month before the table. */
    public Optional<Rate> rate(String currency, YearMonth month) {
        if (currency == null || month == null) return Optional.empty();
        if (currency.equals("EUR")) return Optional.of(new Rate("EUR", BigDecimal.ONE, month, false));
        NavigableMap<YearMonth, BigDecimal> perMonth = byCurrency.get(currency);
        if (perMonth == null || perMonth.isEmpty()) return Optional.empty();
        BigDecimal exact = perMonth.get(month);
        if (exact != null) return Optional.of(new Rate(currency, exact, month, false));
        if (month.isAfter(perMonth.lastKey())) {
            return Optional.of(new Rate(currency, perMonth.lastEntry().getValue(), perMonth.lastKey(), true));
        }
        return Optional.empty(); // before the table, or a gap: no rate rather than a neighbour's
    }

    /** Whether an amount dated in {@code month} would be converted at a carried-forward rate. */
    public boolean isCarriedForward(YearMonth month) {
        return last != null && month != null && month.isAfter(last);
    }

    /** Amount in {@code currency} → EUR, to the cent. */
    public Optional<BigDecimal> toEur(BigDecimal amount, String currency, YearMonth month) {
        return rate(currency, month).map(r -> amount.divide(r.unitsPerEur(), MC).setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Amount in EUR → {@code currency}, to the cent. */
    public Optional<BigDecimal> fromEur(BigDecimal eur, String currency, YearMonth month) {
        return rate(currency, month).map(r -> eur.multiply(r.unitsPerEur(), MC).setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Any currency → any currency via EUR (the ECB publishes only EUR rates, so cross rates are derived). */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, YearMonth month) {
        Optional<Rate> a = rate(from, month);
        Optional<Rate> b = rate(to, month);
        if (a.isEmpty() || b.isEmpty()) return Optional.empty();
        return Optional.of(amount.multiply(b.get().unitsPerEur(), MC).divide(a.get().unitsPerEur(), MC).setScale(2, RoundingMode.HALF_EVEN));
    }

    public Optional<BigDecimal> toUsd(BigDecimal amount, String currency, YearMonth month) {
        return convert(amount, currency, "USD", month);
    }

    @Override
    public Optional<BigDecimal> toEur(BigDecimal amount, String currency, LocalDate on) {
        if (on == null) return "EUR".equals(currency) ? Optional.of(amount) : Optional.empty();
        return toEur(amount, currency, YearMonth.from(on));
    }
}
