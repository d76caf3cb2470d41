package io.databridge.odm.bench.contestant.spring;

import com.mongodb.bulk.BulkWriteResult;
import io.databridge.odm.bench.contestant.BulkCounts;
import io.databridge.odm.bench.contestant.MixedBulkEntities;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.contestant.WriteBatch;
import io.databridge.odm.bench.data.MixedBulkScenario;
import io.databridge.odm.bench.data.SaveAllScenario;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

/**
 * {@code spring-template}'s versioned writes over {@link SpringVersionedUser}.
 *
 * <p>{@code mixed-bulk}: {@code MongoTemplate.bulkOps(BulkMode.ORDERED, SpringVersionedUser.class)} with
 * {@code insert}, {@code replaceOne}, {@code updateOne} and {@code remove}. Spring's bulk operations do not apply
 * {@code @Version} (neither on insert nor on replace, and a replace that matches nothing is no error), so the
 * application versions by hand: it inserts new entities with version 1, replaces with the query {@code id} and stored
 * version and the entity's next version, and checks the driver's counts. {@code save-all}: a real Spring Data
 * repository's {@code saveAll}, which inserts all entities in one call only if every one is new, and otherwise
 * saves them one by one (a versioned update, or an insert, per entity), throwing
 * {@code OptimisticLockingFailureException} on a stale version. Existing users are seeded with
 * {@code MongoTemplate.insert}, which stores version 1.
 */
final class SpringVersionedWrites implements VersionedUserWrites {

    private static final long FIRST_VERSION = 1;

    private final MongoTemplate template;
    private final SpringVersionedUserRepository repository;
    private final String collection;

    SpringVersionedWrites(MongoTemplate template) {
        this.template = template;
        this.repository = new MongoRepositoryFactory(template).getRepository(SpringVersionedUserRepository.class);
        this.collection = template.getCollectionName(SpringVersionedUser.class);
    }

    @Override
    public WriteBatch mixedBulk(MixedBulkScenario scenario) {
        return WriteBatch.of(collection, FIRST_VERSION, () -> {
            List<SpringVersionedUser> stored = insert(scenario.existing());
            return new MixedBulkEntities<>(entities(scenario.inserts()),
                    changed(scenario.replacements(), stored), scenario.deletes());
        }, this::mixedBulk);
    }

    private long mixedBulk(MixedBulkEntities<SpringVersionedUser> entities) {
        BulkOperations bulk = template.bulkOps(BulkMode.ORDERED, SpringVersionedUser.class);
        // Spring's bulk operations ignore @Version: the first version, the filter's version and the next version are
        // the application's job here.
        for (SpringVersionedUser fresh : entities.inserts()) {
            bulk.insert(fresh.withVersion(FIRST_VERSION));
        }
        for (SpringVersionedUser replacement : entities.replacements()) {
            bulk.replaceOne(Query.query(Criteria.where("id").is(replacement.id())
                    .and("version").is(replacement.version())), replacement.withVersion(replacement.version() + 1));
            bulk.updateOne(Query.query(Criteria.where("id").is(replacement.id())), Update.update("active", false));
        }
        for (var id : entities.deletes()) {
            bulk.remove(Query.query(Criteria.where("id").is(id)));
        }
        BulkWriteResult result = bulk.execute();
        return BulkCounts.mixedBulk(collection, result, entities.n());
    }

    @Override
    public WriteBatch saveAll(SaveAllScenario scenario) {
        return WriteBatch.of(collection, FIRST_VERSION, () -> {
            var toSave = new ArrayList<>(changed(scenario.changed(), insert(scenario.existing())));
            toSave.addAll(entities(scenario.fresh()));
            return toSave;
        }, toSave -> repository.saveAll(toSave).size());
    }

    /** Inserts never-stored entities with the template (which stores the first version) and returns them as stored. */
    private List<SpringVersionedUser> insert(List<User> users) {
        return List.copyOf(template.insert(entities(users), SpringVersionedUser.class));
    }

    private static List<SpringVersionedUser> entities(List<User> users) {
        return users.stream().map(user -> entity(user, 0)).toList();
    }

    /** The changed users as entities carrying the version their stored counterparts have. */
    private static List<SpringVersionedUser> changed(List<User> users, List<SpringVersionedUser> stored) {
        var changed = new ArrayList<SpringVersionedUser>(users.size());
        for (int i = 0; i < users.size(); i++) {
            changed.add(entity(users.get(i), stored.get(i).version()));
        }
        return changed;
    }

    private static SpringVersionedUser entity(User user, long version) {
        return new SpringVersionedUser(user.id(), user.name(), user.email(), user.age(), user.city(), user.score(),
                user.active(), version);
    }
}
