package org.ramstein.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.ramstein.common.FieldError;

/**
 * Why a page refused a request (a form sent back with its errors, an error page), kept on the request so that the audit
 * trail can record the outcome in words, as it does from an API's problem document.
 */
public record Refusal(String title, String detail, List<FieldError> errors) {
    private static final String ATTRIBUTE = "ramstein.refusal";

    public Refusal {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static void note(Context ctx, String title, String detail, List<FieldError> errors) {
        ctx.attribute(ATTRIBUTE, new Refusal(title, detail, errors));
    }

    /** What the page said, or null when it refused nothing. */
    public static Refusal of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }
}
