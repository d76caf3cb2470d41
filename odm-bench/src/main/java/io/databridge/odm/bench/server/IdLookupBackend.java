package io.databridge.odm.bench.server;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.List;
import java.util.Optional;

/**
 * mongo-java-server's memory backend with one change: a filter that combines an {@code _id} equality with further
 * conditions reads its one candidate through the {@code _id} index, as MongoDB does.
 *
 * <p>The stock backend uses an index only for a filter on exactly the index's fields, so the filter of a versioned
 * replace, {@code {_id: X, version: V}} or {@code {$and: [{_id: X}, {version: V}]}}, scans the whole collection: N
 * versioned writes cost O(N^2) on the server (one ordered bulk of 10,000 versioned replaces into 20,000 documents took
 * 20-33 s, against 0.1-1.5 s for the same replaces filtered by {@code _id} alone), which would bury every client-side
 * difference of the write workloads. Here a filter whose top level (directly, or as a clause of a top-level
 * {@code $and}) holds {@code _id} equal to an ObjectId, next to other conditions, takes the document with that id from
 * the {@code _id} index and matches the whole filter against it, so the outcome is the stock one; every other filter
 * takes the stock path. Inserts, finds of all documents and finds by {@code _id} alone (the insert and find workloads)
 * run exactly as before.
 */
public final class IdLookupBackend extends MemoryBackend {

    /** Creates the backend. */
    public IdLookupBackend() {
        // the memory backend's defaults
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IdLookupDatabase(databaseName, getCursorRegistry());
    }

    /**
     * The {@code _id} a filter requires next to other conditions.
     *
     * @param filter the filter as the server received it
     * @return the ObjectId, or empty if the filter has no top-level {@code _id} equality to an ObjectId, or no other
     *         condition
     */
    static Optional<ObjectId> idNextToOtherConditions(Document filter) {
        if (filter.size() > 1 && filter.get("_id") instanceof ObjectId id) {
            return Optional.of(id);
        }
        if (filter.size() == 1 && filter.get("$and") instanceof List<?> clauses && clauses.size() > 1) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && document.size() == 1
                        && document.get("_id") instanceof ObjectId id) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** A memory database whose collections are {@link IdLookupCollection}s. */
    private static final class IdLookupDatabase extends MemoryDatabase {

        IdLookupDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new IdLookupCollection(this, collectionName, options, cursorRegistry);
        }
    }

    /** A memory collection that answers filters with an {@code _id} equality through the {@code _id} index. */
    private static final class IdLookupCollection extends MemoryCollection {

        IdLookupCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            Optional<ObjectId> id = idNextToOtherConditions(query);
            Optional<Index<Integer>> idIndex = id.isEmpty() ? Optional.empty() : getIndexes().stream()
                    .filter(index -> index.getKeys().size() == 1 && "_id".equals(index.getKeys().getFirst().getKey()))
                    .findFirst();
            if (id.isEmpty() || idIndex.isEmpty()) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            Iterable<Integer> candidates = idIndex.get().getPositions(new Document("_id", id.get()));
            return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
