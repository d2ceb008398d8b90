package org.ramstein.importers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.PledgeLine;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.Citation;
import org.ramstein.sources.domain.Observation;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;

/**
 * Protect Ukraine Now data. Two files, told apart by name or header: the dated heavy-weapon increments
 * (commits.json / heavy_weapon_commits_derived.csv) become observations with their source URL; the US package list
 * (money.json / us_packages_derived.csv) becomes pledges of the United States in USD, one per package, one line per
 * funding authority: PDA draws on stocks, USAI procures, FMF/other finances procurement. Each package cites its
 * defense.gov announcement (and fact sheet) as web sources.
 */
public final class PunImporter implements Importer {

    static final List<String> COMMITS = List.of("date", "donor_iso2", "category", "system", "quantity", "source_url");
    static final List<String> PACKAGES = List.of("date", "pda_musd", "usai_musd", "fmf_or_other_musd", "col4_unknown",
            "announcement_url", "factsheet_url");

    @Override
    public String format() {
        return "pun";
    }

    @Override
    public String description() {
        return "Protect Ukraine Now: heavy-weapon commitments (commits.json/.csv) as observations, US packages (money.json/us_packages*.csv) as pledges";
    }

    @Override
    public String publisher() {
        return "Protect Ukraine Now — Ukraine Aid Tracker";
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        Boolean packages = name.contains("money") || name.contains("package") ? Boolean.TRUE
                : name.contains("commit") ? Boolean.FALSE : null;
        Tables.Table table;
        if (json) {
            if (packages == null) throw new ValidationException(file.getFileName().toString(),
                    "cannot tell which PUN file this is: name it commits.json or money.json");
            table = Tables.json(file, packages ? PACKAGES : COMMITS);
        } else {
            table = Tables.csv(file);
            if (packages == null) packages = table.header().contains("pda_musd");
            table.require((packages ? PACKAGES : COMMITS).toArray(String[]::new));
        }
        return packages ? loadPackages(ctx, table) : ObservationRows.load(ctx, table, r -> commit(ctx, r));
    }

    private static List<Observation> commit(ImportContext ctx, Row r) {
        String iso2 = r.required("donor_iso2");
        Donor donor = ctx.donors().resolve(iso2)
                .orElseThrow(() -> r.error("donor_iso2", "'" + iso2 + "' is not a known donor code"));
        var day = r.date("date");
        if (day == null) throw r.error("date", "is required");
        String system = r.required("system");
        CatalogItem item = ObservationRows.item(ctx, system);
        BigDecimal q = r.requiredDecimal("quantity");
        long n;
        try {
            n = q.longValueExact();
        } catch (ArithmeticException e) {
            throw r.error("quantity", "'" + r.text("quantity") + "' is not a whole number");
        }
        // a negative increment is PUN correcting an earlier one: kept as said
        return List.of(new Observation(ctx.rowId(r.number()), "pun", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(), iso2,
                item == null ? null : item.id(), system, item != null ? item.category() : Parsers.code(r.text("category")),
                Observation.PLEDGED, new Quantity(n, null, Qualifier.EXACT), Observation.INCREMENT_UNIT, null, null, FuzzyDate.day(day),
                n < 0 ? "negative increment (correction)" : null, r.textOrNull("source_url"), null, ctx.recordedAt()));
    }

    private record Package(Row row, FuzzyDate date, BigDecimal pda, BigDecimal usai, BigDecimal fmf, String url, String factsheet) {
    }

