package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.bench.handcodec.RichCodec;
import io.databridge.odm.bench.handcodec.UserCodec;
import io.databridge.odm.codec.BatchDecoder;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.DecodingSettings;
import io.databridge.odm.codec.DocumentDecoder;
import io.databridge.odm.codec.DocumentEncoder;
import io.databridge.odm.mapping.EntityMapper;
import io.databridge.odm.mapping.MappingContext;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.BsonBinaryReader;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client side of a find, ns per document: bytes as a cursor batch hands them over (one array per document) into
 * entities. The hand-written codec (a {@link BsonBinaryReader} per document) against data-bridge's decode (bytes to
 * value tree) and materialize (tree to record), serial and with two threads. Run with {@code -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DecodeBenchmark {

    static final int DOCUMENTS = 10_000;

    /** Which document. */
    @Param({"user", "rich"})
    public String document;

    private final DecoderContext context = DecoderContext.builder().build();
    private List<byte[]> encoded;
    private List<BsonBytes> bytes;
    private List<DocumentValue> trees;
    private EntityMapper<?> mapper;
    private BatchDecoder parallel;
    private BatchDecoder serial;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public DecodeBenchmark() {
        // filled in setUp
    }

    /** Encodes the documents once, as the server would send them. */
    @Setup(Level.Trial)
    public void setUp() {
        MappingContext mapping = BenchEntities.context();
        BenchEntities.polluteProfiles(mapping);
        mapper = mapping.mapper(BenchEntities.entityType(document));
        List<DocumentValue> documents = BenchEntities.storedDocuments(mapping, document, DOCUMENTS);
        DocumentEncoder encoder = new DocumentEncoder();
        encoded = new ArrayList<>();
        bytes = new ArrayList<>();
        for (DocumentValue tree : documents) {
            byte[] one = encoder.encode(tree);
            encoded.add(one);
            bytes.add(new BsonBytes(one, 0, one.length));
        }
        DocumentDecoder decoder = new DocumentDecoder();
        trees = encoded.stream().map(decoder::decode).toList();
        parallel = new BatchDecoder(new DecodingSettings(2, 2));
        serial = new BatchDecoder(DecodingSettings.serial());
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void tearDown() {
        parallel.close();
    }

    /**
     * The baseline: the hand-written codec.
     *
     * @return the entities
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<?> handCodec() {
        return document.equals("user") ? decodeAll(new UserCodec()) : decodeAll(new RichCodec());
    }

    private <T> List<T> decodeAll(Codec<T> codec) {
        List<T> entities = new ArrayList<>(DOCUMENTS);
        for (byte[] one : encoded) {
            entities.add(codec.decode(new BsonBinaryReader(ByteBuffer.wrap(one)), context));
        }
        return entities;
    }

    /**
     * data-bridge, one thread: decode and materialize each document.
     *
     * @return the entities
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<?> dataBridge() {
        return serial.decode(bytes, (position, tree) -> mapper.fromDocument(tree));
    }

    /**
     * data-bridge, the caller and one worker.
     *
     * @return the entities
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<?> dataBridgeParallel() {
        return parallel.decode(bytes, (position, tree) -> mapper.fromDocument(tree));
    }

    /**
     * Phase A alone: bytes to value trees.
     *
     * @return the trees
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<?> decodeOnly() {
        DocumentDecoder decoder = new DocumentDecoder();
        List<DocumentValue> decoded = new ArrayList<>(DOCUMENTS);
        for (byte[] one : encoded) {
            decoded.add(decoder.decode(one));
        }
        return decoded;
    }

    /**
     * Phase B alone: value trees (decoded once, untimed) to entities.
     *
     * @return the entities
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<?> materializeOnly() {
        List<Object> entities = new ArrayList<>(DOCUMENTS);
        for (DocumentValue tree : trees) {
            entities.add(mapper.fromDocument(tree));
        }
        return entities;
    }
}
