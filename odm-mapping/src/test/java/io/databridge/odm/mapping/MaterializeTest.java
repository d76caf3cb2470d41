package io.databridge.odm.mapping;

import static io.databridge.odm.mapping.TestDocuments.document;
import static io.databridge.odm.mapping.TestDocuments.string;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link EntityMapper#fromDocument} is the inverse of {@link EntityMapper#toDocument}: every supported type reads back
 * equal, whatever layout (field order, version of the type) the document was written with.
 */
class MaterializeTest extends MaterializeFixture {

    @Test
    void readsBackEveryScalarTypeEqual() {
        AllScalars scalars = sampleScalars();

        assertEquals(scalars, roundTrip(AllScalars.class, scalars));
    }

    @Test
    void readsBackExtremeScalarValuesEqual() {
        AllScalars extremes = new AllScalars(Long.MIN_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, -0.0, Float.NaN,
                false, Short.MIN_VALUE, Byte.MAX_VALUE, '\uffff', Integer.MAX_VALUE, Long.MIN_VALUE,
                Double.NEGATIVE_INFINITY, Float.MIN_VALUE, true, Short.MAX_VALUE, Byte.MIN_VALUE, '\0', "",
                new BigDecimal("-1.2300E-40"), Instant.ofEpochMilli(-1), LocalDate.of(1969, 12, 31),
                LocalDateTime.of(1900, 1, 1, 0, 0), new UUID(-1L, 0L), new ObjectIdValue(0, 0L), Status.OPEN);

        AllScalars read = roundTrip(AllScalars.class, extremes);

        assertEquals(extremes, read);
        assertEquals(44, read.price().scale(), "the decimal keeps its scale: 1.2300E-40, not 1.23E-40");
    }

    record Blob(String id, byte[] bytes) {
    }

    @Test
    void readsBackAByteArrayAsAFreshEqualArray() {
        byte[] bytes = {1, -2, 3};
        EntityMapper<Blob> mapper = context.mapper(Blob.class);
        DocumentValue document = mapper.toDocument(new Blob("b", bytes));

        Blob read = mapper.fromDocument(document);

        assertArrayEquals(new byte[] {1, -2, 3}, read.bytes());
        read.bytes()[0] = 9;
        assertEquals(BinaryValue.copyOf(new byte[] {1, -2, 3}), document.get("bytes"),
                "changing the array read does not change the document");
    }

    @Test
    void readsBackValueObjectsNestedRecordsCollectionsMapsAndOptionalsEqual() {
        Order order = sampleOrder();

        assertEquals(order, roundTrip(Order.class, order));
    }

    @Test
    void readsValueObjectsFromTheirComponentsStoredValue() {
        DocumentValue line = document("sku", string("S-3"), "quantity", Int32Value.of(4), "price",
                NullValue.INSTANCE);
        DocumentValue stored = document("_id", string("A-7"), "customer", string("bob"), "lines", ArrayValue.of(line),
                "code", string("S-4"));

        Order read = context.mapper(Order.class).fromDocument(stored);

        assertEquals(new OrderId("A-7"), read.id());
        assertEquals(List.of(new Line(new Sku("S-3"), new Quantity(4), null)), read.lines());
        assertEquals(Optional.of(new Sku("S-4")), read.code());
    }

    @Test
    void readsNestedDocumentsByTheirStoredNames() {
        DocumentValue stored = document("_id", string("A-1"), "address",
                document("town", string("Shelbyville"), "street", string("2 Elm St")));

        Order read = context.mapper(Order.class).fromDocument(stored);

        assertEquals(new Address("2 Elm St", "Shelbyville", null), read.address());
    }

    record Containers(String id, List<String> list, Collection<String> collection, Set<String> set,
            SortedSet<String> sortedSet, ArrayList<String> arrayList, LinkedList<String> linkedList,
            HashSet<String> hashSet, LinkedHashSet<String> linkedHashSet, TreeSet<String> treeSet,
            Map<String, String> map, SortedMap<String, String> sortedMap, HashMap<String, String> hashMap,
            LinkedHashMap<String, String> linkedHashMap, TreeMap<String, String> treeMap) {
    }

    @Test
    void readsEveryContainerTypeBackAsItsDeclaredShape() {
        Containers containers = new Containers("c", List.of("b", "a"), List.of("x"), new LinkedHashSet<>(List.of("z",
                "y")), new TreeSet<>(List.of("b", "a")), new ArrayList<>(List.of("1")), new LinkedList<>(List.of("2")),
                new HashSet<>(List.of("3")), new LinkedHashSet<>(List.of("5", "4")), new TreeSet<>(List.of("7", "6")),
                Map.of("k", "v"), new TreeMap<>(Map.of("b", "2", "a", "1")), new HashMap<>(Map.of("h", "i")),
                new LinkedHashMap<>(Map.of("l", "m")), new TreeMap<>(Map.of("t", "u")));

        Containers read = roundTrip(Containers.class, containers);

        assertEquals(containers, read);
        assertEquals(List.of("z", "y"), List.copyOf(read.set()), "a Set keeps the stored order");
        assertInstanceOf(TreeSet.class, read.sortedSet());
        assertInstanceOf(ArrayList.class, read.arrayList());
        assertInstanceOf(LinkedList.class, read.linkedList());
        assertInstanceOf(HashSet.class, read.hashSet());
        assertInstanceOf(TreeMap.class, read.sortedMap());
        assertInstanceOf(HashMap.class, read.hashMap());
        assertInstanceOf(LinkedHashMap.class, read.linkedHashMap());
    }

