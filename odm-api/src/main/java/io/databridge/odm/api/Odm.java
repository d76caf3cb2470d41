package io.databridge.odm.api;

import io.databridge.odm.api.error.MappingException;
import java.util.function.Function;

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
     * @throws MappingException if the type cannot be mapped, or a declared index does not fit it; lists every problem
     *                          at once
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
     * @throws MappingException if the type cannot be mapped, or a declared index does not fit it; lists every problem
     *                          at once
     * @throws IllegalArgumentException if {@code idType} does not match the type's id
     */
    <T, ID> Repository<T, ID> repository(Class<T> entityType, Class<ID> idType, String collection);

    /**
     * Runs work in one transaction: committed when the work returns, aborted when it throws. The work may run more than
     * once, on transient transaction errors, following the driver's retry rules, so it must have no effects outside
     * the transaction. Operations take part through repositories bound with {@link Transaction#bind}.
     *
     * @param work the transaction's operations
     * @param <R> the result type
     * @return what the work returned, once committed
     * @throws io.databridge.odm.api.error.StoreException if the server does not support transactions (a standalone
     *                                                    server or the embedded test server), before the work runs
     */
    <R> R inTransaction(Function<Transaction, R> work);

    /** Releases connections and threads. Idempotent. */
    @Override
    void close();
}
