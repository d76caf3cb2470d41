package io.databridge.odm.bench.workload;

import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.User;
import java.util.HashMap;
import java.util.Map;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;

/**
 * One ordered bulk write of 4N operations over versioned users ({@link MixedBulkScenario}): before (untimed) the
 * contestant's own insert stores 2N existing users at its first version (1) into a fresh collection; the timed call
 * interleaves, for each {@code i}, an insert of a new user, a versioned replace of {@code e_i} with a changed score
 * (filter {@code _id} and version 1, stored as version 2), {@code active = false} on {@code e_i} by {@code _id}, and a
 * delete of {@code e_N+i} by {@code _id}. Afterwards the collection must hold exactly the N replaced-and-updated users
 * at version 2 and the N new users at version 1.
 *
 * <p>Ordered and interleaved, the bulk reaches the server as 4N commands of one operation each (the driver sends a
 * run of consecutive operations of one kind as one command, and here no two neighbours share a kind; a replace and an
 * update are different kinds to it), so at N = 10,000 it makes 40,000 round trips: this workload weighs a library's
 * per-operation cost and the round trips, not its batching.
 */
public final class MixedBulkWorkload extends VersionedUserWorkload {

    /** Creates the workload. */
    public MixedBulkWorkload() {
        // stateless
    }

    @Override
    public String name() {
        return "mixed-bulk";
    }

    @Override
    WriteRun convert(VersionedUserWrites writes, DataGenerator data, int n) {
        MixedBulkScenario scenario = MixedBulkScenario.generate(data, n);
        WriteBatch batch = writes.mixedBulk(scenario);
        long first = batch.firstVersion();
        Map<ObjectId, BsonDocument> expected = new HashMap<>();
        expect(expected, scenario.inserts(), first);
        for (User replacement : scenario.replacements()) {
            expected.put(replacement.id(), document(replacement, first + 1).append("active", BsonBoolean.FALSE));
        }
        return new WriteRun(batch, expected, 4L * n);
    }
}
