package io.databridge.odm.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.StringValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A parallel batch encodes byte for byte like the serial encoder: same order, same first failure, its position. */
class BatchEncoderTest {

    private static final FieldNames LAYOUT = FieldNames.of("_id", "name");

    private final BatchEncoder parallel = new BatchEncoder(new EncodingSettings(10, 3));
    private final DocumentEncoder serial = new DocumentEncoder();

    @AfterEach
    void stopPool() {
        parallel.close();
    }

    private static List<DocumentValue> documents(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> DocumentValue.of(LAYOUT, Int32Value.of(i), new StringValue("name " + i))).toList();
    }

    private static List<byte[]> bytesOf(EncodedBatch batch) {
        List<byte[]> all = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            all.add(batch.toByteArray(i));
        }
        return all;
    }

    @Test
    void parallelBatchesEqualSerialOnesInOrder() {
        for (int count : new int[] {0, 1, 9, 10, 11, 100, 1_001}) {
            List<DocumentValue> documents = documents(count);

            List<byte[]> encoded = bytesOf(parallel.encode(documents, 0, count));

            assertEquals(count, encoded.size());
            for (int i = 0; i < count; i++) {
                assertArrayEquals(serial.encode(documents.get(i)), encoded.get(i), "document " + i + " of " + count);
            }
        }
    }

    @Test
    void encodesASubRangeOnly() {
        List<DocumentValue> documents = documents(300);

        List<byte[]> encoded = bytesOf(parallel.encode(documents, 100, 250));

        assertEquals(150, encoded.size());
        assertArrayEquals(serial.encode(documents.get(100)), encoded.get(0));
        assertArrayEquals(serial.encode(documents.get(249)), encoded.get(149));
    }

    @Test
    void theFirstUnencodableDocumentOfAnyChunkIsReportedWithItsPosition() {
        List<DocumentValue> documents = new ArrayList<>(documents(100));
        documents.set(90, DocumentValue.of(LAYOUT, Int32Value.of(90), new StringValue("cut \uD83D")));

        UnencodableValueException failure = assertThrows(UnencodableValueException.class,
                () -> parallel.encode(documents, 0, 100));

        assertEquals(90, failure.position());
        assertEquals("name", failure.path());
    }

    @Test
    void aClosedEncoderRefusesParallelBatchesButStillEncodesSmallOnes() {
        parallel.close();

        assertEquals(5, parallel.encode(documents(5), 0, 5).size());
        assertThrows(IllegalStateException.class, () -> parallel.encode(documents(100), 0, 100));
    }
}
