package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.codec.BatchDecoder;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.DocumentDecoder;
import io.databridge.odm.codec.MalformedDocumentException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.BsonDocumentCodec;
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
        return new InsertPipeline(collection(request.collection()), encoder, writers, request, server, settings).run();
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
        try {
            return collection(request.collection()).countDocuments(raw(request.filter()), options);
        } catch (MongoException failure) {
            throw DriverErrors.storeException("count in '" + request.collection() + "'", failure);
        }
    }

    @Override
    public List<ExtractedValue> distinct(String collectionName, String storedPath, DocumentValue filter) {
        List<ExtractedValue> values = new ArrayList<>();
        DocumentDecoder single = new DocumentDecoder();
        try {
            for (BsonValue value : collection(collectionName).distinct(storedPath, raw(filter), BsonValue.class)) {
                BsonBytes wrapped = bytesOf(new RawBsonDocument(new BsonDocument("v", value),
                        new BsonDocumentCodec()));
                values.add(single.decode(wrapped.array(), wrapped.offset(), wrapped.length()).get("v"));
            }
        } catch (MongoException failure) {
            throw DriverErrors.storeException("distinct in '" + collectionName + "'", failure);
        }
        return values;
    }

    private FindIterable<RawBsonDocument> iterable(FindRequest request) {
        FindIterable<RawBsonDocument> iterable = collection(request.collection()).find(raw(request.filter()))
                .skip(request.skip()).limit(request.limit());
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
            bytes.add(bytesOf(document));
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

    /** Where a raw document's bytes lie, without copying them. */
    private static BsonBytes bytesOf(RawBsonDocument document) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        return new BsonBytes(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
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
        decoder.close();
        if (ownsClient) {
            client.close();
        }
    }
}
