package io.databridge.odm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Reads what the ODM stored with the raw driver, and compares it with literal expected documents written in canonical
 * extended JSON, which spells out every BSON type ({@code {"$numberInt": "1"}}) and keeps field order.
 */
public final class StoredDocuments {

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();

    private final MongoDatabase database;

    /**
     * Reads from a database.
     *
     * @param database the database the ODM wrote to
     */
    public StoredDocuments(MongoDatabase database) {
        this.database = database;
    }

    /**
     * Returns every document of a collection in natural order.
     *
     * @param collection the collection
     * @return the documents as the server returns them
     */
    public List<BsonDocument> all(String collection) {
        return raw(collection).find().into(new ArrayList<>());
    }

    /**
     * Counts the documents of a collection.
     *
     * @param collection the collection
     * @return the number of documents
     */
    public long count(String collection) {
        return raw(collection).countDocuments();
    }

    /**
     * Asserts that a stored document equals an expected one, field order and BSON types included.
     *
     * @param expectedCanonicalJson the expected document in canonical extended JSON
     * @param actual the stored document
     */
    public static void assertSameDocument(String expectedCanonicalJson, BsonDocument actual) {
        assertEquals(BsonDocument.parse(expectedCanonicalJson).toJson(CANONICAL), actual.toJson(CANONICAL));
    }

    /**
     * Returns a collection through the raw driver, for tests that change documents behind the ODM's back.
     *
     * @param collection the collection name
     * @return the collection of raw documents
     */
    public MongoCollection<BsonDocument> raw(String collection) {
        return database.getCollection(collection, BsonDocument.class);
    }
}
