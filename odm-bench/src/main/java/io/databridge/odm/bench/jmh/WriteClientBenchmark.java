package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.BulkWrite;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.update.Change;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.bench.contestant.databridge.DbVersionedUser;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.mapping.MappingOdm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client side of the write workloads, without a server, ns and (with {@code -prof gc}) bytes per document: the
 * repository plans every operation (version, extraction, id, rendered filters and updates) and a store encodes every
 * document, filter and update as the driver adapter does ({@link EncodingOnlyStore}). {@code saveAll}: {@value #N}
 * versioned users, half stored (a replace filtered on {@code _id} and version each) and half new. {@code mixedBulk}:
 * per document one insert, one versioned replace, one update and one delete, as in the side-by-side workload.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WriteClientBenchmark {

    static final int N = 10_000;

    private EncodingOnlyStore store;
    private Repository<DbVersionedUser, ObjectId> repository;
    private List<DbVersionedUser> toSave;
    private List<DbVersionedUser> inserts;
    private List<DbVersionedUser> replacements;
    private List<ObjectId> deletes;
    private final Update inactive = Update.of(Change.set("active", false));

    /** Creates the state; JMH calls {@link #setUp()}. */
    public WriteClientBenchmark() {
        // filled in setUp
    }

    /** Generates the users and builds the repository. */
    @Setup
    public void setUp() {
        store = new EncodingOnlyStore();
        MappingOdm odm = new MappingOdm(store, BenchEntities.context());
        repository = odm.repository(DbVersionedUser.class, ObjectId.class, "users");
        List<User> users = new DataGenerator(DataGenerator.DEFAULT_SEED).users(3 * N);
        toSave = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            toSave.add(entity(users.get(i), i % 2 == 0 ? 1 : 0));
        }
        inserts = users.subList(0, N).stream().map(user -> entity(user, 0)).toList();
        replacements = users.subList(N, 2 * N).stream().map(user -> entity(user, 1)).toList();
        deletes = users.subList(2 * N, 3 * N).stream().map(User::id).toList();
        saveAll();
        mixedBulk();
    }

    private static DbVersionedUser entity(User user, long version) {
        return new DbVersionedUser(user.id(), user.name(), user.email(), user.age(), user.city(), user.score(),
                user.active(), version);
    }

    /** Releases the encoder's threads. */
    @TearDown
    public void tearDown() {
        store.close();
    }

    /**
     * {@code saveAll} of half stored, half new users.
     *
     * @return the entities as stored
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public int saveAll() {
        return repository.saveAll(toSave).entities().size();
    }

    /**
     * One bulk with an insert, a versioned replace, an update and a delete per document.
     *
     * @return the deleted count reported
     */
    @Benchmark
    @OperationsPerInvocation(N)
    public long mixedBulk() {
        BulkWrite<DbVersionedUser, ObjectId> bulk = repository.bulk();
        for (DbVersionedUser fresh : inserts) {
            bulk.insert(fresh);
        }
        for (DbVersionedUser replacement : replacements) {
            bulk.replace(replacement).updateOne(Filter.eq("id", replacement.id()), inactive);
        }
        for (ObjectId id : deletes) {
            bulk.deleteById(id);
        }
        return bulk.execute().deleted() + store.sink();
    }
}
