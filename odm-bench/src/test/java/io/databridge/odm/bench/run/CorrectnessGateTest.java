package io.databridge.odm.bench.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.contestant.driver.FloorRawBsonContestant;
import io.databridge.odm.bench.contestant.driver.HandCodecContestant;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorrectnessGateTest {

    private static final DataGenerator DATA = new DataGenerator(DataGenerator.DEFAULT_SEED);

    private static MongoServer server;
    private static MongoClient client;
    private static BenchTarget target;
    private static CorrectnessGate gate;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        String connectionString = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        client = MongoClients.create(connectionString);
        target = new BenchTarget(connectionString, client, "gate_test");
        var reference = new FloorRawBsonContestant();
        reference.setUp(target);
        gate = new CorrectnessGate(target.database(), reference, DATA);
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void passesAContestantThatStoresTheSameBytes() {
        assertDoesNotThrow(() -> check(new HandCodecContestant(), DocumentKind.USER));
        assertDoesNotThrow(() -> check(new HandCodecContestant(), DocumentKind.RICH));
    }

    @Test
    void failsOnADifferentFieldOrderWhenOrderMustBeKept() {
        var failure = assertThrows(IllegalStateException.class, () -> check(new Reordering(true), DocumentKind.USER));
        assertTrue(failure.getMessage().contains("reordering (user, N=3) document #0 differs"), failure.getMessage());
    }

    @Test
    void toleratesADifferentFieldOrderWhenTheContestantDeclaresIt() {
        assertDoesNotThrow(() -> check(new Reordering(false), DocumentKind.USER));
    }

    @Test
    void failsOnADifferentBsonType() {
        var failure = assertThrows(IllegalStateException.class, () -> check(new Int64Age(), DocumentKind.USER));
        assertTrue(failure.getMessage().contains("document #0 differs"), failure.getMessage());
    }

    private static void check(Contestant contestant, DocumentKind kind) {
        contestant.setUp(target);
        gate.check(kind, 3, List.of(new Entry<>(contestant, contestant.prepare(kind, DATA, 3))));
    }

    /** Stores the user fields in reverse order. */
    private static final class Reordering extends DocumentContestant {

        private final boolean keepsOrder;

        Reordering(boolean keepsOrder) {
            this.keepsOrder = keepsOrder;
        }

        @Override
        public String name() {
            return "reordering";
        }

        @Override
        public boolean keepsFieldOrder() {
            return keepsOrder;
        }

        @Override
        Document toDocument(User u) {
            return new Document("_id", u.id()).append("active", u.active()).append("score", u.score())
                    .append("city", u.city()).append("age", u.age()).append("email", u.email())
                    .append("name", u.name());
        }
    }

    /** Stores {@code age} as int64 instead of int32. */
    private static final class Int64Age extends DocumentContestant {

        @Override
        public String name() {
            return "int64-age";
        }

        @Override
        Document toDocument(User u) {
            return new Document("_id", u.id()).append("name", u.name()).append("email", u.email())
                    .append("age", (long) u.age()).append("city", u.city()).append("score", u.score())
                    .append("active", u.active());
        }
    }

    /** A "user"-only contestant over {@link Document}s. */
    private abstract static class DocumentContestant implements Contestant {

        private BenchTarget benchTarget;

        abstract Document toDocument(User user);

        @Override
        public void setUp(BenchTarget target) {
            benchTarget = target;
        }

        @Override
        public EntityBatch users(List<User> users) {
            var collection = benchTarget.database().getCollection(name());
            List<Document> documents = users.stream().map(this::toDocument).toList();
            return EntityBatch.of(name(), documents.size(), () -> collection.insertMany(documents),
                    () -> (int) collection.countDocuments(), id -> false);
        }

        @Override
        public EntityBatch rich(List<Rich> items) {
            throw new UnsupportedOperationException("user only");
        }
    }
}
