package org.ramstein.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors so that one answer names every bad field, not just the first. */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();
    private final String prefix;

    public Validation() {
        this("");
    }

    private Validation(String prefix) {
        this.prefix = prefix;
    }

    public Validation require(boolean ok, String field, String message) {
        if (!ok) errors.add(new FieldError(prefix + field, message));
        return this;
    }

    public Validation add(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
        return this;
    }

    public void addAll(String fieldPrefix, List<FieldError> nested) {
        for (FieldError e : nested) errors.add(new FieldError(prefix + fieldPrefix + e.field(), e.message()));
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}