    @Test
    void readsInterfaceTypedContainersAsUnmodifiableAndConcreteOnesAsModifiable() {
        Containers read = roundTrip(Containers.class, new Containers("c", List.of("a"), List.of(), Set.of(),
                new TreeSet<>(), new ArrayList<>(), new LinkedList<>(), new HashSet<>(), new LinkedHashSet<>(),
                new TreeSet<>(), Map.of(), new TreeMap<>(), new HashMap<>(), new LinkedHashMap<>(), new TreeMap<>()));

        assertThrows(UnsupportedOperationException.class, () -> read.list().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> read.set().add("b"));
        assertThrows(UnsupportedOperationException.class, () -> read.map().put("k", "v"));
        read.arrayList().add("b");
        read.hashMap().put("k", "v");
        assertEquals(List.of("b"), read.arrayList());
        assertEquals(Map.of("k", "v"), read.hashMap());
    }

    record WithNulls(String id, List<String> tags, Map<String, Integer> counts, List<Optional<String>> maybes) {
    }

    @Test
    void readsBackNullElementsAndNullMapValues() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", null);
        WithNulls withNulls = new WithNulls("n", Arrays.asList("a", null, "c"), counts,
                List.of(Optional.of("x"), Optional.empty()));

        WithNulls read = roundTrip(WithNulls.class, withNulls);

        assertEquals(withNulls, read);
        assertEquals(List.of("a", "b"), List.copyOf(read.counts().keySet()), "a map keeps the stored order");
    }

    record Node(String name, List<Node> children) {
    }

    record Tree(String id, Node root) {
    }

    record Chain(String id, String label, Optional<Chain> next) {
    }

    @Test
    void readsBackRecursiveTypes() {
        Node leaf = new Node("leaf", List.of());
        Tree tree = new Tree("t", new Node("root", List.of(leaf, new Node("inner", List.of(leaf)))));
        Chain chain = new Chain("c1", "first", Optional.of(new Chain("c2", "second", Optional.empty())));

        assertEquals(tree, roundTrip(Tree.class, tree));
        assertEquals(chain, roundTrip(Chain.class, chain));
    }

    record Page<T>(List<T> items, T first) {
    }

    record Catalog(String id, Page<Sku> page, Map<String, List<Quantity>> groups) {
    }

    @Test
    void readsBackGenericEmbeddedTypesWithTheirTypeArguments() {
        Catalog catalog = new Catalog("c", new Page<>(List.of(new Sku("a"), new Sku("b")), new Sku("a")),
                Map.of("g", List.of(new Quantity(1), new Quantity(2))));

        Catalog read = roundTrip(Catalog.class, catalog);

        assertEquals(catalog, read);
        assertInstanceOf(Sku.class, read.page().first());
    }

    @Test
    void readsATypeWithoutAnIdIgnoringTheGeneratedId() {
        NoId noId = new NoId("x", 3);

        assertEquals(noId, roundTrip(NoId.class, noId));
    }

    @Test
    void readsRenamedFieldsAndGivesTransientComponentsTheirDefault() {
        DocumentValue stored = document("_id", string("c-1"), "n", Int32Value.of(5), "skipped", string("stored?"));

        Renamed read = context.mapper(Renamed.class).fromDocument(stored);

        assertEquals(new Renamed("c-1", 5, null), read);
    }

    @Test
    void readsADocumentWhoseFieldsComeInAnotherOrder() {
        DocumentValue stored = document("town", string("x"), "zip", string("z"), "street", string("s"));
        DocumentValue order = document("shipping", stored, "customer", string("ann"), "_id", string("A-1"));

        Order read = context.mapper(Order.class).fromDocument(order);

        assertEquals(new OrderId("A-1"), read.id());
        assertEquals("ann", read.customer());
        assertEquals(Optional.of(new Address("s", "x", "z")), read.shipping());
    }

    @Test
    void readsDocumentsOfAlternatingLayoutsThroughOneMapper() {
        EntityMapper<NoId> mapper = context.mapper(NoId.class);
        DocumentValue written = mapper.toDocument(new NoId("w", 1));
        DocumentValue reordered = document("count", Int32Value.of(2), "what", string("r"));
        DocumentValue extended = document("_id", GENERATED, "version", Int32Value.of(9), "what", string("e"),
                "count", Int32Value.of(3));
        DocumentValue partial = document("what", string("p"));

        List<NoId> read = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (DocumentValue document : List.of(written, reordered, extended, partial)) {
                read.add(mapper.fromDocument(document));
            }
        }

        List<NoId> once = List.of(new NoId("w", 1), new NoId("r", 2), new NoId("e", 3), new NoId("p", 0));
        List<NoId> expected = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            expected.addAll(once);
        }
        assertEquals(expected, read);
    }

    record CustomerV2(String id, String name, int age, String email, List<String> tags) {
    }

    record CustomerV1(String id, String email, String name) {
    }

    @Test
    void readsADocumentWrittenByAnotherVersionOfTheType() {
        DocumentValue written = context.mapper(CustomerV2.class)
                .toDocument(new CustomerV2("c", "Ann", 40, "ann@example.org", List.of("vip")));

        CustomerV1 read = context.mapper(CustomerV1.class).fromDocument(written);

        assertEquals(new CustomerV1("c", "ann@example.org", "Ann"), read);
    }
}
