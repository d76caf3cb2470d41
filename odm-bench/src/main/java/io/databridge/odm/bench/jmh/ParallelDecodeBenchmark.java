package io.databridge.odm.bench.jmh;

import io.databridge.odm.codec.BatchDecoder;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.DecodingSettings;
import io.databridge.odm.codec.DocumentEncoder;
import io.databridge.odm.mapping.EntityMapper;
import io.databridge.odm.mapping.MappingContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Serial against parallel decoding and materializing of a find's batch, by batch size, microseconds per batch: the
 * measurement behind {@link DecodingSettings#MEASURED_THRESHOLD}. "parallel" forces two threads (the caller and one
 * pool worker, which parks between batches) from any size; "serial" is the caller alone. The threshold is the
 * smallest size from which parallel is reliably faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParallelDecodeBenchmark {

    /** Documents per batch. */
    @Param({"10", "100", "500", "1000", "2000", "10000"})
    public int size;

    /** Which document. */
    @Param({"user", "rich"})
    public String document;

    private List<BsonBytes> bytes;
    private EntityMapper<?> mapper;
    private BatchDecoder serial;
    private BatchDecoder parallel;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public ParallelDecodeBenchmark() {
        // filled in setUp
    }

    /** Encodes the batch once, as the server would send it, and builds both decoders. */
    @Setup(Level.Trial)
    public void setUp() {
        MappingContext mapping = BenchEntities.context();
        BenchEntities.polluteProfiles(mapping);
        mapper = mapping.mapper(BenchEntities.entityType(document));
        DocumentEncoder encoder = new DocumentEncoder();
        bytes = BenchEntities.storedDocuments(mapping, document, size).stream()
                .map(encoder::encode)
                .map(one -> new BsonBytes(one, 0, one.length))
                .toList();
        serial = new BatchDecoder(DecodingSettings.serial());
        parallel = new BatchDecoder(new DecodingSettings(2, 2));
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
    }

    /**
     * The caller alone.
     *
     * @return the entities
     */
    @Benchmark
    public List<?> serial() {
        return serial.decode(bytes, (position, tree) -> mapper.fromDocument(tree));
    }

    /**
     * The caller and one worker.
     *
     * @return the entities
     */
    @Benchmark
    public List<?> parallel() {
        return parallel.decode(bytes, (position, tree) -> mapper.fromDocument(tree));
    }
}
