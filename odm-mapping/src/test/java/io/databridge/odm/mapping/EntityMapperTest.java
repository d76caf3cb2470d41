package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.annotation.Transient;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entities extract into the expected value trees: {@code _id} first, declared order, conventions applied. */
class EntityMapperTest {

    private static final ObjectIdValue GENERATED = new ObjectIdValue(0x65a1b2c3, 42L);

    private final MappingContext context = MappingContext.create(MappingConfiguration.builder()
            .objectIdGenerator(() -> GENERATED).build());

    enum Color { RED, GREEN }

    record Sku(String value) {
    }

    record Quantity(int value) {
    }

    record Line(Sku sku, Quantity quantity, BigDecimal price) {
    }

    record Order(String id, String customer, List<Line> lines, Set<Color> colors, Map<String, Integer> counts,
            Optional<String> note, Optional<String> noNote, String absent) {
    }

    @Test
    void extractsARecordWithValueObjectsCollectionsAndOptionals() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", null);
        Order order = new Order("o-1", "ann", List.of(new Line(new Sku("S-1"), new Quantity(2),
                new BigDecimal("9.99"))), new TreeSet<>(Set.of(Color.GREEN, Color.RED)), counts, Optional.of("hi"),
                Optional.empty(), null);

        DocumentValue document = context.mapper(Order.class).toDocument(order);

