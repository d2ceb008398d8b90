package org.ramstein.importers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.sources.domain.Observation;

/** The shared shape of the observation importers: check every row first, then write all or nothing. */
final class ObservationRows {
    private ObservationRows() {
    }

    /** Each row gives zero or more observations (zero when it is deliberately left out, reported via ctx.skip). */
    static int load(ImportContext ctx, Tables.Table table, Function<Row, List<Observation>> parse) {
        List<Observation> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Row r : table.rows()) {
            try {
                out.addAll(parse.apply(r));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Tables.throwIfAny(errors);
        ctx.begin(table.rows().size());
        int n = 0;
        for (Observation o : out) {
            ctx.writer().observation(o);
            ctx.written(++n);
        }
        return table.rows().size();
    }

    /** The catalogue entry a source's name resolves to, trying the name without stray quotes as well. */
    static CatalogItem item(ImportContext ctx, String name) {
        if (name == null || name.isBlank()) return null;
        String cleaned = clean(name);
        // "MiG-29AS/UBS": a name listing variants resolves by its first one
        String first = cleaned.contains("/") ? cleaned.substring(0, cleaned.indexOf('/')) : cleaned;
        return ctx.catalog().resolve(name).or(() -> ctx.catalog().resolve(cleaned)).or(() -> ctx.catalog().resolve(first))
                .or(() -> ctx.catalog().findIn(cleaned)).orElse(null);
    }

    /** Oryx writes "MiG-29AS'/UBS'" and "''Unmanned Aerial Vehicles''": quotes around names or name parts are noise. */
    static String clean(String name) {
        return name.trim().replaceAll("^['\"]+|['\"]+$", "").replaceAll("['\"]+(?=/|$)", "").replaceAll("(?<=/)['\"]+", "").trim();
    }
}
