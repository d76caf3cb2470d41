package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.codec.BatchEncoder;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.RawBsonDocument;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DocumentStore} on the MongoDB sync driver. Documents arrive as value trees, are encoded by the codec
 * (never by the driver) and go to {@code insertMany} as {@link RawBsonDocument}s, so nothing is encoded twice.
 * Thread-safe.
 */
public final class MongoDocumentStore implements DocumentStore {

    private static final AtomicInteger STORES = new AtomicInteger();

    private final MongoClient client;
    private final boolean ownsClient;
    private final MongoDatabase database;
    private final BatchEncoder encoder;
    private final StoreSettings settings;
    private final ExecutorService writers;
    private final Map<String, MongoCollection<RawBsonDocument>> collections = new ConcurrentHashMap<>();
    private volatile @Nullable ServerLimits limits;

    /**
     * Creates the store.
     *
     * @param client the driver client
     * @param ownsClient whether {@link #close()} closes the client too
     * @param databaseName the database
     * @param encoder the batch encoder (closed with the store)
     * @param settings pipeline settings
     */
    public MongoDocumentStore(MongoClient client, boolean ownsClient, String databaseName, BatchEncoder encoder,
            StoreSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.database = client.getDatabase(Objects.requireNonNull(databaseName, "databaseName"));
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.settings = Objects.requireNonNull(settings, "settings");
        int store = STORES.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.writers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "databridge-writer-" + store + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public WriteReport insert(InsertRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.documents().size() == 0) {
            return WriteReport.allWritten(0);
        }
        ServerLimits server = limits("insert into '" + request.collection() + "'");
        return new InsertPipeline(collection(request.collection()), encoder, writers, request, server, settings).run();
    }

    private ServerLimits limits(String operation) {
        ServerLimits known = limits;
        if (known == null) {
            try {
                known = ServerLimits.ask(database);
            } catch (MongoException failure) {
                throw DriverErrors.storeException(operation, failure);
            }
            limits = known;
        }
        return known;
    }

    private MongoCollection<RawBsonDocument> collection(String name) {
        return collections.computeIfAbsent(name, key -> database.getCollection(key, RawBsonDocument.class));
    }

    @Override
    public void close() {
        writers.shutdown();
        encoder.close();
        if (ownsClient) {
            client.close();
        }
    }
}
