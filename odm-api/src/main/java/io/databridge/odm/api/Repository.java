package io.databridge.odm.api;

import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoreException;
import io.vavr.control.Either;
import io.databridge.odm.api.query.Filter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stored entities of one type in one collection.
 *
 * <p>Thread-safe. Every write first extracts the entities on the calling thread, which validates them completely, so
 * an entity that cannot be stored is reported before anything is sent and nothing is written. Entities stored without
 * an id receive a generated ObjectId at that moment, so the id is known even if the write later fails.
 *
 * @param <T> the entity type
 * @param <ID> the id type
 */
public interface Repository<T, ID> {

    /**
     * Returns the entity type.
     *
     * @return the type this repository stores
     */
    Class<T> entityType();

    /**
     * Returns the id type.
     *
     * @return the Java type of ids
     */
    Class<ID> idType();

    /**
     * Returns the collection name.
     *
     * @return the collection this repository writes to
     */
    String collection();

    /**
     * Inserts one entity.
     *
     * @param entity the entity, must not be {@code null}
     * @return its id and the entity as stored
     * @throws InvalidEntityException if the entity holds a value that cannot be stored; nothing was written
     * @throws DocumentTooLargeException if its document exceeds the server's limit; nothing was written
     * @throws DuplicateKeyException if it collides with a unique index; nothing was written
     * @throws StoreException if the database failed
     */
    Inserted<T, ID> insert(T entity);

    /**
     * Inserts entities in order, stopping at the first failure.
     *
     * @param entities the entities, none {@code null}
     * @return the ids and entities as stored
     * @throws InvalidEntityException if an entity cannot be stored; nothing was written
     * @throws DocumentTooLargeException if a document exceeds the server's limit; nothing was written
     * @throws BulkWriteException if not every document was written; its report says which were
     * @throws StoreException if the database could not be reached before anything was sent
     */
    InsertResult<T, ID> insertAll(Collection<? extends T> entities);

    /**
     * Inserts entities, ordered or unordered.
     *
     * @param entities the entities, none {@code null}
     * @param options ordered (stop at the first failure) or unordered (attempt all)
     * @return the ids and entities as stored
     * @throws InvalidEntityException if an entity cannot be stored; nothing was written
     * @throws DocumentTooLargeException if a document exceeds the server's limit; nothing was written
     * @throws BulkWriteException if not every document was written; its report says which were
     * @throws StoreException if the database could not be reached before anything was sent
     */
    InsertResult<T, ID> insertAll(Collection<? extends T> entities, InsertOptions options);

    /**
     * Inserts entities and returns a partial failure as a value instead of throwing it, for callers that expect some
     * documents to be refused (for example duplicates in an unordered import).
     *
     * @param entities the entities, none {@code null}
     * @param options ordered or unordered
     * @return the failure (with a per-position report, ids and entities) or the complete result
     * @throws InvalidEntityException if an entity cannot be stored; nothing was written
     * @throws DocumentTooLargeException if a document exceeds the server's limit; nothing was written
     * @throws StoreException if the database could not be reached before anything was sent
     */
    Either<BulkInsertFailure<T, ID>, InsertResult<T, ID>> tryInsertAll(Collection<? extends T> entities,
            InsertOptions options);

    /**
     * Reads the entity with an id.
     *
     * @param id the id, must not be {@code null}
     * @return the entity, or empty if there is none
     * @throws io.databridge.odm.api.error.StoredDocumentException if the stored document does not fit the type
     */
    Optional<T> findById(ID id);

    /**
     * Reads the entities with any of the ids, in the server's order; ids without a document are left out.
     *
     * @param ids the ids, none {@code null}
     * @return the entities found
     */
    List<T> findAllById(Collection<? extends ID> ids);

    /**
     * Reads every entity a filter matches.
     *
     * @param filter the filter
     * @return the entities, in the server's order
     * @throws io.databridge.odm.api.error.InvalidQueryException if the filter does not fit the type
     */
    List<T> find(Filter filter);

    /**
     * Starts a query over every entity of the collection, to narrow, sort, project and run.
     *
     * @return the query
     */
    Query<T> query();
}
