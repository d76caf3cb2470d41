package io.databridge.odm.api.store;

import io.databridge.odm.api.value.DocumentValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A find, in stored terms: the documents are already rendered (stored names, operators, converted values).
 *
 * @param collection the collection
 * @param filter the filter document (empty for all)
 * @param sort the sort document, or {@code null}
 * @param projection the projection document, or {@code null} for whole documents
 * @param skip documents to skip, not negative
 * @param limit the most documents to return, 0 for no limit
 * @param batchSize documents per round trip, 0 for the driver's default
 * @param context options and transaction
 */
public record FindRequest(String collection, DocumentValue filter, @Nullable DocumentValue sort,
        @Nullable DocumentValue projection, int skip, int limit, int batchSize, StoreContext context) {

    /**
     * Validates.
     *
     * @param collection not empty
     * @param filter not null
     * @param sort any
     * @param projection any
     * @param skip not negative
     * @param limit not negative
     * @param batchSize not negative
     * @param context not null
     */
    public FindRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(filter, "filter");
        if (skip < 0 || limit < 0 || batchSize < 0) {
            throw new IllegalArgumentException("skip, limit and batch size must not be negative");
        }
    }
}
