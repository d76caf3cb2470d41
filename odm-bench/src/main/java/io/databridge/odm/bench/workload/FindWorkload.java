package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import java.util.Optional;

/**
 * Find all N documents of a collection and materialize them as the library's entities. Before each repetition the
 * contestant's own insert fills a fresh collection (untimed); the timed call reads everything back; afterwards the
 * number of entities read is checked and the collection dropped.
 */
public final class FindWorkload implements Workload<EntityBatch> {

    /** Creates the workload. */
    public FindWorkload() {
        // stateless
    }

    @Override
    public String name() {
        return "find";
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
        batch.insert();
    }

    @Override
    public long run(EntityBatch batch) {
        return batch.findAll();
    }

    @Override
    public void after(EntityBatch batch, MongoDatabase database, long result) {
        if (result != batch.size()) {
            throw new IllegalStateException("find in " + batch.collection() + " read " + result
                    + " entities, expected " + batch.size());
        }
        database.getCollection(batch.collection()).drop();
    }
}
