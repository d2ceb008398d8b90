package org.ramstein.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.reports.ReportService;
import org.ramstein.reports.domain.ReportTable;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.Database;
import org.ramstein.storage.RecordingClock;

/**
 * A small ledger with restricted entries, built twice for the visibility tests: with and without Germany's restricted
 * "Zeta" pledge and what hangs on it (its postings, its own source, a retracted restricted pledge, a restricted need, and
 * the link that makes a public German pledge a re-announcement of it). Everything else is written first, in the same
 * order, under a fixed clock and with fixed ids, so the two ledgers' public rows are the same rows with the same times:
 * whatever the public is shown from the first must be exactly what it is shown from the second.
 * <p>
 * Both ledgers also hold a restricted pledge of the United Kingdom (its liaison sees it, nobody else but insiders).
 */
public final class VisibilityFixture {
    public static final String DONOR_A = "DEU";
    public static final String DONOR_B = "GBR";

    public static final String R = "pl-zeta-restricted";
    public static final String R_RETRACTED = "pl-zeta-withdrawn";
    public static final String NEED_R = "need-zeta";
    public static final String SOURCE_R = "src-zeta-memo";
    public static final String TITLE_R = "Zeta restricted package";
    public static final String QUOTE_R = "QUOTE-ZETA-RESTRICTED";
    public static final long QTY_R = 7777;
    public static final long ALLOCATED_R = 5555;
    public static final long DELIVERED_R = 3331;
    public static final long NEED_QTY_R = 8888;
    public static final String VALUE_R = "987654321";

    public static final String B_RESTRICTED = "pl-gamma-restricted";
    public static final String TITLE_B = "Gamma restricted lot";
    public static final String QUOTE_B = "QUOTE-GAMMA-RESTRICTED";
    public static final String SOURCE_B = "src-gamma-memo";
    public static final long QTY_B = 4242;

    /** Germany's public pledge that, in the ledger with R, is marked as the same package as R. */
    public static final String REANNOUNCED = "DE-2";
    public static final String SHARED_SOURCE = "src-shared";
    /** Every source has a fixed id (those given inline get random ones), so the two ledgers' rows are alike. */
    static final String FIXTURE_SOURCE = "src-fixture";
    public static final String MEETING = "udcg-9";
    public static final String PUBLIC_NEED = "need-patriot";
    public static final String PENDING_CLAIM_TEXT = "about 7,700 Leopard 2A6 tanks";

    static final Instant CLOCK = Instant.parse("2024-06-01T10:00:00Z");

    /** A built ledger: its app and the ids the tests ask for. */
    public record Built(App app, List<Long> restrictedEntries, long publicDelivery) {
    }

    private VisibilityFixture() {
    }

