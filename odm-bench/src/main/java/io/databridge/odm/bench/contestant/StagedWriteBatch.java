package io.databridge.odm.bench.contestant;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The {@link WriteBatch} behind {@link WriteBatch#of}: keeps what the seed returned until the next write consumes it.
 *
 * @param <S> the prepared entities
 */
final class StagedWriteBatch<S> implements WriteBatch {

    private final String collection;
    private final long firstVersion;
    private final Supplier<S> seeder;
    private final ToLongFunction<S> writer;
    private S staged;

    StagedWriteBatch(String collection, long firstVersion, Supplier<S> seeder, ToLongFunction<S> writer) {
        this.collection = Objects.requireNonNull(collection, "collection");
        this.firstVersion = firstVersion;
        this.seeder = Objects.requireNonNull(seeder, "seed");
        this.writer = Objects.requireNonNull(writer, "write");
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public long firstVersion() {
        return firstVersion;
    }

    @Override
    public void seed() {
        staged = Objects.requireNonNull(seeder.get(), "seed returned null");
    }

    @Override
    public long write() {
        S entities = staged;
        if (entities == null) {
            throw new IllegalStateException("write() on " + collection + " without a seed() since the last write");
        }
        staged = null;
        return writer.applyAsLong(entities);
    }
}
