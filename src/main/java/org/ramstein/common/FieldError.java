package org.ramstein.common;

/** One bad field (or row, or line) of an input, and why. {@code field} uses JSON-pointer-ish paths: "lines[2].quantity". */
public record FieldError(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
