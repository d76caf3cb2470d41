package io.databridge.odm.bench.contestant;

/**
 * One contestant's entities for one document kind and batch size, converted before any timing.
 *
 * <p>{@link #insert()} is the timed operation: the library's idiomatic bulk insert of all {@link #size()}
 * entities into {@link #collection()}, which the runner has created empty. It may be called many times (the
 * runner empties the collection in between), and must leave the entities reusable.
 */
public interface EntityBatch {

    /**
     * The collection {@link #insert()} writes to, in the benchmark database; unique per contestant and kind.
     *
     * @return the collection name
     */
    String collection();

    /**
     * How many entities {@link #insert()} stores.
     *
     * @return the batch size
     */
    int size();

    /** Inserts every entity with one bulk call of the library. */
    void insert();

    /**
     * A batch whose insert runs the given action.
     *
     * @param collection the collection the action writes to
     * @param size how many entities it stores
     * @param insert the bulk insert
     * @return the batch
     */
    static EntityBatch of(String collection, int size, Runnable insert) {
        return new RunnableBatch(collection, size, insert);
    }
}
