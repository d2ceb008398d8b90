package org.ramstein.common;

/** Base of the errors a user can cause and understand; mapped to problem+json in one place (web) and to a message (cli). */
public abstract class DomainException extends RuntimeException {
    protected DomainException(String message) {
        super(message);
    }

    /** HTTP status this kind of error maps to. */
    public abstract int status();

    /** Short, stable title of the problem type. */
    public abstract String title();
}
