package org.ramstein.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ramstein.App;
import org.ramstein.common.DomainException;
import org.ramstein.importers.ImportResult;
import org.ramstein.importers.ImportService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.DonorsReport;
import org.ramstein.reports.domain.EurConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks the importers against the published data: Kiel's sub-activities, summed by the donors report, must give
 * Kiel's own Country Summary; every other dataset file must load.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Imports the shared public datasets into fresh temporary databases and checks the donors report against Kiel's Country Summary")
public final class ConformanceCommand implements Callable<Integer> {

    static final int REQUIRED_MATCHES = 248;
    static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /**
     * Cells of Kiel's Country Summary that its own sub-activity rows do not add up to, and why (checked in the data:
     * country_summary_aar.csv, the per-year summary of the same release, equals the rows year by year for both donors,
     * so the differences are between Kiel's Country Summary sheet and its activity rows, not in the import).
     */
    static final Map<String, String> KNOWN = Map.of(
            "EUI|FINANCIAL", "EUR 3,167,831,000 in Kiel's Country Summary has no sub-activity row in the extract: the gap is the same "
                    + "in allocations and commitments (one allocation absent from bilateral_activities.csv), the extract has no "
                    + "undated EU rows, and every year of country_summary_aar.csv matches the rows",
            "SVN|HUMANITARIAN", "Kiel's Country Summary lags Slovenia's activity rows by EUR 6.7 m allocated / 13.4 m committed: "
                    + "the only row sets that fit include the February 2026 rows (commitment EUR 7.2 m, 2026-02-06; allocation "
                    + "EUR 0.5 m, 2026-02-07) plus EUR 6.2 m of fully counted allocations; the per-year summary matches the rows");

