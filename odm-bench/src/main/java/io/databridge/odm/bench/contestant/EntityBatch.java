package io.databridge.odm.bench.contestant;

import java.util.function.IntSupplier;
import java.util.function.Predicate;
import org.bson.types.ObjectId;

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
     * Reads every document of {@link #collection()} back into this library's entities, the library's idiomatic way
     * ("find all and materialize"), touching a field of each so no lazy view can skip the work.
     *
     * @return how many entities were read
     */
    int findAll();

    /**
     * Reads one entity by id, the library's idiomatic way.
     *
     * @param id the id
     * @return whether it was found
     */
    boolean findById(ObjectId id);

    /**
     * A batch whose insert runs the given action.
     *
     * @param collection the collection the action writes to
     * @param size how many entities it stores
     * @param insert the bulk insert
     * @param findAll reads every document back, returning how many entities it read
     * @param findById reads one entity by id, returning whether it exists
     * @return the batch
     */
    static EntityBatch of(String collection, int size, Runnable insert, IntSupplier findAll,
            Predicate<ObjectId> findById) {
        return new RunnableBatch(collection, size, insert, findAll, findById);
    }
}
