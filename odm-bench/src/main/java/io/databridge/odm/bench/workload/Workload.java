package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import java.util.Optional;

/**
 * One kind of timed operation. For each document kind and batch size the runner asks every contestant's batch from
 * {@link #prepare} (untimed); contestants without one do not take part at that kind and size. Then it calls, for
 * every repetition and on one thread: {@link #before} (untimed), {@link #run} (the only timed call, measured with
 * {@code System.nanoTime}), then {@link #after} (untimed) with {@code run}'s result. After {@code after} the database
 * must hold nothing this repetition created, so repetitions and contestants stay independent.
 *
 * @param <B> what a contestant's batch is for this workload
 */
public interface Workload<B> {

    /**
     * The name in reports, progress lines and on the command line, e.g. {@code "insert"}.
     *
     * @return the name
     */
    String name();

    /**
     * Converts the first {@code n} records of a kind into a contestant's batch; untimed.
     *
     * @param contestant the contestant, set up
     * @param kind which document
     * @param data the generator
     * @param n the batch size
     * @return the batch, or empty if this contestant, kind or size does not take part in this workload
     */
    Optional<B> prepare(Contestant contestant, DocumentKind kind, DataGenerator data, int n);

    /**
     * The batch whose insert the correctness gate checks against the {@code floor-rawbson} reference before anything
     * is measured.
     *
     * @param batch a batch {@link #prepare} returned
     * @return the batch to check, or empty (the default) if this workload's own {@link #after} checks are its
     *         correctness check
     */
    default Optional<EntityBatch> gated(B batch) {
        return Optional.empty();
    }

    /**
     * Untimed preparation of one repetition, e.g. a fresh empty collection.
     *
     * @param batch the contestant's batch
     * @param database the benchmark database, through the raw driver
     */
    void before(B batch, MongoDatabase database);

    /**
     * The timed operation.
     *
     * @param batch the contestant's batch
     * @return a value {@link #after} checks (e.g. a count or checksum), which also keeps the work observable
     */
    long run(B batch);

    /**
     * Untimed check and clean-up of one repetition.
     *
     * @param batch the contestant's batch
     * @param database the benchmark database, through the raw driver
     * @param result what {@link #run} returned
     * @throws IllegalStateException if the repetition's outcome is wrong
     */
    void after(B batch, MongoDatabase database, long result);
}
