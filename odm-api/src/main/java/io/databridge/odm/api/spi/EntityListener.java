package io.databridge.odm.api.spi;

/**
 * Lifecycle hooks of one entity type, registered in the mapping configuration (never on the domain class). Every
 * method has a default that does nothing, so a listener overrides only what it needs.
 *
 * <p>When they run, the same on single and bulk paths: {@code beforeInsert}/{@code afterInsert} around
 * {@code insert}, {@code insertAll} and a bulk's inserts; {@code beforeSave}/{@code afterSave} around {@code save},
 * {@code saveAll}, {@code saveChanges} and a bulk's saves and replaces; {@code beforeDelete}/{@code afterDelete}
 * around {@code delete}, {@code deleteById} and a bulk's deletes of an entity or id; {@code afterLoad} on every
 * entity a read materializes (not on projections). "Before" hooks run on the caller's thread before anything is
 * sent, in order, and may return a changed entity (for example with an audit timestamp), which is what is stored.
 * "After" hooks run only for the positions that were written, after the write returned: in a bulk (and
 * {@code delete(entity)} of an unversioned type, which runs as one), a delete is written when the server accepted it,
 * whether or not a document matched; a single {@code deleteById} and a versioned delete run {@code afterDelete} only
 * when a document was deleted. "Before" hooks of a bulk run when an operation is added, even if the bulk is never
 * executed. A {@code saveChanges} that finds nothing changed writes nothing and runs no "after" hook. Updates and
 * deletes by filter run no hooks: no entity is at hand.
 *
 * @param <T> the entity type
 */
public interface EntityListener<T> {

    /**
     * Runs before an entity is inserted.
     *
     * @param entity the entity
     * @return the entity to insert: {@code entity} or a changed copy, never {@code null}
     */
    default T beforeInsert(T entity) {
        return entity;
    }

    /**
     * Runs after an entity was inserted.
     *
     * @param stored the entity as stored (with any generated id and first version)
     */
    default void afterInsert(T stored) {
        // nothing by default
    }

    /**
     * Runs before an entity is saved (inserted or replaced).
     *
     * @param entity the entity, still with its current version
     * @return the entity to save: {@code entity} or a changed copy with the same id and version, never {@code null}
     */
    default T beforeSave(T entity) {
        return entity;
    }

    /**
     * Runs after an entity was saved.
     *
     * @param stored the entity as stored, with its next version
     */
    default void afterSave(T stored) {
        // nothing by default
    }

    /**
     * Runs before a document is deleted by entity or id.
     *
     * @param id the id of the document to delete
     */
    default void beforeDelete(Object id) {
        // nothing by default
    }

    /**
     * Runs after a document was deleted by entity or id (not when nothing matched).
     *
     * @param id the id of the deleted document
     */
    default void afterDelete(Object id) {
        // nothing by default
    }

    /**
     * Runs on every entity a read materializes.
     *
     * @param loaded the entity as read
     * @return the entity to hand out: {@code loaded} or a changed copy, never {@code null}
     */
    default T afterLoad(T loaded) {
        return loaded;
    }
}
