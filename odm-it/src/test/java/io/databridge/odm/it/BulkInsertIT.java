package io.databridge.odm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.BulkInsertFailure;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Tagged;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Large batches, several wire batches, ordered and unordered duplicates, with the stored result checked. */
class BulkInsertIT {

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(BulkInsertIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    private static Repository<Tagged, String> tagged(String collection) {
        return odm.repository(Tagged.class, String.class, collection);
    }

    private static List<Tagged> tags(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Tagged("t" + i, Map.of("n", Integer.toString(i))))
                .toList();
    }

    @Test
    void insertsFiftyThousandDocumentsInOrder() {
        InsertResult<Tagged, String> result = tagged("fifty").insertAll(tags(0, 50_000));

        assertEquals(50_000, result.insertedCount());
        assertEquals("t49999", result.ids().get(49_999));
        List<BsonDocument> documents = stored.all("fifty");
        assertEquals(50_000, documents.size());
        for (int i : new int[] {0, 999, 1_000, 25_000, 49_999}) {
            assertEquals("t" + i, documents.get(i).getString("_id").getValue());
            assertEquals(Integer.toString(i), documents.get(i).getDocument("labels").getString("n").getValue());
        }
    }

    @Test
    void insertsFiftyThousandDocumentsUnorderedWithSeveralBatchesInFlight() {
        tagged("fiftyUnordered").insertAll(tags(0, 50_000), InsertOptions.unordered());

        Set<String> ids = new HashSet<>();
        stored.all("fiftyUnordered").forEach(document -> ids.add(document.getString("_id").getValue()));
        assertEquals(50_000, ids.size());
        assertTrue(ids.contains("t0") && ids.contains("t49999"));
    }

    @Test
    void orderedDuplicateStopsTheInsertAndReportsEveryPosition() {
        Repository<Tagged, String> repository = tagged("orderedDup");
        repository.insert(new Tagged("t1", Map.of()));
        List<Tagged> batch = tags(0, 3);

        BulkWriteException failure = assertThrows(BulkWriteException.class, () -> repository.insertAll(batch));

        WriteReport report = failure.report();
        assertEquals(PositionStatus.WRITTEN, report.status(0));
        assertEquals(PositionStatus.FAILED, report.status(1));
        assertEquals(PositionStatus.NOT_ATTEMPTED, report.status(2));
        WriteError error = report.errors().get(0);
        assertEquals(1, error.position());
        assertEquals(WriteError.DUPLICATE_KEY_CODE, error.code());
        assertEquals("_id_", error.duplicateKey().indexName());
        assertTrue(error.duplicateKey().key().contains("t1"), error.duplicateKey().key());
        assertTrue(failure.getMessage().contains("position 1") && failure.getMessage().contains("_id_"),
                failure.getMessage());
        assertEquals(List.of("t0", "t1", "t2"), failure.ids());
        assertEquals(2, stored.count("orderedDup"));
    }

    @Test
    void unorderedDuplicateWritesEverythingElse() {
        Repository<Tagged, String> repository = tagged("unorderedDup");
        repository.insert(new Tagged("t1", Map.of()));

        Either<BulkInsertFailure<Tagged, String>, InsertResult<Tagged, String>> outcome =
                repository.tryInsertAll(tags(0, 4), InsertOptions.unordered());

        assertTrue(outcome.isLeft());
        WriteReport report = outcome.getLeft().report();
        assertEquals(List.of(PositionStatus.WRITTEN, PositionStatus.FAILED, PositionStatus.WRITTEN,
                PositionStatus.WRITTEN), IntStream.range(0, 4).mapToObj(report::status).toList());
        assertEquals(3, report.writtenCount());
        assertEquals(4, stored.count("unorderedDup"));
    }

    @Test
    void duplicateInALaterWireBatchIsReportedAtItsPositionInTheCallersBatch() {
        Repository<Tagged, String> repository = tagged("laterBatch");
        List<Tagged> batch = new ArrayList<>(tags(0, 2_500));
        batch.set(1_500, new Tagged("t499", Map.of()));

        BulkWriteException failure = assertThrows(BulkWriteException.class, () -> repository.insertAll(batch));

        assertEquals(1_500, failure.report().errors().get(0).position());
        assertEquals(PositionStatus.WRITTEN, failure.report().status(1_499));
        assertEquals(PositionStatus.NOT_ATTEMPTED, failure.report().status(1_501));
        assertEquals(PositionStatus.NOT_ATTEMPTED, failure.report().status(2_499));
        assertEquals(1_500, failure.report().writtenCount());
        assertEquals(1_500, stored.count("laterBatch"));
    }

    @Test
    void unorderedDuplicatesAcrossWireBatchesAreAllReportedWhicheverArrivesSecond() {
        Repository<Tagged, String> repository = tagged("unorderedLater");
        List<Tagged> batch = new ArrayList<>(tags(0, 3_000));
        batch.set(1_200, new Tagged("t5", Map.of()));
        batch.set(2_900, new Tagged("t6", Map.of()));

        BulkWriteException failure = assertThrows(BulkWriteException.class,
                () -> repository.insertAll(batch, InsertOptions.unordered()));

        List<Integer> failed = failure.report().errors().stream().map(WriteError::position).toList();
        // wire batches 0 and 1 are in flight at once, so either copy of "t5" may arrive second
        assertTrue(failed.equals(List.of(1_200, 2_900)) || failed.equals(List.of(5, 2_900)), failed.toString());
        assertEquals(2_998, failure.report().writtenCount());
        assertEquals(2_998, stored.count("unorderedLater"));
    }

    @Test
    void singleInsertOfADuplicateNamesTheKeyAndIndex() {
        Repository<Tagged, String> repository = tagged("singleDup");
        repository.insert(new Tagged("same", Map.of()));

        DuplicateKeyException failure = assertThrows(DuplicateKeyException.class,
                () -> repository.insert(new Tagged("same", Map.of("x", "y"))));

        assertEquals("_id_", failure.duplicateKey().indexName());
        assertTrue(failure.getMessage().contains("Tagged") && failure.getMessage().contains("same"),
                failure.getMessage());
        assertEquals(1, stored.count("singleDup"));
    }
}
