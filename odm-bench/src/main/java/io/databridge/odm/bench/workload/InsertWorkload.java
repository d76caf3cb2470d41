package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import java.util.Optional;

/**
 * Bulk insert of N fresh entities into an empty collection: the collection is created before each repetition
 * (every repetition and the correctness gate drop what they create, so it does not exist yet), the timed call
 * is the batch's insert, and afterwards the stored count is checked and the collection dropped.
 */
public final class InsertWorkload implements Workload<EntityBatch> {

    /** Creates the workload. */
    public InsertWorkload() {
        // stateless
    }

    @Override
    public String name() {
        return "insert";
    }

    /** Every contestant takes part, with its {@link Contestant#prepare} batch. */
    @Override
    public Optional<EntityBatch> prepare(Contestant contestant, DocumentKind kind, DataGenerator data, int n) {
        return Optional.of(contestant.prepare(kind, data, n));
    }

    /** The correctness gate checks every batch: all contestants must store the floor's documents. */
    @Override
    public Optional<EntityBatch> gated(EntityBatch batch) {
        return Optional.of(batch);
    }

    @Override
    public void before(EntityBatch batch, MongoDatabase database) {
        database.createCollection(batch.collection());
    }

    @Override
    public long run(EntityBatch batch) {
        batch.insert();
        return batch.size();
    }

    @Override
    public void after(EntityBatch batch, MongoDatabase database, long result) {
        var collection = database.getCollection(batch.collection());
        long stored = collection.estimatedDocumentCount();
        if (stored != result) {
            throw new IllegalStateException(
                    "insert into " + batch.collection() + " stored " + stored + " documents, expected " + result);
        }
        collection.drop();
    }
}
