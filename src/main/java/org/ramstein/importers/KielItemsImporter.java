package org.ramstein.importers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.Observation;

/**
 * Kiel item-level rows (the "delivery" sheet of allocations_delivery.xlsx, its raw CSV export, or the repaired CSV).
 * They become OBSERVATIONS, not pledges: the money facts for Kiel come from the sub-activity rows of a later release
 * (kiel-activities), and writing these item rows as pledges too would count the same aid twice in every total. Here
 * they give reconciliation Kiel's item counts beside the ledger's.
 * Placeholders ("undisclosed", "#N/A", "NULL", ".") are unspecified quantities and unknown values; eur_value 0 is
 * unknown too (Kiel books an activity's value on one of its rows). A fractional unit count is Kiel's per-row split
 * of a total and is kept as "about" the rounded figure.
 */
public final class KielItemsImporter implements Importer {

    /** Kiel's item sub-types in the catalogue's category vocabulary, where one fits. */
    private static final Map<String, String> SUBTYPE_CATEGORY = Map.ofEntries(
            Map.entry("main battle tank (mbt)", "main_battle_tank"),
            Map.entry("infantry fighting vehicle (ifv)", "infantry_fighting_vehicle"),
            Map.entry("armored personnel carrier (apc)", "armoured_personnel_carrier"),
            Map.entry("armored recovery vehicle (arv)", "armoured_recovery_vehicle"),
            Map.entry("protected patrol vehicle (ppv)", "mrap"),
            Map.entry("vehicle launched bridge (vlb)", "engineering_vehicle"),
            Map.entry("self-propelled anti-aircraft weapon", "spaag"),
            Map.entry("anti-aircraft surface-to-air missile (sam) system (long-range)", "sam_long_range"),
            Map.entry("anti-aircraft surface-to-air missile (sam) system (medium-range)", "sam_medium_range"),
            Map.entry("anti-aircraft surface-to-air missile (sam) system (short-range)", "sam_short_range"),
            Map.entry("anti-aircraft surface-to-air missile (sam) system (point-defense)", "sam_short_range"),
            Map.entry("manpads", "manpads"),
            Map.entry("light anti-armor weapon (law)", "anti_tank_weapon"),
            Map.entry("anti-armor weapon", "anti_tank_weapon"),
            Map.entry("radar or imagery systems", "radar"),
            Map.entry("drone", "uav"),
            Map.entry("unknown drone", "uav"),
            Map.entry("combat aircraft", "fighter_aircraft"),
            Map.entry("mortar", "mortar"),
            Map.entry("122mm mlrs", "mlrs"),
            Map.entry("127mm mlrs", "mlrs"),
            Map.entry("227mm mlrs", "mlrs"),
            Map.entry("anti-ship missle system", "anti_ship_missile"),
            Map.entry("155mm howitzer ammunition", "ammunition_155mm"),
            Map.entry("152mm howitzer ammunition", "ammunition_152mm"),
            Map.entry("122mm howitzer ammunition", "ammunition_122mm"),
            Map.entry("105mm howitzer ammunition", "ammunition_105mm"),
            Map.entry("120mm tank ammunition", "ammunition_tank"),
            Map.entry("105mm tank ammunition", "ammunition_tank"),
            Map.entry("227mm mlrs ammunition", "guided_rocket"),
            Map.entry("loitering munition", "loitering_munition"));

    @Override
    public String format() {
        return "kiel-items";
    }

    @Override
    public String description() {
        return "Kiel item-level rows (allocations_delivery.xlsx sheet 'delivery', or its CSV): observations of units and values";
    }

    @Override
    public String publisher() {
        return "Kiel Institute for the World Economy — Ukraine Support Tracker";
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Tables.Table table = name.endsWith(".xlsx") ? Tables.xlsx(file, "delivery") : Tables.csv(file);
        table.require("Countries", "date", "general_type", "donation_type", "Type of Item", "Sub-type of item", "No of Units",
                "Unit Price in USD", "eur_value");
        return ObservationRows.load(ctx, table, r -> parse(ctx, r));
    }

    private static List<Observation> parse(ImportContext ctx, Row r) {
        String country = r.required("Countries");
        Donor donor = ctx.donors().resolve(country)
                .orElseThrow(() -> r.error("Countries", "'" + country + "' is not a known donor (add it to reference/donors.csv)"));
        LocalDate day = r.date("date");
        String type = r.textOrNull("Type of Item");
        String subType = r.textOrNull("Sub-type of item");
        CatalogItem item = ObservationRows.item(ctx, subType);
        String category = item != null ? item.category() : category(r.text("general_type"), type, subType);
        BigDecimal units = r.decimal("No of Units");
        Quantity quantity = Quantity.UNSPECIFIED;
        if (units != null) {
            if (units.signum() < 0) throw r.error("No of Units", "'" + r.text("No of Units") + "' is negative");
            BigDecimal rounded = units.setScale(0, RoundingMode.HALF_EVEN);
            quantity = new Quantity(rounded.longValueExact(), null, rounded.compareTo(units) == 0 ? Qualifier.EXACT : Qualifier.ABOUT);
        }
        BigDecimal eur = r.decimal("eur_value");
        Long cents = eur == null || eur.signum() == 0 ? null : Parsers.cents(eur, r.field("eur_value"));
        BigDecimal unitPrice = r.decimal("Unit Price in USD");
        String status = r.text("donation_type")
                + (unitPrice == null ? "" : "; unit price USD " + unitPrice.stripTrailingZeros().toPlainString());
        return List.of(new Observation(ctx.rowId(r.number()), "kiel-items", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(), country,
                item == null ? null : item.id(), subType != null ? subType : type, category, Observation.PLEDGED, quantity, "units",
                cents, cents == null ? null : "EUR", day == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(day), status, null, null,
                ctx.recordedAt()));
    }

    private static String category(String generalType, String type, String subType) {
        if (subType != null) {
            String mapped = SUBTYPE_CATEGORY.get(subType.trim().toLowerCase(Locale.ROOT));
            if (mapped != null) return mapped;
        }
        if (type != null) return Parsers.code(type); // Kiel's own type, folded: "Heavy weapon " → heavy_weapon
        return generalType.equalsIgnoreCase("Financial") ? KielActivitiesImporter.FUNDING : Parsers.code(generalType.isBlank() ? "unknown" : generalType);
    }
}
