package io.databridge.odm.api.store;

import java.util.Objects;

/**
 * A batch of documents to insert.
 *
 * @param collection the collection name, not empty
 * @param entityType the entity type the documents were extracted from, named in error messages
 * @param documents the documents, in order, extracted on demand (see {@link DocumentSource} for the contract)
 * @param ordered {@code true} to stop at the first failure; {@code false} to attempt every document
 * @param context options and transaction
 */
public record InsertRequest(String collection, Class<?> entityType, DocumentSource documents, boolean ordered,
        StoreContext context) {

    /**
     * Creates a request.
     *
     * @param collection the collection name, must not be {@code null} or empty
     * @param entityType the entity type, must not be {@code null}
     * @param documents the documents, must not be {@code null}
     * @param ordered whether to stop at the first failure
     * @param context not null
     */
    public InsertRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(collection, "collection");
        if (collection.isEmpty()) {
            throw new IllegalArgumentException("collection name must not be empty");
        }
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(documents, "documents");
    }

    /**
     * Creates a request with the client's defaults, outside any transaction.
     *
     * @param collection the collection name
     * @param entityType the entity type
     * @param documents the documents
     * @param ordered whether to stop at the first failure
     */
    public InsertRequest(String collection, Class<?> entityType, DocumentSource documents, boolean ordered) {
        this(collection, entityType, documents, ordered, StoreContext.DEFAULT);
    }
}
