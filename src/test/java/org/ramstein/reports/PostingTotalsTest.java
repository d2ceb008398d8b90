package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ConflictException;
import org.ramstein.ledger.EntryMapper;
import org.ramstein.ledger.LedgerService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.reports.domain.Fulfilment;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.Database;
import org.ramstein.storage.HandClock;
import org.ramstein.storage.PostingTotals;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;
import org.ramstein.storage.TotalsTables;

/**
 * The fulfilment report reads running totals plus slices of the postings. Whatever the question (asOf, knownAt, by
 * item, for the public, for one donor's liaison or for everyone, one donor), its sums must equal those computed here, in
 * plain Java, from every posting in the ledger: a random ledger written over several days (with reversals, corrections, restatements, retractions, re-
 * announced packages, restricted and undated entries) is asked many random questions.
 */
class PostingTotalsTest {

    private static final List<SourceRef> SRC = List.of(SourceRef.manual("test fixture"));
    private static final String[] DONORS = {"Germany", "UK", "Poland", "US"};

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void totalsEqualTheSumOfThePostingsForAnyQuestion(DatabaseFactory factory) {
        HandClock clock = new HandClock("2024-03-01T08:00:00Z");
        Database db = factory.open();
        App app = new App(db, new RecordingClock(clock));
        Random rnd = new Random(42);
        List<Instant> instants = writeRandomLedger(app, clock, rnd);
        ReportStore store = new ReportStore(db.jdbi());

        List<TimeFilter> questions = new ArrayList<>();
        questions.add(TimeFilter.NOW);
        questions.add(new TimeFilter(LocalDate.of(2023, 3, 1), null)); // a month's first day
        questions.add(new TimeFilter(LocalDate.of(2023, 2, 28), null)); // a month's last day
        for (Instant at : instants.subList(0, Math.min(6, instants.size()))) questions.add(new TimeFilter(null, at));
        for (int i = 0; i < 30; i++) {
            LocalDate asOf = rnd.nextInt(4) == 0 ? null : LocalDate.of(2022, 2, 1).plusDays(rnd.nextInt(1100));
            Instant known = instants.get(rnd.nextInt(instants.size())).plusMillis(rnd.nextInt(3) - 1);
            questions.add(new TimeFilter(asOf, rnd.nextInt(5) == 0 ? null : known));
        }
        List<LedgerEntry> postings = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM ledger_entry").map(EntryMapper.INSTANCE).list());
        List<Link> links = db.jdbi().withHandle(h -> h.createQuery("SELECT l.pledge_id, l.recorded_at, t.visibility, t.donor_code FROM pledge_link l "
                        + "JOIN pledge t ON t.id = l.same_as_id")
                .map((rs, ctx) -> new Link(rs.getString(1), rs.getLong(2), Visibility.fromCode(rs.getString(3)), rs.getString(4))).list());
        assertThat(postings).hasSizeGreaterThan(300);
        // questions on the very days postings happened: the edges where totals hand over to postings
        List<LedgerEntry> dated = postings.stream().filter(e -> e.happened().isoDate() != null).toList();
        for (int i = 0; i < 16; i++) {
            LocalDate on = LocalDate.parse(dated.get(rnd.nextInt(dated.size())).happened().isoDate());
            Instant known = instants.get(rnd.nextInt(instants.size()));
            questions.add(new TimeFilter(on, i % 2 == 0 ? null : known));
            questions.add(new TimeFilter(on.minusDays(1), i % 2 == 0 ? null : known));
        }
        // where the totals hand over at each of a month's four marks (its start, the 15th from either side, its end)
        for (int i = 0; i < 6; i++) {
            LocalDate month = LocalDate.parse(dated.get(rnd.nextInt(dated.size())).happened().isoDate()).withDayOfMonth(1);
            Instant known = instants.get(rnd.nextInt(instants.size()));
            for (int day : new int[] {7, 8, 15, 16, 23, 24}) questions.add(new TimeFilter(month.withDayOfMonth(day), i % 2 == 0 ? null : known));
        }
        assertThat(links).isNotEmpty();
        assertThat(links).as("a link to a pledge the public may not see").anyMatch(l -> l.targetVisibility() == Visibility.RESTRICTED);

        int nonEmpty = 0;
        for (TimeFilter time : questions) {
            for (boolean byItem : new boolean[] {false, true}) {
                Audience liaison = Audience.donor(postings.get(rnd.nextInt(postings.size())).donorCode());
                for (Audience audience : List.of(Audience.EVERYTHING, Audience.PUBLIC, liaison)) {
                    String donor = rnd.nextInt(3) == 0 ? postings.get(rnd.nextInt(postings.size())).donorCode() : null;
                    Map<String, long[]> expected = expected(postings, links, time, audience, donor, byItem);
                    Map<String, long[]> actual = actual(store.fulfilmentTotals(time, audience, donor, null, byItem));
                    assertThat(actual).as("%s byItem=%s audience=%s donor=%s", time, byItem, audience, donor)
                            .usingRecursiveComparison().isEqualTo(expected);
                    if (!expected.isEmpty()) nonEmpty++;
                    if (time.asOf() != null && !byItem) {
                        assertThat(store.undatedPostings(time, audience, donor, null)).as("undated, %s", time)
                                .isEqualTo(undated(postings, links, time, audience, donor));
                    }
                }
            }
        }
        assertThat(nonEmpty).as("questions with an answer").isGreaterThan(questions.size());
    }

