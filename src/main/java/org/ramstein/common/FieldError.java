package org.ramstein.common;

/** One bad field (or row, or line) of an input, and why. {@code field} uses JSON-pointer-ish paths: "lines[2].quantity". */
public record FieldError(String field, String message) {
    /** "a: why; b: why" — several errors as one sentence for a message. */
    public static String join(java.util.List<FieldError> errors) {
        StringBuilder sb = new StringBuilder();
        for (FieldError e : errors) {
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(e);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
