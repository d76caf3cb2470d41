package io.databridge.odm.bench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdLookupBackendTest {

    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> collection;
    private static final List<ObjectId> IDS = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new IdLookupBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        collection = client.getDatabase("id_lookup_test").getCollection("c");
        for (int i = 0; i < 5; i++) {
            IDS.add(new ObjectId());
        }
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void fill() {
        collection.drop();
        for (int i = 0; i < IDS.size(); i++) {
            collection.insertOne(new Document("_id", IDS.get(i)).append("version", 1L).append("n", i));
        }
    }

    @Test
    void aVersionedFilterMatchesOnlyTheDocumentWithThatIdAndVersion() {
        ObjectId id = IDS.get(2);
        var plain = new Document("_id", id).append("version", 1L);
        assertEquals(1, collection.replaceOne(plain, new Document("_id", id).append("version", 2L)).getMatchedCount());
        assertEquals(0, collection.replaceOne(plain, new Document("_id", id).append("version", 3L)).getMatchedCount(),
                "stale version");
        var and = Filters.and(Filters.eq("_id", id), Filters.eq("version", 2L));
        assertEquals(1, collection.updateOne(and, Updates.set("version", 3L)).getMatchedCount());
        assertEquals(0, collection.updateOne(and, Updates.set("version", 4L)).getMatchedCount(), "stale version");
        assertEquals(0, collection.countDocuments(Filters.and(Filters.eq("_id", new ObjectId()),
                Filters.eq("version", 1L))), "unknown id");
        assertEquals(List.of(1L, 1L, 3L, 1L, 1L), versions());
    }

    @Test
    void otherFiltersKeepTheirStockResults() {
        assertEquals(5, collection.countDocuments());
        assertEquals(5, collection.countDocuments(Filters.eq("version", 1L)));
        assertEquals(2, collection.countDocuments(Filters.and(Filters.in("_id", IDS.get(0), IDS.get(4)),
                Filters.eq("version", 1L))));
        assertEquals(1, collection.countDocuments(Filters.eq("_id", IDS.get(3))));
        assertEquals(0, collection.countDocuments(Filters.and(Filters.eq("_id", IDS.get(3)), Filters.eq("n", 4))));
        assertEquals(1, collection.countDocuments(Filters.or(Filters.eq("_id", IDS.get(3)), Filters.eq("n", -1))));
        assertEquals(1, collection.deleteOne(new Document("_id", IDS.get(1)).append("n", 1)).getDeletedCount());
        assertEquals(4, collection.countDocuments());
    }

    @Test
    void findsTheIdOnlyNextToOtherConditionsAtTheTopLevel() {
        var id = new de.bwaldvogel.mongo.bson.ObjectId();
        var version = new de.bwaldvogel.mongo.bson.Document("version", 1L);
        assertEquals(Optional.of(id), IdLookupBackend.idNextToOtherConditions(
                new de.bwaldvogel.mongo.bson.Document("_id", id).append("version", 1L)));
        assertEquals(Optional.of(id), IdLookupBackend.idNextToOtherConditions(new de.bwaldvogel.mongo.bson.Document(
                "$and", List.of(version, new de.bwaldvogel.mongo.bson.Document("_id", id)))));
        assertEquals(Optional.empty(), IdLookupBackend.idNextToOtherConditions(
                new de.bwaldvogel.mongo.bson.Document("_id", id)), "the stock _id index handles it");
        assertEquals(Optional.empty(), IdLookupBackend.idNextToOtherConditions(
                new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document("$in", List.of(id)))
                        .append("version", 1L)));
        assertEquals(Optional.empty(), IdLookupBackend.idNextToOtherConditions(new de.bwaldvogel.mongo.bson.Document(
                "$or", List.of(version, new de.bwaldvogel.mongo.bson.Document("_id", id)))));
    }

    private static List<Long> versions() {
        var versions = new ArrayList<Long>();
        for (ObjectId id : IDS) {
            versions.add(collection.find(Filters.eq("_id", id)).first().getLong("version"));
        }
        return versions;
    }
}
