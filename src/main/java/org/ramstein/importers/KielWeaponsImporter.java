package org.ramstein.importers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.domain.Observation;

/**
 * The Kiel tracker's heavy-weapons table (weapons.csv: donor, category, number_of_weapons, monetary_value_eur,
 * weapons_list such as "infantry fighting vehicle MARDER (165); M80A infantry fighting vehicle (30)"). Observations of
 * what Kiel counts as committed: one per weapon named in the list (its system found in the catalogue where the name
 * contains one), plus the row's own category total with its value. When Kiel's release_info.csv lies beside the file,
 * the figures are dated to the release's data period; otherwise their date is unknown.
 */
public final class KielWeaponsImporter implements Importer {
    private static final Pattern WEAPON = Pattern.compile("^(.*?)\\s*\\((\\d[\\d,]*)\\)\\s*$");
    private static final Pattern PERIOD = Pattern.compile("(\\d{2})/(\\d{4})");

    @Override
    public String format() {
        return "kiel-weapons";
    }

    @Override
    public String description() {
        return "Kiel tracker heavy weapons by donor and category (weapons.csv): observations of weapons committed";
    }

    @Override
    public String publisher() {
        return "Kiel Institute for the World Economy — Ukraine Support Tracker";
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        Tables.Table table = Tables.csv(file);
        table.require("donor", "category", "number_of_weapons", "monetary_value_eur", "weapons_list");
        Release release = release(file.resolveSibling("release_info.csv"));
        return ObservationRows.load(ctx, table, r -> parse(ctx, r, release));
    }

    /** The release a file belongs to: its label and the month its data run through. */
    record Release(String label, FuzzyDate through) {
        static final Release UNKNOWN = new Release(null, FuzzyDate.UNKNOWN);
    }

    static Release release(Path info) throws IOException {
        if (!Files.isRegularFile(info)) return Release.UNKNOWN;
        Tables.Table t = Tables.csv(info);
        if (!t.header().contains("period") || t.rows().isEmpty()) return Release.UNKNOWN;
        Row first = t.rows().get(0);
        Matcher m = PERIOD.matcher(first.text("period"));
        FuzzyDate through;
        try {
            through = m.find() ? FuzzyDate.parse(m.group(2) + "-" + m.group(1)) : FuzzyDate.UNKNOWN;
        } catch (IllegalArgumentException e) {
            throw first.error("period", "'" + first.text("period") + "' is not a month (mm/yyyy)");
        }
        String label = t.header().contains("label") ? first.textOrNull("label") : null;
        return new Release(label, through);
    }

    private static List<Observation> parse(ImportContext ctx, Row r, Release release) {
        String country = r.required("donor");
        Donor donor = ctx.donors().resolve(country).orElse(null);
        if (donor == null) throw r.error("donor", "'" + country + "' is not a known donor (add it to reference/donors.csv)");
        String kielCategory = r.required("category");
        Long count = r.count("number_of_weapons");
        BigDecimal value = r.decimal("monetary_value_eur");
        if (value != null && value.signum() < 0) throw r.error("monetary_value_eur", "'" + r.text("monetary_value_eur") + "' is negative");
        String status = release.label();
        List<Observation> out = new ArrayList<>();
        out.add(new Observation(ctx.rowId(r.number()), "kiel-weapons", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(), country,
                null, kielCategory + " (all)", Parsers.code(kielCategory), Observation.PLEDGED,
                count == null ? Quantity.UNSPECIFIED : Quantity.exact(count), "units",
                value == null ? null : Parsers.cents(value, r.fileName() + ", row " + r.number() + ", column 'monetary_value_eur'"),
                value == null ? null : "EUR", release.through(), status, null, null, ctx.recordedAt()));
        int n = 0;
        for (String part : r.text("weapons_list").split(";")) {
            String weapon = part.trim();
            if (weapon.isEmpty()) continue;
            n++;
            Matcher m = WEAPON.matcher(weapon);
            String name = m.matches() ? m.group(1).trim() : weapon;
            Quantity quantity;
            try {
                quantity = m.matches() ? Quantity.exact(Long.parseLong(m.group(2).replace(",", ""))) : Quantity.UNSPECIFIED;
            } catch (NumberFormatException e) {
                throw r.error("weapons_list", "'" + weapon + "': the count is out of range");
            }
            CatalogItem item = ctx.catalog().findIn(name).orElse(null);
            out.add(new Observation(ctx.rowId(r.number()) + "." + n, "kiel-weapons", ctx.sourceId(), ctx.batchId(), r.number(), donor.code(),
                    country, item == null ? null : item.id(), name, item != null ? item.category() : Parsers.code(kielCategory),
                    Observation.PLEDGED, quantity, "units", null, null, release.through(), status, null, weapon, ctx.recordedAt()));
        }
        return out;
    }
}
