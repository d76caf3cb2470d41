package io.databridge.odm.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.OpaqueValue;
import io.databridge.odm.api.value.StringValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonMaxKey;
import org.bson.BsonMinKey;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decoding gives back what was encoded, reads what the BSON library writes, and refuses every malformed byte. */
class DocumentDecoderTest {

    private final DocumentEncoder encoder = new DocumentEncoder();
    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void decodesWhatItEncodesAndWhatTheLibraryDecodes() {
        RandomTrees trees = new RandomTrees(31L);
        for (int i = 0; i < 2_000; i++) {
            DocumentValue document = trees.document(0);
            byte[] bytes = encoder.encode(document);

            DocumentValue decoded = decoder.decode(bytes);

            assertEquals(document, decoded);
            assertEquals(new org.bson.RawBsonDocument(bytes), DriverBytes.toBson(decoded));
        }
    }

    @Test
    void documentsOfOneShapeShareOneLayout() {
        FieldNames layout = FieldNames.of("_id", "name");
        List<DocumentValue> decoded = IntStream.range(0, 3).mapToObj(i -> decoder.decode(encoder.encode(
                DocumentValue.of(layout, Int32Value.of(i), new StringValue("n" + i))))).toList();

        assertSame(decoded.get(0).names(), decoded.get(2).names());
        assertEquals(new StringValue("n2"), decoded.get(2).get("name"));
    }

    @Test
    void aLayoutIsReusedOnlyWhenEveryNameAndTheCountMatchByteForByte() {
        List<List<String>> shapes = List.of(
                List.of("a", "bcdefgh", "ijklmnop", "qrstuvwxy", "0123456789abcdef"),
                List.of("a", "bcdefgh", "ijklmnop", "qrstuvwxy"),
                List.of("a", "bcdefgh", "ijklmnop", "qrstuvwxy", "0123456789abcdef", "z"),
                List.of("a", "bcdefgh", "ijklmnoq", "qrstuvwxy", "0123456789abcdef"),
                List.of("a", "bcdefgh", "ijklmnop", "qrstuvwxy", "0123456789abcdeF"),
                List.of("a", "bcdefg", "ijklmnop", "qrstuvwxy", "0123456789abcdef"),
                List.of("a", "bcdefghi", "ijklmnop", "qrstuvwxy", "0123456789abcdef"),
                List.of("é", "bcdefgh", "ijklmnop", "qrstuvwxy", "0123456789abcdef"));
        for (int round = 0; round < 3; round++) {
            for (List<String> names : shapes) {
                ExtractedValue[] values = IntStream.range(0, names.size())
                        .mapToObj(i -> (ExtractedValue) Int32Value.of(i)).toArray(ExtractedValue[]::new);
                DocumentValue document = DocumentValue.of(FieldNames.of(names), values);
                byte[] bytes = encoder.encode(document);
                byte[] atTheEnd = new byte[bytes.length + 3];
                System.arraycopy(bytes, 0, atTheEnd, 3, bytes.length);

                assertEquals(document, decoder.decode(bytes));
                assertEquals(document, decoder.decode(atTheEnd, 3, bytes.length));
            }
        }
    }

    @Test
    void keepsTypesItDoesNotMapAsOpaqueBytesThatWriteBackUnchanged() {
        BsonDocument exotic = new BsonDocument("_id", new org.bson.BsonInt32(1))
                .append("re", new BsonRegularExpression("^a.*", "i"))
                .append("ts", new BsonTimestamp(42, 7))
                .append("min", new BsonMinKey()).append("max", new BsonMaxKey())
                .append("nan", new BsonDecimal128(Decimal128.NaN))
                .append("negativeZero", new BsonDecimal128(Decimal128.NEGATIVE_ZERO));
        byte[] bytes = DriverBytes.encode(exotic);

        DocumentValue decoded = decoder.decode(bytes);

        assertEquals("regex", decoded.get("re").typeName());
        assertTrue(decoded.get("nan") instanceof OpaqueValue);
        assertTrue(decoded.get("negativeZero") instanceof OpaqueValue);
        assertEquals(Arrays.toString(bytes), Arrays.toString(encoder.encode(decoded)));
    }

    @Test
    void readsLargeDecimalsThroughTheLibrary() {
        BigDecimal big = new BigDecimal("-1234567890123456789012345678901234E-40");
        byte[] bytes = DriverBytes.encode(new BsonDocument("d", new BsonDecimal128(new Decimal128(big))));

        assertEquals(new DecimalValue(big), decoder.decode(bytes).get("d"));
    }

    static List<Malformed> malformed() {
        return Malformed.corpus();
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void refusesMalformedBytesWithAProblemAndAPath(Malformed bad) {
        MalformedDocumentException failure = assertThrows(MalformedDocumentException.class,
                () -> decoder.decode(bad.bytes()));

        assertTrue(failure.problem().contains(bad.expectedProblem()), () -> bad.name() + ": " + failure.getMessage());
        assertEquals(bad.expectedPath(), failure.path(), bad.name());
    }
}
