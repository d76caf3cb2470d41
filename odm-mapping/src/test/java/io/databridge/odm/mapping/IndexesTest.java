package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.Repository;
import io.databridge.odm.api.annotation.CompoundIndex;
import io.databridge.odm.api.annotation.FieldName;
import io.databridge.odm.api.annotation.Indexed;
import io.databridge.odm.api.error.IndexConflictException;
import io.databridge.odm.api.error.MappingException;
import io.databridge.odm.api.error.MappingProblem;
import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.index.IndexDefinition;
import io.databridge.odm.api.index.IndexDifference;
import io.databridge.odm.api.index.IndexDirection;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Declared indexes: annotations and configuration resolved into stored terms when a repository is created (every
 * problem at once), created only by {@code ensureIndexes}, and compared with the existing ones by
 * {@code checkIndexes}.
 */
class IndexesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    enum Status { ACTIVE, GONE }

    record Address(@Indexed(direction = IndexDirection.DESCENDING, sparse = true) String city, String street) {
    }

    record Line(@Indexed String sku, int qty) {
    }


    @CompoundIndex(keys = {"lastName", "-age"}, unique = true)
    @CompoundIndex(keys = {"address.city", "lastName"}, name = "by_city")
    record Person(ObjectIdValue id, @Indexed(unique = true) @FieldName("mail") String email, String lastName, int age,
            @Indexed(expireAfterSeconds = 3600) Instant createdAt, Address address, List<Line> lines, Status status,
            Optional<Instant> seenAt, UpdateFixture.Stamp stamp) {
    }

    record Plain(ObjectIdValue id, String name, int age, Instant seen) {
    }

    @CompoundIndex(keys = {"nmae", "-age"})
    @CompoundIndex(keys = {"name", "name"})
    record Broken(@Indexed ObjectIdValue id, @Indexed(expireAfterSeconds = 60) String name,
            @Indexed(direction = IndexDirection.HASHED, unique = true) String code, int age) {
    }

    static final class Legacy {
        private ObjectIdValue id;
        @Indexed(name = "legacy_code", unique = true)
        private String code;

        Legacy(ObjectIdValue id, String code) {
            this.id = id;
            this.code = code;
        }
    }

    private final ScriptedStore store = new ScriptedStore();

    private MappingOdm odm(UnaryOperator<MappingConfiguration.Builder> configured) {
        return new MappingOdm(store, MappingContext.create(configured.apply(MappingConfiguration.builder()
                .converter(new UpdateFixture.StampConverter()).objectIdGenerator(() -> new ObjectIdValue(1, 2))).build()));
    }

    private static DocumentValue keys(Object... pathsAndKinds) {
        String[] names = new String[pathsAndKinds.length / 2];
        ExtractedValue[] kinds = new ExtractedValue[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) pathsAndKinds[2 * i];
            Object kind = pathsAndKinds[2 * i + 1];
            kinds[i] = kind instanceof Integer number ? Int32Value.of(number) : new StringValue((String) kind);
        }
        return DocumentValue.of(FieldNames.of(names), kinds);
    }

    private static StoredIndex index(String name, DocumentValue keys) {
        return new StoredIndex(name, keys, false, false, null, null, null);
    }

    private static Person person() {
        return new Person(null, "ann@example.com", "Lee", 40, NOW, new Address("Oslo", "Main"),
                List.of(new Line("x", 1)), Status.ACTIVE, Optional.empty(), new UpdateFixture.Stamp(1));
    }

    @Test
    void resolvesAnnotationsAndConfigurationIntoStoredIndexesInDeclarationOrder() {
        MappingOdm odm = odm(config -> config
                .index(Person.class, IndexDefinition.hashed("lastName"))
                .index(Person.class, IndexDefinition.ascending("stamp").expireAfter(Duration.ofDays(1)))
                .index(Person.class, IndexDefinition.ascending("email").named("active_mail").unique()
                        .partial(Filter.and(Filter.eq("status", Status.ACTIVE), Filter.gte("age", 18)))
                        .collation(Collation.of("en").withStrength(2))));

        List<StoredIndex> declared = odm.context().indexes(Person.class);

        DocumentValue activeAdults = DocumentValue.of(FieldNames.of("$and"), io.databridge.odm.api.value.ArrayValue.of(
                DocumentValue.of(FieldNames.of("status"), new StringValue("ACTIVE")),
                DocumentValue.of(FieldNames.of("age"), DocumentValue.of(FieldNames.of("$gte"), Int32Value.of(18)))));
        assertEquals(List.of(
                new StoredIndex("mail_1", keys("mail", 1), true, false, null, null, null),
                new StoredIndex("createdAt_1", keys("createdAt", 1), false, false, null, 3600L, null),
                new StoredIndex("address.city_-1", keys("address.city", -1), false, true, null, null, null),
                index("lines.sku_1", keys("lines.sku", 1)),
                new StoredIndex("lastName_1_age_-1", keys("lastName", 1, "age", -1), true, false, null, null, null),
                index("by_city", keys("address.city", 1, "lastName", 1)),
                index("lastName_hashed", keys("lastName", "hashed")),
                new StoredIndex("stamp_1", keys("stamp", 1), false, false, null, 86_400L, null),
                new StoredIndex("active_mail", keys("mail", 1), true, false, activeAdults, null,
                        Collation.of("en").withStrength(2))), declared);
    }

    @Test
    void readsAnnotatedFieldsOfClasses() {
        assertEquals(List.of(new StoredIndex("legacy_code", keys("code", 1), true, false, null, null, null)),
                odm(config -> config).context().indexes(Legacy.class));
    }

    @Test
    void createsNothingUntilAskedAndThenOnlyOnce() {
        Repository<Person, ObjectIdValue> people = odm(config -> config).repository(Person.class, ObjectIdValue.class);
        people.insert(person());
        people.find(Filter.eq("lastName", "Lee"));

        assertEquals(0, store.indexListings());
        assertEquals(List.of(), store.indexRequests());

        people.ensureIndexes();
        people.ensureIndexes();

        assertEquals(1, store.indexRequests().size());
        assertEquals("person", store.indexRequests().get(0).getKey());
        assertEquals(6, store.indexRequests().get(0).getValue().size());
        assertEquals(2, store.indexListings());
        assertEquals(List.of(), people.checkIndexes());
    }

    @Test
    void ensureCreatesOnlyTheMissingIndexes() {
        Repository<Person, ObjectIdValue> people = odm(config -> config).repository(Person.class, ObjectIdValue.class);
        store.existingIndexes("person", new StoredIndex("mail_1", keys("mail", 1), true, false, null, null, null),
                index("unrelated_1", keys("unrelated", 1)));

        people.ensureIndexes();

        List<String> created = store.indexRequests().get(0).getValue().stream().map(StoredIndex::name).toList();
        assertEquals(List.of("createdAt_1", "address.city_-1", "lines.sku_1", "lastName_1_age_-1", "by_city"),
                created);
    }

    @Test
    void aTypeWithoutDeclaredIndexesSendsNothing() {
        Repository<Plain, ObjectIdValue> plain = odm(config -> config).repository(Plain.class, ObjectIdValue.class);

        plain.ensureIndexes();

        assertEquals(0, store.indexListings());
        assertEquals(List.of(), store.indexRequests());
    }

    @Test
    void ensureRefusesAChangedIndexAndCreatesNothing() {
        Repository<Person, ObjectIdValue> people = odm(config -> config).repository(Person.class, ObjectIdValue.class);
        store.existingIndexes("person", index("mail_1", keys("mail", 1)));

        IndexConflictException conflict = assertThrows(IndexConflictException.class, people::ensureIndexes);

        assertEquals(List.of(), store.indexRequests());
        assertEquals(Person.class, conflict.entityType());
        assertEquals("person", conflict.collection());
        assertEquals(1, conflict.conflicts().size());
        assertTrue(conflict.getMessage().contains("CHANGED index mail_1 on 'person': unique: declared true, "
                + "existing false"), conflict.getMessage());
    }

    @Test
    void checkReportsMissingExtraAndChanged() {
        Repository<Plain, ObjectIdValue> plain = odm(config -> config
                .index(Plain.class, IndexDefinition.ascending("name").unique())
                .index(Plain.class, IndexDefinition.descending("age").named("by_age"))
                .index(Plain.class, IndexDefinition.ascending("name").thenAscending("age")
                        .collation(Collation.of("en"))))
                .repository(Plain.class, ObjectIdValue.class);

        List<IndexDifference> before = plain.checkIndexes();
        assertEquals(List.of("name_1", "by_age", "name_1_age_1"), before.stream().map(IndexDifference::name).toList());
        assertTrue(before.stream().allMatch(difference -> difference.kind() == IndexDifference.Kind.MISSING));
        assertEquals(new IndexDifference.Detail(IndexDifference.UNIQUE, "true", null),
                before.get(0).detail(IndexDifference.UNIQUE));
        assertEquals("{name: 1}", before.get(0).detail(IndexDifference.KEYS).declared());

        store.existingIndexes("plain",
                new StoredIndex("name_1", keys("name", 1), false, true, null, null, null),
                index("age_-1", keys("age", -1)),
                new StoredIndex("name_1_age_1", keys("name", 1, "age", 1), false, false, null, null,
                        Collation.of("en").withStrength(2)),
                new StoredIndex("legacy", keys("legacy", "hashed"), false, false, null, 30L, null));

        List<IndexDifference> differences = plain.checkIndexes();

        assertEquals(4, differences.size(), differences.toString());
        IndexDifference unique = differences.get(0);
        assertEquals(IndexDifference.Kind.CHANGED, unique.kind());
        assertEquals(List.of(new IndexDifference.Detail(IndexDifference.UNIQUE, "true", "false"),
                new IndexDifference.Detail(IndexDifference.SPARSE, "false", "true")), unique.details());
        IndexDifference renamed = differences.get(1);
        assertEquals(IndexDifference.Kind.CHANGED, renamed.kind());
        assertEquals("by_age", renamed.name());
        assertEquals(List.of(new IndexDifference.Detail(IndexDifference.NAME, "by_age", "age_-1")),
                renamed.details());
        IndexDifference collated = differences.get(2);
        assertEquals(IndexDifference.Kind.CHANGED, collated.kind());
        assertEquals(new IndexDifference.Detail(IndexDifference.COLLATION, "{locale: \"en\"}",
                "{locale: \"en\", strength: 2}"), collated.detail(IndexDifference.COLLATION));
        IndexDifference extra = differences.get(3);
        assertEquals(IndexDifference.Kind.EXTRA, extra.kind());
        assertEquals("legacy", extra.name());
        assertEquals(List.of(new IndexDifference.Detail(IndexDifference.KEYS, null, "{legacy: \"hashed\"}"),
                new IndexDifference.Detail(IndexDifference.EXPIRE_AFTER, null, "30 s")), extra.details());
        assertTrue(differences.stream().noneMatch(difference -> difference.name().equals("_id_")));
    }

    @Test
    void comparesAsTheServerListsIndexes() {
        Repository<Plain, ObjectIdValue> plain = odm(config -> config
                .index(Plain.class, IndexDefinition.ascending("name").thenDescending("age")
                        .collation(Collation.of("en").withStrength(2)))
                .index(Plain.class, IndexDefinition.descending("seen").expireAfter(Duration.ofSeconds(10))
                        .partial(Filter.gt("age", 3))))
                .repository(Plain.class, ObjectIdValue.class);
        Collation filledIn = new Collation("en", 2, false, Collation.CaseFirst.OFF, false,
                Collation.Alternate.NON_IGNORABLE, Collation.MaxVariable.PUNCT, false, false);
        store.existingIndexes("plain",
                new StoredIndex("name_1_age_-1", DocumentValue.of(FieldNames.of("name", "age"), new DoubleValue(1.0),
                        new Int64Value(-1)), false, false, null, null, filledIn),
                new StoredIndex("seen_-1", keys("seen", -1), false, false, DocumentValue.of(FieldNames.of("age"),
                        DocumentValue.of(FieldNames.of("$gt"), Int32Value.of(3))), 10L, null));

        assertEquals(List.of(), plain.checkIndexes());
    }

    @Test
    void reportsEveryAnnotationProblemWhenTheRepositoryIsCreated() {
        MappingOdm odm = odm(config -> config);

        MappingException failure = assertThrows(MappingException.class,
                () -> odm.repository(Broken.class, ObjectIdValue.class));

        assertEquals(Broken.class, failure.type());
        List<String> paths = failure.problems().stream().map(MappingProblem::path).toList();
        assertEquals(5, failure.problems().size(), failure.getMessage());
        assertTrue(paths.containsAll(List.of("id", "code", "", "nmae", "name")), paths.toString());
        assertTrue(failure.getMessage().contains("no @Indexed on the id"), failure.getMessage());
        assertTrue(failure.getMessage().contains("hashed index cannot be unique"), failure.getMessage());
        assertTrue(failure.getMessage().contains("appears twice"), failure.getMessage());
        assertTrue(failure.getMessage().contains("unknown field 'nmae'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("a TTL on a field holding String"), failure.getMessage());
        assertEquals(0, store.indexListings());
    }

    @Test
    void reportsEveryConfigurationProblemWhenTheRepositoryIsCreated() {
        MappingOdm odm = odm(config -> config
                .index(Plain.class, IndexDefinition.ascending("nmae"))
                .index(Plain.class, IndexDefinition.ascending("name").partial(Filter.eq("agee", 1)))
                .index(Plain.class, IndexDefinition.ascending("age").expireAfter(Duration.ofSeconds(5)))
                .index(Plain.class, IndexDefinition.ascending("id"))
                .index(Plain.class, IndexDefinition.ascending("name").thenAscending("_id"))
                .index(Plain.class, IndexDefinition.ascending("age").named("twice"))
                .index(Plain.class, IndexDefinition.descending("name").named("twice"))
                .index(Plain.class, IndexDefinition.ascending("name").thenAscending("_id").named("same_keys")));

        MappingException failure = assertThrows(MappingException.class,
                () -> odm.repository(Plain.class, ObjectIdValue.class));

        String message = failure.getMessage();
        assertEquals(6, failure.problems().size(), message);
        assertTrue(message.contains("Plain.nmae"), message);
        assertTrue(message.contains("its partial filter"), message);
        assertTrue(message.contains("a TTL on a field holding Integer"), message);
        assertTrue(message.contains("no index on the id alone"), message);
        assertTrue(message.contains("two declared indexes named twice"), message);
        assertTrue(message.contains("two declared indexes on the same keys (name_1__id_1 and same_keys)"), message);
        assertNotNull(failure.problems().get(0).type());
    }

    @Test
    void aTtlAcceptsEveryDateType() {
        MappingOdm odm = odm(config -> config
                .index(Person.class, IndexDefinition.ascending("seenAt").expireAfter(Duration.ZERO).named("seen")));

        StoredIndex seen = odm.context().indexes(Person.class).stream()
                .filter(index -> index.name().equals("seen")).findFirst().orElseThrow();

        assertEquals(0L, seen.expireAfterSeconds());
        assertEquals(Map.of("seenAt", Int32Value.of(1)), seen.keys().toMap());
    }
}
