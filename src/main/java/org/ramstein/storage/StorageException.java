package org.ramstein.storage;

/** A database failure that is not the user's doing (or a constraint the services should have caught first). */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