    /** The fixture on {@code db}, with Germany's restricted pledge and its surroundings when {@code withRestricted}. */
    public static Built build(Database db, boolean withRestricted) {
        App app = new App(db, new RecordingClock(Clock.fixed(CLOCK, ZoneOffset.UTC)));
        LedgerService s = app.ledgerService();
        long now = app.ledger().clock().nowMicros();
        app.ledger().write(w -> {
            w.source(new Source("src-pub-de", SourceKind.WEB, "Militärische Unterstützungsleistungen", "Bundesregierung",
                    "https://example.org/de/list", LocalDate.of(2023, 3, 1), null, null, null, now));
            w.source(new Source("src-pub-gb", SourceKind.WEB, "UK military support to Ukraine", "Ministry of Defence",
                    "https://example.org/uk/support", LocalDate.of(2023, 3, 2), null, null, null, now));
            w.source(new Source(SHARED_SOURCE, SourceKind.DOCUMENT, "Joint briefing notes", "Contact group", null, LocalDate.of(2023, 2, 12),
                    null, null, null, now));
            w.source(new Source(FIXTURE_SOURCE, SourceKind.MANUAL, "Manual entry", null, null, null, null, "fixture", null, now));
            w.source(new Source(SOURCE_B, SourceKind.DOCUMENT, "Gamma liaison memo", "UK liaison", null, LocalDate.of(2023, 5, 11), null,
                    null, null, now));
            return null;
        });
        s.recordMeeting(new MeetingDraft(MEETING, LocalDate.of(2023, 1, 20), "Ramstein", "Ninth contact-group meeting", "udcg",
                List.of(SourceRef.existing(FIXTURE_SOURCE, "meeting held")), "fixture"));
        String de1 = s.recordPledge(pledge("DE-1", "Germany", "Marder package", "2023-01-05", MEETING, Visibility.PUBLIC,
                new LineDraft("Marder 1A3", null, null, Quantity.exact(40), Money.of("1850000000", "EUR"), null),
                SourceRef.existing("src-pub-de", "40 Schützenpanzer Marder"))).lineIds().get(0);
        s.recordEntry(entry(EntryKind.ALLOCATION, de1, 40, "2023-02-01", SourceRef.existing("src-pub-de", "40 Marder allocated")));
        long publicDelivery = s.recordEntry(entry(EntryKind.DELIVERY, de1, 20, "2023-03-28", SourceRef.existing("src-pub-de", "20 Marder delivered")));
        s.recordPledge(pledge(REANNOUNCED, "Germany", "Leopard 2A6 tanks", "2023-02-10", null, Visibility.PUBLIC,
                new LineDraft("Leopard 2A6", null, null, Quantity.exact(14), null, null), SourceRef.existing(SHARED_SOURCE, "14 Leopard 2A6")));
        String gb1 = s.recordPledge(pledge("GB-1", "United Kingdom", "Challenger squadron", "2023-01-14", MEETING, Visibility.PUBLIC,
                new LineDraft("Challenger 2", null, null, Quantity.exact(14), Money.of("120000000", "GBP"), null),
                SourceRef.existing("src-pub-gb", "a squadron of 14 Challenger 2"))).lineIds().get(0);
        s.recordEntry(entry(EntryKind.DELIVERY, gb1, 14, "2023-03-27", SourceRef.existing("src-pub-gb", "14 Challenger 2 arrived")));
        s.recordPledge(pledge("PL-1", "Poland", "Leopard 2A4 company", "2023-02-24", null, Visibility.PUBLIC,
                new LineDraft("Leopard 2A4", null, null, Quantity.exact(14), null, null), SourceRef.existing(FIXTURE_SOURCE, "14 Leopard 2A4")));
        String gbR = s.recordPledge(pledge(B_RESTRICTED, "United Kingdom", TITLE_B, "2023-05-11", null, Visibility.RESTRICTED,
                new LineDraft("Storm Shadow", null, null, Quantity.exact(QTY_B), null, null), SourceRef.existing(SOURCE_B, QUOTE_B))).lineIds().get(0);
        s.recordEntry(entry(EntryKind.DELIVERY, gbR, 42, "2023-06-01", SourceRef.existing(SOURCE_B, QUOTE_B + " delivered")));
        s.recordNeed(new NeedDraft(PUBLIC_NEED, "air_and_missile_defence", "Patriot", null, "Patriot batteries", Quantity.exact(10), 1, null,
                FuzzyDate.parse("2023-01-01"), Visibility.PUBLIC, List.of(SourceRef.existing(FIXTURE_SOURCE, "ten Patriot batteries")), "fixture"));
        ingest(app, "BERLIN, 3 February 2023. Germany will deliver " + PENDING_CLAIM_TEXT + ", the ministry said.", "pledge", "Leopard 2A6",
                7700L, "about", PENDING_CLAIM_TEXT, LocalDate.of(2023, 2, 3));
        String rejected = ingest(app, "WARSAW, 5 March 2023. Poland may consider sending more tanks later.", "pledge", "tanks", null, "unspecified",
                "may consider sending more tanks", LocalDate.of(2023, 3, 5));
        app.review().reject(rejected, "an intention, not a pledge", "fixture");

        List<Long> restricted = new ArrayList<>();
        if (withRestricted) {
            long at = app.ledger().clock().nowMicros();
            app.ledger().write(w -> {
                w.source(new Source(SOURCE_R, SourceKind.DOCUMENT, "Zeta liaison memo", "German liaison", null, LocalDate.of(2023, 2, 1), null,
                        null, null, at));
                return null;
            });
            String line = s.recordPledge(new PledgeDraft(R, "Germany", AidType.MILITARY, TITLE_R, FuzzyDate.parse("2023-02-01"), MEETING,
                    Visibility.RESTRICTED, List.of(new LineDraft("Leopard 2A6", null, null, Quantity.exact(QTY_R), Money.of(VALUE_R, "EUR"), null)),
                    List.of(SourceRef.existing(SOURCE_R, QUOTE_R), SourceRef.existing(SHARED_SOURCE, "QUOTE-ZETA-SHARED")), "liaison")).lineIds().get(0);
            restricted.add(s.recordEntry(entry(EntryKind.ALLOCATION, line, ALLOCATED_R, "2023-03-03", SourceRef.existing(SOURCE_R, "QUOTE-ZETA-ALLOCATION"))));
            restricted.add(s.recordEntry(entry(EntryKind.DELIVERY, line, DELIVERED_R, "2023-04-04", SourceRef.existing(SOURCE_R, "QUOTE-ZETA-DELIVERY"))));
            s.recordPledge(pledge(R_RETRACTED, "Germany", "Zeta withdrawn lot", "2023-03-01", null, Visibility.RESTRICTED,
                    new LineDraft("IRIS-T SLM", null, null, Quantity.exact(6), null, null), SourceRef.existing(SOURCE_R, "QUOTE-ZETA-WITHDRAWN")));
            s.retractPledge(R_RETRACTED, "Zeta lot withdrawn", "liaison");
            s.recordNeed(new NeedDraft(NEED_R, "air_and_missile_defence", "IRIS-T SLM", null, "Zeta restricted need", Quantity.exact(NEED_QTY_R), 1,
                    null, FuzzyDate.parse("2023-02-02"), Visibility.RESTRICTED, List.of(SourceRef.existing(SOURCE_R, "QUOTE-ZETA-NEED")), "fixture"));
            s.changeNeedStatus(NEED_R, NeedStatus.PARTIALLY_MET, LocalDate.of(2023, 4, 5), "Zeta need partly met", "fixture");
            s.markSameAs(REANNOUNCED, R, "Zeta: the same package announced in public", "liaison");
        }
        return new Built(app, restricted, publicDelivery);
    }

