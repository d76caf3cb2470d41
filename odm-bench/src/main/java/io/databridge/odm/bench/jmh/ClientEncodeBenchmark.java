package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.bench.contestant.databridge.DbRich;
import io.databridge.odm.bench.contestant.databridge.DbUser;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.bench.handcodec.RichCodec;
import io.databridge.odm.bench.handcodec.UserCodec;
import io.databridge.odm.codec.BatchWriter;
import io.databridge.odm.codec.DocumentEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.mapping.EntityMapper;
import io.databridge.odm.mapping.MappingContext;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client side of an insert, one core, ns per document: the hand-written driver codec (a {@link BsonBinaryWriter}
 * per document into one buffer, as the driver encodes) against data-bridge's whole client path for the same
 * {@value #DOCUMENTS} entities: extract every entity into a value tree on this thread, bound the sizes (the 16 MiB
 * check) and encode the batch into one pre-sized array. The phases are also measured alone. Run with
 * {@code -prof gc} for bytes allocated per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ClientEncodeBenchmark {

    static final int DOCUMENTS = 10_000;
    private static final long LIMIT = DocumentEncoder.MAX_DOCUMENT_SIZE;

    /** Which document: the seed's flat "user" or the nested "rich". */
    @Param({"user", "rich"})
    public String document;

    private final EncoderContext context = EncoderContext.builder().isEncodingCollectibleDocument(true).build();
    private final DocumentEncoder encoder = new DocumentEncoder();
    private BasicOutputBuffer buffer;
    private List<User> users;
    private List<Rich> rich;
    private List<?> entities;
    private EntityMapper<Object> mapper;
    private List<DocumentValue> extracted;

    /** Creates the state; JMH calls {@link #setUp()}. */
    public ClientEncodeBenchmark() {
        // filled in setUp
    }

    /** Generates the entities, builds the models and makes the generic call sites megamorphic. */
    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        users = data.users(DOCUMENTS);
        rich = data.rich(DOCUMENTS);
        MappingContext mapping = BenchEntities.context();
        BenchEntities.polluteProfiles(mapping);
        boolean user = document.equals("user");
        entities = user ? BenchEntities.users(users) : BenchEntities.rich(rich);
        Class<?> type = user ? DbUser.class : DbRich.class;
        mapper = (EntityMapper<Object>) mapping.mapper(type);
        extracted = mapper.toDocuments(entities);
        buffer = new BasicOutputBuffer(8 << 20);
        handCodec();
        dataBridge();
    }

    /**
     * The baseline: the hand-written codec, as the driver runs it.
     *
     * @return the bytes written
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public int handCodec() {
        return document.equals("user") ? encodeAll(users, new UserCodec()) : encodeAll(rich, new RichCodec());
    }

    private <T> int encodeAll(List<T> records, Codec<T> codec) {
        buffer.truncateToPosition(0);
        for (T record : records) {
            codec.encode(new BsonBinaryWriter(buffer), record, context);
        }
        return buffer.getPosition();
    }

    /**
     * data-bridge's client path of an insert that fits one wire batch (and of the first wire batch of any insert):
     * each entity is extracted into its value tree and encoded at once, while the tree is in the CPU cache.
     *
     * @return the batch
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public EncodedBatch dataBridge() {
        DocumentSource source = mapper.source(entities);
        BatchWriter batch = encoder.newBatch(source.size());
        for (int position = 0; position < DOCUMENTS; position++) {
            batch.add(source.document(position), position);
        }
        return batch.finish();
    }

    /**
     * data-bridge's client path for the later wire batches of a multi-batch insert, whose encoding overlaps the
     * previous batch's round trip: extract every entity, bound its size (the 16 MiB check before anything is sent),
     * then encode the trees.
     *
     * @return the batch
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public EncodedBatch dataBridgeSeparatePhases() {
        List<DocumentValue> documents = mapper.toDocuments(entities);
        long[] bounds = encoder.checkedSizeBounds(documents, LIMIT, Object.class);
        return encoder.encode(documents, 0, documents.size(), bounds);
    }

    /**
     * Phase 1 alone: entities to value trees.
     *
     * @return the trees
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public List<DocumentValue> extractOnly() {
        return mapper.toDocuments(entities);
    }

    /**
     * Phase 2 alone: value trees (extracted once, untimed) to bytes, with the size check.
     *
     * @return the batch
     */
    @Benchmark
    @OperationsPerInvocation(DOCUMENTS)
    public EncodedBatch encodeOnly() {
        long[] bounds = encoder.checkedSizeBounds(extracted, LIMIT, Object.class);
        return encoder.encode(extracted, 0, extracted.size(), bounds);
    }
}
