package org.ramstein.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FulfilmentState;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;

/**
 * Pledged (committed), allocated and delivered quantities by donor, category or item, from postings already summed per
 * (kind, donor, category, item, qualifier). Pure: the rule lives here, the SQL only adds numbers up.
 */
public final class Fulfilment {

    public static final String COUNTING_RULE = "counts item quantities; 'up to' counted at its stated figure in pledged and flagged; "
            + "'more than' and 'about' at their stated figure; a range at its minimum (its maximum in pledged_ceiling); "
            + "unspecified quantities not counted (unspecified_lines); re-announced packages counted once; reversals and retractions netted";

    public enum By {
        DONOR("donor"), CATEGORY("category"), DONOR_CATEGORY("donor,category"), ITEM("item");

        public final String code;

        By(String code) {
            this.code = code;
        }

        public static By parse(String text) {
            if (text == null) return DONOR;
            String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
            for (By b : values()) if (b.code.equals(t)) return b;
            if (t.equals("category,donor")) return DONOR_CATEGORY;
            return null;
        }
    }

    /** Postings summed per kind, donor, category, item and qualifier; {@code lines} is the posting count net of reversals. */
    public record Totals(EntryKind kind, String donorCode, String category, String itemId, Qualifier qualifier, long quantity,
                         long ceiling, long lines) {
    }

    /** A figure a source reported as a whole ("98% of the equipment promised"): shown beside, never computed in. */
    public record Aggregate(String donorCode, String category, String itemId, Quantity quantity, String unit, FuzzyDate observed,
                            String dataset, String quote) {
        public String display() {
            String q = quantity.display() + (unit == null || unit.isBlank() ? "" : (unit.equals("%") ? "%" : " " + unit));
            return q + " (" + dataset + ", " + observed.display() + (quote == null || quote.isBlank() ? "" : ": \"" + quote + "\"") + ")";
        }
    }

    public record Row(String donorCode, String category, String itemId, long pledged, long pledgedCeiling, long allocated,
                      long delivered, BigDecimal deliveredSharePct, FulfilmentState state, long uncertainLines, long unspecifiedLines,
                      boolean upToIncluded, List<String> reported) {
    }

    private Fulfilment() {
    }

