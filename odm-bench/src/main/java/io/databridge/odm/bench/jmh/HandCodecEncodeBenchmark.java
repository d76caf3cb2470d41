package io.databridge.odm.bench.jmh;

import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.bench.handcodec.RichCodec;
import io.databridge.odm.bench.handcodec.UserCodec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBinaryWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client-side baseline: encoding {@value #DOCUMENTS} entities with the hand-written codecs, the way the
 * driver does before an insert (a new {@link BsonBinaryWriter} per document, all documents appended to one
 * {@link BasicOutputBuffer} that is reset per invocation and pre-sized so it never grows while measured).
 * Scores are ns per document (average time, {@code @OperationsPerInvocation}); each method returns the bytes
 * written, so the work cannot be eliminated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HandCodecEncodeBenchmark {

    static final int DOCUMENTS = 10_000;

    private static final int BUFFER_BYTES = 8 << 20;

    private final UserCodec userCodec = new UserCodec();
    private final RichCodec richCodec = new RichCodec();
    private final EncoderContext context = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
    private List<User> users;
    private List<Rich> rich;
    private BasicOutputBuffer buffer;

    /** Creates the state; JMH calls {@link #setUp()} before measuring. */
    public HandCodecEncodeBenchmark() {
        // state is filled in setUp
    }

    /** Generates the entities and the buffer. */
    @Setup
    public void setUp() {
        var data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        users = data.users(DOCUMENTS);
        rich = data.rich(DOCUMENTS);
        buffer = new BasicOutputBuffer(BUFFER_BYTES);
    }

    /**
     * Encodes the "user" entities.
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int encodeUser() {
        return encodeAll(users, userCodec);
    }

    /**
     * Encodes the "rich" entities.
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int encodeRich() {
        return encodeAll(rich, richCodec);
    }

    private <T> int encodeAll(List<T> entities, Codec<T> codec) {
        buffer.truncateToPosition(0);
        for (T entity : entities) {
            codec.encode(new BsonBinaryWriter(buffer), entity, context);
        }
        return buffer.getPosition();
    }
}
