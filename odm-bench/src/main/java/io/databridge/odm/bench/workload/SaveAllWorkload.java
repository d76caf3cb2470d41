package io.databridge.odm.bench.workload;

import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.SaveAllScenario;
import java.util.HashMap;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;

/**
 * The library's idiomatic "save all" of N versioned users ({@link SaveAllScenario}): before (untimed) the contestant's
 * own insert stores N/2 existing users into a fresh collection; the timed call saves those N/2 (carrying their stored
 * version, with a changed score) together with N/2 new ones. Afterwards the collection must hold exactly N documents:
 * the existing users with the new score at the library's first version plus 1, the new ones at its first version.
 *
 * <p>Libraries differ here by design: Spring Data's {@code saveAll} (as soon as any entity is not new) and Morphia's
 * {@code save(List)} save one entity per round trip, while the raw driver sends one bulk write (two commands: the
 * replaces, then the inserts).
 */
public final class SaveAllWorkload extends VersionedUserWorkload {

    /** Creates the workload. */
    public SaveAllWorkload() {
        // stateless
    }

    @Override
    public String name() {
        return "save-all";
    }

    @Override
    WriteRun convert(VersionedUserWrites writes, DataGenerator data, int n) {
        SaveAllScenario scenario = SaveAllScenario.generate(data, n);
        WriteBatch batch = writes.saveAll(scenario);
        long first = batch.firstVersion();
        Map<ObjectId, BsonDocument> expected = new HashMap<>();
        expect(expected, scenario.changed(), first + 1);
        expect(expected, scenario.fresh(), first);
        return new WriteRun(batch, expected, n);
    }
}