    public static List<Row> compute(List<Totals> totals, By by, List<Aggregate> aggregates) {
        Map<List<String>, Acc> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> String.join("\u0000", k)));
        for (Totals t : totals) {
            List<String> key = key(by, t.donorCode(), t.category(), t.itemId());
            groups.computeIfAbsent(key, k -> new Acc()).add(t);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, acc) -> {
            String donor = by == By.DONOR || by == By.DONOR_CATEGORY ? key.get(0) : null;
            String category = switch (by) {
                case CATEGORY -> key.get(0);
                case DONOR_CATEGORY -> key.get(1);
                case ITEM -> key.get(1);
                default -> null;
            };
            String item = by == By.ITEM ? emptyToNull(key.get(0)) : null;
            List<String> reported = aggregates.stream().filter(a -> matches(a, by, donor, category, item)).map(Aggregate::display).toList();
            rows.add(acc.row(donor, category, item, reported));
        });
        return rows;
    }

    /**
     * What a category's quantities count, so that totals add like to like: a shell is not a tank, and a grand total of
     * both would be a share of rounds wearing the name of "equipment promised".
     */
    public enum UnitClass {
        EQUIPMENT("equipment", "systems, vehicles, weapons"),
        MUNITIONS("munitions", "rounds, rockets, missiles, bombs, mines"),
        FUNDING("funding", "lines of money");

        public final String code;
        public final String counts;

        UnitClass(String code, String counts) {
            this.code = code;
            this.counts = counts;
        }

        private static final java.util.Set<String> MUNITION_CATEGORIES = java.util.Set.of("rocket_munition", "guided_rocket", "guided_bomb",
                "cruise_missile", "ballistic_missile", "anti_ship_missile", "air_launched_missile", "mines_explosives", "loitering_munition");

        public static UnitClass of(String category) {
            if (category == null) return EQUIPMENT;
            if (category.equals("funding")) return FUNDING;
            if (category.startsWith("ammunition") || MUNITION_CATEGORIES.contains(category)) return MUNITIONS;
            return EQUIPMENT;
        }
    }

    /** The grand total lines: one per unit class present, in the order of {@link UnitClass}. */
    public static Map<UnitClass, Row> totals(List<Totals> totals) {
        return totals(totals, List.of());
    }

    /**
     * The grand totals, with the aggregates no row could hold ("230 tanks" delivered by all allies) beside the total of
     * their unit class, so that no figure a source reported goes unshown, even where the ledger has none of its own.
     */
    public static Map<UnitClass, Row> totals(List<Totals> totals, List<Aggregate> unplaced) {
        Map<UnitClass, Acc> accs = new java.util.EnumMap<>(UnitClass.class);
        for (Totals t : totals) accs.computeIfAbsent(UnitClass.of(t.category()), c -> new Acc()).add(t);
        for (Aggregate a : unplaced) accs.computeIfAbsent(UnitClass.of(a.category()), c -> new Acc());
        Map<UnitClass, Row> rows = new java.util.EnumMap<>(UnitClass.class);
        accs.forEach((c, acc) -> rows.put(c, acc.row(null, null, null,
                unplaced.stream().filter(a -> UnitClass.of(a.category()) == c).map(Aggregate::display).toList())));
        return rows;
    }

    /** The aggregates that belong to none of {@code rows}. */
    public static List<Aggregate> unplaced(List<Aggregate> aggregates, By by, List<Row> rows) {
        return aggregates.stream().filter(a -> rows.stream().noneMatch(r -> matches(a, by, r.donorCode(), r.category(), r.itemId()))).toList();
    }

    private static List<String> key(By by, String donor, String category, String item) {
        return switch (by) {
            case DONOR -> List.of(donor);
            case CATEGORY -> List.of(category);
            case DONOR_CATEGORY -> List.of(donor, category);
            case ITEM -> List.of(item == null ? "" : item, category);
        };
    }

    /** An aggregate belongs to a row when it speaks of exactly that row's scope, or a narrower part the row does not split. */
    static boolean matches(Aggregate a, By by, String donor, String category, String item) {
        boolean any = false;
        if (a.donorCode() != null) {
            if (donor == null || !donor.equals(a.donorCode())) return false;
            any = true;
        }
        if (a.category() != null) {
            if (category == null || !category.equals(a.category())) return false;
            any = true;
        }
        if (a.itemId() != null) {
            if (item == null || !item.equals(a.itemId())) return false;
            any = true;
        }
        return any;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static final class Acc {
        long pledged;
        long ceiling;
        long allocated;
        long delivered;
        long uncertain;
        long unspecified;
        boolean upTo;

        void add(Totals t) {
            switch (t.kind()) {
                case COMMITMENT -> {
                    pledged += t.quantity();
                    ceiling += t.ceiling();
                    if (t.qualifier() != Qualifier.EXACT) uncertain += t.lines();
                    if (t.qualifier() == Qualifier.UNSPECIFIED) unspecified += t.lines();
                    if (t.qualifier() == Qualifier.UP_TO && t.lines() > 0) upTo = true;
                }
                case ALLOCATION -> allocated += t.quantity();
                case DELIVERY -> delivered += t.quantity();
            }
        }

        Row row(String donor, String category, String item, List<String> reported) {
            BigDecimal share = pledged > 0
                    ? BigDecimal.valueOf(delivered).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(pledged), 1, RoundingMode.HALF_EVEN)
                    : null;
            // nothing countable committed but an unspecified quantity was: the state is unknown, not "none"
            Long committed = pledged <= 0 && unspecified > 0 ? null : pledged;
            return new Row(donor, category, item, pledged, ceiling, allocated, delivered, share, FulfilmentState.of(committed, delivered),
                    uncertain, unspecified, upTo, reported);
        }
    }

    /** Rows by key for lookups in tests and callers. */
    public static Map<String, Row> byKey(List<Row> rows, Function<Row, String> key) {
        Map<String, Row> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(key.apply(r), r));
        return m;
    }
}
