package io.databridge.odm.mapping.internal.access;

import java.io.Serial;

/** A component, field or constructor cannot be accessed; the message says what to open to whom. */
public final class AccessException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what cannot be accessed and what to open
     * @param cause the reflective failure
     */
    public AccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
