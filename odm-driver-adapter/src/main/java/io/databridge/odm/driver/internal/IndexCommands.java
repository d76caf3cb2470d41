package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.ListIndexesIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.CollationAlternate;
import com.mongodb.client.model.CollationCaseFirst;
import com.mongodb.client.model.CollationMaxVariable;
import com.mongodb.client.model.CollationStrength;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.DocumentDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.RawBsonDocument;
import org.jspecify.annotations.Nullable;

/**
 * The driver's {@code createIndexes} and {@code listIndexes}, in the port's stored terms: key patterns and partial
 * filters are encoded by the codec, listed index documents decoded by it and read into {@link StoredIndex}es. Options
 * the port does not model ({@code weights}, {@code hidden}, {@code 2dsphereIndexVersion}...) are ignored when listed.
 * Off the hot path: a fresh encoder and decoder per call.
 */
final class IndexCommands {

    private IndexCommands() {
    }

    /**
     * Creates indexes in one {@code createIndexes} command.
     *
     * @param collection the collection, with the context's options applied
     * @param session the transaction's session, or {@code null}
     * @param indexes the indexes, not empty
     * @throws MongoException if the server refused or failed
     */
    static void create(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session,
            List<StoredIndex> indexes) {
        List<IndexModel> models = new ArrayList<>(indexes.size());
        for (StoredIndex index : indexes) {
            models.add(model(index));
        }
        if (session == null) {
            collection.createIndexes(models);
        } else {
            collection.createIndexes(session, models);
        }
    }

    /**
     * Lists the indexes of a collection.
     *
     * @param collection the collection, with the context's options applied
     * @param session the transaction's session, or {@code null}
     * @return every index, {@code _id_} included; none for a collection that does not exist
     * @throws MongoException if the server failed
     * @throws IllegalStateException if the server listed an index without a name or key
     */
    static List<StoredIndex> list(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session) {
        ListIndexesIterable<RawBsonDocument> listing = session == null
                ? collection.listIndexes(RawBsonDocument.class)
                : collection.listIndexes(session, RawBsonDocument.class);
        List<StoredIndex> indexes = new ArrayList<>();
        DocumentDecoder decoder = new DocumentDecoder();
        try (MongoCursor<RawBsonDocument> cursor = listing.cursor()) {
            while (cursor.hasNext()) {
                BsonBytes bytes = BsonValues.bytesOf(cursor.next());
                indexes.add(stored(decoder.decode(bytes.array(), bytes.offset(), bytes.length())));
            }
        }
        return indexes;
    }

    /** The driver's model of one index. */
    static IndexModel model(StoredIndex index) {
        IndexOptions options = new IndexOptions().name(index.name()).unique(index.unique()).sparse(index.sparse());
        DocumentValue partial = index.partialFilter();
        if (partial != null) {
            options.partialFilterExpression(raw(partial));
        }
        Long ttl = index.expireAfterSeconds();
        if (ttl != null) {
            options.expireAfter(ttl, TimeUnit.SECONDS);
        }
        Collation collation = index.collation();
        if (collation != null) {
            options.collation(collation(collation));
        }
        return new IndexModel(raw(index.keys()), options);
    }

    private static RawBsonDocument raw(DocumentValue document) {
        return new RawBsonDocument(BsonValues.encode(document));
    }

    private static com.mongodb.client.model.Collation collation(Collation collation) {
        com.mongodb.client.model.Collation.Builder driver = com.mongodb.client.model.Collation.builder()
                .locale(collation.locale())
                .caseLevel(collation.caseLevel())
                .numericOrdering(collation.numericOrdering())
                .normalization(collation.normalization())
                .backwards(collation.backwards());
        if (collation.strength() != null) {
            driver.collationStrength(CollationStrength.fromInt(collation.strength()));
        }
        if (collation.caseFirst() != null) {
            driver.collationCaseFirst(CollationCaseFirst.fromString(collation.caseFirst().serverName()));
        }
        if (collation.alternate() != null) {
            driver.collationAlternate(CollationAlternate.fromString(collation.alternate().serverName()));
        }
        if (collation.maxVariable() != null) {
            driver.collationMaxVariable(CollationMaxVariable.fromString(collation.maxVariable().serverName()));
        }
        return driver.build();
    }

    /** Reads one document of {@code listIndexes}. */
    static StoredIndex stored(DocumentValue listed) {
        if (!(listed.get("name") instanceof StringValue name) || !(listed.get("key") instanceof DocumentValue keys)) {
            throw new IllegalStateException("the server listed an index without a name or key: " + listed);
        }
        Number ttl = number(listed.get("expireAfterSeconds"));
        return new StoredIndex(name.value(), keys, isTrue(listed.get("unique")), isTrue(listed.get("sparse")),
                listed.get("partialFilterExpression") instanceof DocumentValue partial ? partial : null,
                ttl == null ? null : ttl.longValue(),
                listed.get("collation") instanceof DocumentValue collation ? collation(collation) : null);
    }

    private static Collation collation(DocumentValue listed) {
        Collation collation = Collation.of(listed.get("locale") instanceof StringValue locale ? locale.value()
                : "simple");
        Number strength = number(listed.get("strength"));
        if (strength != null) {
            collation = collation.withStrength(strength.intValue());
        }
        if (listed.get("caseLevel") instanceof BooleanValue caseLevel) {
            collation = collation.withCaseLevel(caseLevel.value());
        }
        if (listed.get("caseFirst") instanceof StringValue caseFirst) {
            collation = collation.withCaseFirst(Collation.CaseFirst.ofServerName(caseFirst.value()));
        }
        if (listed.get("numericOrdering") instanceof BooleanValue numeric) {
            collation = collation.withNumericOrdering(numeric.value());
        }
        if (listed.get("alternate") instanceof StringValue alternate) {
            collation = collation.withAlternate(Collation.Alternate.ofServerName(alternate.value()));
        }
        if (listed.get("maxVariable") instanceof StringValue maxVariable) {
            collation = collation.withMaxVariable(Collation.MaxVariable.ofServerName(maxVariable.value()));
        }
        if (listed.get("normalization") instanceof BooleanValue normalization) {
            collation = collation.withNormalization(normalization.value());
        }
        if (listed.get("backwards") instanceof BooleanValue backwards) {
            collation = collation.withBackwards(backwards.value());
        }
        return collation;
    }

    /** A flag as servers have written it: a boolean, or a number other than 0. */
    private static boolean isTrue(@Nullable ExtractedValue value) {
        Number number = number(value);
        return value instanceof BooleanValue flag ? flag.value() : number != null && number.doubleValue() != 0;
    }

    private static @Nullable Number number(@Nullable ExtractedValue value) {
        return switch (value) {
            case Int32Value int32 -> int32.value();
            case Int64Value int64 -> int64.value();
            case DoubleValue real -> real.value();
            case DecimalValue decimal -> decimal.value();
            case null, default -> null;
        };
    }
}
