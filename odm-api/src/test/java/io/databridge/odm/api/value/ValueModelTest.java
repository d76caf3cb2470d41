package io.databridge.odm.api.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The value model's laws: immutability, equality by content, layouts with distinct NUL-free names. */
class ValueModelTest {

    @Test
    void objectIdsRoundTripThroughHexAndBytesAndSortUnsigned() {
        ObjectIdValue id = ObjectIdValue.fromHexString("ffa1b2c3d4e5f60718293a4b");

        assertEquals("ffa1b2c3d4e5f60718293a4b", id.toHexString());
        assertEquals(id, ObjectIdValue.fromBytes(id.toBytes(), 0));
        assertEquals(0xffa1b2c3L, id.timestampSeconds());
        assertTrue(id.compareTo(ObjectIdValue.fromHexString("00a1b2c3d4e5f60718293a4b")) > 0);
        assertThrows(IllegalArgumentException.class, () -> ObjectIdValue.fromHexString("abc"));
    }

    @Test
    void binaryValuesCopyTheirBytesInAndOut() {
        byte[] bytes = {1, 2, 3};
        BinaryValue value = BinaryValue.copyOf(bytes);
        bytes[0] = 9;
        byte[] out = value.toByteArray();
        out[1] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, value.toByteArray());
        assertEquals(BinaryValue.copyOf(new byte[] {1, 2, 3}), value);
        assertThrows(IllegalArgumentException.class, () -> BinaryValue.of((byte) 4, bytes));
    }

    @Test
    void fieldNamesAreDistinctAndFreeOfNul() {
        assertThrows(IllegalArgumentException.class, () -> FieldNames.of("a", "b", "a"));
        assertThrows(IllegalArgumentException.class, () -> FieldNames.of("a\0b"));
        String[] many = IntStream.range(0, 40).mapToObj(i -> "f" + i).toArray(String[]::new);
        FieldNames names = FieldNames.of(many);
        assertEquals(33, names.indexOf("f33"));
        assertEquals(-1, names.indexOf("nope"));
        assertArrayEquals("f7".getBytes(java.nio.charset.StandardCharsets.UTF_8), names.utf8(7));
        assertThrows(IllegalArgumentException.class, () -> FieldNames.of(List.of(many[0], many[0])));
    }

    @Test
    void documentsCompareTheirPresentFieldsInOrder() {
        FieldNames layout = FieldNames.of("_id", "a", "b");
        DocumentValue withAbsent = DocumentValue.of(layout, Int32Value.of(1), null, new StringValue("x"));
        DocumentValue compact = DocumentValue.of(FieldNames.of("_id", "b"), Int32Value.of(1), new StringValue("x"));
        DocumentValue reordered = DocumentValue.of(FieldNames.of("b", "_id"), new StringValue("x"), Int32Value.of(1));

        assertEquals(compact, withAbsent);
        assertEquals(compact.hashCode(), withAbsent.hashCode());
        assertNotEquals(compact, reordered);
        assertEquals(2, withAbsent.size());
        assertNull(withAbsent.get("a"));
        assertEquals("{_id: Int32Value[value=1], b: StringValue[value=x]}", withAbsent.toString());
        assertThrows(IllegalArgumentException.class, () -> DocumentValue.of(layout, Int32Value.of(1)));
    }

    @Test
    void arraysRefuseJavaNullElementsAndShareTheEmptyArray() {
        assertThrows(NullPointerException.class, () -> ArrayValue.of(Int32Value.of(1), null));
        assertSame(ArrayValue.empty(), ArrayValue.of(List.of()));
        assertEquals(ArrayValue.of(NullValue.INSTANCE), ArrayValue.of(List.of(NullValue.INSTANCE)));
    }

    @Test
    void smallIntegersAndBooleansAreShared() {
        assertSame(Int32Value.of(1023), Int32Value.of(1023));
        assertEquals(Int32Value.of(1024), Int32Value.of(1024));
        assertSame(BooleanValue.TRUE, BooleanValue.of(true));
        assertEquals(new DoubleValue(Double.NaN), new DoubleValue(Double.NaN));
        assertNotEquals(new DoubleValue(0.0), new DoubleValue(-0.0));
    }
}
