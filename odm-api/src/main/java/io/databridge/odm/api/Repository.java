package io.databridge.odm.api;

import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.index.IndexDifference;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.update.Update;
import io.vavr.control.Either;
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

    /**
     * Stores an entity: inserts it when it is new, else replaces its document.
     *
     * <p>With a version ({@link io.databridge.odm.api.annotation.Version}, or a numeric {@code version}): a new entity
     * (version {@code null} or 0) is inserted with version 1; a stored one replaces its document only if the stored
     * version is still the entity's, and the stored document gets the next version. Without a version: an entity
     * without an id is inserted with a generated one; one with an id replaces the document with that id or inserts it
     * (an upsert).
     *
     * @param entity the entity, not {@code null}
     * @return the entity as stored: the next version (a copy for records, the same object with its field set for
     *         classes) and any generated id
     * @throws OptimisticLockException if the stored version differs, the document is gone, or a new entity's id
     *                                 already exists; nothing was written and the entity is unchanged
     * @throws InvalidEntityException if the entity holds a value that cannot be stored; nothing was written
     * @throws StoreException if the database failed (or the client's write concern is unacknowledged, refused before
     *                        anything is sent; {@link #with} refuses an unacknowledged one up front)
     */
    T save(T entity);

    /**
     * Stores entities in one bulk write: inserts for the new, (versioned) replaces for the stored, encoded in
     * parallel, in order, stopping at the first operation the server refuses (a duplicate key, say). A stale version is
     * not a refusal (the server saw a filter that matched nothing): its position fails as a conflict and the later
     * entities are still stored.
     *
     * @param entities the entities, none {@code null}
     * @return the ids and entities as stored
     * @throws InvalidEntityException if an entity cannot be stored; nothing was written
     * @throws BulkWriteException if not every entity was stored; its report says per position what was written, what
     *                            conflicted (a stale version, with {@link io.databridge.odm.api.result.WriteError
     *                            #VERSION_CONFLICT_CODE}) and what was not attempted
     * @throws StoreException if the database could not be reached before anything was sent
     */
    SaveResult<T, ID> saveAll(Collection<? extends T> entities);

    /**
     * Stores the changes between an entity as it was loaded and its changed value: only the changed paths are sent
     * ({@code $set} and {@code $unset}), with the version check and increment of {@link #save}. Sends nothing when
     * nothing changed (and returns {@code changed} as is).
     *
     * @param loaded the entity as it was read from this repository
     * @param changed the new value, with the same id and version as {@code loaded}
     * @return the entity as stored, with its next version
     * @throws IllegalArgumentException if the two have different ids or versions
     * @throws OptimisticLockException if the stored version is no longer the loaded one; nothing was written
     */
    T saveChanges(T loaded, T changed);

    /**
     * Updates the first document a filter matches. Updates by filter do not touch a versioned type's version: a
     * concurrent {@link #save} of an entity read before the update would overwrite it; add
     * {@code inc("version", 1)} to the update when such saves must conflict with it.
     *
     * @param filter the filter
     * @param update the changes
     * @return the counts
     * @throws io.databridge.odm.api.error.InvalidQueryException if a path or value does not fit the type
     */
    UpdateResult<ID> updateOne(Filter filter, Update update);

    /**
     * Updates every document a filter matches.
     *
     * @param filter the filter
     * @param update the changes
     * @return the counts
     */
    UpdateResult<ID> updateMany(Filter filter, Update update);

    /**
     * Updates the first matching document, or inserts one built from the filter's equalities and the update.
     *
     * @param filter the filter
     * @param update the changes ({@code setOnInsert} applies to the insert only)
     * @return the counts, and the id of an inserted document
     */
    UpdateResult<ID> upsert(Filter filter, Update update);

    /**
     * Replaces the first document a filter matches with an entity (no version check: see {@link #save} for that).
     *
     * @param filter the filter
     * @param replacement the new entity; its id must be the matched document's
     * @return the counts
     */
    UpdateResult<ID> replaceOne(Filter filter, T replacement);

    /**
     * Atomically updates the first matching document and returns it.
     *
     * @param filter the filter
     * @param update the changes
     * @param options before or after, sort, upsert
     * @return the entity before or after the update; empty if none matched
     */
    Optional<T> findOneAndUpdate(Filter filter, Update update, FindAndModify options);

    /**
     * Atomically updates the first matching document and returns a projection of it.
     *
     * @param filter the filter
     * @param update the changes
     * @param options before or after, sort, upsert
     * @param projection a record or class whose components are a subset of the entity's
     * @param <R> the projection type
     * @return the projection before or after the update; empty if none matched
     */
    <R> Optional<R> findOneAndUpdate(Filter filter, Update update, FindAndModify options, Class<R> projection);

    /**
     * Atomically replaces the first matching document and returns it.
     *
     * @param filter the filter
     * @param replacement the new entity
     * @param options before or after, sort, upsert
     * @return the entity before or after; empty if none matched
     */
    Optional<T> findOneAndReplace(Filter filter, T replacement, FindAndModify options);

    /**
     * Atomically deletes the first matching document and returns it.
     *
     * @param filter the filter
     * @param options sort
     * @return the deleted entity; empty if none matched
     */
    Optional<T> findOneAndDelete(Filter filter, FindAndModify options);

    /**
     * Deletes the document with an id.
     *
     * @param id the id
     * @return whether a document was deleted
     */
    boolean deleteById(ID id);

    /**
     * Deletes a stored entity's document: only if its stored version is still the entity's, when the type is
     * versioned.
     *
     * @param entity the entity
     * @return whether a document was deleted (always {@code true} for a versioned type, which throws instead)
     * @throws OptimisticLockException if the stored version differs or the document is gone
     */
    boolean delete(T entity);

    /**
     * Deletes every document a filter matches.
     *
     * @param filter the filter
     * @return how many were deleted
     */
    long deleteMany(Filter filter);

    /**
     * Starts a bulk of mixed writes.
     *
     * @return an empty bulk
     */
    BulkWrite<T, ID> bulk();

    /**
     * Returns a view of this repository that remembers the stored form of the entities it reads and saves (the
     * {@code capacity} most recently used, by id), so that saving one of them again sends only what changed
     * ({@code $set} and {@code $unset} of changed paths, with the version check and increment of {@link #save}),
     * like {@link #saveChanges}. An entity without a remembered form at its version is saved whole. Stored fields
     * the type does not declare are never unset. Other operations behave as on this repository; {@code saveAll} and
     * bulks replace whole documents.
     *
     * <p>Memory: one value tree per remembered entity, about as large as the entity itself; reads of this view pay
     * for remembering, reads of other views do not.
     *
     * @param capacity how many entities to remember at most, positive
     * @return the view
     */
    Repository<T, ID> withChangeTracking(int capacity);

    /**
     * Returns a view of this repository whose operations use other acknowledgement and read options; what they leave
     * unset is kept from this repository.
     *
     * @param options write concern, read concern, read preference
     * @return the view
     */
    Repository<T, ID> with(OperationOptions options);

    /**
     * Creates every declared index of the entity type ({@link io.databridge.odm.api.annotation.Indexed},
     * {@link io.databridge.odm.api.annotation.CompoundIndex} and the mapping configuration's) that does not exist in the
     * collection yet. Idempotent: once they exist, it sends nothing but the listing. It never drops or changes an
     * index, and nothing else ever creates one: not the repository's creation, not a first write.
     *
     * @throws io.databridge.odm.api.error.IndexConflictException if a declared index differs from an existing one with
     *                                                            its name or keys ({@link
     *                                                            io.databridge.odm.api.index.IndexDifference.Kind
     *                                                            #CHANGED}); nothing was created
     * @throws StoreException if the database refused (existing documents break a new unique index) or failed
     */
    void ensureIndexes();

    /**
     * Compares the declared indexes of the entity type with those of the collection; changes nothing.
     *
     * @return the differences: declared indexes that are {@code MISSING}, existing ones that are {@code EXTRA} (never
     *         {@code _id_}), and declared ones that exist {@code CHANGED} (same name or keys, other options), each
     *         naming the index and what differs; empty when the two agree
     * @throws StoreException if the database failed
     */
    List<IndexDifference> checkIndexes();
}
