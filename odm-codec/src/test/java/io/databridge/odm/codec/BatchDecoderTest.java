package io.databridge.odm.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A parallel batch decodes like a serial one: same results, same order, same errors, one layout per shape. */
class BatchDecoderTest {

    private static final FieldNames LAYOUT = FieldNames.of("_id", "name", "address");
    private static final FieldNames ADDRESS = FieldNames.of("city", "zip");
    private static final int THRESHOLD_BYTES = 600;

    private final DocumentEncoder encoder = new DocumentEncoder();
    private final BatchDecoder parallel = new BatchDecoder(new DecodingSettings(THRESHOLD_BYTES, 3));
    private final BatchDecoder serial = new BatchDecoder(DecodingSettings.serial());

    @AfterEach
    void stopPools() {
        parallel.close();
        serial.close();
    }

    private List<DocumentValue> documents(int count) {
        return IntStream.range(0, count).mapToObj(i -> DocumentValue.of(LAYOUT, Int32Value.of(i),
                new StringValue("n" + i), DocumentValue.of(ADDRESS, new StringValue("c" + i), Int32Value.of(i))))
                .toList();
    }

    private List<BsonBytes> encoded(List<DocumentValue> documents) {
        List<BsonBytes> bytes = new ArrayList<>();
        for (DocumentValue document : documents) {
            byte[] one = encoder.encode(document);
            byte[] padded = new byte[one.length + 7];
            System.arraycopy(one, 0, padded, 7, one.length);
            bytes.add(new BsonBytes(padded, 7, one.length));
        }
        return bytes;
    }

    @Test
    void parallelBatchesKeepInputOrderAndEqualSerialOnes() {
        for (int count : new int[] {0, 1, 9, 10, 11, 100, 1_001}) {
            List<DocumentValue> documents = documents(count);
            List<BsonBytes> bytes = encoded(documents);
            Set<String> threads = ConcurrentHashMap.newKeySet();

            List<Integer> positions = parallel.decode(bytes, (position, document) -> {
                threads.add(Thread.currentThread().getName());
                assertEquals(documents.get(position), document);
                return position;
            });

            assertEquals(IntStream.range(0, count).boxed().toList(), positions);
            assertEquals(documents, serial.decode(bytes, (position, document) -> document));
            assertEquals(documents, parallel.decode(bytes, (position, document) -> document));
            int totalBytes = bytes.stream().mapToInt(BsonBytes::length).sum();
            assertTrue(totalBytes < THRESHOLD_BYTES ? threads.size() <= 1 : threads.size() > 1,
                    count + " documents, " + totalBytes + " bytes, on " + threads);
        }
    }

    @Test
    void documentsOfOneShapeShareOneLayoutAcrossThreadsAndBatches() {
        List<BsonBytes> bytes = encoded(documents(300));
        List<DocumentValue> first = parallel.decode(bytes, (position, document) -> document);
        List<DocumentValue> second = parallel.decode(bytes, (position, document) -> document);

        FieldNames layout = first.get(0).names();
        FieldNames address = ((DocumentValue) first.get(0).get("address")).names();
        for (DocumentValue document : first.subList(0, 300)) {
            assertSame(layout, document.names());
            assertSame(address, ((DocumentValue) document.get("address")).names());
        }
        assertSame(layout, second.get(299).names());
    }

    @Test
    void theFirstFailureOfAnyThreadReachesTheCaller() {
        List<BsonBytes> bytes = new ArrayList<>(encoded(documents(100)));
        BsonBytes good = bytes.get(80);
        byte[] broken = good.array().clone();
        broken[good.offset() + 4] = 0x55;
        bytes.set(80, new BsonBytes(broken, good.offset(), good.length()));

        MalformedDocumentException failure = assertThrows(MalformedDocumentException.class,
                () -> parallel.decode(bytes, (position, document) -> document));
        assertTrue(failure.problem().contains("0x55"), failure.getMessage());
        assertEquals(80, failure.position(), "the position in the batch, for the caller to name the document");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> parallel.decode(encoded(documents(100)), (position, document) -> {
                    if (position == 70) {
                        throw new IllegalStateException("reader failed at " + position);
                    }
                    return document;
                }));
        assertEquals("reader failed at 70", thrown.getMessage());
    }

    @Test
    void aClosedDecoderRefusesParallelBatchesButStillDecodesSmallOnes() {
        parallel.close();

        assertEquals(1, parallel.decode(encoded(documents(1)), (position, document) -> document).size());
        assertThrows(IllegalStateException.class,
                () -> parallel.decode(encoded(documents(100)), (position, document) -> document));
    }
}
