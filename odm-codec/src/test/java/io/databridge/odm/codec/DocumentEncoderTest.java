package io.databridge.odm.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The encoder writes exactly the driver's bytes, and the bytes decode back to the same values. */
class DocumentEncoderTest {

    private final DocumentEncoder encoder = new DocumentEncoder();

    private static DocumentValue single(String name, ExtractedValue value) {
        return DocumentValue.of(FieldNames.of("_id", name), new Int32Value(1), value);
    }

    private void assertDriverBytes(DocumentValue document) {
        byte[] ours = encoder.encode(document);
        BsonDocument expected = DriverBytes.toBson(document);
        assertArrayEquals(DriverBytes.encode(expected), ours, () -> "bytes differ for " + expected.toJson());
        assertEquals(expected, new RawBsonDocument(ours));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "Zoë", "日本語テキスト", "emoji 🚀 pair", "nul\0inside",
            "mixed Zoë🚀\0end", "\u007F\u0080\u07FF\u0800\uFFFF\uD7FF\uE000\uD800\uDC00\uDBFF\uDFFF"})
    void writesStringsAsTheDriverDoes(String text) {
        assertDriverBytes(single("text", new StringValue(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lone high \uD800 surrogate", "lone low \uDC00 surrogate", "cut emoji \uD83D",
            "\uDE80 reversed \uD83D"})
    void refusesStringsWithUnpairedSurrogatesThatWouldReadBackAltered(String text) {
        DocumentValue inner = DocumentValue.of(FieldNames.of("name"), new StringValue(text));
        DocumentValue document = DocumentValue.of(FieldNames.of("_id", "lines"), new Int32Value(1),
                ArrayValue.of(DocumentValue.empty(), inner));

        UnencodableValueException failure = assertThrows(UnencodableValueException.class,
                () -> encoder.encode(List.of(single("x", new StringValue("fine")), document), 0, 2));

        assertEquals(1, failure.position());
        assertEquals("lines[1].name", failure.path());
        assertTrue(failure.found().startsWith("an unpaired surrogate U+D"), failure.found());
    }

    @Test
    void theDriverWouldHaveAlteredAnUnpairedSurrogateSilently() {
        String cut = "cut emoji \uD83D";
        BsonDocument original = new BsonDocument("text", new org.bson.BsonString(cut));

        BsonDocument readBack = new RawBsonDocument(DriverBytes.encode(original));

        assertEquals("cut emoji \uFFFD", readBack.getString("text").getValue());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MAX_VALUE, -123.456e-300})
    void writesDoubles(double number) {
        assertDriverBytes(single("number", new DoubleValue(number)));
    }

    static Stream<BigDecimal> decimals() {
        return Stream.of("0", "0.00", "-0", "1", "-1", "1.5", "-1.5", "1234.5600", "123456789012345678",
                "1234567890123456789", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
                "1234567890123456789012345678901234", "-1234567890123456789012345678901234",
                "9999999999999999999999999999999999E+6111", "1E-6176", "1E+6111", "1E+6112", "0E+7000", "0E-7000",
                "1.000000000000000000000000000000000000", "123.4500000000000000000000000000000000000",
                "1E+6100", "120E-6177").map(BigDecimal::new);
    }

    @ParameterizedTest
    @MethodSource("decimals")
    void writesDecimalsAsTheDriverDoes(BigDecimal decimal) {
        assertDriverBytes(single("decimal", new DecimalValue(decimal)));
    }

    @Test
    void writesEveryOtherType() {
        DocumentValue document = DocumentValue.of(
                FieldNames.of("_id", "i32", "i64", "yes", "no", "date", "old", "null", "uuid", "bin", "custom",
                        "empty"),
                ObjectIdValue.fromHexString("65a1b2c3d4e5f60718293a4b"), new Int32Value(Integer.MIN_VALUE),
                new Int64Value(Long.MAX_VALUE), BooleanValue.TRUE, BooleanValue.FALSE,
                new DateTimeValue(1_795_600_800_000L), new DateTimeValue(-62_135_596_800_000L), NullValue.INSTANCE,
                new UuidValue(UUID.fromString("00112233-4455-6677-8899-aabbccddeeff")),
                BinaryValue.copyOf(new byte[] {1, 2, 3}), BinaryValue.of((byte) 0x80, new byte[] {9}),
                BinaryValue.copyOf(new byte[0]));
        assertDriverBytes(document);
    }

    @Test
    void writesNestedDocumentsAndArraysWithMultiDigitIndexes() {
        List<ExtractedValue> elements = new ArrayList<>();
        IntStream.range(0, 1_100).forEach(i -> elements.add(i % 7 == 0 ? NullValue.INSTANCE : Int32Value.of(i)));
        DocumentValue inner = DocumentValue.of(FieldNames.of("street", "zip"), new StringValue("Main"),
                new StringValue("123"));
        DocumentValue document = DocumentValue.of(FieldNames.of("_id", "list", "nested", "docs", "deep", "none"),
                new StringValue("x"), ArrayValue.of(elements), inner, ArrayValue.of(inner, inner),
                ArrayValue.of(ArrayValue.of(ArrayValue.empty(), DocumentValue.empty())), ArrayValue.empty());
        assertDriverBytes(document);
    }

    @Test
    void leavesAbsentSlotsOut() {
        DocumentValue document = DocumentValue.of(FieldNames.of("_id", "gone", "kept", "alsoGone"),
                new Int32Value(1), null, new StringValue("k"), null);

        byte[] ours = encoder.encode(document);

        assertEquals(BsonDocument.parse("{_id: 1, kept: 'k'}"), new RawBsonDocument(ours));
        assertDriverBytes(document);
    }

    @Test
    void writesRandomTreesAsTheDriverDoes() {
        RandomTrees trees = new RandomTrees(20261125L);
        for (int i = 0; i < 2_000; i++) {
            assertDriverBytes(trees.document(0));
        }
    }

    @Test
    void aBatchIsTheConcatenationOfItsDocuments() {
        RandomTrees trees = new RandomTrees(7L);
        List<DocumentValue> documents = IntStream.range(0, 300).mapToObj(i -> trees.document(0)).toList();

        EncodedBatch batch = encoder.encode(documents, 100, 250);

        assertEquals(150, batch.size());
        batch.forEach((position, bytes, offset, length) -> assertArrayEquals(
                encoder.encode(documents.get(100 + position)), java.util.Arrays.copyOfRange(bytes, offset,
                        offset + length)));
    }

    @Test
    void refusesADocumentOverTheLimitBeforeWritingAnything() {
        char[] text = new char[1_000];
        java.util.Arrays.fill(text, 'é');
        List<DocumentValue> documents = List.of(single("s", new StringValue("small")),
                single("s", new StringValue(new String(text))));
        long exact = encoder.encode(documents.get(1)).length;

        DocumentTooLargeException failure = assertThrows(DocumentTooLargeException.class,
                () -> encoder.checkedSizeBounds(documents, exact - 1, String.class));

        assertEquals(1, failure.position());
        assertEquals(exact, failure.size());
        assertEquals(exact - 1, failure.limit());
        long[] bounds = encoder.checkedSizeBounds(documents, exact, String.class);
        assertEquals(exact, bounds[1], "a bound over the limit is replaced by the exact size");
    }
}
