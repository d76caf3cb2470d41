package io.databridge.odm.api.store;

import java.util.List;
import java.util.Objects;

/**
 * A bulk write: inserts, replaces, updates and deletes on one collection, sent together.
 *
 * @param collection the collection, not empty
 * @param entityType the entity type, named in errors
 * @param operations the operations, in order; copied
 * @param ordered {@code true} to stop at the first failure; {@code false} to attempt every operation
 * @param context options and transaction
 */
public record WriteRequest(String collection, Class<?> entityType, List<WriteOperation> operations, boolean ordered,
        StoreContext context) {

    /**
     * Validates.
     *
     * @param collection not empty
     * @param entityType not null
     * @param operations not null; copied
     * @param ordered any
     * @param context not null
     */
    public WriteRequest {
        Objects.requireNonNull(collection, "collection");
        if (collection.isEmpty()) {
            throw new IllegalArgumentException("collection name must not be empty");
        }
        Objects.requireNonNull(entityType, "entityType");
        operations = List.copyOf(operations);
        Objects.requireNonNull(context, "context");
    }
}
