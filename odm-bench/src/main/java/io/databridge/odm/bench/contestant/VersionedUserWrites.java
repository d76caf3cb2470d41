package io.databridge.odm.bench.contestant;

import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;

/**
 * The versioned writes of the {@code mixed-bulk} and {@code save-all} workloads, for a contestant that takes part in
 * them ({@link Contestant#versionedUserWrites()}).
 *
 * <p>The entity is the library's "user" entity plus a {@code version} (a {@code long} or {@code Long}) used for
 * optimistic locking, mapped as idiomatically for the library as the other entities. Every versioned user a
 * contestant stores must be the "user" document of the other workloads followed by {@code version} as int64 (field
 * order is not checked here). Conversions run before any timing; each batch is for one collection of the benchmark
 * database, unique per contestant.
 */
public interface VersionedUserWrites {

    /**
     * Converts a {@code mixed-bulk} scenario into this library's batch; untimed.
     *
     * <p>{@link WriteBatch#seed()} stores the existing users through the library's own insert, at its
     * {@linkplain WriteBatch#firstVersion() first version}; {@link WriteBatch#write()} is one ordered bulk write of the
     * scenario's 4N operations, in its order, where the new users get the first version and each replacement is
     * versioned (filter by {@code _id} and the stored version, store the next version); it fails if any operation
     * did not apply.
     *
     * @param scenario the neutral operations
     * @return the batch
     */
    WriteBatch mixedBulk(MixedBulkScenario scenario);

    /**
     * Converts a {@code save-all} scenario into this library's batch; untimed.
     *
     * <p>{@link WriteBatch#seed()} stores the existing users through the library's own insert, at its first version,
     * and keeps the entities it gets back; {@link WriteBatch#write()} saves the changed users (carrying their stored
     * version) and then the new ones (never stored) with the library's idiomatic "save" of a collection, which
     * stores the next version of the changed ones and the first version of the new ones, and fails on a stale
     * version.
     *
     * @param scenario the neutral users
     * @return the batch
     */
    WriteBatch saveAll(SaveAllScenario scenario);
}
