package io.databridge.odm.mapping;

import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fields the document lacks follow {@link io.databridge.odm.mapping.internal.model.PropertyModel#read}'s policy
 * (null, zero, false, empty containers, empty optionals; an id must be stored), stored nulls are read as such, and
 * unknown fields are ignored, or refused with their path under strict reads.
 */
class AbsentAndUnknownFieldsTest extends MaterializeFixture {

    @Test
    void absentFieldsGetNullZeroFalseEmptyContainersAndEmptyOptionals() {
        Sparse read = context.mapper(Sparse.class).fromDocument(document("_id", string("s")));

        assertEquals(new Sparse("s", null, null, null, null, null, null, null, null, null, 0, 0L, 0.0, 0.0f, false,
                (short) 0, (byte) 0, '\0', List.of(), Set.of(), new TreeSet<>(), List.of(), new ArrayList<>(),
                Map.of(), new TreeMap<>(), Optional.empty(), Optional.empty()), read);
        assertInstanceOf(TreeSet.class, read.sortedSet());
        assertInstanceOf(ArrayList.class, read.arrayList());
        assertInstanceOf(TreeMap.class, read.treeMap());
    }

    @Test
    void anEmptySlotOfTheLayoutIsAnAbsentField() {
        EntityMapper<Sparse> mapper = context.mapper(Sparse.class);
        ExtractedValue[] slots = new ExtractedValue[mapper.layout().size()];
        slots[0] = string("s");

        Sparse read = mapper.fromDocument(DocumentValue.of(mapper.layout(), slots));

        assertNull(read.boxedInt());
        assertEquals(0, read.count());
        assertEquals(List.of(), read.list());
        assertEquals(Optional.empty(), read.maybe());
    }

    @Test
    void storedNullsGiveNullReferencesNullContainersAndEmptyOptionals() {
        DocumentValue stored = document("_id", string("s"), "boxedInt", NullValue.INSTANCE, "text",
                NullValue.INSTANCE, "sku", NullValue.INSTANCE, "address", NullValue.INSTANCE, "list",
                NullValue.INSTANCE, "map", NullValue.INSTANCE, "maybe", NullValue.INSTANCE);

        Sparse read = context.mapper(Sparse.class).fromDocument(stored);

        assertNull(read.boxedInt());
        assertNull(read.text());
        assertNull(read.sku());
        assertNull(read.address());
        assertNull(read.list(), "a stored null is null, unlike an absent collection");
        assertNull(read.map());
        assertEquals(Optional.empty(), read.maybe());
    }

    @Test
    void aStoredNullForAPrimitiveIsRefused() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "count",
                NullValue.INSTANCE));

        assertEquals("count", failure.path());
        assertEquals("int32 for int", failure.expected());
        assertTrue(failure.found().startsWith("null"), failure.found());
    }

    @Test
    void aStoredNullForABoxedPrimitiveKindIsRefusedToo() {
        StoredDocumentException failure = refused(Sparse.class, document("_id", string("s"), "shortValue",
                NullValue.INSTANCE));

        assertEquals("shortValue", failure.path());
        assertEquals("int32 between -32768 and 32767 for short", failure.expected());
    }

    @Test
    void aMissingIdIsRefused() {
        StoredDocumentException failure = refused(AllScalars.class, document("i", Int32Value.of(1)));

        assertEquals("key", failure.path(), "the id's Java name");
        assertEquals("an _id", failure.expected());
        assertEquals("nothing", failure.found());
        assertEquals("?", failure.documentId());
    }

    @Test
    void aStoredNullIdIsRefused() {
        StoredDocumentException failure = refused(Order.class, document("_id", NullValue.INSTANCE));

        assertEquals("id", failure.path());
    }

    @Test
    void unknownStoredFieldsAreIgnoredByDefault() {
        DocumentValue stored = document("extra", string("?"), "_id", string("c-1"), "n", Int32Value.of(2),
                "legacy", document("deep", ArrayValue.of(Int32Value.of(1))));

        assertEquals(new Renamed("c-1", 2, null), context.mapper(Renamed.class).fromDocument(stored));
    }

    @Test
    void strictReadsRefuseAnUnknownStoredFieldNamingIt() {
        MappingContext strict = MappingContext.create(MappingConfiguration.builder().strictReads(true).build());
        DocumentValue stored = document("_id", string("c-1"), "n", Int32Value.of(2), "legacy", string("?"));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> strict.mapper(Renamed.class).fromDocument(stored));

        assertEquals("legacy", failure.path());
        assertEquals("a field it does not declare", failure.found());
        assertEquals("only fields Renamed declares (strict reads)", failure.expected());
        assertTrue(failure.getMessage().contains("legacy"), failure.getMessage());
    }

    @Test
    void strictReadsRefuseAnUnknownFieldInAnEmbeddedDocumentWithItsPath() {
        MappingContext strict = MappingContext.create(MappingConfiguration.builder().strictReads(true).build());
        DocumentValue stored = document("_id", string("A-1"), "address", document("street", string("s"),
                "country", string("?")));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> strict.mapper(Order.class).fromDocument(stored));

        assertEquals("address.country", failure.path());
    }

    @Test
    void strictReadsAcceptEveryDeclaredFieldAndTheGeneratedIdOfAnIdLessType() {
        MappingContext strict = MappingContext.create(MappingConfiguration.builder().strictReads(true)
                .objectIdGenerator(() -> GENERATED).build());
        Order order = sampleOrder();
        EntityMapper<Order> orders = strict.mapper(Order.class);
        EntityMapper<NoId> noIds = strict.mapper(NoId.class);

        assertEquals(order, orders.fromDocument(orders.toDocument(order)));
        assertEquals(new NoId("x", 1), noIds.fromDocument(noIds.toDocument(new NoId("x", 1))));
    }
}