        DocumentValue line = DocumentValue.of(FieldNames.of("sku", "quantity", "price"), new StringValue("S-1"),
                Int32Value.of(2), new DecimalValue(new BigDecimal("9.99")));
        DocumentValue expectedCounts = DocumentValue.of(FieldNames.of("a", "b"), Int32Value.of(1), NullValue.INSTANCE);
        assertEquals(DocumentValue.of(
                FieldNames.of("_id", "customer", "lines", "colors", "counts", "note", "noNote", "absent"),
                new StringValue("o-1"), new StringValue("ann"), ArrayValue.of(line),
                ArrayValue.of(new StringValue("RED"), new StringValue("GREEN")), expectedCounts,
                new StringValue("hi"), null, null), document);
        assertNull(document.slot(6), "an empty Optional leaves its field out");
        assertEquals(List.of("_id", "customer", "lines", "colors", "counts", "note"),
                List.copyOf(document.toMap().keySet()));
    }

    record Scalars(@Id long key, int i, double d, float f, boolean b, short s, byte y, char c, Integer bi, Long bl,
            Double bd, Boolean bb, Instant at, LocalDate day, LocalDateTime time, UUID uuid, byte[] bytes,
            ObjectIdValue ref) {
    }

    @Test
    void extractsEveryScalarTypeToItsStoredForm() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = {1, 2};
        Scalars scalars = new Scalars(7L, -1, 0.5, 1.25f, true, (short) 3, (byte) 4, 'x', 5, 6L, 7.5, false,
                Instant.ofEpochMilli(-1), LocalDate.of(1970, 1, 2), LocalDateTime.of(1970, 1, 1, 0, 0, 1),
                uuid, bytes, GENERATED);

        DocumentValue document = context.mapper(Scalars.class).toDocument(scalars);
        bytes[0] = 9;

        assertEquals(DocumentValue.of(FieldNames.of("_id", "i", "d", "f", "b", "s", "y", "c", "bi", "bl", "bd",
                        "bb", "at", "day", "time", "uuid", "bytes", "ref"),
                new Int64Value(7), Int32Value.of(-1), new DoubleValue(0.5), new DoubleValue(1.25), BooleanValue.TRUE,
                Int32Value.of(3), Int32Value.of(4), new StringValue("x"), Int32Value.of(5), new Int64Value(6),
                new DoubleValue(7.5), BooleanValue.FALSE, new DateTimeValue(-1), new DateTimeValue(86_400_000L),
                new DateTimeValue(1_000L), new UuidValue(uuid), BinaryValue.copyOf(new byte[] {1, 2}), GENERATED),
                document, "the byte[] is copied when extracted: a later change does not reach the document");
    }

    static class Base {
        private final String inherited;

        Base(String inherited) {
            this.inherited = inherited;
        }
    }

    static final class Plain extends Base {
        private static final String CONSTANT = "not stored";
        @Id
        private final String code;
        @FieldName("n")
        private final int number;
        @Transient
        private final String skipped;
        private transient String alsoSkipped = CONSTANT;

        Plain(String inherited, String code, int number, String skipped) {
            super(inherited);
            this.code = code;
            this.number = number;
            this.skipped = skipped;
        }

        @Override
        public String toString() {
            return code + number + skipped + alsoSkipped;
        }
    }

    @Test
    void extractsClassFieldsSuperclassFirstWithAnnotationsApplied() {
        DocumentValue document = context.mapper(Plain.class).toDocument(new Plain("base", "c-1", 3, "x"));

        assertEquals(DocumentValue.of(FieldNames.of("_id", "inherited", "n"), new StringValue("c-1"),
                new StringValue("base"), Int32Value.of(3)), document);
    }

    record NoId(String what) {
    }

    @Test
    void generatesAnObjectIdForATypeWithoutAnId() {
        DocumentValue document = context.mapper(NoId.class).toDocument(new NoId("x"));

        assertEquals(DocumentValue.of(FieldNames.of("_id", "what"), GENERATED, new StringValue("x")), document);
    }

    record Page<T>(List<T> items, T first) {
    }

    record Catalog(String id, Page<Sku> page, Map<String, List<Quantity>> groups) {
    }

    @Test
    void resolvesGenericTypeArgumentsOfEmbeddedTypes() {
        Map<String, List<Quantity>> groups = Map.of("g", List.of(new Quantity(1), new Quantity(2)));
        Catalog catalog = new Catalog("c", new Page<>(List.of(new Sku("a")), new Sku("b")), groups);

        DocumentValue document = context.mapper(Catalog.class).toDocument(catalog);

        assertEquals(DocumentValue.of(FieldNames.of("_id", "page", "groups"), new StringValue("c"),
                DocumentValue.of(FieldNames.of("items", "first"), ArrayValue.of(new StringValue("a")),
                        new StringValue("b")),
                DocumentValue.of(FieldNames.of("g"), ArrayValue.of(Int32Value.of(1), Int32Value.of(2)))), document);
    }

    record Node(String name, List<Node> children) {
    }

    record Tree(String id, Node root) {
    }

    @Test
    void extractsRecursiveTypes() {
        Node leaf = new Node("leaf", List.of());
        Tree tree = new Tree("t", new Node("root", List.of(leaf, leaf)));

        DocumentValue document = context.mapper(Tree.class).toDocument(tree);

        DocumentValue leafDocument = DocumentValue.of(FieldNames.of("name", "children"), new StringValue("leaf"),
                ArrayValue.empty());
        assertEquals(DocumentValue.of(FieldNames.of("_id", "root"), new StringValue("t"),
                DocumentValue.of(FieldNames.of("name", "children"), new StringValue("root"),
                        ArrayValue.of(leafDocument, leafDocument))), document,
                "the same object twice is not a cycle");
    }

    @Test
    void listsKeepNullElementsAsNull() {
        List<String> tags = new ArrayList<>(Arrays.asList("a", null, "c"));
        record Tagged(String id, List<String> tags) {
        }

        DocumentValue document = context.mapper(Tagged.class).toDocument(new Tagged("x", tags));

        assertEquals(ArrayValue.of(new StringValue("a"), NullValue.INSTANCE, new StringValue("c")),
                document.get("tags"));
    }

    record Counters(String id, Map<String, Integer> counts) {
    }

    @Test
    void mapsOfChangingKeysAndSizesEachGetTheirOwnLayout() {
        EntityMapper<Counters> mapper = context.mapper(Counters.class);
        List<Map<String, Integer>> maps = List.of(Map.of(), new TreeMapOf("a", 1, "b", 2), new TreeMapOf("a", 3, "b", 4),
                Map.of("x", 5), new TreeMapOf("a", 6, "c", 7), Map.of());

        List<DocumentValue> documents = mapper.toDocuments(maps.stream().map(map -> new Counters("c", map)).toList());

        for (int i = 0; i < maps.size(); i++) {
            DocumentValue counts = (DocumentValue) documents.get(i).get("counts");
            assertEquals(maps.get(i).keySet(), counts.toMap().keySet(), "map " + i);
        }
        assertSame(((DocumentValue) documents.get(1).get("counts")).names(),
                ((DocumentValue) documents.get(2).get("counts")).names(), "equal keys in equal order share a layout");
    }

    /** A sorted map built from key-value pairs. */
    static final class TreeMapOf extends java.util.TreeMap<String, Integer> {
        private static final long serialVersionUID = 1L;

        TreeMapOf(String k1, int v1, String k2, int v2) {
            put(k1, v1);
            put(k2, v2);
        }
    }

    @Test
    void documentsOfOneTypeShareOneLayout() {
        EntityMapper<NoId> mapper = context.mapper(NoId.class);

        List<DocumentValue> documents = mapper.toDocuments(List.of(new NoId("a"), new NoId("b")));

        assertSame(documents.get(0).names(), documents.get(1).names());
        assertSame(mapper.layout(), documents.get(0).names());
    }
}
