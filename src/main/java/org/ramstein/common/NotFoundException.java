package org.ramstein.common;

public final class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' does not exist");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
