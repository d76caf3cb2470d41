package io.databridge.odm.api.result;

import java.util.Objects;
import java.util.Set;

/**
 * Why a bulk write stopped before the server answered for every document: a lost connection, a timeout, a command
 * error. Documents that were on the wire at that moment are {@link PositionStatus#UNKNOWN}.
 *
 * @param message what went wrong, from the driver or server
 * @param errorLabels the server's or driver's error labels (for example {@code RetryableWriteError}); may be empty
 * @param cause the underlying exception, for logs
 */
public record Interruption(String message, Set<String> errorLabels, Throwable cause) {

    /**
     * Creates an interruption.
     *
     * @param message what went wrong, must not be {@code null}
     * @param errorLabels the labels, must not be {@code null}; copied
     * @param cause the underlying exception, must not be {@code null}
     */
    public Interruption {
        Objects.requireNonNull(message, "message");
        errorLabels = Set.copyOf(errorLabels);
        Objects.requireNonNull(cause, "cause");
    }
}
