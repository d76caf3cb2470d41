package io.databridge.odm.bench.contestant.driver;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.databridge.odm.bench.contestant.BulkCounts;
import io.databridge.odm.bench.contestant.MixedBulkEntities;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@code driver-document}'s versioned writes: the entities are {@link Document}s with a {@code version} field (0 for a
 * document never stored), versioned by hand: a new document is inserted with version 1; a stored one is replaced with
 * the filter {@code {_id, version}} and its version plus 1, and the driver's matched count must cover every replace
 * (a stale version is no error to the server). Both workloads are one {@code MongoCollection.bulkWrite}, ordered.
 */
final class DriverDocumentWrites implements VersionedUserWrites {

    private static final String COLLECTION = "driver_document_versioned_user";
    private static final long FIRST_VERSION = 1;

    private final MongoCollection<Document> collection;

    DriverDocumentWrites(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @Override
    public WriteBatch mixedBulk(MixedBulkScenario scenario) {
        return WriteBatch.of(COLLECTION, FIRST_VERSION, () -> {
            collection.insertMany(documents(scenario.existing(), FIRST_VERSION));
            return new MixedBulkEntities<>(documents(scenario.inserts(), 0),
                    documents(scenario.replacements(), FIRST_VERSION), scenario.deletes());
        }, this::mixedBulk);
    }

    private long mixedBulk(MixedBulkEntities<Document> entities) {
        var models = new ArrayList<WriteModel<Document>>(4 * entities.n());
        for (Document fresh : entities.inserts()) {
            fresh.put("version", FIRST_VERSION);
            models.add(new InsertOneModel<>(fresh));
        }
        for (Document replacement : entities.replacements()) {
            models.add(new ReplaceOneModel<>(storedVersion(replacement), replacement));
            models.add(new UpdateOneModel<>(Filters.eq("_id", replacement.get("_id")), Updates.set("active", false)));
        }
        for (var id : entities.deletes()) {
            models.add(new DeleteOneModel<>(Filters.eq("_id", id)));
        }
        BulkWriteResult result = collection.bulkWrite(models);
        return BulkCounts.mixedBulk(COLLECTION, result, entities.n());
    }

    @Override
    public WriteBatch saveAll(SaveAllScenario scenario) {
        return WriteBatch.of(COLLECTION, FIRST_VERSION, () -> {
            collection.insertMany(documents(scenario.existing(), FIRST_VERSION));
            var toSave = new ArrayList<>(documents(scenario.changed(), FIRST_VERSION));
            toSave.addAll(documents(scenario.fresh(), 0));
            return toSave;
        }, this::saveAll);
    }

    private long saveAll(List<Document> documents) {
        var models = new ArrayList<WriteModel<Document>>(documents.size());
        int inserts = 0;
        for (Document document : documents) {
            if (document.getLong("version") == 0) {
                document.put("version", FIRST_VERSION);
                models.add(new InsertOneModel<>(document));
                inserts++;
            } else {
                models.add(new ReplaceOneModel<>(storedVersion(document), document));
            }
        }
        BulkWriteResult result = collection.bulkWrite(models);
        return BulkCounts.saved(COLLECTION, result, inserts, documents.size() - inserts);
    }

    /** The filter on the document's id and stored version; then sets the document's version to the next one. */
    private static Bson storedVersion(Document document) {
        long version = document.getLong("version");
        document.put("version", version + 1);
        return Filters.and(Filters.eq("_id", document.get("_id")), Filters.eq("version", version));
    }

    private static List<Document> documents(List<User> users, long version) {
        var documents = new ArrayList<Document>(users.size());
        for (User user : users) {
            documents.add(new Document("_id", user.id())
                    .append("name", user.name())
                    .append("email", user.email())
                    .append("age", user.age())
                    .append("city", user.city())
                    .append("score", user.score())
                    .append("active", user.active())
                    .append("version", version));
        }
        return documents;
    }
}
