package io.databridge.odm.api.store;

import io.databridge.odm.api.options.OperationOptions;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every store operation runs under: its acknowledgement and read options, and the transaction it belongs to.
 *
 * @param options the write concern, read concern and read preference ({@code null} members inherit the client's)
 * @param session the transaction, or {@code null} outside one
 */
public record StoreContext(OperationOptions options, @Nullable StoreSession session) {

    /** The client's defaults, outside any transaction. */
    public static final StoreContext DEFAULT = new StoreContext(OperationOptions.INHERIT, null);

    /**
     * Validates.
     *
     * @param options not null
     * @param session any
     */
    public StoreContext {
        Objects.requireNonNull(options, "options");
    }
}