    /**
     * Claims joined to R, as reviewers would: a text announcing it again (attached to R) and a text reporting a delivery
     * on its line (accepted against it). Returns the two claims' ids.
     */
    public static List<String> claimsIntoR(App app) {
        String again = ingest(app, "BERLIN, 2 February 2023. Germany sends 9 more Leopard 2A6 tanks, officials said.", "pledge", "Leopard 2A6", 9L,
                "exact", "9 more Leopard 2A6 tanks", LocalDate.of(2023, 2, 2));
        app.review().attach(again, R, "reviewer");
        String delivered = ingest(app, "BERLIN, 6 April 2023. Germany delivered 12 Leopard 2A6 tanks this week.", "delivery", "Leopard 2A6", 12L,
                "exact", "delivered 12 Leopard 2A6 tanks", LocalDate.of(2023, 4, 6));
        app.review().accept(delivered, null, R + "/1", "reviewer");
        return List.of(again, delivered);
    }

    public static final TimeFilter MARCH = new TimeFilter(LocalDate.of(2023, 3, 31), null);

    /** Every report the service prints, in each of its groupings, now and as of a date: the same question for any audience. */
    public static Map<String, BiFunction<ReportService, Audience, ReportTable>> reports() {
        Map<String, BiFunction<ReportService, Audience, ReportTable>> r = new LinkedHashMap<>();
        for (TimeFilter t : List.of(TimeFilter.NOW, MARCH)) {
            String at = t == MARCH ? " as of March" : "";
            r.put("donors" + at, (s, a) -> s.donors(t, a));
            for (String by : List.of("donor", "category", "donor,category", "item")) {
                r.put("fulfilment by " + by + at, (s, a) -> s.fulfilment(t, a, by, null, null));
            }
            r.put("fulfilment of Germany" + at, (s, a) -> s.fulfilment(t, a, "category", "Germany", null));
            r.put("values by donor" + at, (s, a) -> s.values(t, a, "donor", null));
            r.put("values by donor,category" + at, (s, a) -> s.values(t, a, "donor,category", "Germany"));
            r.put("reconciliation Germany × Leopard 2A6" + at, (s, a) -> s.reconciliation(t, a, "Germany", "Leopard 2A6"));
            r.put("reconciliation UK × Storm Shadow" + at, (s, a) -> s.reconciliation(t, a, "United Kingdom", "Storm Shadow"));
            r.put("meetings" + at, (s, a) -> s.meetings(t, a));
            r.put("needs" + at, (s, a) -> s.needs(t, a));
        }
        return r;
    }

