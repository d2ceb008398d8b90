package org.ramstein.reports.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.Observation;

/**
 * One donor × one system: the ledger's own figures, pledge by pledge, and every observation about it, by date. The
 * ledger's total is the sum of its postings (facts); observations are laid beside it and compared, never summed in.
 */
public final class Reconciliation {

    /** The ledger's postings on one pledge for this donor and item. {@code sameAsId} set: counted under that pledge instead. */
    public record PledgeFigures(String pledgeId, String title, FuzzyDate announced, String sameAsId, boolean retracted, long committed,
                                long committedCeiling, List<String> qualifiers, long allocated, long delivered, List<String> sources) {
        public boolean counted() {
            return sameAsId == null;
        }
    }

    public record ObservationRow(String id, String dataset, String measure, Quantity quantity, String unit, FuzzyDate observed,
                                 String source, String url, Integer sourceRow, String statusText) {
        /** A dated addition ("+20 Marders") rather than a standing figure: it means something only summed with the others. */
        public boolean increment() {
            return Observation.INCREMENT_UNIT.equals(unit);
        }
    }

    /** One source's increments summed up to a date: the figure that source says, comparable with the others. */
    public record RunningTotal(String dataset, String measure, long total, int increments, FuzzyDate through) {
    }

    /**
     * The running sum after each increment (by date, as {@code observations} are ordered), keyed by observation id, and
     * the final sum per dataset and measure.
     */
    public static java.util.Map<String, Long> runningSums(List<ObservationRow> observations) {
        java.util.Map<String, Long> after = new java.util.LinkedHashMap<>();
        java.util.Map<String, Long> sums = new java.util.HashMap<>();
        for (ObservationRow o : observations) {
            if (!o.increment() || o.quantity().value() == null) continue;
            long sum = sums.merge(o.dataset() + "|" + o.measure(), o.quantity().value(), Long::sum);
            after.put(o.id(), sum);
        }
        return after;
    }

    public static List<RunningTotal> runningTotals(List<ObservationRow> observations) {
        java.util.Map<String, RunningTotal> totals = new java.util.LinkedHashMap<>();
        for (ObservationRow o : observations) {
            if (!o.increment() || o.quantity().value() == null) continue;
            totals.merge(o.dataset() + "|" + o.measure(), new RunningTotal(o.dataset(), o.measure(), o.quantity().value(), 1, o.observed()),
                    (a, b) -> new RunningTotal(a.dataset(), a.measure(), a.total() + b.total(), a.increments() + 1, b.through()));
        }
        return List.copyOf(totals.values());
    }

    public record Result(List<PledgeFigures> pledges, long committed, long committedCeiling, long allocated, long delivered,
                         List<ObservationRow> observations, String basis) {
    }

    private Reconciliation() {
    }

    public static Result compute(String donorName, String itemName, List<PledgeFigures> pledges, List<ObservationRow> observations) {
        long committed = 0, ceiling = 0, allocated = 0, delivered = 0;
        List<String> counted = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (PledgeFigures p : pledges) {
            if (!p.counted()) {
                excluded.add(p.pledgeId() + " (same package as " + p.sameAsId() + ")");
                continue;
            }
            committed += p.committed();
            ceiling += p.committedCeiling();
            allocated += p.allocated();
            delivered += p.delivered();
            counted.add(p.pledgeId() + (p.retracted() ? " (retracted, netted to 0)" : ""));
        }
        List<ObservationRow> sorted = new ArrayList<>(observations);
        // by date, undated last, then by dataset and row so the order is stable
        sorted.sort(Comparator.comparing((ObservationRow o) -> o.observed().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ObservationRow::dataset).thenComparing(o -> o.sourceRow() == null ? Integer.MAX_VALUE : o.sourceRow()));
        String basis = "The ledger's total for " + donorName + " × " + itemName + " (committed " + committed + ", delivered " + delivered
                + ") is the sum of the postings on " + (counted.isEmpty() ? "no pledge" : "pledge(s) " + String.join(", ", counted))
                + (excluded.isEmpty() ? "" : "; excluded as re-announcements: " + String.join(", ", excluded))
                + ". It uses recorded facts only: the " + sorted.size() + " observation(s) below are what sources said, compared with it "
                + "(vs_ledger = observation − ledger figure of the same measure), never added to it.";
        return new Result(List.copyOf(pledges), committed, ceiling, allocated, delivered, sorted, basis);
    }

    /** The ledger figure an observation of this measure is compared with; null when the measure has no ledger counterpart. */
    public static Long ledgerFigure(Result r, String measure) {
        return switch (measure) {
            case "pledged" -> r.committed();
            case "delivered" -> r.delivered();
            default -> null;
        };
    }
}
