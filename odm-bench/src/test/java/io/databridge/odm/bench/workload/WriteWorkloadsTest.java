package io.databridge.odm.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.databridge.odm.bench.TestServer;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.ContestantRegistry;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.contestant.driver.DriverDocumentContestant;
import io.databridge.odm.bench.contestant.driver.FloorRawBsonContestant;
import io.databridge.odm.bench.contestant.driver.HandCodecContestant;
import io.databridge.odm.bench.contestant.morphia.MorphiaContestant;
import io.databridge.odm.bench.contestant.pojo.PojoCodecContestant;
import io.databridge.odm.bench.contestant.spring.SpringTemplateContestant;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WriteWorkloadsTest {

    private static final DataGenerator DATA = new DataGenerator(DataGenerator.DEFAULT_SEED);
    private static final List<VersionedUserWorkload> WORKLOADS = List.of(new MixedBulkWorkload(),
            new SaveAllWorkload());
    private static final int N = 100;

    private static TestServer server;
    private static BenchTarget target;

    @BeforeAll
    static void startServer() {
        server = TestServer.start("write_workloads_test");
        target = server.target();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {DriverDocumentContestant.NAME, SpringTemplateContestant.NAME, MorphiaContestant.NAME})
    void everyRepetitionReachesTheExpectedOutcome(String name) {
        try (Contestant contestant = setUp(name)) {
            for (VersionedUserWorkload workload : WORKLOADS) {
                WriteRun run = workload.prepare(contestant, DocumentKind.USER, DATA, N).orElseThrow();
                for (int repetition = 0; repetition < 2; repetition++) {
                    workload.before(run, database());
                    long result = workload.run(run);
                    workload.after(run, database(), result);
                    assertTrue(database().listCollectionNames().into(new java.util.ArrayList<>())
                            .stream().noneMatch(run.batch().collection()::equals), "after drops the collection");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DriverDocumentContestant.NAME, SpringTemplateContestant.NAME, MorphiaContestant.NAME})
    void aStaleVersionFailsTheWrite(String name) {
        try (Contestant contestant = setUp(name)) {
            for (VersionedUserWorkload workload : WORKLOADS) {
                WriteRun run = workload.prepare(contestant, DocumentKind.USER, DATA, N).orElseThrow();
                workload.before(run, database());
                ObjectId firstExisting = DATA.users(1).getFirst().id();
                database().getCollection(run.batch().collection())
                        .updateOne(Filters.eq("_id", firstExisting), Updates.inc("version", 1L));
                assertThrows(RuntimeException.class, () -> workload.run(run), workload.name());
                database().getCollection(run.batch().collection()).drop();
            }
        }
    }

    @Test
    void takesOnlyUserDocumentsAtSizesFromOneHundredToTenThousand() {
        try (Contestant contestant = setUp(DriverDocumentContestant.NAME)) {
            for (VersionedUserWorkload workload : WORKLOADS) {
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, 100).isPresent());
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, 10_000).isPresent());
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, 99).isEmpty());
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, 10_001).isEmpty());
                assertTrue(workload.prepare(contestant, DocumentKind.RICH, DATA, 1_000).isEmpty());
                assertTrue(workload.gated(workload.prepare(contestant, DocumentKind.USER, DATA, 100).orElseThrow())
                        .isEmpty(), "the outcome check replaces the gate");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FloorRawBsonContestant.NAME, HandCodecContestant.NAME, PojoCodecContestant.NAME})
    void leavesOutContestantsWithoutVersionedWrites(String name) {
        try (Contestant contestant = setUp(name)) {
            for (VersionedUserWorkload workload : WORKLOADS) {
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, N).isEmpty());
            }
        }
    }

    @Test
    void dataBridgeTakesPart() {
        try (Contestant contestant = setUp(ContestantRegistry.DATA_BRIDGE)) {
            for (VersionedUserWorkload workload : WORKLOADS) {
                assertTrue(workload.prepare(contestant, DocumentKind.USER, DATA, N).isPresent());
            }
        }
    }

    @Test
    void expectsTheReplacedUpdatedAndNewUsersAfterAMixedBulk() {
        try (Contestant contestant = setUp(DriverDocumentContestant.NAME)) {
            WriteRun run = new MixedBulkWorkload().prepare(contestant, DocumentKind.USER, DATA, N).orElseThrow();
            var scenario = MixedBulkScenario.generate(DATA, N);
            assertEquals(2 * N, run.expected().size());
            assertEquals(4L * N, run.operations());
            var replaced = run.expected().get(scenario.replacements().getFirst().id());
            assertEquals(2L, replaced.getInt64("version").getValue());
            assertEquals(false, replaced.getBoolean("active").getValue());
            assertEquals(scenario.replacements().getFirst().score(), replaced.getDouble("score").getValue());
            assertEquals(1L, run.expected().get(scenario.inserts().getFirst().id()).getInt64("version").getValue());
            assertTrue(scenario.deletes().stream().noneMatch(run.expected()::containsKey));
        }
    }

    @Test
    void expectsTheNextVersionForSavedUsersAndTheFirstForNewOnes() {
        try (Contestant contestant = setUp(DriverDocumentContestant.NAME)) {
            WriteRun run = new SaveAllWorkload().prepare(contestant, DocumentKind.USER, DATA, N).orElseThrow();
            var scenario = SaveAllScenario.generate(DATA, N);
            assertEquals(N, run.expected().size());
            assertEquals(N, run.operations());
            assertEquals(2L, run.expected().get(scenario.changed().getFirst().id()).getInt64("version").getValue());
            assertEquals(1L, run.expected().get(scenario.fresh().getFirst().id()).getInt64("version").getValue());
        }
    }

    @Test
    void failsAWrongOutcome() {
        var workload = new SaveAllWorkload();
        var users = DATA.users(3);
        var collection = "wrong_outcome";
        WriteBatch lazy = WriteBatch.of(collection, 1, () -> "staged", staged -> 2);
        var expected = Map.of(users.get(0).id(), VersionedUserWorkload.document(users.get(0), 2),
                users.get(1).id(), VersionedUserWorkload.document(users.get(1), 1));
        var run = new WriteRun(lazy, expected, 2);

        workload.before(run, database());
        database().getCollection(collection).insertOne(new org.bson.Document("_id", users.get(0).id()));
        var wrongCount = assertThrows(IllegalStateException.class, () -> workload.after(run, database(), 1));
        assertTrue(wrongCount.getMessage().contains("reported 1 operations done, expected 2"),
                wrongCount.getMessage());
        var differs = assertThrows(IllegalStateException.class, () -> workload.after(run, database(), 2));
        assertTrue(differs.getMessage().contains("differs from the expected outcome"), differs.getMessage());
        database().getCollection(collection).drop();

        workload.before(run, database());
        database().getCollection(collection, BsonDocument.class).insertOne(
                VersionedUserWorkload.document(users.get(0), 2).append("version", new BsonInt32(2)));
        var int32 = assertThrows(IllegalStateException.class, () -> workload.after(run, database(), 2));
        assertTrue(int32.getMessage().contains("\"version\": {\"$numberInt\": \"2\"}"), int32.getMessage());
        database().getCollection(collection).drop();

        workload.before(run, database());
        database().getCollection(collection, BsonDocument.class)
                .insertOne(VersionedUserWorkload.document(users.get(0), 2));
        var missing = assertThrows(IllegalStateException.class, () -> workload.after(run, database(), 2));
        assertTrue(missing.getMessage().contains("stored 1 documents, expected 2"), missing.getMessage());
        database().getCollection(collection, BsonDocument.class)
                .insertOne(VersionedUserWorkload.document(users.get(2), 1));
        var extra = assertThrows(IllegalStateException.class, () -> workload.after(run, database(), 2));
        assertTrue(extra.getMessage().contains("should not be there"), extra.getMessage());
        database().getCollection(collection).drop();
    }

    private static Contestant setUp(String name) {
        Contestant contestant = ContestantRegistry.standard().create(name);
        contestant.setUp(target);
        return contestant;
    }

    private static MongoDatabase database() {
        return target.database();
    }
}
