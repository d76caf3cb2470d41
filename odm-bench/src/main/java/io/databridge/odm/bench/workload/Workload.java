package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.EntityBatch;

/**
 * One kind of timed operation. The runner calls, for every repetition and on one thread:
 * {@link #before} (untimed), {@link #run} (the only timed call, measured with {@code System.nanoTime}), then
 * {@link #after} (untimed) with {@code run}'s result. After {@code after} the database must hold nothing this
 * repetition created, so repetitions and contestants stay independent.
 */
public interface Workload {

    /**
     * The name in reports and progress lines, e.g. {@code "insert"}.
     *
     * @return the name
     */
    String name();

    /**
     * Untimed preparation of one repetition, e.g. a fresh empty collection.
     *
     * @param batch the contestant's batch
     * @param database the benchmark database, through the raw driver
     */
    void before(EntityBatch batch, MongoDatabase database);

    /**
     * The timed operation.
     *
     * @param batch the contestant's batch
     * @return a value {@link #after} checks (e.g. a count or checksum), which also keeps the work observable
     */
    long run(EntityBatch batch);

    /**
     * Untimed check and clean-up of one repetition.
     *
     * @param batch the contestant's batch
     * @param database the benchmark database, through the raw driver
     * @param result what {@link #run} returned
     * @throws IllegalStateException if the repetition's outcome is wrong
     */
    void after(EntityBatch batch, MongoDatabase database, long result);
}
