package io.databridge.odm.bench.contestant.morphia;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dev.morphia.Datastore;
import io.databridge.odm.bench.contestant.BulkCounts;
import io.databridge.odm.bench.contestant.MixedBulkEntities;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code morphia}'s versioned writes over {@link MorphiaVersionedUser}.
 *
 * <p>{@code mixed-bulk}: Morphia 2.x has no bulk API that mixes inserts, replaces, updates and deletes, so this is the
 * driver's {@code MongoCollection.bulkWrite} (ordered) on the collection {@code Datastore.getCollection} returns,
 * which encodes the entities with Morphia's codecs; Morphia's {@code @Version} handling does not run there, so the
 * application sets version 1 on new entities and the next version on replacements, filters replaces by {@code _id}
 * and stored version, and checks the driver's counts. {@code save-all}: {@code Datastore.save(List)}, which saves
 * entity by entity (one insert per new entity, one versioned update per stored one), throwing
 * {@code VersionMismatchException} on a stale version. Existing users are seeded with
 * {@code Datastore.insert(List)}, which stores version 1.
 */
final class MorphiaVersionedWrites implements VersionedUserWrites {

    private static final long FIRST_VERSION = 1;

    private final Datastore datastore;
    private final MongoCollection<MorphiaVersionedUser> collection;
    private final String collectionName;

    MorphiaVersionedWrites(Datastore datastore) {
        this.datastore = datastore;
        this.collection = datastore.getCollection(MorphiaVersionedUser.class);
        this.collectionName = collection.getNamespace().getCollectionName();
    }

    @Override
    public WriteBatch mixedBulk(MixedBulkScenario scenario) {
        return WriteBatch.of(collectionName, FIRST_VERSION, () -> {
            List<MorphiaVersionedUser> stored = insert(scenario.existing());
            return new MixedBulkEntities<>(entities(scenario.inserts()), changed(scenario.replacements(), stored),
                    scenario.deletes());
        }, this::mixedBulk);
    }

    private long mixedBulk(MixedBulkEntities<MorphiaVersionedUser> entities) {
        var models = new ArrayList<WriteModel<MorphiaVersionedUser>>(4 * entities.n());
        for (MorphiaVersionedUser fresh : entities.inserts()) {
            fresh.setVersion(FIRST_VERSION);
            models.add(new InsertOneModel<>(fresh));
        }
        for (MorphiaVersionedUser replacement : entities.replacements()) {
            long stored = replacement.version();
            replacement.setVersion(stored + 1);
            models.add(new ReplaceOneModel<>(
                    Filters.and(Filters.eq("_id", replacement.id()), Filters.eq("version", stored)), replacement));
            models.add(new UpdateOneModel<>(Filters.eq("_id", replacement.id()), Updates.set("active", false)));
        }
        for (var id : entities.deletes()) {
            models.add(new DeleteOneModel<>(Filters.eq("_id", id)));
        }
        BulkWriteResult result = collection.bulkWrite(models);
        return BulkCounts.mixedBulk(collectionName, result, entities.n());
    }

    @Override
    public WriteBatch saveAll(SaveAllScenario scenario) {
        return WriteBatch.of(collectionName, FIRST_VERSION, () -> {
            var toSave = new ArrayList<>(changed(scenario.changed(), insert(scenario.existing())));
            toSave.addAll(entities(scenario.fresh()));
            return toSave;
        }, toSave -> datastore.save(toSave).size());
    }

    /** Inserts never-stored entities with Morphia (which sets their version to 1) and returns them. */
    private List<MorphiaVersionedUser> insert(List<User> users) {
        List<MorphiaVersionedUser> entities = entities(users);
        datastore.insert(entities);
        return entities;
    }

    private static List<MorphiaVersionedUser> entities(List<User> users) {
        return users.stream().map(user -> entity(user, null)).toList();
    }

    /** The changed users as new entity objects carrying the version their stored counterparts have. */
    private static List<MorphiaVersionedUser> changed(List<User> users, List<MorphiaVersionedUser> stored) {
        var changed = new ArrayList<MorphiaVersionedUser>(users.size());
        for (int i = 0; i < users.size(); i++) {
            changed.add(entity(users.get(i), stored.get(i).version()));
        }
        return changed;
    }

    private static MorphiaVersionedUser entity(User user, Long version) {
        return new MorphiaVersionedUser(user.id(), user.name(), user.email(), user.age(), user.city(), user.score(),
                user.active(), version);
    }
}
