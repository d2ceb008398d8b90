package org.ramstein.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.DatePrecision;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.NeedStatus;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.sources.domain.SourceKind;

/**
 * The exchange format's picture of the schema: every table and every column of V1__ledger.sql, in the order they are
 * written (parents first, so foreign keys hold while a file is restored). Kept by hand rather than read from the
 * database's catalogue because the file format is a contract of its own: a column added to the schema must be added
 * here deliberately, with a new {@link #VERSION} when old files can no longer be read.
 */
public final class ExchangeTables {

    /** Written into every manifest; a file of another version is refused rather than half-understood. */
    public static final String VERSION = "1";
    public static final String FORMAT = "ramstein";

    public enum Type { TEXT, INT, BIGINT, DATE }

    /** One column: its name, type, whether NOT NULL, and (for enumerated codes) the exact codes it may hold. */
    public record Column(String name, Type type, boolean required, Set<String> codes) {
        boolean numeric() {
            return type == Type.INT || type == Type.BIGINT;
        }
    }

    /**
     * One table. {@code identity}: the key is a database-generated BIGINT that must be restored as it was (other rows
     * point at it). {@code selfReference}: a column pointing at this table's own key, so rows are exported parents first.
     * {@code reference}: dictionary data that is upserted on restore instead of refused when present.
     */
    public record Table(String name, List<Column> columns, boolean identity, String selfReference, boolean reference) {
        public String key() {
            return columns.get(0).name();
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    public static final List<Table> ALL = List.of(
            table("donor", false, null, true, "code T!", "name T!", "kind T!", "iso2 T", "aliases T!"),
            table("catalog_item", false, null, true, "id T!", "name T!", "category T!", "coalition T", "origin T", "aliases T!",
                    "unit_price_eur L", "unit_price_source T", "verified I!", "notes T"),
            table("meeting", false, null, false, "id T!", "held_on D!", "place T!", "title T!", "format T!", "recorded_at L!",
                    "recorded_by T"),
            table("import_batch", false, null, false, "id T!", "format T!", "file_name T!", "sha256 T!", "row_count I!",
                    "recorded_at L!", "recorded_by T"),
            table("source", false, null, false, "id T!", "kind T!" + codes(SourceKind.class), "title T", "publisher T", "url T",
                    "published_on D", "content_hash T", "entered_by T", "batch_id T", "recorded_at L!"),
            table("citation", true, null, false, "id L!", "source_id T!", "subject_type T!", "subject_id T!", "quote T", "locator T",
                    "recorded_at L!"),
            table("pledge", false, "supersedes_id", false, "id T!", "donor_code T!", "aid_type T!" + codes(AidType.class), "title T",
                    "announced_on D", "announced_precision T!" + codes(DatePrecision.class), "meeting_id T",
                    "visibility T!" + codes(Visibility.class), "supersedes_id T", "batch_id T", "source_row I", "recorded_at L!",
                    "recorded_by T"),
            table("pledge_line", false, "supersedes_id", false, "id T!", "pledge_id T!", "line_no I!", "item_id T", "item_text T",
                    "category T!", "qualifier T!" + codes(Qualifier.class), "quantity L", "quantity_max L", "value_cents L",
                    "value_currency T", "funding_route T!" + codes(FundingRoute.class), "supersedes_id T", "batch_id T",
                    "source_row I", "recorded_at L!", "recorded_by T"),
            table("ledger_entry", true, null, false, "id L!", "kind T!" + codes(EntryKind.class), "pledge_id T!", "line_id T!",
                    "donor_code T!", "aid_type T!" + codes(AidType.class), "item_id T", "category T!",
                    "qualifier T!" + codes(Qualifier.class), "quantity L", "quantity_max L", "amount_cents L", "currency T",
                    "happened_on D", "happened_precision T!" + codes(DatePrecision.class), "route T",
                    "visibility T!" + codes(Visibility.class), "reverses_id L", "note T", "batch_id T", "source_row I",
                    "recorded_at L!", "recorded_by T"),
            table("pledge_link", true, null, false, "id L!", "pledge_id T!", "same_as_id T!", "reason T!", "recorded_at L!",
                    "recorded_by T"),
            table("retraction", true, null, false, "id L!", "subject_type T!", "subject_id T!", "reason T!", "recorded_at L!",
                    "recorded_by T"),
            table("need", false, "supersedes_id", false, "id T!", "capability T!", "item_id T", "category T", "description T!",
                    "qualifier T!" + codes(Qualifier.class), "quantity L", "quantity_max L", "priority I!", "needed_by D",
                    "stated_on D", "stated_precision T!" + codes(DatePrecision.class), "visibility T!" + codes(Visibility.class),
                    "supersedes_id T", "recorded_at L!", "recorded_by T"),
            table("need_status", true, null, false, "id L!", "need_id T!", "status T!" + codes(NeedStatus.class), "changed_on D",
                    "note T", "recorded_at L!", "recorded_by T"),
            table("observation", false, null, false, "id T!", "dataset T!", "source_id T", "batch_id T", "source_row I",
                    "donor_code T", "donor_text T", "item_id T", "item_text T", "category T", "measure T!",
                    "qualifier T!" + codes(Qualifier.class), "quantity L", "quantity_max L", "unit T", "amount_cents L",
                    "currency T", "observed_on D", "observed_precision T!" + codes(DatePrecision.class), "status_text T", "url T",
                    "quote T", "recorded_at L!"));

    private ExchangeTables() {
    }

    public static Table byName(String name) {
        for (Table t : ALL) if (t.name().equals(name)) return t;
        return null;
    }

    private static <E extends Enum<E>> String codes(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) sb.append(sb.isEmpty() ? " " : ",").append(Codes.of(e));
        return sb.toString();
    }

    /** Column specs read "name T!" (T text, I int, L bigint, D ISO date; ! not null), then optional comma-separated codes. */
    private static Table table(String name, boolean identity, String selfReference, boolean reference, String... specs) {
        List<Column> cols = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(" ");
            String flags = parts[1];
            Type type = switch (flags.charAt(0)) {
                case 'T' -> Type.TEXT;
                case 'I' -> Type.INT;
                case 'L' -> Type.BIGINT;
                case 'D' -> Type.DATE;
                default -> throw new IllegalArgumentException(spec);
            };
            Set<String> codes = parts.length > 2 ? new LinkedHashSet<>(Arrays.asList(parts[2].split(","))) : null;
            cols.add(new Column(parts[0], type, flags.endsWith("!"), codes));
        }
        return new Table(name, List.copyOf(cols), identity, selfReference, reference);
    }
}