    /** Everything that would give Germany's restricted entries away: none of it may reach the public or another donor's liaison. */
    public static List<String> markersOfR() {
        return List.of(R, R_RETRACTED, NEED_R, SOURCE_R, "Zeta", "ZETA", "7777", "7,777", "5555", "5,555", "3331", "3,331", "8888", "8,888",
                VALUE_R, "987,654,321");
    }

    /**
     * The markers {@code text} holds as words of their own: "4242" in a figure, not inside a content hash or a generated
     * id (a letter or digit on either side is another word).
     */
    public static List<String> found(String text, List<String> markers) {
        List<String> out = new ArrayList<>();
        for (String m : markers) {
            java.util.regex.Matcher x = java.util.regex.Pattern.compile("(?<![A-Za-z0-9])" + java.util.regex.Pattern.quote(m) + "(?![A-Za-z0-9])")
                    .matcher(text);
            if (x.find()) out.add(m);
        }
        return out;
    }

    /** What gives the United Kingdom's restricted pledge away: its liaison sees it, the public does not. */
    public static List<String> markersOfB() {
        return List.of(B_RESTRICTED, TITLE_B, QUOTE_B, SOURCE_B, "4242", "4,242");
    }

    private static PledgeDraft pledge(String id, String donor, String title, String announced, String meeting, Visibility visibility, LineDraft line,
                                      SourceRef source) {
        return new PledgeDraft(id, donor, AidType.MILITARY, title, FuzzyDate.parse(announced), meeting, visibility, List.of(line), List.of(source),
                "fixture");
    }

    private static EntryDraft entry(EntryKind kind, String lineId, long quantity, String happened, SourceRef source) {
        return new EntryDraft(kind, lineId, quantity, null, FuzzyDate.parse(happened), null, null, List.of(source), "fixture");
    }

    /** Ingests a text with one claim (its words {@code evidence}); returns the claim's id. */
    private static String ingest(App app, String text, String kind, String item, Long quantity, String qualifier, String evidence, LocalDate on) {
        int at = text.indexOf(evidence);
        ClaimDraft claim = new ClaimDraft(kind, "Germany", "Ukraine", item, null, quantity, null, qualifier, (BigDecimal) null, null, null, evidence, at,
                at + evidence.length(), "number-system", 0.9);
        if (text.startsWith("WARSAW")) {
            claim = new ClaimDraft(kind, "Poland", "Ukraine", null, "main_battle_tank", null, null, qualifier, null, null, null, evidence, at,
                    at + evidence.length(), "intent", 0.5);
        }
        String sourceId = app.review().ingest(new ReviewService.DocumentMeta("news " + on, "https://example.org/news/" + on, "Example Wire", on,
                "text/plain"), text, List.of(claim), "fixture").sourceId();
        return app.review().store().claims(null, sourceId, 10).stream().map(Claim::id).findFirst().orElseThrow();
    }
}