    private static int loadPackages(ImportContext ctx, Tables.Table table) {
        Donor us = ctx.donors().resolve("US").orElseThrow(() -> new ValidationException("donors", "the United States is not in the donor list"));
        List<Package> packages = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Row r : table.rows()) {
            try {
                var day = r.date("date");
                if (day == null) throw r.error("date", "is required");
                BigDecimal pda = amount(r, "pda_musd");
                BigDecimal usai = amount(r, "usai_musd");
                BigDecimal fmf = amount(r, "fmf_or_other_musd");
                String url = r.textOrNull("announcement_url");
                if (url != null && !url.matches("(?i)https?://\\S+")) throw r.error("announcement_url", "'" + url + "' is not an http(s) address");
                String sheet = r.textOrNull("factsheet_url");
                if (sheet != null && !sheet.matches("(?i)https?://\\S+")) throw r.error("factsheet_url", "'" + sheet + "' is not an http(s) address");
                if (pda == null && usai == null && fmf == null) {
                    ctx.skip("no amount stated");
                    continue;
                }
                packages.add(new Package(r, FuzzyDate.day(day), pda, usai, fmf, url, sheet));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Tables.throwIfAny(errors);
        ctx.begin(table.rows().size());
        int n = 0;
        for (Package p : packages) {
            writePackage(ctx, us, p);
            ctx.written(++n);
        }
        return table.rows().size();
    }

    /** The largest package amount, in millions of USD: a trillion dollars, far beyond any package. */
    private static final BigDecimal MAX_MUSD = BigDecimal.valueOf(1_000_000);

    /** An amount in millions of USD, or null when not stated: never negative, never beyond {@link #MAX_MUSD}. */
    private static BigDecimal amount(Row r, String column) {
        BigDecimal v = r.decimal(column);
        if (v != null && v.signum() < 0) throw r.error(column, "a package amount cannot be negative");
        if (v != null && v.compareTo(MAX_MUSD) > 0) {
            throw r.error(column, "'" + r.text(column) + "' million USD is out of range (at most 1,000,000 million)");
        }
        return v;
    }

    private static void writePackage(ImportContext ctx, Donor us, Package p) {
        int row = p.row().number();
        String pledgeId = ctx.rowId(row);
        long now = ctx.recordedAt();
        ctx.writer().pledge(new Pledge(pledgeId, us.code(), AidType.MILITARY, "US security assistance package of " + p.date().display(),
                p.date(), null, Visibility.PUBLIC, null, ctx.batchId(), row, now, ctx.recordedBy()));
        int lineNo = 0;
        lineNo = line(ctx, us, p, pledgeId, lineNo, p.pda(), FundingRoute.STOCKS, "PDA (Presidential Drawdown Authority)");
        lineNo = line(ctx, us, p, pledgeId, lineNo, p.usai(), FundingRoute.PROCUREMENT, "USAI (Ukraine Security Assistance Initiative)");
        line(ctx, us, p, pledgeId, lineNo, p.fmf(), FundingRoute.PROCUREMENT, "FMF or other financing");
        ctx.writer().citation(new Citation(null, ctx.sourceId(), Citation.PLEDGE, pledgeId, null, "row " + row, now));
        for (String url : new String[] {p.url(), p.factsheet()}) {
            if (url == null) continue;
            String sourceId = pledgeId + (url.equals(p.url()) ? ".announcement" : ".factsheet");
            ctx.writer().source(new Source(sourceId, SourceKind.WEB, url.equals(p.url()) ? "US DoD announcement" : "US DoD fact sheet",
                    "U.S. Department of Defense", url, p.date().date(), null, ctx.recordedBy(), ctx.batchId(), now));
            ctx.writer().citation(new Citation(null, sourceId, Citation.PLEDGE, pledgeId, null, null, now));
        }
    }

    private static int line(ImportContext ctx, Donor us, Package p, String pledgeId, int lineNo, BigDecimal millions, FundingRoute route,
                            String authority) {
        if (millions == null) return lineNo;
        int no = lineNo + 1;
        String lineId = pledgeId + "/" + no;
        Money value = new Money(millions.movePointRight(6), "USD");
        int row = p.row().number();
        ctx.writer().line(new PledgeLine(lineId, pledgeId, no, KielActivitiesImporter.FUNDING, authority, KielActivitiesImporter.FUNDING,
                new Quantity(null, null, Qualifier.EXACT), value, route, null, ctx.batchId(), row, ctx.recordedAt(), ctx.recordedBy()));
        ctx.writer().entry(new LedgerEntry(null, EntryKind.COMMITMENT, pledgeId, lineId, us.code(), AidType.MILITARY,
                KielActivitiesImporter.FUNDING, KielActivitiesImporter.FUNDING, new Quantity(null, null, Qualifier.EXACT), value.cents(), "USD",
                p.date(), route.code(), Visibility.PUBLIC, null, authority, ctx.batchId(), row, ctx.recordedAt(), ctx.recordedBy()));
        return no;
    }
}
