package io.databridge.odm.it;

import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.update.Change.inc;
import static io.databridge.odm.api.update.Change.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.BulkResult;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Counter;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mixed bulk writes: per-position outcomes, ordered and unordered, asserted on the stored documents. */
class BulkIT {

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(BulkIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    /** Stored counts and versions by id. */
    private static Map<String, String> state(String collection) {
        return stored.all(collection).stream().collect(Collectors.toMap(
                (BsonDocument document) -> document.getString("_id").getValue(),
                (BsonDocument document) -> document.getInt64("count").getValue() + "@"
                        + document.getInt64("version").getValue()));
    }

    @Test
    void insertsReplacesUpdatesAndDeletesInOneOrderedBulk() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-mixed");
        Counter e = counters.save(new Counter("e", 1, 0));
        counters.save(new Counter("d", 1, 0));

        BulkResult<Counter, String> result = counters.bulk()
                .insert(new Counter("n", 0, 0))
                .replace(new Counter("e", 10, e.version()))
                .updateOne(eq("id", "e"), Update.of(inc("count", 5)))
                .deleteById("d")
                .upsert(eq("id", "u"), Update.of(set("count", 7L), set("version", 1L)))
                .execute();

        assertTrue(result.isComplete());
        assertEquals(1, result.inserted());
        assertEquals(1, result.deleted());
        assertEquals(Map.of(0, "n"), result.insertedIds());
        assertEquals(Map.of(4, "u"), result.upsertedIds());
        assertEquals(2, result.stored(1).orElseThrow().version());
        assertEquals(1, result.stored(0).orElseThrow().version());
        assertTrue(result.stored(2).isEmpty());
        assertEquals(Map.of("n", "0@1", "e", "15@2", "u", "7@1"), state("bulk-mixed"));
    }

    @Test
    void aDuplicateKeyNamesItsPositionAndEntityAndOrderedBulksStopThere() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-ordered-dup");
        counters.save(new Counter("taken", 1, 0));

        BulkWriteException failure = assertThrows(BulkWriteException.class, () -> counters.bulk()
                .insert(new Counter("a", 0, 0))
                .insert(new Counter("taken", 0, 0))
                .insert(new Counter("b", 0, 0))
                .execute());
        WriteError duplicate = failure.report().errors().get(0);
        assertEquals(1, duplicate.position());
        assertTrue(duplicate.describe().contains("taken"), duplicate.describe());
        assertTrue(failure.getMessage().contains(Counter.class.getName()), failure.getMessage());
        assertEquals("taken", failure.ids().get(1));
        assertEquals(PositionStatus.WRITTEN, failure.report().status(0));
        assertEquals(PositionStatus.FAILED, failure.report().status(1));
        assertEquals(PositionStatus.NOT_ATTEMPTED, failure.report().status(2));
        assertNull(failure.entities().get(2), "no stored copy for a position never attempted");
        assertEquals(Map.of("taken", "1@1", "a", "0@1"), state("bulk-ordered-dup"));
    }

    @Test
    void unorderedBulksAttemptEveryOperation() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-unordered-dup");
        counters.save(new Counter("taken", 1, 0));

        BulkResult<Counter, String> result = counters.bulk()
                .insert(new Counter("a", 0, 0))
                .insert(new Counter("taken", 0, 0))
                .insert(new Counter("b", 0, 0))
                .tryExecute(InsertOptions.unordered());
        assertFalse(result.isComplete());
        assertEquals(PositionStatus.FAILED, result.status(1));
        assertEquals(PositionStatus.WRITTEN, result.status(2));
        assertEquals(Map.of("taken", "1@1", "a", "0@1", "b", "0@1"), state("bulk-unordered-dup"));
    }

    @Test
    void aConflictAmongUpdatesIsFoundByReadingBack() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-conflict");
        Counter x = counters.save(new Counter("x", 1, 0));
        Counter y = counters.save(new Counter("y", 1, 0));
        counters.save(new Counter("y", 50, y.version()));

        BulkResult<Counter, String> result = counters.bulk()
                .replace(new Counter("x", 2, x.version()))
                .updateMany(eq("count", 50L), Update.of(inc("count", 1)))
                .replace(new Counter("y", 2, y.version()))
                .tryExecute(InsertOptions.ordered());
        assertEquals(PositionStatus.WRITTEN, result.status(0));
        assertEquals(PositionStatus.WRITTEN, result.status(1));
        assertEquals(PositionStatus.FAILED, result.status(2));
        assertEquals(WriteError.VERSION_CONFLICT_CODE, result.report().errors().get(0).code());
        assertEquals(Map.of("x", "2@2", "y", "51@2"), state("bulk-conflict"));
    }

    @Test
    void aVersionedDeleteInABulkIsAConflictWhenStale() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-delete");
        Counter a = counters.save(new Counter("a", 1, 0));
        Counter b = counters.save(new Counter("b", 1, 0));
        counters.save(b.incremented());

        BulkResult<Counter, String> result = counters.bulk().delete(a).delete(b).tryExecute(InsertOptions.ordered());
        assertEquals(PositionStatus.WRITTEN, result.status(0));
        assertEquals(PositionStatus.FAILED, result.status(1));
        assertEquals(Map.of("b", "2@2"), state("bulk-delete"));
    }

    @Test
    void aBadEntityFailsTheBulkBeforeAnythingIsSent() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "bulk-bad");
        var bulk = counters.bulk().insert(new Counter("ok", 0, 0));
        InvalidEntityException refused = assertThrows(InvalidEntityException.class,
                () -> bulk.replace(new Counter("never", 0, 0)));
        assertTrue(refused.getMessage().contains("version"), refused.getMessage());
        assertThrows(InvalidEntityException.class, () -> bulk.insert(null));
        assertEquals(0, stored.count("bulk-bad"));
        assertEquals(List.of(), stored.all("bulk-bad"));
    }
}
