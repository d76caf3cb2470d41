package io.databridge.odm.api.error;

import java.io.Serial;

/**
 * A versioned write found the stored document changed (or removed, or already created) since the entity was read.
 * Nothing of the entity was written, and no entity with a new version was handed back; reload it and retry.
 */
public final class OptimisticLockException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String collection;
    private final String id;
    private final long version;

    /**
     * Creates the error.
     *
     * @param entityType the entity type
     * @param collection the collection
     * @param id the entity's id as shown in messages
     * @param version the version the entity carried; 0 for an entity that was new
     * @param problem what was found instead
     */
    public OptimisticLockException(Class<?> entityType, String collection, String id, long version, String problem) {
        super("Optimistic lock failed for " + entityType.getName() + " with id " + id + " in '" + collection
                + "': " + (version == 0 ? "the entity is new (version 0)" : "expected stored version " + version)
                + ", but " + problem + "; nothing was written (reload the entity and retry)");
        this.entityType = entityType;
        this.collection = collection;
        this.id = id;
        this.version = version;
    }

    /**
     * Returns the entity type.
     *
     * @return the type
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
     * Returns the id as messages show it.
     *
     * @return e.g. {@code ObjectId(...)} or {@code "A-1"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the stale version.
     *
     * @return the version the entity carried; 0 if it was new
     */
    public long version() {
        return version;
    }
}
