package io.databridge.archfixtures.driver.internal;

import com.mongodb.client.MongoCollection;
import org.bson.BsonDocument;

/** The adapter's internal write path: used by the adapter's own {@code Store}, which is allowed. */
public final class Pipeline {

    private final MongoCollection<BsonDocument> collection;

    /**
     * A pipeline writing to a collection.
     *
     * @param collection the collection
     */
    public Pipeline(MongoCollection<BsonDocument> collection) {
        this.collection = collection;
    }

    /**
     * Inserts a document.
     *
     * @param document the document
     */
    public void insert(BsonDocument document) {
        collection.insertOne(document);
    }
}
