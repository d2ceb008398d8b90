package org.ramstein.importers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Kiel Ukraine Support Tracker sub-activity rows (bilateral_activities.csv). These are the ledger's facts for money:
 * each row becomes a pledge with one "funding" line, a commitment posting of the activity value and, for allocation
 * rows, an allocation posting of the redistributed value. Summed that way, the postings give Kiel's own Country
 * Summary. Negative values are Kiel's corrections and are kept as signed postings.
 */
public final class KielActivitiesImporter implements Importer {

    static final String FUNDING = "funding";

    @Override
    public String format() {
        return "kiel-activities";
    }

    @Override
    public String description() {
        return "Kiel Ukraine Support Tracker sub-activities (bilateral_activities.csv): pledges with commitment and allocation postings in EUR";
    }

    @Override
    public String publisher() {
        return "Kiel Institute for the World Economy — Ukraine Support Tracker";
    }

    private record Activity(int row, Donor donor, AidType type, boolean allocation, FuzzyDate date, BigDecimal value,
                            long redistributedCents, long activityCents) {
    }

    @Override
    public int load(ImportContext ctx, Path file) throws IOException {
        Tables.Table table = Tables.csv(file);
        table.require("giver", "dato", "kategori", "maal", "verdi_eur", "verdi_eur_redistr", "verdi_eur_activity");
        List<Activity> activities = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (Row r : table.rows()) {
            try {
                activities.add(parse(ctx, r));
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            }
        }
        Tables.throwIfAny(errors);
        ctx.begin(table.rows().size());
        int n = 0;
        for (Activity a : activities) {
            write(ctx, a);
            ctx.written(++n);
        }
        return table.rows().size();
    }

    private static Activity parse(ImportContext ctx, Row r) {
        List<FieldError> errors = new ArrayList<>();
        Donor donor = null;
        AidType type = null;
        Boolean allocation = null;
        FuzzyDate date = null;
        BigDecimal value = null;
        Long redistr = null;
        Long activity = null;
        String giver = r.text("giver");
        donor = ctx.donors().resolve(giver).orElse(null);
        if (donor == null) errors.add(new FieldError(r.field("giver"), "'" + giver + "' is not a known donor (add it to reference/donors.csv)"));
        type = AidType.fromCode(r.text("kategori"));
        if (type == null) errors.add(new FieldError(r.field("kategori"), "'" + r.text("kategori") + "' is not Military, Financial or Humanitarian"));
        String maal = r.text("maal");
        if (maal.equalsIgnoreCase("Allocation")) allocation = true;
        else if (maal.equalsIgnoreCase("Commitment")) allocation = false;
        else errors.add(new FieldError(r.field("maal"), "'" + maal + "' is not Allocation or Commitment"));
        try {
            LocalDate d = r.date("dato"); // 284 rows of Release 28 have no date: Kiel does not know it
            date = d == null ? FuzzyDate.UNKNOWN : FuzzyDate.day(d);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            value = r.requiredDecimal("verdi_eur");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            redistr = Parsers.cents(r.requiredDecimal("verdi_eur_redistr"), r.field("verdi_eur_redistr"));
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            activity = Parsers.cents(r.requiredDecimal("verdi_eur_activity"), r.field("verdi_eur_activity"));
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return new Activity(r.number(), donor, type, allocation, date, value, redistr, activity);
    }

    private static void write(ImportContext ctx, Activity a) {
        String pledgeId = ctx.rowId(a.row());
        String lineId = pledgeId + "/1";
        long now = ctx.recordedAt();
        String by = ctx.recordedBy();
        ctx.writer().pledge(new Pledge(pledgeId, a.donor().code(), a.type(),
                "Kiel " + (a.allocation() ? "allocation" : "commitment") + ": " + a.type().label() + " aid",
                a.date(), null, Visibility.PUBLIC, null, ctx.batchId(), a.row(), now, by));
        // A sum of money has no count: the qualifier states that the value is exact.
        ctx.writer().line(new PledgeLine(lineId, pledgeId, 1, FUNDING, null, FUNDING, new Quantity(null, null, Qualifier.EXACT),
                new Money(a.value(), "EUR"), FundingRoute.UNKNOWN, null, ctx.batchId(), a.row(), now, by));
        ctx.writer().entry(entry(ctx, a, EntryKind.COMMITMENT, a.activityCents(), pledgeId, lineId));
        if (a.allocation()) ctx.writer().entry(entry(ctx, a, EntryKind.ALLOCATION, a.redistributedCents(), pledgeId, lineId));
        ctx.writer().citation(new Citation(null, ctx.sourceId(), Citation.PLEDGE, pledgeId, null, "row " + a.row(), now));
    }

    private static LedgerEntry entry(ImportContext ctx, Activity a, EntryKind kind, long cents, String pledgeId, String lineId) {
        return new LedgerEntry(null, kind, pledgeId, lineId, a.donor().code(), a.type(), FUNDING, FUNDING,
                new Quantity(null, null, Qualifier.EXACT), cents, "EUR", a.date(), null, Visibility.PUBLIC, null, null,
                ctx.batchId(), a.row(), ctx.recordedAt(), ctx.recordedBy());
    }
}
