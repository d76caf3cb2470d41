package io.databridge.odm.mapping;

import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * Stored values are widened only losslessly; a document that does not fit fails with a
 * {@link io.databridge.odm.api.error.StoredDocumentException} naming the path, what was found and what was expected,
 * and models that could not read back what they write are refused when built.
 */
class RefusalsTest extends MaterializeFixture {

    record Widened(String id, long big, Long boxedBig, double ratio, Double boxedRatio) {
    }

    @Test
    void widensAStoredInt32LosslesslyIntoLongAndDouble() {
        DocumentValue stored = document("_id", string("w"), "big", Int32Value.of(-42), "boxedBig",
                Int32Value.of(Integer.MAX_VALUE), "ratio", Int32Value.of(3), "boxedRatio", Int32Value.of(-1));

        Widened read = context.mapper(Widened.class).fromDocument(stored);

        assertEquals(new Widened("w", -42L, (long) Integer.MAX_VALUE, 3.0, -1.0), read);
    }

    @Test
    void readsADoubleAFloatHoldsExactlyIntoAFloat() {
        DocumentValue stored = document("_id", string("s"), "small", new DoubleValue(0.375));

        assertEquals(0.375f, context.mapper(Sparse.class).fromDocument(stored).small());
    }

    @Test
    void refusesAFractionalDoubleForAnIntNamingPathFoundAndExpected() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s-1"), "count",
                new DoubleValue(1.5)));

        assertEquals("(unknown)", failure.collection());
        assertEquals("\"s-1\"", failure.documentId());
        assertEquals("count", failure.path());
        assertEquals("double 1.5", failure.found());
        assertEquals("int32 for int", failure.expected());
        assertTrue(failure.getMessage().contains("field count: found double 1.5; expected int32 for int"),
                failure.getMessage());
    }

    @Test
    void refusesAWholeDoubleForAnIntToo() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "boxedInt",
                new DoubleValue(2.0)));

        assertEquals("boxedInt", failure.path());
        assertEquals("double 2.0", failure.found());
    }

    @Test
    void refusesAStringForAnInt() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "count",
                string("12")));

        assertEquals("string \"12\"", failure.found());
        assertEquals("int32 for int", failure.expected());
    }

    @Test
    void refusesAnInt64ForAnIntEvenWhenItWouldFit() {
        StoredDocumentException tooBig = refused(Sparse.class, document("_id", string("s"), "count",
                new Int64Value(9_000_000_000L)));
        StoredDocumentException small = refused(Sparse.class, document("_id", string("s"), "boxedInt",
                new Int64Value(5)));

        assertEquals("int64 9000000000", tooBig.found());
        assertEquals("int32 for int", tooBig.expected());
        assertEquals("int64 5", small.found());
    }

    @Test
    void refusesNarrowingIntoShortByteFloatAndCharThatWouldLoseInformation() {
        assertEquals("int32 40000", refused(Sparse.class, document("_id", string("s"), "shortValue",
                Int32Value.of(40_000))).found());
        assertEquals("int32 between -128 and 127 for byte", refused(Sparse.class, document("_id", string("s"),
                "byteValue", Int32Value.of(200))).expected());
        assertEquals("double 0.1", refused(Sparse.class, document("_id", string("s"), "small",
                new DoubleValue(0.1))).found());
        assertEquals("a one-character string for char", refused(Sparse.class, document("_id", string("s"),
                "letter", string("ab"))).expected());
    }

    @Test
    void refusesAnInt64ForADoubleAndADoubleForALong() {
        assertEquals("ratio", refused(Sparse.class, document("_id", string("s"), "ratio",
                new Int64Value(1))).path());
        assertEquals("big", refused(Sparse.class, document("_id", string("s"), "big",
                new DoubleValue(1.0))).path());
    }

    @Test
    void refusesADateThatIsNotMidnightUtcForALocalDate() {
        StoredDocumentException failure = refused(AllScalars.class, document("_id", new Int64Value(1), "day",
                new DateTimeValue(86_400_001L)));

        assertEquals("day", failure.path());
        assertEquals("date at midnight UTC for LocalDate", failure.expected());
    }

    @Test
    void refusesAnUnknownEnumNameListingTheConstants() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "status",
                string("PURPLE")));

        assertEquals("status", failure.path());
        assertEquals("string \"PURPLE\"", failure.found());
        assertTrue(failure.expected().contains("Status") && failure.expected().contains("OPEN")
                && failure.expected().contains("PAID"), failure.expected());
    }

    @Test
    void namesThePathIntoListElementsAndEmbeddedDocuments() {
        DocumentValue stored = document("_id", string("A-1"), "lines", ArrayValue.of(
                document("sku", string("S-1"), "quantity", Int32Value.of(1)),
                document("sku", string("S-2"), "quantity", string("two"))));

        StoredDocumentException failure = refused(Order.class, stored);

        assertEquals("lines[1].quantity", failure.path());
        assertEquals("string \"two\"", failure.found());
        assertEquals("int32 for int", failure.expected());
    }

    @Test
    void namesThePathIntoMapValues() {
        StoredDocumentException failure = refused(Order.class, document("_id", string("A-1"), "counts",
                document("visits", Int32Value.of(1), "clicks", new DoubleValue(0.5))));

        assertEquals("counts[\"clicks\"]", failure.path());
        assertEquals("double 0.5", failure.found());
    }

    @Test
    void refusesAScalarWhereADocumentOrAnArrayIsExpected() {
        StoredDocumentException address = refused(Order.class, document("_id", string("A-1"), "address",
                string("1 Main St")));
        StoredDocumentException lines = refused(Order.class, document("_id", string("A-1"), "lines",
                document("sku", string("S-1"))));
        StoredDocumentException counts = refused(Order.class, document("_id", string("A-1"), "counts",
                ArrayValue.of(Int32Value.of(1))));

        assertEquals("a document for Address", address.expected());
        assertEquals("an array for a list", lines.expected());
        assertEquals("a document with fields [sku]", lines.found());
        assertEquals("a document for a map", counts.expected());
        assertEquals("an array of 1", counts.found());
    }

    @Test
    void everyScalarFieldRefusesADocumentOrAnArrayWithAStoredDocumentError() {
        EntityMapper<AllScalars> mapper = context.mapper(AllScalars.class);
        DocumentValue written = mapper.toDocument(sampleScalars());
        FieldNames layout = written.names();
        List<ExtractedValue> wrongValues = List.of(DocumentValue.empty(), ArrayValue.of(BooleanValue.TRUE));

        for (int slot = 0; slot < layout.size(); slot++) {
            for (ExtractedValue wrong : wrongValues) {
                ExtractedValue[] slots = new ExtractedValue[layout.size()];
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = i == slot ? wrong : written.slot(i);
                }
                DocumentValue stored = DocumentValue.of(layout, slots);

                StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                        () -> mapper.fromDocument(stored), layout.name(slot));

                assertEquals(slot == 0 ? "key" : layout.name(slot), failure.path());
            }
        }
    }

    record Tagged(String id, SortedSet<String> tags) {
    }

    @Test
    void aNullElementForASortedSetIsAStoredDocumentError() {
        StoredDocumentException failure = refused(Tagged.class, document("_id", string("t"), "tags",
                ArrayValue.of(string("a"), NullValue.INSTANCE)));

        assertEquals("tags[1]", failure.path());
        assertEquals("null", failure.found());
    }

    record Point(int x, int y) {
    }

    record Shape(String id, SortedSet<Point> points) {
    }

    @Test
    void aSortedSetOfNonComparableElementsIsRefusedWhenTheModelIsBuilt() {
        MappingException failure = assertThrows(MappingException.class, () -> context.mapper(Shape.class));

        assertTrue(failure.getMessage().contains("Shape.points"), failure.getMessage());
        assertTrue(failure.getMessage().contains("Comparable"), failure.getMessage());
    }

    record Labelled(String id, Sku sku, List<Sku> skus, Optional<Sku> maybe) {
    }

    @Test
    void aValueObjectWithANullComponentIsRefusedOnWriteBecauseItWouldReadBackAsNull() {
        EntityMapper<Labelled> mapper = context.mapper(Labelled.class);

        InvalidEntityException single = assertThrows(InvalidEntityException.class, () -> mapper.toDocument(
                new Labelled("l", new Sku(null), List.of(), Optional.empty())));
        InvalidEntityException element = assertThrows(InvalidEntityException.class, () -> mapper.toDocument(
                new Labelled("l", null, Arrays.asList(new Sku("a"), new Sku(null)), Optional.empty())));

        assertEquals("sku", single.path());
        assertTrue(single.expected().contains("not null"), single.getMessage());
        assertEquals("skus[1]", element.path());
        assertEquals(new Labelled("l", null, List.of(new Sku("a")), Optional.of(new Sku("b"))),
                roundTrip(Labelled.class, new Labelled("l", null, List.of(new Sku("a")), Optional.of(new Sku("b")))));
    }

    @Test
    void aStoredNullIsDescribedAsNull() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "count",
                NullValue.INSTANCE));

        assertEquals("null", failure.found());
    }
}
