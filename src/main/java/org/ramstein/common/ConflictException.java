package org.ramstein.common;

/** A write that contradicts what is stored (a stale version, a correction of a correction already reversed...). */
public final class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