    @ParameterizedTest
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void rebuildingFromThePostingsGivesTheTotalsKeptAlongTheWay(DatabaseFactory factory) {
        HandClock clock = new HandClock("2024-03-01T08:00:00Z");
        Database db = factory.open();
        writeRandomLedger(new App(db, new RecordingClock(clock)), clock, new Random(7));
        List<Map<String, Object>> kept = TotalsTables.rows(db);
        db.jdbi().useTransaction(h -> PostingTotals.rebuild(h.getConnection()));
        assertThat(TotalsTables.rows(db)).isEqualTo(kept);
        assertThat(kept).isNotEmpty();
    }


    /** A re-announcement link, with the visibility and donor of the pledge it points at (a link to a hidden pledge does not count). */
    record Link(String pledgeId, long recordedAt, Visibility targetVisibility, String targetDonor) {
    }

    /** About 120 pledges and their entries, recorded over ten days, with every kind of later change. */
    static List<Instant> writeRandomLedger(App app, HandClock clock, Random rnd) {
        LedgerService s = app.ledgerService();
        List<CatalogItem> items = app.catalog().catalog().all().subList(0, 12);
        Qualifier[] qualifiers = Qualifier.values();
        List<Instant> instants = new ArrayList<>();
        List<String> pledges = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Long> entries = new ArrayList<>();
        Set<Long> reversed = new HashSet<>();
        for (int n = 0; n < 120; n++) {
            clock.now = clock.now.plus(Duration.ofMinutes(rnd.nextInt(60 * 5)));
            instants.add(clock.now);
            FuzzyDate announced = randomDate(rnd);
            List<LineDraft> drafts = new ArrayList<>();
            for (int l = 0, count = 1 + rnd.nextInt(3); l < count; l++) {
                CatalogItem item = items.get(rnd.nextInt(items.size()));
                Qualifier q = qualifiers[rnd.nextInt(qualifiers.length)];
                long v = 1 + rnd.nextInt(200);
                Quantity quantity = switch (q) {
                    case UNSPECIFIED -> new Quantity(null, null, q);
                    case RANGE -> new Quantity(v, v + 1 + rnd.nextInt(20), q);
                    default -> new Quantity(v, null, q);
                };
                boolean listed = rnd.nextInt(5) > 0;
                drafts.add(new LineDraft(listed ? item.id() : null, listed ? null : "unlisted " + item.category(),
                        listed ? null : item.category(), quantity, null, null));
            }
            String id = "P" + n;
            Visibility vis = rnd.nextInt(4) == 0 ? Visibility.RESTRICTED : Visibility.PUBLIC;
            var recorded = s.recordPledge(new PledgeDraft(id, DONORS[rnd.nextInt(DONORS.length)], AidType.MILITARY, id, announced, null, vis,
                    drafts, SRC, "test"));
            pledges.add(id);
            lines.addAll(recorded.lineIds());
            for (int k = 0, count = rnd.nextInt(3); k < count; k++) {
                EntryKind kind = rnd.nextBoolean() ? EntryKind.DELIVERY : EntryKind.ALLOCATION;
                entries.add(s.recordEntry(new EntryDraft(kind, lines.get(rnd.nextInt(lines.size())), 1L + rnd.nextInt(30), null,
                        randomDate(rnd), null, null, SRC, "test")));
            }
            int change = rnd.nextInt(12);
            long target = entries.isEmpty() ? -1 : entries.get(rnd.nextInt(entries.size()));
            try {
                if (change == 0 && target >= 0 && reversed.add(target)) {
                    s.reverseEntry(target, "entered twice", "test");
                } else if (change == 1 && target >= 0 && reversed.add(target)) {
                    entries.add(s.correctEntry(target, new EntryDraft(EntryKind.DELIVERY, lines.get(rnd.nextInt(lines.size())),
                            1L + rnd.nextInt(9), null, randomDate(rnd), null, null, SRC, "test"), "wrong line"));
                }
            } catch (ConflictException alreadyReversedByARetraction) {
                // the random choice hit an entry a retraction had reversed: nothing to do
            }
            if (change == 2) {
                s.restateCommitment(lines.get(rnd.nextInt(lines.size())), new Quantity(5L + rnd.nextInt(50), null, Qualifier.ABOUT), null,
                        "restated", SRC, "test");
            } else if (change == 3 && pledges.size() > 3) {
                s.retractPledge(pledges.remove(rnd.nextInt(pledges.size() - 1)), "withdrawn", "test");
            } else if (change == 4 && pledges.size() > 3) {
                String a = pledges.get(pledges.size() - 1);
                String b = pledges.get(rnd.nextInt(pledges.size() - 1));
                s.markSameAs(a, b, "re-announced", "test");
                pledges.remove(pledges.size() - 1);
            }
        }
        return instants;
    }

