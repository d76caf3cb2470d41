package io.databridge.odm.api;

import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A find, built step by step and run by one of its terminal methods. Immutable: every step returns a new query, so a
 * query can be kept and run again, from any thread. Every path is checked against the entity's model, and every value
 * converted as the write path would, when the step is taken; a mistake raises an {@link InvalidQueryException} then,
 * before anything is sent.
 *
 * @param <R> what each matching document is read into: the entity, or a projection type
 */
public interface Query<R> {

    /**
     * Adds a filter; several filters must all match.
     *
     * @param filter the filter
     * @return the narrowed query
     * @throws InvalidQueryException for an unknown path, a value of the wrong type or an unsupported operator
     */
    Query<R> where(Filter filter);

    /**
     * Sets the order.
     *
     * @param sort the sort keys
     * @return the sorted query
     * @throws InvalidQueryException for an unknown path
     */
    Query<R> sort(Sort sort);

    /**
     * Skips matching documents.
     *
     * @param documents how many, not negative
     * @return the query
     */
    Query<R> skip(int documents);

    /**
     * Returns at most this many documents.
     *
     * @param documents how many, positive
     * @return the query
     */
    Query<R> limit(int documents);

    /**
     * Sets how many documents each round trip to the server brings (the driver's default if not set).
     *
     * @param documents how many, positive
     * @return the query
     */
    Query<R> batchSize(int documents);

    /**
     * Reads matching documents into another type: only the fields that type declares are asked from the server (the
     * projection is sent, not applied afterwards). Its components or fields must name fields of the entity; it has an
     * id only if it declares one.
     *
     * @param type a record or class
     * @param <P> the projection type
     * @return the projected query
     * @throws InvalidQueryException if the type names a field the entity does not have, or with another type
     */
    <P> Query<P> project(Class<P> type);

    /**
     * Reads every matching document.
     *
     * @return the results, in the server's order (or the sort's)
     * @throws StoredDocumentException if a stored document does not fit the type it is read into
     * @throws StoreException if the database failed
     */
    List<R> list();

    /**
     * Reads the first matching document.
     *
     * @return it, or empty
     * @throws StoredDocumentException if it does not fit the type it is read into
     */
    Optional<R> first();

    /**
     * Reads matching documents lazily, one server batch at a time: only one batch is in memory at once. The stream
     * holds a server cursor: close it (try-with-resources), or read it to the end.
     *
     * @return the stream
     */
    Stream<R> stream();

    /**
     * Counts matching documents (honouring skip and limit).
     *
     * @return the count
     */
    long count();

    /**
     * Tells whether any document matches.
     *
     * @return {@code true} if at least one does
     */
    boolean exists();

    /**
     * Returns the distinct values of a field among matching documents, read into the field's Java type (for a
     * collection field, its element type).
     *
     * @param path the Java path
     * @param type the Java type of the values
     * @param <V> the value type
     * @return the distinct values, in the server's order
     * @throws InvalidQueryException if the path is unknown or {@code type} is not its type
     */
    <V> List<V> distinct(String path, Class<V> type);
}
