package org.ramstein.web.pages;

import static org.ramstein.web.pages.Values.afterId;
import static org.ramstein.web.pages.Values.dec;
import static org.ramstein.web.pages.Values.leadingId;
import static org.ramstein.web.pages.Values.lng;
import static org.ramstein.web.pages.Values.str;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.LedgerViews.MeetingView;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.reports.domain.Needs;
import org.ramstein.reports.domain.ReportTable;

/** Meetings (with their calendar), the needs board, and what changed since a date. */
final class BoardPages {
    private final Dashboard d;

    BoardPages(Dashboard d) {
        this.d = d;
    }

    // --- meetings ----------------------------------------------------------------------------------------------------

    Page meetings(View v) {
        TimeFilter time = Dashboard.time(v);
        ReportTable r = d.app.reports().meetings(time, v.audience());
        List<MeetingView> meetings = d.queries.meetings(new ListQuery(null, null, null, null, null, null, null, null, time, ListQuery.MAX_LIMIT, null),
                v.audience()).items();
        Map<String, String> idByKey = new LinkedHashMap<>();
        for (MeetingView m : meetings) idByKey.put(m.heldOn() + "|" + m.title() + " (" + m.place() + ")", m.id());

        WebTable.Builder t = WebTable.builder("meetings", "Meetings and what was announced there", "date", "meeting", "pledge", "donor",
                "items committed", "value (EUR, reported)", "counted");
        List<String> names = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<Long> items = new ArrayList<>();
        int pledgesSinceTotal = 0;
        for (int i = 0; i < r.rows().size(); i++) {
            String date = str(r.value(i, "date"));
            String meeting = str(r.value(i, "meeting"));
            String meetingId = idByKey.get(date + "|" + meeting);
            String pledge = str(r.value(i, "pledge"));
            boolean total = "(meeting total)".equals(pledge);
            BigDecimal eur = dec(r.value(i, "value_eur"));
            long n = lng(r.value(i, "items"));
            Cell meetingCell = meetingId == null ? Cell.text(meeting) : new Cell(meeting, meeting, null, "/provenance/meeting/" + meetingId, false, null);
            if (total && pledgesSinceTotal == 0) {
                // nothing recorded as announced there: not "0 items, €0", which would say nothing was announced
                t.row(Cell.text(date), meetingCell, Cell.text("no pledges recorded as announced at this meeting" + v.when()), Cell.text(""),
                        new Cell("—", null, null, null, true, null), new Cell("—", null, null, null, true, null), Cell.text(""));
                names.add(date);
                values.add(null);
                items.add(null);
            } else if (total) {
                pledgesSinceTotal = 0;
                t.row(Cell.text(date), meetingCell, Cell.text("Meeting total"), Cell.text(""), Cell.num(n),
                        new Cell(Fmt.eur(eur), eur, null, null, true, null), Cell.text(str(r.value(i, "counted"))));
                names.add(date);
                values.add(eur.movePointLeft(9));
                items.add(n);
            } else {
                pledgesSinceTotal++;
                String pid = leadingId(pledge);
                String donor = str(r.value(i, "donor"));
                String code = d.app.catalog().donors().resolve(donor).map(Donor::code).orElse(null);
                t.row(Cell.text(date), meetingCell, new Cell(afterId(pledge).isEmpty() ? pid : afterId(pledge), pid, null, "/provenance/pledge/" + pid, false, null),
                        code == null ? Cell.text(donor) : Cell.link(donor, "/donors/" + code),
                        Cell.figure(Fmt.n(n), n, "/provenance/figure?kind=commitment&pledge=" + pid),
                        Cell.figure(Fmt.eur(eur), eur, "/provenance/figure?kind=commitment&money=1&pledge=" + pid), Cell.text(str(r.value(i, "counted"))));
            }
        }
        t.notes(r.notes());
        t.empty("No meetings recorded" + v.when() + ".");
        List<Block> blocks = new ArrayList<>();
        blocks.add(calendar(meetings));
        blocks.add(new Chart("meeting-value", "Value of pledges announced at each meeting (EUR bn)", "bar", names,
                List.of(new Chart.Series("Value announced", values)), false, false, "EUR bn", t.build()).withTableOpen());
        return new Page(v, "Contact-group meetings", "Each Ukraine Defense Contact Group meeting (and other summits) with the pledges "
                + "announced there, " + v.asOfLabel() + ".", blocks);
    }

