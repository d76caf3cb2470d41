package io.databridge.odm.api.store;

/**
 * A store's handle on one transaction, issued by {@link DocumentStore#inTransaction} and valid only inside it. Passed
 * back to the store with every operation of the transaction (in a {@link StoreContext}); opaque to everyone else.
 */
public interface StoreSession {

    /**
     * Tells whether the transaction can still take operations.
     *
     * @return {@code false} once the transaction committed or aborted
     */
    boolean active();
}
