package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindAndModifyRequest;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.store.WriteRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.codec.BatchDecoder;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.MalformedDocumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.BsonValue;
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
    private final BatchDecoder decoder;
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
     * @param decoder the batch decoder (closed with the store)
     * @param settings pipeline settings
     */
    public MongoDocumentStore(MongoClient client, boolean ownsClient, String databaseName, BatchEncoder encoder,
            BatchDecoder decoder, StoreSettings settings) {
        this.client = Objects.requireNonNull(client, "client");
        this.ownsClient = ownsClient;
        this.database = client.getDatabase(Objects.requireNonNull(databaseName, "databaseName"));
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
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
        return new InsertPipeline(collection(request.collection(), request.context()),
                DriverOptions.session(request.context()), encoder, writers, request, server, settings).run();
    }

    @Override
    public BulkWriteReport write(WriteRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.operations().isEmpty()) {
            return new BulkWriteReport(WriteReport.allWritten(0), 0, 0, 0, 0, Map.of(), List.of());
        }
        ServerLimits server = limits("bulk write into '" + request.collection() + "'");
        return new BulkWritePipeline(collection(request.collection(), request.context()),
                DriverOptions.session(request.context()), encoder, request, server).run();
    }

    @Override
    public <R> Optional<R> findOneAndModify(FindAndModifyRequest request, RowReader<R> reader) {
        Objects.requireNonNull(request, "request");
        RawBsonDocument found;
        try {
            found = new FindAndModifyCommand(collection(request.collection(), request.context()),
                    DriverOptions.session(request.context()), encoder.serial(), request).run();
        } catch (MongoException failure) {
            throw DriverErrors.storeException("find and modify in '" + request.collection() + "'", failure);
        }
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(read(request.collection(), List.of(found), reader).get(0));
    }

    @Override
    public <R> R inTransaction(Function<StoreSession, R> work, OperationOptions options) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(options, "options");
        if (!limits("start a transaction").transactions()) {
            throw new StoreException("Transactions need a replica set or a sharded cluster that supports sessions; "
                    + "this server is a standalone server (the embedded test server is one), so nothing was run");
        }
        return Transactions.run(client, work, options);
    }

    @Override
    public <R> List<R> find(FindRequest request, RowReader<R> reader) {
        List<RawBsonDocument> documents = new ArrayList<>();
        try {
            if (request.limit() == 1) {
                RawBsonDocument first = iterable(request).first();
                if (first != null) {
                    documents.add(first);
                }
            } else {
                try (MongoCursor<RawBsonDocument> cursor = iterable(request).cursor()) {
                    cursor.forEachRemaining(documents::add);
                }
            }
        } catch (MongoException failure) {
            throw DriverErrors.storeException("find in '" + request.collection() + "'", failure);
        }
        return read(request.collection(), documents, reader);
    }

    @Override
    public <R> Cursor<R> stream(FindRequest request, RowReader<R> reader) {
        MongoCursor<RawBsonDocument> cursor;
        try {
            cursor = iterable(request).cursor();
        } catch (MongoException failure) {
            throw DriverErrors.storeException("find in '" + request.collection() + "'", failure);
        }
        return new ReadCursor<>(cursor, documents -> read(request.collection(), documents, reader),
                failure -> DriverErrors.storeException("reading a batch of '" + request.collection() + "'",
                        failure));
    }

    @Override
    public long count(FindRequest request) {
        CountOptions options = new CountOptions().skip(request.skip());
        if (request.limit() > 0) {
            options.limit(request.limit());
        }
        ClientSession session = DriverOptions.session(request.context());
        MongoCollection<RawBsonDocument> target = collection(request.collection(), request.context());
        try {
            return session == null ? target.countDocuments(raw(request.filter()), options)
                    : target.countDocuments(session, raw(request.filter()), options);
        } catch (MongoException failure) {
            throw DriverErrors.storeException("count in '" + request.collection() + "'", failure);
        }
    }

    @Override
    public List<ExtractedValue> distinct(String collectionName, String storedPath, DocumentValue filter,
            StoreContext context) {
        List<ExtractedValue> values = new ArrayList<>();
        ClientSession session = DriverOptions.session(context);
        MongoCollection<RawBsonDocument> target = collection(collectionName, context);
        try {
            var distinct = session == null ? target.distinct(storedPath, raw(filter), BsonValue.class)
                    : target.distinct(session, storedPath, raw(filter), BsonValue.class);
            for (BsonValue value : distinct) {
                values.add(BsonValues.toExtracted(value));
            }
        } catch (MongoException failure) {
            throw DriverErrors.storeException("distinct in '" + collectionName + "'", failure);
        }
        return values;
    }

    /**
     * {@inheritDoc}
     *
     * <p>On the embedded test server (mongo-java-server) every option is recorded and listed back as sent, but only
     * uniqueness (with sparseness) is enforced: other indexes change no query plan, partial filters, TTLs and
     * collations have no effect, and a partial unique index is enforced on every document.
     */
    @Override
    public void createIndexes(String collectionName, List<StoredIndex> indexes, StoreContext context) {
        Objects.requireNonNull(indexes, "indexes");
        if (indexes.isEmpty()) {
            return;
        }
        try {
            IndexCommands.create(collection(collectionName, context), DriverOptions.session(context), indexes);
        } catch (MongoException failure) {
            throw DriverErrors.storeException("create indexes on '" + collectionName + "'", failure);
        }
    }

    @Override
    public List<StoredIndex> listIndexes(String collectionName, StoreContext context) {
        try {
            return IndexCommands.list(collection(collectionName, context), DriverOptions.session(context));
        } catch (MongoException failure) {
            throw DriverErrors.storeException("list indexes of '" + collectionName + "'", failure);
        }
    }

    private FindIterable<RawBsonDocument> iterable(FindRequest request) {
        ClientSession session = DriverOptions.session(request.context());
        MongoCollection<RawBsonDocument> target = collection(request.collection(), request.context());
        FindIterable<RawBsonDocument> iterable = (session == null ? target.find(raw(request.filter()))
                : target.find(session, raw(request.filter()))).skip(request.skip()).limit(request.limit());
        if (request.sort() != null) {
            iterable.sort(raw(request.sort()));
        }
        if (request.projection() != null) {
            iterable.projection(raw(request.projection()));
        }
        if (request.batchSize() > 0) {
            iterable.batchSize(request.batchSize());
        }
        return iterable;
    }

    /** A stored-form document as the driver's {@code Bson}, encoded by the codec. */
    private RawBsonDocument raw(DocumentValue document) {
        return new RawBsonDocument(encoder.serial().encode(document));
    }

    private <R> List<R> read(String collectionName, List<RawBsonDocument> documents, RowReader<R> reader) {
        List<BsonBytes> bytes = new ArrayList<>(documents.size());
        for (RawBsonDocument document : documents) {
            bytes.add(BsonValues.bytesOf(document));
        }
        try {
            return decoder.decode(bytes, (position, document) -> reader.read(document));
        } catch (MalformedDocumentException malformed) {
            String id = malformed.position() < 0 ? "?" : readableId(documents.get(malformed.position()));
            throw new StoredDocumentException(collectionName, id, malformed.path(), "malformed BSON",
                    malformed.problem());
        }
    }

    /** The {@code _id} of a document that failed to decode, if the driver can still find it; else {@code "?"}. */
    private static String readableId(RawBsonDocument document) {
        try {
            BsonValue id = document.get("_id");
            if (id == null) {
                return "?";
            }
            return switch (id.getBsonType()) {
                case OBJECT_ID -> id.asObjectId().getValue().toHexString();
                case STRING -> "\"" + id.asString().getValue() + "\"";
                case INT32, INT64, DOUBLE, DECIMAL128 -> id.asNumber().toString();
                default -> id.toString();
            };
        } catch (RuntimeException unreadable) {
            return "?";
        }
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

    private MongoCollection<RawBsonDocument> collection(String name, StoreContext context) {
        MongoCollection<RawBsonDocument> plain = collections.computeIfAbsent(name,
                key -> database.getCollection(key, RawBsonDocument.class));
        return context == StoreContext.DEFAULT ? plain : DriverOptions.apply(plain, context);
    }

    @Override
    public void close() {
        writers.shutdown();
        encoder.close();
        decoder.close();
        if (ownsClient) {
            client.close();
        }
    }
}
