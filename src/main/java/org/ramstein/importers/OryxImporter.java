package org.ramstein.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.Observation;

/**
 * Oryx "Answering the call" scrape (donated_vehicles.csv): observations only, compared with the ledger by
 * reconciliation. count 0 means Oryx gives no number (unspecified); supplier NONE means Oryx names no state donor
 * (commercial or crowd-funded purchases), kept without a donor; rows of supplies to Russia are left out, not being aid
 * to Ukraine; "Ringtausch" swap rows keep their donor and say so in the status.
 */
public final class OryxImporter implements Importer {

    @Override
    public String format() {
        return "oryx";
    }

    @Override
    public String description() {
        return "Oryx list of heavy weapons supplied to Ukraine (donated_vehicles.csv): observations pledged/delivered";
    }

    @Override
    public String publisher() {
        return "Oryx (scrape by ua-ru-losses-scraper)";
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        Tables.Table table = Tables.csv(file);
        table.require("vehicle_name", "vehicle_type", "supplier", "recipient", "count", "is_delivered", "proof");
        return ObservationRows.load(ctx, table, r -> parse(ctx, r));
    }

    private static List<Observation> parse(ImportContext ctx, Row r) {
        String recipient = r.text("recipient");
        if (!recipient.isEmpty() && !recipient.equalsIgnoreCase("Ukraine")) {
            ctx.skip("supplied to " + recipient + ", not aid to Ukraine");
            return List.of();
        }
        String name = r.required("vehicle_name");
        String supplier = r.text("supplier");
        boolean ringtausch = (name + " " + supplier).toLowerCase(Locale.ROOT).contains("ringtausch");
        Donor donor = null;
        String status = null;
        if (supplier.equalsIgnoreCase("NONE") || supplier.isEmpty()) {
            status = "Oryx names no supplying state";
        } else {
            String stripped = supplier.replaceAll("(?i)\\(?ringtausch\\)?", "").trim();
            donor = ctx.donors().resolve(stripped).orElse(null);
            if (donor == null) throw r.error("supplier", "'" + supplier + "' is not a known donor (add it to reference/donors.csv)");
        }
        if (ringtausch) status = "Ringtausch: swap deal (replacement for equipment another country gave)";
        Long count = r.count("count");
        boolean delivered = r.bool("is_delivered");
        CatalogItem item = ringtausch ? null : ObservationRows.item(ctx, name);
        String category = item != null ? item.category() : Parsers.code(r.text("vehicle_type"));
        String url = r.textOrNull("proof");
        return List.of(new Observation(ctx.rowId(r.number()), "oryx", ctx.sourceId(), ctx.batchId(), r.number(),
                donor == null ? null : donor.code(), supplier, item == null ? null : item.id(), ObservationRows.clean(name), category,
                delivered ? Observation.DELIVERED : Observation.PLEDGED,
                count == null || count == 0 ? Quantity.UNSPECIFIED : Quantity.exact(count), "units", null, null, FuzzyDate.UNKNOWN,
                status, url, null, ctx.recordedAt()));
    }
}
