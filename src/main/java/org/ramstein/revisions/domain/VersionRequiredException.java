package org.ramstein.revisions.domain;

import java.util.List;
import org.ramstein.common.DomainException;
import org.ramstein.common.FieldError;

/**
 * A change to an existing subject that did not say which version of it the writer read. Nothing was written. Carries
 * the current version and its latest revision, for a page that shows the subject as it stands and asks again.
 */
public final class VersionRequiredException extends DomainException {
    /** The field the version travels in (the If-Match header carries the same, as an entity tag). */
    public static final String FIELD = "version";

    private final Subject subject;
    private final long current;
    private final Revision latest;

    public VersionRequiredException(Subject subject, long current, Revision latest) {
        super("nothing was recorded: a change to " + subject.label() + " must say which version of it was read "
                + "(the If-Match header, or the field \"version\")");
        this.subject = subject;
        this.current = current;
        this.latest = latest;
    }

    public Subject subject() {
        return subject;
    }

    public long currentVersion() {
        return current;
    }

    /** The subject's latest revision, or null when none is stored (a posting at its version 1). */
    public Revision latest() {
        return latest;
    }

    public List<FieldError> errors() {
        return List.of(new FieldError(FIELD, "is required: the version of " + subject.label()
                + " this change was made on (If-Match: \"<version>\", or \"version\": <version>)"));
    }

    @Override
    public int status() {
        return 428;
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
