package io.databridge.odm.bench.contestant.morphia;

import dev.morphia.Datastore;
import dev.morphia.Morphia;
import dev.morphia.config.MorphiaConfig;
import dev.morphia.query.filters.Filters;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code morphia}: {@link Datastore#insert(List)} of Morphia entities; in the write workloads, the driver's bulk write
 * with Morphia's codecs and {@link Datastore#save(List)} ({@link MorphiaVersionedWrites}).
 */
public final class MorphiaContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "morphia";

    private Datastore datastore;
    private MorphiaVersionedWrites writes;

    /** Creates the contestant; {@link #setUp} builds its datastore. */
    public MorphiaContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget target) {
        datastore = Morphia.createDatastore(target.client(), MorphiaConfig.load()
                .database(target.databaseName())
                .packages(List.of(MorphiaContestant.class.getPackageName()))
                .applyIndexes(false));
        writes = new MorphiaVersionedWrites(datastore);
    }

    /** Takes part in the write workloads: the driver's bulk write with Morphia's codecs, and {@code save(List)}. */
    @Override
    public Optional<VersionedUserWrites> versionedUserWrites() {
        return Optional.of(Objects.requireNonNull(writes, "setUp was not called"));
    }

    @Override
    public EntityBatch users(List<User> users) {
        List<MorphiaUser> entities = users.stream()
                .map(u -> new MorphiaUser(u.id(), u.name(), u.email(), u.age(), u.city(), u.score(), u.active()))
                .toList();
        return EntityBatch.of(collection(MorphiaUser.class), entities.size(), () -> datastore.insert(entities),
                () -> datastore.find(MorphiaUser.class).iterator().toList().stream()
                        .mapToInt(user -> user.age() >= 0 ? 1 : 1).sum(),
                id -> datastore.find(MorphiaUser.class).filter(Filters.eq("_id", id)).first() != null);
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        List<MorphiaRich> entities = items.stream().map(MorphiaContestant::toEntity).toList();
        return EntityBatch.of(collection(MorphiaRich.class), entities.size(), () -> datastore.insert(entities),
                () -> datastore.find(MorphiaRich.class).iterator().toList().stream()
                        .mapToInt(rich -> rich.tags().isEmpty() ? 0 : 1).sum(),
                id -> datastore.find(MorphiaRich.class).filter(Filters.eq("_id", id)).first() != null);
    }

    private String collection(Class<?> entityType) {
        return datastore.getCollection(entityType).getNamespace().getCollectionName();
    }

    private static MorphiaRich toEntity(Rich rich) {
        Address address = rich.address();
        return new MorphiaRich(
                rich.id(),
                rich.name(),
                new MorphiaAddress(address.street(), address.city(), address.zip()),
                new ArrayList<>(rich.tags()),
                new LinkedHashMap<>(rich.counts()),
                rich.createdAt(),
                rich.price());
    }
}
