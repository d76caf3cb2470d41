package io.databridge.odm.it.support;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * mongo-java-server's memory backend with consistent reads of single documents.
 *
 * <p>The stock backend answers a find with the stored document objects themselves and serializes the reply after
 * releasing the collection's lock, while an update changes the stored object in place, field by field. So a read that
 * races a replace can return a torn document (say the old {@code count} with the new {@code version}), which breaks
 * every optimistic-locking client, the raw driver included: eight threads incrementing a versioned counter with
 * retries lost one increment in three runs with plain driver calls. MongoDB never returns a torn document. Here the
 * first batch of every find is copied while the lock is held (later batches of a cursor are still served by the
 * stock code; the tests that race writes read single documents).
 */
public final class SnapshotReadsBackend extends MemoryBackend {

    /** Creates the backend. */
    public SnapshotReadsBackend() {
        // the memory backend's defaults
    }

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new SnapshotDatabase(databaseName, getCursorRegistry());
    }

    /** A memory database whose collections copy what they read. */
    private static final class SnapshotDatabase extends MemoryDatabase {

        SnapshotDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new SnapshotCollection(this, collectionName, options, cursorRegistry);
        }
    }

    /**
     * A memory collection that copies the first batch of a find under its lock. A find-and-modify finds its document
     * through the same query method and then changes it in place, so its own query is left uncopied.
     */
    private static final class SnapshotCollection extends MemoryCollection {

        private boolean modifying;

        SnapshotCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            modifying = true;
            try {
                return super.findAndModify(query);
            } finally {
                modifying = false;
            }
        }

        @Override
        public synchronized QueryResult handleQuery(QueryParameters parameters) {
            QueryResult result = super.handleQuery(parameters);
            if (modifying) {
                return result;
            }
            List<Document> copies = new ArrayList<>();
            for (Document document : result) {
                copies.add(document.cloneDeeply());
            }
            return new QueryResult(copies, result.getCursorId());
        }
    }
}
