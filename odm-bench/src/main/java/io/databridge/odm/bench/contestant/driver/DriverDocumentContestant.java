package io.databridge.odm.bench.contestant.driver;

import com.mongodb.client.MongoCollection;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * {@code driver-document}: hand mapping to {@link Document}. The records are the entities; the timed call
 * builds one {@code Document} per record (as application code would, right before saving) and then runs
 * {@code insertMany}, which encodes them with the driver's {@code DocumentCodec}. In the write workloads the
 * entities are the {@code Document}s themselves, with a {@code version} field ({@link DriverDocumentWrites}).
 */
public final class DriverDocumentContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "driver-document";

    private BenchTarget target;
    private DriverDocumentWrites writes;

    /** Creates the contestant; {@link #setUp} connects it. */
    public DriverDocumentContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget benchTarget) {
        this.target = benchTarget;
        this.writes = new DriverDocumentWrites(benchTarget.database());
    }

    /** Takes part in the write workloads: documents with a {@code version} field, versioned by hand. */
    @Override
    public Optional<VersionedUserWrites> versionedUserWrites() {
        return Optional.of(writes);
    }

    @Override
    public EntityBatch users(List<User> users) {
        return batch("driver_document_user", users, DriverDocumentContestant::toDocument,
                DriverDocumentContestant::toUser);
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        return batch("driver_document_rich", items, DriverDocumentContestant::toDocument,
                DriverDocumentContestant::toRich);
    }

    private <T> EntityBatch batch(String name, List<T> records, Function<T, Document> mapper,
            Function<Document, T> reader) {
        MongoCollection<Document> collection = target.database().getCollection(name);
        var entities = List.copyOf(records);
        return EntityBatch.of(name, entities.size(), () -> {
            var documents = new ArrayList<Document>(entities.size());
            for (T entity : entities) {
                documents.add(mapper.apply(entity));
            }
            collection.insertMany(documents);
        }, () -> {
            var read = new ArrayList<T>();
            for (Document document : collection.find()) {
                read.add(reader.apply(document));
            }
            return read.size();
        }, id -> {
            Document found = collection.find(Filters.eq("_id", id)).first();
            return found != null && reader.apply(found) != null;
        });
    }

    private static User toUser(Document document) {
        return new User(document.getObjectId("_id"), document.getString("name"), document.getString("email"),
                document.getInteger("age"), document.getString("city"), document.getDouble("score"),
                document.getBoolean("active"));
    }

    private static Rich toRich(Document document) {
        Document address = document.get("address", Document.class);
        Document counts = document.get("counts", Document.class);
        var read = new LinkedHashMap<String, Integer>();
        counts.forEach((key, value) -> read.put(key, (Integer) value));
        return new Rich(document.getObjectId("_id"), document.getString("name"),
                new Address(address.getString("street"), address.getString("city"), address.getString("zip")),
                document.getList("tags", String.class), read, document.getDate("createdAt").toInstant(),
                document.get("price", Decimal128.class).bigDecimalValue());
    }

    private static Document toDocument(User user) {
        return new Document("_id", user.id())
                .append("name", user.name())
                .append("email", user.email())
                .append("age", user.age())
                .append("city", user.city())
                .append("score", user.score())
                .append("active", user.active());
    }

    private static Document toDocument(Rich rich) {
        Address address = rich.address();
        var counts = new Document();
        rich.counts().forEach(counts::append);
        return new Document("_id", rich.id())
                .append("name", rich.name())
                .append("address", new Document("street", address.street())
                        .append("city", address.city())
                        .append("zip", address.zip()))
                .append("tags", rich.tags())
                .append("counts", counts)
                .append("createdAt", Date.from(rich.createdAt()))
                .append("price", rich.price());
    }
}
