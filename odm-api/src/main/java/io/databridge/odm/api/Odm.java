package io.databridge.odm.api;

import io.databridge.odm.api.error.MappingException;

/**
 * The object-document mapper: hands out repositories, one per entity type and collection.
 *
 * <p>Thread-safe; meant to live as long as the application and to be shared. Closing it releases the connections and
 * threads of the store underneath.
 */
public interface Odm extends AutoCloseable {

    /**
     * Returns the repository of an entity type in its default collection, named after the type's simple name with a
     * lower-case first letter ({@code PurchaseOrder} → {@code purchaseOrder}).
     *
     * @param entityType the entity type, must not be {@code null}
     * @param idType the Java type of its id (boxed for primitives); for a type without an id field, a type that can
     *               hold a generated ObjectId
     * @param <T> the entity type
     * @param <ID> the id type
     * @return the repository
     * @throws MappingException if the type cannot be mapped; lists every problem at once
     * @throws IllegalArgumentException if {@code idType} does not match the type's id
     */
    <T, ID> Repository<T, ID> repository(Class<T> entityType, Class<ID> idType);

    /**
     * Returns the repository of an entity type in a named collection.
     *
     * @param entityType the entity type, must not be {@code null}
     * @param idType the Java type of its id (boxed for primitives)
     * @param collection the collection name, not empty
     * @param <T> the entity type
     * @param <ID> the id type
     * @return the repository
     * @throws MappingException if the type cannot be mapped; lists every problem at once
     * @throws IllegalArgumentException if {@code idType} does not match the type's id
     */
    <T, ID> Repository<T, ID> repository(Class<T> entityType, Class<ID> idType, String collection);

    /** Releases connections and threads. Idempotent. */
    @Override
    void close();
}