    private static FuzzyDate randomDate(Random rnd) {
        LocalDate d = LocalDate.of(2022, 2, 24).plusDays(rnd.nextInt(1000));
        return switch (rnd.nextInt(8)) {
            case 0 -> FuzzyDate.parse(d.toString().substring(0, 7));
            case 1 -> FuzzyDate.parse(d.toString().substring(0, 4));
            case 2 -> FuzzyDate.parse("");
            default -> FuzzyDate.day(d);
        };
    }

    private static boolean counts(LedgerEntry e, List<Link> links, TimeFilter time, Audience audience, String donor) {
        long knownAt = time.knownAtMicros();
        if (e.recordedAt() > knownAt) return false;
        if (!audience.sees(e.visibility(), e.donorCode())) return false;
        if (donor != null && !donor.equals(e.donorCode())) return false;
        for (Link l : links) {
            if (l.pledgeId().equals(e.pledgeId()) && l.recordedAt() <= knownAt && audience.sees(l.targetVisibility(), l.targetDonor())) return false;
        }
        return true;
    }

    static Map<String, long[]> expected(List<LedgerEntry> postings, List<Link> links, TimeFilter time, Audience audience, String donor,
                                        boolean byItem) {
        Map<String, long[]> sums = new TreeMap<>();
        for (LedgerEntry e : postings) {
            if (!counts(e, links, time, audience, donor)) continue;
            String on = e.happened().isoDate();
            if (time.asOf() != null && (on == null || on.compareTo(time.asOfIso()) > 0)) continue;
            String key = e.kind().code() + "|" + e.donorCode() + "|" + e.category() + "|" + (byItem ? Objects.toString(e.itemId(), "") : "");
            long sign = e.reversesId() == null ? 1 : -1;
            Quantity q = e.quantity();
            long[] s = sums.computeIfAbsent(key, k -> new long[6]);
            s[0] += q.value() == null ? 0 : q.value();
            s[1] += q.max() != null ? q.max() : q.value() == null ? 0 : q.value();
            int cls = switch (q.qualifier()) {
                case EXACT -> 2;
                case UNSPECIFIED -> 3;
                case UP_TO -> 4;
                default -> 5;
            };
            s[cls] += sign;
        }
        return sums;
    }

    static Map<String, long[]> actual(List<Fulfilment.Totals> totals) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Fulfilment.Totals t : totals) {
            String key = t.kind().code() + "|" + t.donorCode() + "|" + t.category() + "|" + Objects.toString(t.itemId(), "");
            long[] s = sums.computeIfAbsent(key, k -> new long[6]);
            s[0] += t.quantity();
            s[1] += t.ceiling();
            int cls = switch (t.qualifier()) {
                case EXACT -> 2;
                case UNSPECIFIED -> 3;
                case UP_TO -> 4;
                default -> 5;
            };
            s[cls] += t.lines();
        }
        return sums;
    }

    static long undated(List<LedgerEntry> postings, List<Link> links, TimeFilter time, Audience audience, String donor) {
        return postings.stream().filter(e -> e.happened().isoDate() == null && counts(e, links, time, audience, donor)).count();
    }
}
