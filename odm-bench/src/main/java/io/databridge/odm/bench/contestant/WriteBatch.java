package io.databridge.odm.bench.contestant;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * One contestant's versioned "user" writes for one write workload and batch size (see {@link VersionedUserWrites}).
 *
 * <p>Each repetition runs, on one thread: {@link #seed()} (untimed) into a fresh, empty {@link #collection()}, then
 * {@link #write()}, the timed operation. {@code seed} also builds the entities {@code write} hands to the library,
 * in the state an application holds them in right before the call (fresh objects each time, since libraries with
 * mutable entities update their versions in place).
 */
public interface WriteBatch {

    /**
     * The collection both calls write to, in the benchmark database.
     *
     * @return the collection name
     */
    String collection();

    /**
     * The version this library stores for an entity it inserts: 1 for every contestant so far (Spring Data with a
     * primitive {@code long} version, Morphia, data-bridge, and the raw driver by hand).
     *
     * @return the first stored version
     */
    long firstVersion();

    /** Stores the existing users through the library's own insert and prepares the entities to write; untimed. */
    void seed();

    /**
     * The timed write, over the entities the last {@link #seed()} prepared.
     *
     * @return how many operations (mixed-bulk) or entities (save-all) the library reports as done
     * @throws IllegalStateException if {@link #seed()} did not run since the last write, or if the library reports
     *         fewer operations done than asked (e.g. a versioned replace that matched nothing)
     */
    long write();

    /**
     * A batch whose seed returns the state its write consumes.
     *
     * @param collection the collection name
     * @param firstVersion the version the library stores for an entity it inserts
     * @param seed stores the existing users and returns the entities to write
     * @param write the timed write of those entities, returning how many operations or entities were done
     * @param <S> the prepared entities
     * @return the batch
     */
    static <S> WriteBatch of(String collection, long firstVersion, Supplier<S> seed, ToLongFunction<S> write) {
        return new StagedWriteBatch<>(collection, firstVersion, seed, write);
    }
}
