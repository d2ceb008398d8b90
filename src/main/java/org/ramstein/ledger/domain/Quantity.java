package org.ramstein.ledger.domain;

import java.util.ArrayList;
import java.util.List;
import org.ramstein.common.FieldError;

/**
 * A quantity as a source states it. {@code value} is the stated figure (for "up to 40", 40; for "40 to 50", 40),
 * {@code max} only for ranges. An unspecified quantity has no value.
 */
public record Quantity(Long value, Long max, Qualifier qualifier) {

    public static final Quantity UNSPECIFIED = new Quantity(null, null, Qualifier.UNSPECIFIED);

    /** The largest number of anything the ledger's facts take (a trillion): sums of many postings stay within 64 bits. */
    public static final long MAX = 1_000_000_000_000L;

    /** Where a fact's quantity exceeds {@link #MAX} (relative field names); an observation keeps whatever its source said. */
    public List<FieldError> beyondLimit() {
        List<FieldError> errors = new ArrayList<>();
        if (value != null && value > MAX) errors.add(new FieldError("value", "is too large (at most " + String.format("%,d", MAX) + ")"));
        if (max != null && max > MAX) errors.add(new FieldError("max", "is too large (at most " + String.format("%,d", MAX) + ")"));
        return errors;
    }

    public static Quantity exact(long value) {
        return new Quantity(value, null, Qualifier.EXACT);
    }

    public static Quantity of(Long value, Long max, Qualifier qualifier) {
        Quantity q = new Quantity(value, max, qualifier);
        List<FieldError> errors = q.problems();
        if (!errors.isEmpty()) throw new org.ramstein.common.ValidationException(errors);
        return q;
    }

    /** The rules a stated quantity obeys; field names are relative ("value", "max", "qualifier"). */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (qualifier == null) {
            errors.add(new FieldError("qualifier", "is required (" + Codes.allowed(Qualifier.class) + ")"));
            return errors;
        }
        if (value != null && value < 0) errors.add(new FieldError("value", "must not be negative"));
        if (qualifier == Qualifier.UNSPECIFIED && (value != null || max != null)) {
            errors.add(new FieldError("value", "an unspecified quantity has no value"));
        }
        if (qualifier != Qualifier.UNSPECIFIED && value == null) {
            errors.add(new FieldError("value", "is required unless the qualifier is 'unspecified'"));
        }
        if (qualifier == Qualifier.RANGE) {
            if (max == null) errors.add(new FieldError("max", "is required for a range"));
            else if (value != null && max < value) errors.add(new FieldError("max", "must not be below the value"));
        } else if (max != null) {
            errors.add(new FieldError("max", "only a range has a max"));
        }
        return errors;
    }

    /** The figure counted in a ceiling total: the max of a range, else the stated value, else 0. */
    public long ceiling() {
        if (max != null) return max;
        return value == null ? 0 : value;
    }

    /** The figure counted in a floor total: nothing for "up to" or unspecified, the stated value otherwise. */
    public long floor() {
        if (value == null || qualifier == Qualifier.UP_TO) return 0;
        return value;
    }

    /** "up to 40", "40–50", "≈ 40", "more than 40", "40", "unspecified". */
    public String display() {
        return switch (qualifier) {
            case UNSPECIFIED -> "unspecified";
            case EXACT -> String.format("%,d", value);
            case UP_TO -> String.format("up to %,d", value);
            case MORE_THAN -> String.format("more than %,d", value);
            case ABOUT -> String.format("≈ %,d", value);
            case RANGE -> String.format("%,d–%,d", value, max);
        };
    }
}
