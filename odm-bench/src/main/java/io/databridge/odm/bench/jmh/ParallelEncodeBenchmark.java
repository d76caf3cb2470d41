package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.bench.contestant.databridge.DbRich;
import io.databridge.odm.bench.contestant.databridge.DbUser;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.codec.EncodingSettings;
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
 * Serial against parallel batch encoding of already extracted documents, by batch size, microseconds per batch: the
 * measurement behind {@link EncodingSettings#MEASURED_THRESHOLD}. "parallel" forces two threads (the caller and one
 * pool worker, which parks between batches as it would in an application) from any size; "serial" is the caller
 * alone. The threshold is the smallest size from which parallel is reliably faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParallelEncodeBenchmark {

    /** Documents per batch. */
    @Param({"10", "100", "1000", "2000", "4000", "10000"})
    public int size;

    /** Which document. */
    @Param({"user", "rich"})
    public String document;

    private List<DocumentValue> documents;
    private BatchEncoder serial;
    private BatchEncoder parallel;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public ParallelEncodeBenchmark() {
        // filled in setUp
    }

    /** Extracts the batch once and builds both encoders. */
    @Setup(Level.Trial)
    public void setUp() {
        DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        MappingContext mapping = BenchEntities.context();
        BenchEntities.polluteProfiles(mapping);
        documents = document.equals("user")
                ? mapping.mapper(DbUser.class).toDocuments(BenchEntities.users(data.users(size)))
                : mapping.mapper(DbRich.class).toDocuments(BenchEntities.rich(data.rich(size)));
        serial = new BatchEncoder(EncodingSettings.serial());
        parallel = new BatchEncoder(new EncodingSettings(2, 2));
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
    }

    /**
     * The caller alone.
     *
     * @return the batch
     */
    @Benchmark
    public EncodedBatch serial() {
        return serial.encode(documents, 0, size);
    }

    /**
     * The caller and one worker.
     *
     * @return the batch
     */
    @Benchmark
    public EncodedBatch parallel() {
        return parallel.encode(documents, 0, size);
    }
}
