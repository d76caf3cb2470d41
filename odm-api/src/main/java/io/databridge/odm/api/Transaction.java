package io.databridge.odm.api;

/**
 * One transaction, valid inside {@link Odm#inTransaction} only. Operations take part in it through repositories bound
 * to it: {@code repository.in(tx).save(order)}; operations on unbound repositories run outside it.
 */
public interface Transaction {

    /**
     * Binds a repository to this transaction.
     *
     * @param repository a repository of the same {@link Odm}
     * @param <T> the entity type
     * @param <ID> the id type
     * @return a view of the repository whose every operation runs in this transaction
     * @throws IllegalArgumentException if the repository belongs to another {@code Odm}
     * @throws IllegalStateException if the transaction is over
     */
    <T, ID> Repository<T, ID> bind(Repository<T, ID> repository);
}
