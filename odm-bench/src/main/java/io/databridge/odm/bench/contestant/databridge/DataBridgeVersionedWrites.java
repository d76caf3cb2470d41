package io.databridge.odm.bench.contestant.databridge;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.BulkWrite;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.update.Change;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.bench.contestant.MixedBulkEntities;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * {@code data-bridge}'s versioned writes over {@link DbVersionedUser}, through one repository: {@code mixed-bulk} is
 * one {@code Repository.bulk()} (ordered) of {@code insert}, versioned {@code replace}, {@code updateOne} and
 * {@code deleteById}; {@code save-all} is {@code Repository.saveAll}. data-bridge versions both itself: a new entity
 * (version 0) is stored as version 1, a replace or save of a stored one filters on its version and stores the next,
 * and a stale version fails the call. Existing users are seeded with {@code Repository.insertAll} of version-0
 * entities, whose stored copies (version 1) become the replaced and saved entities.
 * */
final class DataBridgeVersionedWrites implements VersionedUserWrites {

    private static final String COLLECTION = "data_bridge_versioned_user";
    private static final long FIRST_VERSION = 1;

    private final Repository<DbVersionedUser, ObjectId> repository;

    DataBridgeVersionedWrites(Odm odm) {
        this.repository = odm.repository(DbVersionedUser.class, ObjectId.class, COLLECTION);
    }

    @Override
    public WriteBatch mixedBulk(MixedBulkScenario scenario) {
        return WriteBatch.of(repository.collection(), FIRST_VERSION, () -> {
            List<DbVersionedUser> stored = insert(scenario.existing());
            return new MixedBulkEntities<>(entities(scenario.inserts()), changed(scenario.replacements(), stored),
                    scenario.deletes());
        }, this::mixedBulk);
    }

    /**
     * The timed {@code mixed-bulk} write: one ordered bulk of the 4N operations, in order.
     *
     * @param entities the new entities (version 0), the replacements (stored version, changed score), the ids to
     *                 delete
     * @return the operations done, 4N
     */
    private long mixedBulk(MixedBulkEntities<DbVersionedUser> entities) {
        BulkWrite<DbVersionedUser, ObjectId> bulk = repository.bulk();
        for (DbVersionedUser fresh : entities.inserts()) {
            bulk.insert(fresh);
        }
        Update inactive = Update.of(Change.set("active", false));
        for (DbVersionedUser replacement : entities.replacements()) {
            bulk.replace(replacement).updateOne(Filter.eq("id", replacement.id()), inactive);
        }
        for (ObjectId id : entities.deletes()) {
            bulk.deleteById(id);
        }
        bulk.execute(); // throws BulkWriteException unless every operation was done, versions included
        return 4L * entities.n();
    }

    @Override
    public WriteBatch saveAll(SaveAllScenario scenario) {
        return WriteBatch.of(repository.collection(), FIRST_VERSION, () -> {
            var toSave = new ArrayList<>(changed(scenario.changed(), insert(scenario.existing())));
            toSave.addAll(entities(scenario.fresh()));
            return toSave;
        }, this::saveAll);
    }

    /**
     * The timed {@code save-all} write: one {@code saveAll} of the changed stored entities and the new ones.
     *
     * @param toSave the changed entities (stored version, changed score), then the new ones (version 0)
     * @return the entities saved
     */
    private long saveAll(List<DbVersionedUser> toSave) {
        return repository.saveAll(toSave).entities().size(); // throws on a stale version
    }

    /** Inserts never-stored entities and returns them as stored (data-bridge stores, and hands back, version 1). */
    private List<DbVersionedUser> insert(List<User> users) {
        return repository.insertAll(entities(users)).entities();
    }

    private static List<DbVersionedUser> entities(List<User> users) {
        return users.stream().map(user -> entity(user, 0)).toList();
    }

    /** The changed users as entities carrying the version their stored counterparts have. */
    private static List<DbVersionedUser> changed(List<User> users, List<DbVersionedUser> stored) {
        var changed = new ArrayList<DbVersionedUser>(users.size());
        for (int i = 0; i < users.size(); i++) {
            changed.add(entity(users.get(i), stored.get(i).version()));
        }
        return changed;
    }

    private static DbVersionedUser entity(User user, long version) {
        return new DbVersionedUser(user.id(), user.name(), user.email(), user.age(), user.city(), user.score(),
                user.active(), version);
    }
}
