package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.annotation.Creator;
import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Id;
import io.databridge.odm.api.annotation.Transient;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
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
import java.util.Objects;
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
 * equal, fields the document lacks follow {@link io.databridge.odm.mapping.internal.model.PropertyModel#read}'s
 * policy, unknown fields are ignored (or refused under strict reads), stored values are widened only losslessly, and a
 * document that does not fit fails with a {@link StoredDocumentException} naming the path, what was found and what
 * was expected, whatever layout the document was written with.
 */
class MaterializeTest {

    private static final ObjectIdValue GENERATED = new ObjectIdValue(0x65a1b2c3, 42L);

    private final MappingContext context = MappingContext.create(MappingConfiguration.builder()
            .objectIdGenerator(() -> GENERATED).build());

    private <T> T roundTrip(Class<T> type, T entity) {
        EntityMapper<T> mapper = context.mapper(type);
        return mapper.fromDocument(mapper.toDocument(entity));
    }

    private <T> StoredDocumentException refused(Class<T> type, DocumentValue document) {
        return assertThrows(StoredDocumentException.class, () -> context.mapper(type).fromDocument(document));
    }

    private static DocumentValue document(Object... namesAndValues) {
        String[] names = new String[namesAndValues.length / 2];
        ExtractedValue[] values = new ExtractedValue[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) namesAndValues[2 * i];
            values[i] = (ExtractedValue) namesAndValues[2 * i + 1];
        }
        return DocumentValue.of(FieldNames.of(names), values);
    }

    private static StringValue string(String value) {
        return new StringValue(value);
    }

    enum Status { OPEN, PAID }

    record AllScalars(@Id long key, int i, long l, double d, float f, boolean b, short s, byte y, char c,
            Integer bi, Long bl, Double bd, Float bf, Boolean bb, Short bs, Byte by, Character bc, String text,
            BigDecimal price, Instant at, LocalDate day, LocalDateTime time, UUID uuid, ObjectIdValue ref,
            Status status) {
    }

    private static AllScalars sampleScalars() {
        return new AllScalars(7L, -1, 9_000_000_000L, 0.5, 1.25f, true, (short) 3, (byte) 4, 'x', 5, 6L, 7.5, 2.5f,
                false, (short) -3, (byte) -4, 'y', "text", new BigDecimal("9.99"), Instant.ofEpochMilli(1_234_567L),
                LocalDate.of(2024, 2, 29), LocalDateTime.of(2026, 11, 25, 10, 30, 15, 123_000_000),
                new UUID(1L, 2L), GENERATED, Status.PAID);
    }

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

    record Sku(String value) {
    }

    record Quantity(int value) {
    }

    record OrderId(String value) {
    }

    record Line(Sku sku, Quantity quantity, BigDecimal price) {
    }

    record Address(String street, @FieldName("town") String city, String zip) {
    }

    record Order(OrderId id, String customer, Address address, List<Line> lines, Set<Status> statuses,
            Map<String, Integer> counts, Optional<String> note, Optional<Sku> code, Optional<Address> shipping) {
    }

    private static Order sampleOrder() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("visits", 3);
        counts.put("clicks", 0);
        return new Order(new OrderId("A-1"), "ann", new Address("1 Main St", "Springfield", "12345"),
                List.of(new Line(new Sku("S-1"), new Quantity(2), new BigDecimal("9.99")),
                        new Line(new Sku("S-2"), new Quantity(1), new BigDecimal("0.50"))),
                new LinkedHashSet<>(List.of(Status.PAID, Status.OPEN)), counts, Optional.of("leave at door"),
                Optional.of(new Sku("S-9")), Optional.empty());
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

    record NoId(String what, int count) {
    }

    @Test
    void readsATypeWithoutAnIdIgnoringTheGeneratedId() {
        NoId noId = new NoId("x", 3);

        assertEquals(noId, roundTrip(NoId.class, noId));
    }

    record Renamed(@Id String code, @FieldName("n") int number, @Transient String skipped) {
    }

    @Test
    void readsRenamedFieldsAndGivesTransientComponentsTheirDefault() {
        DocumentValue stored = document("_id", string("c-1"), "n", Int32Value.of(5), "skipped", string("stored?"));

        Renamed read = context.mapper(Renamed.class).fromDocument(stored);

        assertEquals(new Renamed("c-1", 5, null), read);
    }

    /** Read through its annotated static factory, the only way to build it. */
    static final class Money {
        private final String currency;
        private final long cents;
        private final transient boolean viaFactory;

        private Money(String currency, long cents, boolean viaFactory) {
            this.currency = currency;
            this.cents = cents;
            this.viaFactory = viaFactory;
        }

        @Creator
        static Money of(String currency, long cents) {
            return new Money(currency, cents, true);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Money that && currency.equals(that.currency) && cents == that.cents;
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, cents);
        }
    }

    record Wallet(String id, Money balance) {
    }

    @Test
    void readsAClassThroughItsCreatorStaticFactory() {
        Wallet wallet = new Wallet("w", new Money("EUR", 1050, false));

        Wallet read = roundTrip(Wallet.class, wallet);

        assertEquals(wallet, read);
        assertTrue(read.balance().viaFactory, "built by the @Creator factory");
    }

    /** Has a no-argument constructor and non-final fields, but is read through its annotated constructor. */
    static final class Temperature {
        private String unit;
        private double degrees;
        private final transient String builtBy;

        Temperature() {
            this("C", 0, "no-argument constructor");
        }

        @Creator
        Temperature(String unit, double degrees) {
            this(unit, degrees, "creator");
        }

        private Temperature(String unit, double degrees, String builtBy) {
            this.unit = unit;
            this.degrees = degrees;
            this.builtBy = builtBy;
        }

        @Override
        public String toString() {
            return degrees + unit + " by " + builtBy;
        }
    }

    record Reading(String id, Temperature temperature) {
    }

    @Test
    void prefersTheCreatorConstructorOverTheNoArgumentConstructor() {
        Reading read = roundTrip(Reading.class, new Reading("r", new Temperature("F", 98.5)));

        assertEquals("98.5F by creator", read.temperature().toString());
    }

    /** Read through its only constructor, whose parameters come in another order than its fields. */
    static final class Product {
        private final String id;
        private final int stock;
        private final BigDecimal price;

        Product(BigDecimal price, String id, int stock) {
            this.id = id;
            this.stock = stock;
            this.price = price;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Product that && id.equals(that.id) && stock == that.stock
                    && price.equals(that.price);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, stock, price);
        }
    }

    @Test
    void readsAClassThroughItsOnlyConstructorMatchingParametersToFields() {
        Product product = new Product(new BigDecimal("2.50"), "p-1", 12);

        assertEquals(product, roundTrip(Product.class, product));
    }

    /** Base fields of a class read through its fields. */
    static class Party {
        private String displayName;

        String displayName() {
            return displayName;
        }
    }

    /** Read through its no-argument constructor, then its fields, superclass fields included. */
    static final class Settings extends Party {
        private String id;
        private int retries;
        private List<String> hosts;
        private Optional<String> proxy;

        @Override
        public boolean equals(Object other) {
            return other instanceof Settings that && Objects.equals(id, that.id) && retries == that.retries
                    && Objects.equals(hosts, that.hosts) && Objects.equals(proxy, that.proxy)
                    && Objects.equals(displayName(), that.displayName());
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, retries, hosts, proxy);
        }
    }

    @Test
    void readsAClassThroughItsFieldsSuperclassFieldsIncluded() {
        Settings settings = new Settings();
        settings.id = "s";
        settings.retries = 3;
        settings.hosts = List.of("a", "b");
        settings.proxy = Optional.of("p");
        ((Party) settings).displayName = "shown";

        Settings read = roundTrip(Settings.class, settings);

        assertEquals(settings, read);
        assertEquals("shown", read.displayName());
    }

    /** An id-less class read through its fields: the generated {@code _id} has no field to set. */
    static final class Event {
        private String what;
        private Instant at;

        @Override
        public boolean equals(Object other) {
            return other instanceof Event that && Objects.equals(what, that.what) && Objects.equals(at, that.at);
        }

        @Override
        public int hashCode() {
            return Objects.hash(what, at);
        }
    }

    @Test
    void readsAnIdLessClassThroughItsFields() {
        Event event = new Event();
        event.what = "created";
        event.at = Instant.ofEpochMilli(5);

        assertEquals(event, roundTrip(Event.class, event));
    }

    /** Its constructor takes one value for two fields, which are final: it can be written but not read. */
    static final class Halves {
        private final String id;
        private final String left;

        Halves(String both) {
            this.id = both;
            this.left = both;
        }

        @Override
        public String toString() {
            return id + left;
        }
    }

    @Test
    void aClassItCannotBuildIsRefusedWithTheReasonWhenRead() {
        EntityMapper<Halves> mapper = context.mapper(Halves.class);
        DocumentValue document = mapper.toDocument(new Halves("h"));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> mapper.fromDocument(document));

        assertEquals("", failure.path());
        assertEquals("a type data-bridge can build", failure.expected());
        assertTrue(failure.found().contains(Halves.class.getName() + " cannot be read")
                && failure.found().contains("@Creator"), failure.found());
    }

    /** Two factories marked as the creator: ambiguous. */
    static final class Ambiguous {
        private final String id;

        private Ambiguous(String id) {
            this.id = id;
        }

        @Creator
        static Ambiguous of(String id) {
            return new Ambiguous(id);
        }

        @Creator
        static Ambiguous parse(String id) {
            return new Ambiguous(id.strip());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    @Test
    void twoCreatorsAreRefusedWhenRead() {
        StoredDocumentException failure = refused(Ambiguous.class, document("_id", string("a")));

        assertTrue(failure.found().contains("it has 2 @Creator members; mark one"), failure.found());
    }

    record Currency(String id, String code) {
        Currency {
            if (code.length() != 3) {
                throw new IllegalArgumentException("not an ISO code: " + code);
            }
        }
    }

    record Priced(String id, Currency currency) {
    }

    @Test
    void aConstructorThatRefusesTheStoredValuesIsAStoredDocumentErrorWithThePath() {
        StoredDocumentException failure = refused(Priced.class, document("_id", string("p"), "currency",
                document("id", string("c"), "code", string("EURO"))));

        assertEquals("currency", failure.path());
        assertEquals("values " + Currency.class.getName() + " can be built from", failure.expected());
        assertTrue(failure.found().contains("not an ISO code: EURO"), failure.found());
    }

    record Exhausting(String id, String size) {
        Exhausting {
            if (size.equals("huge")) {
                throw new OutOfMemoryError("simulated");
            }
            assert !size.equals("odd") : "an odd size";
        }
    }

    @Test
    void aFailingJvmIsNotADocumentErrorButAnAssertionIs() {
        OutOfMemoryError fatal = assertThrows(OutOfMemoryError.class,
                () -> context.mapper(Exhausting.class).fromDocument(document("_id", string("e"), "size",
                        string("huge"))));
        assertEquals("simulated", fatal.getMessage());

        StoredDocumentException refusal = refused(Exhausting.class, document("_id", string("e"), "size",
                string("odd")));
        assertTrue(refusal.found().contains("an odd size"), refusal.found());
    }

    record Sparse(String id, Integer boxedInt, Long boxedLong, Boolean boxedFlag, String text, BigDecimal price,
            Instant at, Status status, Sku sku, Address address, int count, long big, double ratio, float small,
            boolean flag, short shortValue, byte byteValue, char letter, List<String> list, Set<String> set,
            SortedSet<String> sortedSet, Collection<String> collection, ArrayList<String> arrayList,
            Map<String, Integer> map, TreeMap<String, Integer> treeMap, Optional<String> maybe,
            Optional<Address> maybeAddress) {
    }

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
