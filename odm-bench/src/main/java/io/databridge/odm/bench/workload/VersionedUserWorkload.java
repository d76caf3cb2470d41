package io.databridge.odm.bench.workload;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;

/**
 * The common part of the write workloads over versioned "user" entities. Only the "user" document and batch sizes
 * from {@value #MIN_N} to {@value #MAX_N} take part (other sizes and kinds are skipped), and only contestants with
 * {@link Contestant#versionedUserWrites() versioned writes}. Before each repetition the collection is created empty
 * and the contestant's seed stores the existing users (untimed); the timed call is the contestant's write; afterwards
 * the reported count is checked, then every stored document against the expected outcome (same {@code _id}s, and
 * each document equal to the expected one as a {@code BsonDocument}, i.e. same fields, BSON types and values in any
 * order; {@code version} as int64), and the collection is dropped.
 */
public abstract sealed class VersionedUserWorkload implements Workload<WriteRun>
        permits MixedBulkWorkload, SaveAllWorkload {

    /** The smallest batch size that takes part. */
    public static final int MIN_N = 100;

    /** The largest batch size that takes part. */
    public static final int MAX_N = 10_000;

    /** Extended JSON, which shows the BSON types (int32 or int64) that relaxed JSON hides. */
    private static final JsonWriterSettings TYPED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    /** For the subclasses. */
    VersionedUserWorkload() {
    }

    /**
     * Converts the scenario of size {@code n} through the contestant's writes; untimed.
     *
     * @param writes the contestant's versioned writes
     * @param data the generator
     * @param n the batch size, within the range
     * @return the batch with its expected outcome
     */
    abstract WriteRun convert(VersionedUserWrites writes, DataGenerator data, int n);

    /**
     * Whether a document kind and size take part.
     *
     * @param kind the document kind
     * @param n the batch size
     * @return {@code true} for "user" documents and {@value #MIN_N} {@code <= n <=} {@value #MAX_N}
     */
    public static boolean covers(DocumentKind kind, int n) {
        return kind == DocumentKind.USER && n >= MIN_N && n <= MAX_N;
    }

    @Override
    public final Optional<WriteRun> prepare(Contestant contestant, DocumentKind kind, DataGenerator data, int n) {
        if (!covers(kind, n)) {
            return Optional.empty();
        }
        return contestant.versionedUserWrites().map(writes -> convert(writes, data, n));
    }

    @Override
    public final void before(WriteRun run, MongoDatabase database) {
        database.createCollection(run.batch().collection());
        run.batch().seed();
    }

    @Override
    public final long run(WriteRun run) {
        return run.batch().write();
    }

    @Override
    public final void after(WriteRun run, MongoDatabase database, long result) {
        String collectionName = run.batch().collection();
        String where = name() + " into " + collectionName;
        if (result != run.operations()) {
            throw new IllegalStateException(where + " reported " + result + " operations done, expected "
                    + run.operations());
        }
        MongoCollection<RawBsonDocument> collection = database.getCollection(collectionName, RawBsonDocument.class);
        List<RawBsonDocument> stored = collection.find().into(new ArrayList<>(run.expected().size()));
        Set<ObjectId> seen = new HashSet<>();
        for (RawBsonDocument document : stored) {
            ObjectId id = document.getObjectId("_id").getValue();
            BsonDocument expected = run.expected().get(id);
            if (expected == null || !seen.add(id)) {
                throw new IllegalStateException(where + " left a document that should not be there: "
                        + document.toJson());
            }
            if (!expected.equals(document)) {
                throw new IllegalStateException(where + ": document " + id + " differs from the expected outcome"
                        + "\n  expected: " + expected.toJson(TYPED) + "\n  stored:   " + document.toJson(TYPED));
            }
        }
        if (stored.size() != run.expected().size()) {
            ObjectId missing = run.expected().keySet().stream().filter(id -> !seen.contains(id)).findFirst()
                    .orElseThrow();
            throw new IllegalStateException(where + " stored " + stored.size() + " documents, expected "
                    + run.expected().size() + "; missing e.g. " + run.expected().get(missing).toJson());
        }
        collection.drop();
    }

    /**
     * The document a versioned user must be stored as.
     *
     * @param user the user's fields
     * @param version its stored version
     * @return the "user" document followed by {@code version} as int64
     */
    static BsonDocument document(User user, long version) {
        return new BsonDocument("_id", new BsonObjectId(user.id()))
                .append("name", new BsonString(user.name()))
                .append("email", new BsonString(user.email()))
                .append("age", new BsonInt32(user.age()))
                .append("city", new BsonString(user.city()))
                .append("score", new BsonDouble(user.score()))
                .append("active", BsonBoolean.valueOf(user.active()))
                .append("version", new BsonInt64(version));
    }

    /**
     * Adds the documents of users at one version to an expected outcome.
     *
     * @param expected the outcome by {@code _id}
     * @param users the users
     * @param version their stored version
     */
    static void expect(Map<ObjectId, BsonDocument> expected, List<User> users, long version) {
        users.forEach(user -> expected.put(user.id(), document(user, version)));
    }
}
