package org.ramstein.sources.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.common.FieldError;

/**
 * A citation as a writer gives it: either an existing source by id, or a new source described inline; with the
 * exact quote that supports the figure (or a locator such as "row 17" for a dataset).
 */
public record SourceRef(
        String sourceId,
        SourceKind kind,
        String title,
        String publisher,
        String url,
        LocalDate publishedOn,
        String quote,
        String locator) {

    public static SourceRef existing(String sourceId, String quote) {
        return new SourceRef(sourceId, null, null, null, null, null, quote, null);
    }

    public static SourceRef manual(String quote) {
        return new SourceRef(null, SourceKind.MANUAL, "Manual entry", null, null, null, quote, null);
    }

    public boolean isNew() {
        return sourceId == null || sourceId.isBlank();
    }

    /** Field errors relative to this citation. {@code recordedBy} is who writes: manual entries must name someone. */
    public List<FieldError> problems(String recordedBy) {
        List<FieldError> errors = new ArrayList<>();
        if (isNew()) {
            if (kind == null) {
                errors.add(new FieldError("kind", "is required for a new source (web, document, dataset, manual, general_knowledge)"));
            } else if (kind == SourceKind.WEB && (url == null || url.isBlank())) {
                errors.add(new FieldError("url", "is required for a web source"));
            } else if ((kind == SourceKind.DOCUMENT || kind == SourceKind.DATASET) && (title == null || title.isBlank())) {
                errors.add(new FieldError("title", "is required for a " + kind.code() + " source"));
            } else if (kind == SourceKind.MANUAL && (recordedBy == null || recordedBy.isBlank())) {
                errors.add(new FieldError("recordedBy", "a manual entry must say who entered it"));
            }
            if (url != null && !url.isBlank() && !url.matches("(?i)https?://\\S+")) {
                errors.add(new FieldError("url", "must be an http(s) address"));
            }
        }
        if ((kind == SourceKind.WEB || kind == SourceKind.DOCUMENT) && (quote == null || quote.isBlank())) {
            errors.add(new FieldError("quote", "the exact words that support the figure are required"));
        }
        return errors;
    }
}
