package org.ramstein.reports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Each meeting, by date, with the pledges announced there and their totals; re-announcements are listed, not counted. */
public final class Meetings {

    public record MeetingInfo(String id, LocalDate heldOn, String place, String title, String format) {
    }

    /** A pledge announced at a meeting, its committed items and its value in EUR (reported amounts, converted). */
    public record PledgeAtMeeting(String pledgeId, String meetingId, String donorCode, String title, String sameAsId, boolean retracted,
                                  long items, BigDecimal valueEur, int unconvertedAmounts) {
        public boolean counted() {
            return sameAsId == null && !retracted;
        }
    }

    public record MeetingTotals(MeetingInfo meeting, List<PledgeAtMeeting> pledges, long items, BigDecimal valueEur, int unconvertedAmounts) {
    }

    private Meetings() {
    }

    public static List<MeetingTotals> compute(List<MeetingInfo> meetings, Map<String, List<PledgeAtMeeting>> pledgesByMeeting) {
        List<MeetingInfo> sorted = new ArrayList<>(meetings);
        sorted.sort(Comparator.comparing(MeetingInfo::heldOn).thenComparing(MeetingInfo::id));
        List<MeetingTotals> out = new ArrayList<>();
        for (MeetingInfo m : sorted) {
            List<PledgeAtMeeting> ps = new ArrayList<>(pledgesByMeeting.getOrDefault(m.id(), List.of()));
            ps.sort(Comparator.comparing(PledgeAtMeeting::donorCode).thenComparing(PledgeAtMeeting::pledgeId));
            long items = 0;
            BigDecimal value = BigDecimal.ZERO;
            int unconverted = 0;
            for (PledgeAtMeeting p : ps) {
                if (!p.counted()) continue;
                items += p.items();
                value = value.add(p.valueEur());
                unconverted += p.unconvertedAmounts();
            }
            out.add(new MeetingTotals(m, List.copyOf(ps), items, value, unconverted));
        }
        return out;
    }
}
