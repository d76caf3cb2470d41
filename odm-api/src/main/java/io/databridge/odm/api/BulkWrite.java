package io.databridge.odm.api;

import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.update.Update;

/**
 * A bulk of mixed writes on one repository, sent as one bulk write: collected in order, then {@link #execute}d.
 * Not thread-safe; use one builder per bulk. Entities and filters are checked when added, so a bad one fails here,
 * before anything is sent. Versioned entities keep their version checks and lifecycle hooks run as for the single
 * operations.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
public interface BulkWrite<T, ID> {

    /**
     * Adds an insert.
     *
     * @param entity the entity; a versioned entity is stored with version 1
     * @return this builder
     */
    BulkWrite<T, ID> insert(T entity);

    /**
     * Adds a save: an insert when the entity is new, else a (versioned) replace, as {@link Repository#save} does.
     *
     * @param entity the entity
     * @return this builder
     */
    BulkWrite<T, ID> save(T entity);

    /**
     * Adds a replace of a stored entity by its id: versioned (a conflict if the stored version differs) when the type
     * has a version, else an upsert.
     *
     * @param entity the entity, with its id
     * @return this builder
     */
    BulkWrite<T, ID> replace(T entity);

    /**
     * Adds an update of the first matching document.
     *
     * @param filter the filter
     * @param update the changes
     * @return this builder
     */
    BulkWrite<T, ID> updateOne(Filter filter, Update update);

    /**
     * Adds an update of every matching document.
     *
     * @param filter the filter
     * @param update the changes
     * @return this builder
     */
    BulkWrite<T, ID> updateMany(Filter filter, Update update);

    /**
     * Adds an update of the first matching document that inserts one when nothing matches.
     *
     * @param filter the filter
     * @param update the changes
     * @return this builder
     */
    BulkWrite<T, ID> upsert(Filter filter, Update update);

    /**
     * Adds a delete of a stored entity: version-checked when the type has a version.
     *
     * @param entity the entity
     * @return this builder
     */
    BulkWrite<T, ID> delete(T entity);

    /**
     * Adds a delete by id.
     *
     * @param id the id
     * @return this builder
     */
    BulkWrite<T, ID> deleteById(ID id);

    /**
     * Adds a delete of every matching document.
     *
     * @param filter the filter
     * @return this builder
     */
    BulkWrite<T, ID> deleteMany(Filter filter);

    /**
     * Returns the number of operations added.
     *
     * @return the size
     */
    int size();

    /**
     * Runs the operations in order, stopping at the first operation the server refuses. A version conflict is not a
     * refusal (the server saw a filter that matched nothing): its position fails and later operations still run.
     *
     * @return the complete result
     * @throws BulkWriteException if not every operation was done (conflicts included); its report says which were
     */
    BulkResult<T, ID> execute();

    /**
     * Runs the operations, ordered or unordered.
     *
     * @param options ordered (stop at the first operation the server refuses) or unordered (attempt all)
     * @return the complete result
     * @throws BulkWriteException if not every operation was done (conflicts included); its report says which were
     */
    BulkResult<T, ID> execute(InsertOptions options);

    /**
     * Runs the operations and returns the outcome whatever happened, for callers that handle partial failure
     * position by position.
     *
     * @param options ordered or unordered
     * @return the result, complete or not
     */
    BulkResult<T, ID> tryExecute(InsertOptions options);
}
