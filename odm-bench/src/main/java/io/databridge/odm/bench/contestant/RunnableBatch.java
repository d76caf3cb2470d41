package io.databridge.odm.bench.contestant;

import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import org.bson.types.ObjectId;

/** The {@link EntityBatch} behind {@link EntityBatch#of}: its operations run the given functions. */
record RunnableBatch(String collection, int size, Runnable action, IntSupplier reader, Predicate<ObjectId> byId)
        implements EntityBatch {

    RunnableBatch {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(byId, "byId");
    }

    @Override
    public void insert() {
        action.run();
    }

    @Override
    public int findAll() {
        return reader.getAsInt();
    }

    @Override
    public boolean findById(ObjectId id) {
        return byId.test(id);
    }
}
