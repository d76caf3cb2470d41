package io.databridge.odm.api.error;

import io.databridge.odm.api.result.DuplicateKey;
import java.io.Serial;

/** A single insert collided with a unique index. Nothing was written. */
public final class DuplicateKeyException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String collection;
    private final transient DuplicateKey duplicateKey;

    /**
     * Creates the error.
     *
     * @param entityType the entity type being stored
     * @param collection the collection written to
     * @param duplicateKey the index and key that collided
     * @param serverMessage the server's message
     */
    public DuplicateKeyException(Class<?> entityType, String collection, DuplicateKey duplicateKey,
            String serverMessage) {
        super("Cannot insert " + entityType.getName() + " into '" + collection + "': duplicate key "
                + duplicateKey.key() + " on unique index " + duplicateKey.indexName() + " (server: " + serverMessage
                + ")");
        this.entityType = entityType;
        this.collection = collection;
        this.duplicateKey = duplicateKey;
    }

    /**
     * Returns the entity type.
     *
     * @return the type being stored
     */
    public Class<?> entityType() {
        return entityType;
    }

    /**
     * Returns the collection.
     *
     * @return the collection name
     */
    public String collection() {
        return collection;
    }

    /**
     * Returns the collision.
     *
     * @return the index and key
     */
    public DuplicateKey duplicateKey() {
        return duplicateKey;
    }
}
