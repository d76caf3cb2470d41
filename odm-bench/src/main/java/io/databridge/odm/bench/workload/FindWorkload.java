package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.EntityBatch;

/**
 * Find all N documents of a collection and materialize them as the library's entities. Before each repetition the
 * contestant's own insert fills a fresh collection (untimed); the timed call reads everything back; afterwards the
 * number of entities read is checked and the collection dropped.
 */
public final class FindWorkload implements Workload {

    /** Creates the workload. */
    public FindWorkload() {
        // stateless
    }

    @Override
    public String name() {
        return "find";
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