    @Option(names = "--shared", required = true, paramLabel = "<folder>", description = "The shared folder holding data/kiel-r28-activities etc.")
    Path shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path data = shared.resolve("data");
        boolean ok = kiel(out, data.resolve("kiel-r28-activities"));
        List<String[]> others = List.of(
                new String[] {"kiel-items", "kiel-items/delivery_items_derived.csv"},
                new String[] {"kiel-items", "kiel-items/allocations_delivery__delivery.csv"},
                new String[] {"kiel-items", "kiel-items/allocations_delivery.xlsx"},
                new String[] {"kiel-weapons", "kiel-web/weapons.csv"},
                new String[] {"oryx", "oryx/donated_vehicles.csv"},
                new String[] {"sipri", "sipri/sipri_trade_register_recipient_ukraine.csv"},
                new String[] {"pun", "pun/heavy_weapon_commits_derived.csv"},
                new String[] {"pun", "pun/commits.json"},
                new String[] {"pun", "pun/us_packages_derived.csv"},
                new String[] {"pun", "pun/money.json"});
        for (String[] o : others) ok &= load(out, o[0], data.resolve(o[1]));
        ok &= marders(out, data);
        ok &= seedsEndToEnd(out, shared.resolve("corpus").resolve("seeds"));
        out.println(ok ? "conformance: passed" : "conformance: FAILED");
        return ok ? 0 : 1;
    }

    private boolean kiel(PrintWriter out, Path dir) throws IOException {
        return onFreshLedger(out, "kiel-activities: FAILED: ", app -> {
                ImportResult r = new ImportService(app.ledger(), app.catalog())
                        .importFile("kiel-activities", dir.resolve("bilateral_activities.csv"), "conformance", n -> { });
                out.println(r.message());
                Map<String, DonorsReport.Row> report = new HashMap<>();
                for (DonorsReport.Row row : DonorsReport.compute(app.database().jdbi(), TimeFilter.NOW, EurConversion.EUR_ONLY)) {
                    report.put(row.donorCode() + "|" + row.aidType(), row);
                }
                int cells = 0;
                int matched = 0;
                StringBuilder misses = new StringBuilder();
                try (Reader in = Files.newBufferedReader(dir.resolve("country_summary.csv"), StandardCharsets.UTF_8)) {
                    for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                        String land = rec.get("land");
                        String code = app.catalog().donors().resolve(land).map(d -> d.code()).orElse(null);
                        for (AidType type : AidType.values()) {
                            for (String kind : new String[] {"allocation", "commitment"}) {
                                cells++;
                                BigDecimal expected = new BigDecimal(rec.get(type.code() + "_" + kind)).movePointRight(9);
                                DonorsReport.Row row = code == null ? null : report.get(code + "|" + type);
                                BigDecimal got = row == null ? BigDecimal.ZERO : kind.equals("allocation") ? row.allocationEur() : row.commitmentEur();
                                BigDecimal allowed = expected.abs().multiply(TOLERANCE).max(BigDecimal.ONE);
                                if (got.subtract(expected).abs().compareTo(allowed) <= 0) {
                                    matched++;
                                } else {
                                    misses.append(String.format("  %s %s %s: expected EUR %,.0f, got EUR %,.0f (diff %,.0f)%n    reason: %s%n", land,
                                            type.label(), kind, expected, got, got.subtract(expected),
                                            code == null ? "'" + land + "' is not a known donor" : KNOWN.getOrDefault(code + "|" + type, "not explained")));
                                }
                            }
                        }
                    }
                }
                out.printf("kiel country summary: %d of %d cells match within 0.5%%%n", matched, cells);
                out.print(misses);
                return matched >= REQUIRED_MATCHES;
        });
    }

    private boolean load(PrintWriter out, String format, Path file) throws IOException {
        return onFreshLedger(out, format + " " + file.getFileName() + ": FAILED: ", app -> {
                ImportResult r = new ImportService(app.ledger(), app.catalog()).importFile(format, file, "conformance", n -> { });
                out.println(r.message());
                Map<String, Integer> counts = app.database().jdbi().withHandle(h -> {
                    Map<String, Integer> m = new java.util.LinkedHashMap<>();
                    for (String t : new String[] {"observation", "pledge", "pledge_line", "ledger_entry", "source"}) {
                        m.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Integer.class).one());
                    }
                    return m;
                });
                out.println("  rows written: " + counts);
                return true;
        });
    }

    /**
     * The issue's own example, on the real files: German Marders as Kiel, Oryx, SIPRI and the volunteer tracker give
     * them (165; 100; 90 delivered of 120 ordered; 145 as the sum of its increments), all in one reconciliation.
     */
    private boolean marders(PrintWriter out, Path data) throws IOException {
        return onFreshLedger(out, "reconciliation Germany x Marder: FAILED: ", app -> {
                ImportService imports = new ImportService(app.ledger(), app.catalog());
                imports.importFile("kiel-weapons", data.resolve("kiel-web/weapons.csv"), "conformance", n -> { });
                imports.importFile("oryx", data.resolve("oryx/donated_vehicles.csv"), "conformance", n -> { });
                imports.importFile("sipri", data.resolve("sipri/sipri_trade_register_recipient_ukraine.csv"), "conformance", n -> { });
                imports.importFile("pun", data.resolve("pun/heavy_weapon_commits_derived.csv"), "conformance", n -> { });
                var rows = app.reports().reconciliation(TimeFilter.NOW, Audience.EVERYTHING, "Germany", "Marder").records();
                List<String> expected = List.of("kiel-weapons pledged 165", "oryx pledged 100", "sipri ordered 120", "sipri delivered 90",
                        "pun pledged 145 (TOTAL of 8 increments)");
                List<String> found = new java.util.ArrayList<>();
                for (var r : rows) {
                    String basis = String.valueOf(r.get("basis"));
                    if (!basis.startsWith("observation: ")) continue;
                    if (basis.equals("observation: pun") && !String.valueOf(r.get("what")).startsWith("TOTAL")) continue;
                    found.add(basis.substring(13) + " " + r.get("measure") + " " + r.get("quantity")
                            + (String.valueOf(r.get("what")).startsWith("TOTAL") ? " (" + r.get("what") + ")" : ""));
                }
                boolean ok = found.containsAll(expected);
                out.println("reconciliation Germany x Marder: " + String.join("; ", found) + (ok ? "" : "  -- expected " + expected));
                return ok;
        });
    }

    /**
     * From news to ledger on the founding texts: ingest the five seeds, accept every claim as read, and find the seeds'
     * pledges in the ledger with their words as quotes, and their totals reported beside the computed share.
     */
    private boolean seedsEndToEnd(PrintWriter out, Path seeds) throws IOException {
        return onFreshLedger(out, "seeds end to end: FAILED: ", app -> {
                var ingest = new org.ramstein.extract.IngestService(org.ramstein.extract.ExtractService.bundled(), app.review());
                ingest.ingest(List.of(seeds), org.ramstein.extract.IngestService.Origin.NONE, "conformance");
                int accepted = 0;
                for (var claim : app.review().queue(true, 1000, Audience.EVERYTHING)) {
                    try {
                        app.review().accept(claim.id(), null, null, "conformance");
                        accepted++;
                    } catch (DomainException e) {
                        out.println("  not accepted as read (a reviewer would edit it): " + claim.draft().kind() + " '" + claim.draft().evidence()
                                + "': " + RamsteinCli.describe(e).replace(System.lineSeparator(), " "));
                    }
                }
                List<String> found = app.database().jdbi().withHandle(h -> h.createQuery("SELECT p.donor_code || ' ' || COALESCE(l.item_id, l.category) "
                        + "|| ' ' || COALESCE(CAST(l.quantity AS TEXT), CAST(l.value_cents / 100 AS TEXT) || ' ' || l.value_currency, 'unspecified') "
                        + "|| ' ' || l.qualifier FROM pledge p JOIN pledge_line l ON l.pledge_id = p.id "
                        + "WHERE EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'pledge' AND c.subject_id = p.id AND c.quote IS NOT NULL) "
                        + "ORDER BY 1").mapTo(String.class).list());
                List<String> expected = List.of("DEU marder-1a3 40 exact", "USA m2-bradley 50 exact", "FRA amx-10-rc unspecified unspecified",
                        "GBR challenger-2 unspecified unspecified", "USA patriot unspecified unspecified", "USA funding 2000000000 USD unspecified", "NATO funding 1000000000 USD unspecified");
                String reported = app.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "category", null, null).records().stream()
                        .map(r -> String.valueOf(r.get("reported"))).filter(s -> !s.isBlank()).reduce((a, b) -> a + "; " + b).orElse("");
                boolean ok = found.containsAll(expected) && reported.contains("230") && reported.contains("98");
                out.printf("seeds end to end: %d claims accepted; pledges with their quotes: %s%n  reported beside the computed share: %s%s%n",
                        accepted, found, reported, ok ? "" : "  -- expected " + expected + " and the 230 tanks / 98% aggregates");
                return ok;
        });
    }

    /** A check on a fresh embedded ledger of its own, removed afterwards; a domain failure is printed as the check's failure. */
    private static boolean onFreshLedger(PrintWriter out, String failedLabel, LedgerCheck check) throws IOException {
        Path tmp = Files.createTempDirectory("ramstein-conformance-");
        try (App app = App.open("jdbc:sqlite:" + tmp.resolve("ledger.db"))) {
            return check.run(app);
        } catch (DomainException e) {
            out.println(failedLabel + RamsteinCli.describe(e));
            return false;
        } finally {
            delete(tmp);
        }
    }

    @FunctionalInterface
    private interface LedgerCheck {
        boolean run(App app) throws IOException;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
