package org.ramstein.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.DatePrecision;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.Observation;

/**
 * SIPRI Arms Transfers trade register rows: two observations per deal, ordered (number ordered, year of order) and
 * delivered (number delivered, last year of delivery). The blank-named columns are SIPRI's uncertainty flags: a '?'
 * makes the figure "about". Columns are read by position because those flags share one (blank) name.
 */
public final class SipriImporter implements Importer {

    private static final List<String> HEADER = List.of("Recipient", "Supplier", "Year of order", "", "Number ordered", "",
            "Weapon designation", "Weapon description", "Number delivered", "", "Year(s) of delivery", "status", "Comments");

    @Override
    public String format() {
        return "sipri";
    }

    @Override
    public String description() {
        return "SIPRI trade register, recipient Ukraine: observations ordered and delivered";
    }

    @Override
    public String publisher() {
        return "Stockholm International Peace Research Institute (SIPRI) — Arms Transfers Database";
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        Tables.Table t = Tables.csv(file);
        for (int i = 0; i < HEADER.size(); i++) {
            String found = i < t.header().size() ? t.header().get(i) : "(none)";
            if (!found.equals(HEADER.get(i))) {
                throw new ValidationException(t.fileName(), "column " + (i + 1) + " should be '" + HEADER.get(i) + "' but is '" + found + "'");
            }
        }
        // rename the flag columns so that each has its own name
        List<String> names = new ArrayList<>(t.header());
        names.set(3, "order year flag");
        names.set(5, "ordered flag");
        names.set(9, "delivered flag");
        java.util.Map<String, Integer> cols = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) cols.putIfAbsent(names.get(i), i);
        List<Row> rows = t.rows().stream().map(r -> new Row(r.fileName(), r.number(), cols, r.cells())).toList();
        return ObservationRows.load(ctx, new Tables.Table(t.fileName(), names, rows), r -> parse(ctx, r));
    }

    private static List<Observation> parse(ImportContext ctx, Row r) {
        String recipient = r.text("Recipient");
        if (!recipient.equalsIgnoreCase("Ukraine")) {
            ctx.skip("recipient " + recipient + ", not Ukraine");
            return List.of();
        }
        String supplier = r.required("Supplier");
        Donor donor = ctx.donors().resolve(supplier)
                .orElseThrow(() -> r.error("Supplier", "'" + supplier + "' is not a known donor (add it to reference/donors.csv)"));
        String designation = r.required("Weapon designation");
        CatalogItem item = ObservationRows.item(ctx, designation);
        String category = item != null ? item.category() : Parsers.code(r.text("Weapon description"));
        Integer orderYear = r.year("Year of order");
        Long ordered = r.count("Number ordered");
        Long delivered = r.count("Number delivered");
        Integer lastDelivery = null;
        for (String y : r.text("Year(s) of delivery").split(";")) {
            Integer year = Parsers.year(y, r.field("Year(s) of delivery"));
            if (year != null && (lastDelivery == null || year > lastDelivery)) lastDelivery = year;
        }
        String status = (r.text("status") + "; " + r.text("Comments")).replaceAll("^; |; $", "");
        if (r.text("order year flag").equals("?")) status = "year of order uncertain; " + status;
        String id = ctx.rowId(r.number());
        List<Observation> out = new ArrayList<>();
        out.add(new Observation(id + ".ordered", "sipri", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(), supplier,
                item == null ? null : item.id(), designation, category, Observation.ORDERED,
                quantity(ordered, r.text("ordered flag")), "units", null, null, year(orderYear), status, null, null, ctx.recordedAt()));
        out.add(new Observation(id + ".delivered", "sipri", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(), supplier,
                item == null ? null : item.id(), designation, category, Observation.DELIVERED,
                quantity(delivered, r.text("delivered flag")), "units", null, null, year(lastDelivery), status, null, null, ctx.recordedAt()));
        return out;
    }

    private static Quantity quantity(Long n, String flag) {
        if (n == null) return Quantity.UNSPECIFIED;
        return new Quantity(n, null, flag.equals("?") ? Qualifier.ABOUT : Qualifier.EXACT);
    }

    private static FuzzyDate year(Integer y) {
        return y == null ? FuzzyDate.UNKNOWN : new FuzzyDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR);
    }
}
