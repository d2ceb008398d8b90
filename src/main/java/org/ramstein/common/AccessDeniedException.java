package org.ramstein.common;

/**
 * A request its sender may not make: 401 when nobody is signed in (or the credentials are wrong), 403 when the
 * signed-in user's role or donor does not allow it, 429 when too many sign-ins have failed.
 */
public final class AccessDeniedException extends DomainException {
    private final int status;
    private final String title;
    private final long retryAfterSeconds;

    private AccessDeniedException(int status, String title, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static AccessDeniedException signInRequired(String message) {
        return new AccessDeniedException(401, "Sign-in required", message, 0);
    }

    public static AccessDeniedException forbidden(String message) {
        return new AccessDeniedException(403, "Forbidden", message, 0);
    }

    public static AccessDeniedException tooManyAttempts(String message, long retryAfterSeconds) {
        return new AccessDeniedException(429, "Too many failed sign-ins", message, retryAfterSeconds);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    /** Seconds to wait before trying again (429 only), else 0. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
