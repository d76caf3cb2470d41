package io.databridge.odm.bench.contestant;

import java.util.Objects;

/** The {@link EntityBatch} behind {@link EntityBatch#of}: its insert runs an action. */
record RunnableBatch(String collection, int size, Runnable action) implements EntityBatch {

    RunnableBatch {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(action, "action");
    }

    @Override
    public void insert() {
        action.run();
    }
}
