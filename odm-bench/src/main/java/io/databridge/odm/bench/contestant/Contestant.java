package io.databridge.odm.bench.contestant;

import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import java.util.List;
import java.util.Optional;

/**
 * One Java option for storing entities in MongoDB, as the benchmark drives it.
 *
 * <p>Life cycle, all on one thread: {@link #setUp} once (untimed: build the library's mapper, datastore or
 * template), then any number of {@link #users}/{@link #rich} conversions (untimed) whose batches the runner
 * times, then {@link #close()}. Every contestant must store, for the same record, the same document as the
 * {@code floor-rawbson} reference: same field names, BSON types and values, {@code _id} first and the other
 * fields in declared order (unless {@link #keepsFieldOrder()} says otherwise), and no type hint field.
 */
public interface Contestant extends AutoCloseable {

    /**
     * The name in reports and on the command line, e.g. {@code "morphia"}.
     *
     * @return the name
     */
    String name();

    /**
     * Prepares the library against the benchmark database; untimed.
     *
     * @param target the shared client and database
     */
    void setUp(BenchTarget target);

    /**
     * Converts "user" records into this library's entities; untimed.
     *
     * @param users the records, not to be modified
     * @return the batch to insert
     */
    EntityBatch users(List<User> users);

    /**
     * Converts "rich" records into this library's entities; untimed.
     *
     * @param items the records, not to be modified
     * @return the batch to insert
     */
    EntityBatch rich(List<Rich> items);

    /**
     * Whether stored documents keep {@code _id} first and the declared field order. The correctness gate
     * compares documents byte for byte when this holds, and as order-insensitive {@code BsonDocument}s
     * otherwise.
     *
     * @return {@code true} unless the library orders fields its own way
     */
    default boolean keepsFieldOrder() {
        return true;
    }

    /**
     * Generates the first {@code n} records of a kind and converts them; untimed.
     *
     * @param kind which document
     * @param data the generator
     * @param n the batch size
     * @return the batch to insert
     */
    default EntityBatch prepare(DocumentKind kind, DataGenerator data, int n) {
        return switch (kind) {
            case USER -> users(data.users(n));
            case RICH -> rich(data.rich(n));
        };
    }

    /**
     * The versioned "user" writes of the {@code mixed-bulk} and {@code save-all} workloads, if this contestant takes
     * part in them; called after {@link #setUp}. A contestant without them is left out of those workloads (and of
     * their reports), not failed.
     *
     * @return the writes, or empty (the default) if this contestant does not take part
     */
    default Optional<VersionedUserWrites> versionedUserWrites() {
        return Optional.empty();
    }

    /** Releases what {@link #setUp} created; never the shared client. Does nothing by default. */
    @Override
    default void close() {
        // nothing to release
    }
}