    private static Block calendar(List<MeetingView> meetings) {
        if (meetings.isEmpty()) return new Block.Text("No meetings recorded yet.", "empty");
        Map<LocalDate, MeetingView> byDay = new TreeMap<>();
        meetings.forEach(m -> byDay.put(m.heldOn(), m));
        TreeMap<YearMonth, Boolean> months = new TreeMap<>();
        meetings.forEach(m -> months.put(YearMonth.from(m.heldOn()), true));
        List<Block.Month> out = new ArrayList<>();
        for (YearMonth ym : months.keySet()) {
            List<List<Block.Day>> weeks = new ArrayList<>();
            List<Block.Day> week = new ArrayList<>();
            int lead = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < lead; i++) week.add(new Block.Day(0, null, null));
            for (int day = 1; day <= ym.lengthOfMonth(); day++) {
                MeetingView m = byDay.get(ym.atDay(day));
                week.add(m == null ? new Block.Day(day, null, null) : new Block.Day(day, m.title() + ", " + m.place(), "/provenance/meeting/" + m.id()));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) week.add(new Block.Day(0, null, null));
                weeks.add(week);
            }
            out.add(new Block.Month(ym, weeks));
        }
        return new Block.Calendar("Calendar of meetings (months with a meeting)", out);
    }

    // --- needs -------------------------------------------------------------------------------------------------------

    Page needs(View v) {
        TimeFilter time = Dashboard.time(v);
        ReportTable r = d.app.reports().needs(time, v.audience());
        Map<String, List<Integer>> byCapability = new LinkedHashMap<>();
        byCapability.put(Needs.AIR_DEFENCE, new ArrayList<>());
        for (int i = 0; i < r.rows().size(); i++) byCapability.computeIfAbsent(str(r.value(i, "capability")), k -> new ArrayList<>()).add(i);
        List<Block> blocks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int unstated = 0;
        List<Long> needed = new ArrayList<>(), pledged = new ArrayList<>(), delivered = new ArrayList<>(), gaps = new ArrayList<>();
        WebTable.Builder all = WebTable.builder("needs", "All needs against pledges and deliveries", "capability", "priority", "need", "item",
                "needed", "pledged", "allocated", "delivered", "gap", "status");
        for (var e : byCapability.entrySet()) {
            blocks.add(new Block.Heading("cap-" + e.getKey(), Fmt.label(e.getKey())));
            WebTable.Builder t = WebTable.builder("needs-" + e.getKey(), Fmt.label(e.getKey()) + ": needs against pledged, allocated and delivered",
                    "need", "priority", "item", "needed", "pledged", "allocated", "delivered", "gap", "status");
            for (int i : e.getValue()) {
                String id = leadingId(r.value(i, "need"));
                String item = str(r.value(i, "item"));
                String category = item.startsWith("(category ") ? item.substring(10, item.length() - 1) : null;
                var itemRef = category != null ? java.util.Optional.<org.ramstein.catalog.domain.CatalogItem>empty() : d.app.catalog().catalog().resolve(item);
                String q = itemRef.map(x -> "&item=" + x.id()).orElse(category == null ? "" : "&category=" + View.enc(category));
                Cell[] cells = {
                        new Cell(afterId(r.value(i, "need")), id, null, "/provenance/need/" + id, false, null),
                        Cell.num(lng(r.value(i, "priority"))),
                        itemRef.map(x -> Cell.link(x.name(), "/systems/" + x.id())).orElse(Cell.text(category != null ? "any " + Fmt.label(category).toLowerCase(java.util.Locale.ROOT) : item)),
                        new Cell(str(r.value(i, "needed")).equals("unspecified") ? "not stated" : str(r.value(i, "needed")), str(r.value(i, "needed")), null, "/provenance/need/" + id, true, null),
                        q.isEmpty() ? Cell.num(lng(r.value(i, "pledged"))) : Cell.figure(Fmt.n(lng(r.value(i, "pledged"))), lng(r.value(i, "pledged")), "/provenance/figure?kind=commitment" + q),
                        q.isEmpty() ? Cell.num(lng(r.value(i, "allocated"))) : Cell.figure(Fmt.n(lng(r.value(i, "allocated"))), lng(r.value(i, "allocated")), "/provenance/figure?kind=allocation" + q),
                        q.isEmpty() ? Cell.num(lng(r.value(i, "delivered"))) : Cell.figure(Fmt.n(lng(r.value(i, "delivered"))), lng(r.value(i, "delivered")), "/provenance/figure?kind=delivery" + q),
                        r.value(i, "gap") == null ? new Cell("—", null, null, null, true, "no number stated") : Cell.num(lng(r.value(i, "gap"))),
                        Cell.text(str(r.value(i, "status")).replace('_', ' '))};
                t.row(cells);
                List<Cell> allRow = new ArrayList<>();
                allRow.add(Cell.text(Fmt.label(e.getKey())));
                allRow.add(cells[1]);
                allRow.add(cells[0]);
                for (int c = 2; c < cells.length; c++) allRow.add(cells[c]);
                all.row(allRow.toArray(Cell[]::new));
                String label = afterId(r.value(i, "need"));
                // the chart compares numbers: a need that states none is in the tables, never drawn as a zero
                if (r.value(i, "gap") != null) {
                    names.add(label.length() > 40 ? label.substring(0, 39) + "…" : label);
                    needed.add(lng(r.value(i, "gap")) + lng(r.value(i, "delivered")));
                    pledged.add(lng(r.value(i, "pledged")));
                    delivered.add(lng(r.value(i, "delivered")));
                    gaps.add(lng(r.value(i, "gap")));
                } else {
                    unstated++;
                }
            }
            t.empty(Needs.AIR_DEFENCE.equals(e.getKey()) ? "No air and missile defence needs recorded" + v.when() + "."
                    : "No needs recorded.");
            blocks.add(t.build());
        }
        all.notes(r.notes());
        if (unstated > 0) all.note(unstated + " need(s) state no number: they are listed here and below, and left out of the chart");
        all.empty("No needs recorded" + v.when() + ".");
        blocks.add(0, new Chart("needs-gap", "Needed, pledged and delivered, for the needs that state a number (units)", "bar", names,
                List.of(new Chart.Series("Needed", needed), new Chart.Series("Pledged", pledged), new Chart.Series("Delivered", delivered),
                        new Chart.Series("Gap", gaps)), false, true, "units", all.build()));
        // the board's own tables follow, one per coalition: the chart's table stays folded
        blocks.add(0, new Block.Text("Ukraine's stated needs grouped by the contact group's capability coalitions, air and missile defence first. "
                + "Gap = needed − delivered (never below zero). A need is matched on its catalogue item, or its category when it names none.", "note"));
        return new Page(v, "Needs board", "Needs by capability coalition and priority, against what is pledged, allocated and delivered, "
                + v.asOfLabel() + ".", blocks);
    }

    // --- what changed ------------------------------------------------------------------------------------------------

    static final int CHANGES_PAGE = 200;

    Page changes(View v, Context ctx) {
        String raw = ctx.queryParam("since");
        LocalDate since;
        try {
            since = raw == null || raw.isBlank() ? LocalDate.now(ZoneOffset.UTC).minusDays(7)
                    : org.ramstein.ledger.domain.CalendarRange.date(raw.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException("since", "'" + raw + "' is not a date (yyyy-mm-dd)");
        }
        long sinceMicros = Micros.of(since.atStartOfDay().toInstant(ZoneOffset.UTC)) - 1;
        // recorded up to the end of the as-of day, and no later than the known-at instant
        long until = v.asOf() == null ? Long.MAX_VALUE : Micros.of(v.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)) - 1;
        if (v.knownAt() != null) until = Math.min(until, Micros.of(v.knownAt()));
        String upTo = v.asOf() == null && v.knownAt() == null ? "now" : v.knownAt() == null ? v.asOf().toString()
                : Fmt.recorded(Instant.EPOCH.plusNanos(until * 1000));
        var all = d.dash.changesSince(v.audience(), sinceMicros, until, Integer.MAX_VALUE);
        boolean whole = v.exporting("changes");
        int offset = whole ? 0 : Math.min(Pager.offset(v, "changes"), all.size());
        var changes = whole ? all : all.subList(offset, Math.min(all.size(), offset + CHANGES_PAGE));
        WebTable.Builder t = WebTable.builder("changes", "Recorded since " + since, "recorded", "change", "what", "donor", "detail", "entry");
        Map<String, Integer> counts = new TreeMap<>();
        for (var c : all) counts.merge(c.change(), 1, Integer::sum);
        for (var c : changes) {
            String donor = c.donorCode() == null ? "" : d.app.catalog().donors().byCode(c.donorCode()).map(Donor::name).orElse(c.donorCode());
            boolean linkable = !"batch".equals(c.subjectType());
            t.row(Cell.text(Fmt.recorded(Instant.EPOCH.plusNanos(c.recordedAt() * 1000))), Cell.text(c.change()), Cell.text(c.what()),
                    Cell.text(donor), Cell.text(c.detail() == null ? "" : c.detail()),
                    linkable ? new Cell(c.subjectType() + " " + c.subjectId(), c.subjectId(), null, "/provenance/" + c.subjectType() + "/" + c.subjectId(), false, null)
                            : Cell.text(c.subjectId()));
        }
        t.note("new: entries recorded; corrected: reversals and restated commitments (each a new entry beside the original); "
                + "superseded: pledges marked as a re-announcement, needs replaced; rows of an imported file are summarised as one import");
        if (!whole) t.pager(Pager.offset(v, "changes", offset, CHANGES_PAGE, changes.size(), (long) all.size(), offset + changes.size() < all.size(), "changes"));
        t.empty("Nothing was recorded between " + since + " and " + upTo + ".");
        List<Block> blocks = new ArrayList<>();
        List<Block.Figure> figs = new ArrayList<>();
        for (String k : List.of("new", "corrected", "superseded", "retracted", "status")) {
            figs.add(new Block.Figure(Fmt.label(k), Fmt.n(counts.getOrDefault(k, 0)), null, null, null));
        }
        blocks.add(new Block.Headline(figs));
        blocks.add(new Block.DatePick("Changes recorded since", "since", since.toString()));
        blocks.add(new Block.Links("Or since", List.of(
                new Block.Link("the last 7 days", "/changes?since=" + LocalDate.now(ZoneOffset.UTC).minusDays(7), null),
                new Block.Link("the last 30 days", "/changes?since=" + LocalDate.now(ZoneOffset.UTC).minusDays(30), null),
                new Block.Link("the beginning", "/changes?since=2000-01-01", null))));
        blocks.add(t.build());
        View shown = v.withParams(withSince(v.params(), since));
        return new Page(shown, "What changed since " + since, "New, corrected and superseded entries recorded since " + since
                + ("now".equals(upTo) ? "" : " up to " + upTo) + ", newest first. Change the date in the address (since=yyyy-mm-dd) or pick one below.", blocks);
    }

    private static Map<String, String> withSince(Map<String, String> p, LocalDate since) {
        Map<String, String> out = new LinkedHashMap<>(p);
        out.put("since", since.toString());
        return out;
    }
}
