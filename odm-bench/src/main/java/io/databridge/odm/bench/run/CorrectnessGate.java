package io.databridge.odm.bench.run;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.ByteBuf;
import org.bson.RawBsonDocument;

/**
 * Checks, untimed, that every contestant stores the same documents as the {@code floor-rawbson} reference.
 *
 * <p>The reference batch and each contestant's batch are inserted into fresh collections and read back with the
 * raw driver, sorted by {@code _id}. A contestant that {@linkplain Contestant#keepsFieldOrder() keeps field
 * order} must match byte for byte (names, order, BSON types, values); otherwise the documents must be equal as
 * {@code BsonDocument}s, which ignores field order at every level. The first difference fails the gate.
 */
final class CorrectnessGate {

    private final MongoDatabase database;
    private final Contestant reference;
    private final DataGenerator data;

    /**
     * Creates the gate.
     *
     * @param database the benchmark database, through the raw driver
     * @param reference a set-up {@code floor-rawbson} contestant
     * @param data the generator the contestants' batches came from
     */
    CorrectnessGate(MongoDatabase database, Contestant reference, DataGenerator data) {
        this.database = database;
        this.reference = reference;
        this.data = data;
    }

    /**
     * Checks every entry's stored documents against the reference's.
     *
     * @param kind the document kind of the batches
     * @param n their size
     * @param entries the contestants and their batches
     * @throws IllegalStateException describing the first contestant and document that differ
     */
    void check(DocumentKind kind, int n, List<Entry<EntityBatch>> entries) {
        List<RawBsonDocument> expected = storeAndRead(reference.prepare(kind, data, n));
        if (expected.size() != n) {
            throw new IllegalStateException("correctness gate: " + reference.name() + " stored " + expected.size()
                    + " " + kind.label() + " documents, expected " + n);
        }
        for (Entry<EntityBatch> entry : entries) {
            List<RawBsonDocument> actual = storeAndRead(entry.batch());
            String where = entry.name() + " (" + kind.label() + ", N=" + n + ")";
            if (actual.size() != expected.size()) {
                throw new IllegalStateException("correctness gate: " + where + " stored " + actual.size()
                        + " documents, " + reference.name() + " stored " + expected.size());
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!same(expected.get(i), actual.get(i), entry.contestant().keepsFieldOrder())) {
                    throw new IllegalStateException("correctness gate: " + where + " document #" + i
                            + " differs from " + reference.name() + "'s ("
                            + (entry.contestant().keepsFieldOrder() ? "byte for byte" : "ignoring field order")
                            + ")\n  " + reference.name() + ": " + expected.get(i).toJson()
                            + "\n  " + entry.name() + ": " + actual.get(i).toJson());
                }
            }
        }
    }

    private List<RawBsonDocument> storeAndRead(EntityBatch batch) {
        var collection = database.getCollection(batch.collection(), RawBsonDocument.class);
        collection.drop();
        database.createCollection(batch.collection());
        batch.insert();
        List<RawBsonDocument> stored = collection.find().sort(Sorts.ascending("_id"))
                .into(new ArrayList<>(batch.size()));
        collection.drop();
        return stored;
    }

    private static boolean same(RawBsonDocument expected, RawBsonDocument actual, boolean ordered) {
        return ordered ? Arrays.equals(bytes(expected), bytes(actual)) : expected.equals(actual);
    }

    private static byte[] bytes(RawBsonDocument document) {
        ByteBuf buffer = document.getByteBuffer();
        var bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
