package io.databridge.odm.mapping;

import io.databridge.odm.api.Repository;
import io.databridge.odm.api.Transaction;
import io.databridge.odm.api.store.StoreSession;
import java.util.Objects;

/** A transaction of a {@link MappingOdm}: binds that mapper's repositories to the store's session. */
final class MappedTransaction implements Transaction {

    private final MappingOdm owner;
    private final StoreSession session;

    MappedTransaction(MappingOdm owner, StoreSession session) {
        this.owner = owner;
        this.session = session;
    }

    @Override
    public <T, ID> Repository<T, ID> bind(Repository<T, ID> repository) {
        Objects.requireNonNull(repository, "repository");
        if (!(repository instanceof MappedRepository<T, ID> mapped) || mapped.owner() != owner) {
            throw new IllegalArgumentException(repository + " does not belong to the Odm running this transaction");
        }
        if (!session.active()) {
            throw new IllegalStateException("the transaction is over; bind repositories inside inTransaction only");
        }
        return mapped.inSession(session);
    }
}
