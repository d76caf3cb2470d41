package io.databridge.odm.bench.workload;

import io.databridge.odm.bench.contestant.WriteBatch;
import java.util.Map;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;

/**
 * A contestant's batch for a write workload, with the outcome every repetition must reach.
 *
 * @param batch the contestant's writes
 * @param expected the documents the collection must hold after the write, by {@code _id}
 * @param operations how many operations (or entities) the write must report as done
 */
public record WriteRun(WriteBatch batch, Map<ObjectId, BsonDocument> expected, long operations) {

    /** Requires the batch and copies the expected documents. */
    public WriteRun {
        Objects.requireNonNull(batch, "batch");
        expected = Map.copyOf(expected);
    }
}
