package io.databridge.odm.bench.contestant.databridge;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.contestant.VersionedUserWrites;
import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.driver.MongoOdm;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * {@code data-bridge}: {@link Repository#insertAll} of records, ordered, with default settings, over the shared
 * client (so it uses the same connection pool as the other contestants). In the write workloads, a repository's
 * {@code bulk()} and {@code saveAll} over versioned records ({@link DataBridgeVersionedWrites}).
 */
public final class DataBridgeContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "data-bridge";

    private @Nullable Odm odm;
    private @Nullable DataBridgeVersionedWrites writes;

    /** Creates the contestant; {@link #setUp} builds its ODM. */
    public DataBridgeContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget target) {
        odm = MongoOdm.using(target.client(), target.databaseName());
        writes = new DataBridgeVersionedWrites(odm);
    }

    /** Takes part in the write workloads: {@code Repository.bulk()} and {@code Repository.saveAll}. */
    @Override
    public Optional<VersionedUserWrites> versionedUserWrites() {
        return Optional.of(Objects.requireNonNull(writes, "setUp was not called"));
    }

    private Odm odm() {
        return Objects.requireNonNull(odm, "setUp was not called");
    }

    @Override
    public EntityBatch users(List<User> users) {
        Repository<DbUser, ObjectId> repository = odm().repository(DbUser.class, ObjectId.class, "data_bridge_user");
        List<DbUser> entities = users.stream()
                .map(u -> new DbUser(u.id(), u.name(), u.email(), u.age(), u.city(), u.score(), u.active()))
                .toList();
        return EntityBatch.of(repository.collection(), entities.size(), () -> repository.insertAll(entities),
                () -> repository.query().list().stream().mapToInt(DbUser::age).map(age -> 1).sum(),
                id -> repository.findById(id).isPresent());
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        Repository<DbRich, ObjectId> repository = odm().repository(DbRich.class, ObjectId.class, "data_bridge_rich");
        List<DbRich> entities = items.stream().map(DataBridgeContestant::toEntity).toList();
        return EntityBatch.of(repository.collection(), entities.size(), () -> repository.insertAll(entities),
                () -> repository.query().list().stream().mapToInt(rich -> rich.tags().size() > 0 ? 1 : 0).sum(),
                id -> repository.findById(id).isPresent());
    }

    private static DbRich toEntity(Rich rich) {
        Address address = rich.address();
        return new DbRich(rich.id(), rich.name(), new DbAddress(address.street(), address.city(), address.zip()),
                rich.tags(), rich.counts(), rich.createdAt(), rich.price());
    }

    @Override
    public void close() {
        if (odm != null) {
            odm.close();
        }
    }
}
