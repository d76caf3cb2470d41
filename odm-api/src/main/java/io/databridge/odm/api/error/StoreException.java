package io.databridge.odm.api.error;

import java.io.Serial;
import java.util.Set;

/**
 * The database could not be reached or refused a command for a reason that is not one document's fault: a lost
 * connection, a timeout, an authentication or server error. Carries the error labels the driver or server attached
 * (for example {@code RetryableWriteError}), which tell whether a retry is safe.
 */
public final class StoreException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Set<String> errorLabels;

    /**
     * Creates the error.
     *
     * @param message what went wrong and where
     * @param errorLabels labels from the driver or server, may be empty
     * @param cause the underlying exception
     */
    public StoreException(String message, Set<String> errorLabels, Throwable cause) {
        super(message, cause);
        this.errorLabels = Set.copyOf(errorLabels);
    }

    /**
     * Creates the error of a command the server refused, without a driver exception behind it.
     *
     * @param message what was refused, where and the server's code and message
     */
    public StoreException(String message) {
        super(message);
        this.errorLabels = Set.of();
    }

    /**
     * Returns the error labels.
     *
     * @return the labels, possibly empty
     */
    public Set<String> errorLabels() {
        return errorLabels;
    }

    /**
     * Tells whether a label is present.
     *
     * @param label e.g. {@code RetryableWriteError}
     * @return {@code true} if the error carries it
     */
    public boolean hasErrorLabel(String label) {
        return errorLabels.contains(label);
    }
}
