package org.ramstein.reports.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Quantity;

/**
 * Needs against what was pledged, allocated and delivered for the need's item (or, with no item, its category).
 * Gap = needed − delivered, never below zero; unknown when the need states no number.
 */
public final class Needs {

    public static final String AIR_DEFENCE = "air_and_missile_defence";

    public record NeedInfo(String id, String capability, String itemId, String category, String description, Quantity quantity,
                           int priority, NeedStatus status) {
    }

    /** Postings summed per kind, item and category. */
    public record Supply(EntryKind kind, String itemId, String category, long quantity) {
    }

    public record Row(NeedInfo need, long pledged, long allocated, long delivered, Long gap) {
    }

    /** Most urgent first; on a tie of priority air and missile defence leads, then capabilities alphabetically. */
    public static final Comparator<NeedInfo> ORDER = Comparator.comparingInt(NeedInfo::priority)
            .thenComparing(n -> !AIR_DEFENCE.equals(n.capability()))
            .thenComparing(NeedInfo::capability)
            .thenComparing(NeedInfo::id);

    private Needs() {
    }

    public static List<Row> compute(List<NeedInfo> needs, List<Supply> supply) {
        List<NeedInfo> sorted = new ArrayList<>(needs);
        sorted.sort(ORDER);
        List<Row> rows = new ArrayList<>();
        for (NeedInfo n : sorted) {
            long pledged = 0, allocated = 0, delivered = 0;
            for (Supply s : supply) {
                boolean match = n.itemId() != null ? n.itemId().equals(s.itemId())
                        : n.category() != null && n.category().equals(s.category());
                if (!match) continue;
                switch (s.kind()) {
                    case COMMITMENT -> pledged += s.quantity();
                    case ALLOCATION -> allocated += s.quantity();
                    case DELIVERY -> delivered += s.quantity();
                }
            }
            Long gap = n.quantity().value() == null ? null : Math.max(0, n.quantity().value() - delivered);
            rows.add(new Row(n, pledged, allocated, delivered, gap));
        }
        return rows;
    }
}
