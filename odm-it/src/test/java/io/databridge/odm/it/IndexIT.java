package io.databridge.odm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.annotation.CompoundIndex;
import io.databridge.odm.api.annotation.Indexed;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.IndexConflictException;
import io.databridge.odm.api.index.Collation;
import io.databridge.odm.api.index.IndexDefinition;
import io.databridge.odm.api.index.IndexDifference;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.support.TestMongo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Declared indexes against the server: created by {@code ensureIndexes} only, idempotently, and compared by
 * {@code checkIndexes}; read back with the raw driver.
 *
 * <p>The embedded mongo-java-server records every index option as sent and lists it back, but enforces only
 * uniqueness (sparse included): partial filters, TTLs and collations have no effect there (a partial unique index is
 * even enforced on every document), and non-unique indexes change no query. So what the embedded server enforces is
 * tested for real (unique, unique sparse), and the other options by the index documents the server lists back, which
 * a real server must list the same way.
 */
class IndexIT {

    private static Odm odm;
    private static MongoDatabase raw;

    /**
     * A member with annotated indexes: a unique email, a unique sparse nickname, a TTL on the creation date, and a
     * compound index; the configuration adds a collated and a partial index.
     */
    @CompoundIndex(keys = {"lastName", "-age"}, name = "by_name_age")
    record Member(@Nullable ObjectId id, @Indexed(unique = true) String email, String lastName, int age,
            @Indexed(unique = true, sparse = true) @Nullable String nickname,
            @Indexed(expireAfterSeconds = 3600) Instant createdAt, String city, String status) {
    }

    private static final List<String> DECLARED = List.of("email_1", "nickname_1", "createdAt_1", "by_name_age",
            "city_1", "active_last_names");

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(IndexIT.class);
        odm = MongoOdm.builder().connectionString(mongo.connectionString()).database(database)
                .index(Member.class, IndexDefinition.ascending("city").collation(Collation.of("en").withStrength(2)))
                .index(Member.class, IndexDefinition.ascending("lastName").named("active_last_names")
                        .partial(Filter.eq("status", "ACTIVE")))
                .build();
        raw = mongo.client().getDatabase(database);
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    private static Repository<Member, ObjectId> members(String collection) {
        return odm.repository(Member.class, ObjectId.class, collection);
    }

    /** A member created far in the future, so that a real server's TTL monitor leaves it alone during the test. */
    private static Member member(String email, @Nullable String nickname) {
        return new Member(null, email, "Lee", 40, nickname, Instant.parse("2100-01-01T00:00:00Z"), "Oslo", "ACTIVE");
    }

    /** The indexes the server lists, by name, in its order. */
    private static Map<String, Document> listed(String collection) {
        Map<String, Document> indexes = new LinkedHashMap<>();
        raw.getCollection(collection).listIndexes().forEach(index -> indexes.put(index.getString("name"), index));
        return indexes;
    }

    @Test
    void nothingIsCreatedBeforeEnsureIndexes() {
        Repository<Member, ObjectId> members = members("untouched");
        assertEquals(Map.of(), listed("untouched"));

        members.insert(member("ann@example.com", null));
        members.find(Filter.eq("email", "ann@example.com"));

        assertEquals(List.of("_id_"), List.copyOf(listed("untouched").keySet()));
    }

    @Test
    void ensureIndexesCreatesEveryDeclaredIndexWithItsOptions() {
        members("created").ensureIndexes();

        Map<String, Document> indexes = listed("created");
        assertEquals(DECLARED.size() + 1, indexes.size(), indexes.toString());
        assertTrue(indexes.keySet().containsAll(DECLARED), indexes.keySet().toString());
        assertEquals(new Document("email", 1), indexes.get("email_1").get("key", Document.class));
        assertTrue(indexes.get("email_1").getBoolean("unique"));
        assertTrue(indexes.get("nickname_1").getBoolean("unique"));
        assertTrue(indexes.get("nickname_1").getBoolean("sparse"));
        assertEquals(3600L, ((Number) indexes.get("createdAt_1").get("expireAfterSeconds")).longValue());
        assertEquals(new Document("lastName", 1).append("age", -1),
                indexes.get("by_name_age").get("key", Document.class));
        Document collation = indexes.get("city_1").get("collation", Document.class);
        assertEquals("en", collation.getString("locale"));
        assertEquals(2, collation.getInteger("strength"));
        assertEquals(new Document("status", "ACTIVE"),
                indexes.get("active_last_names").get("partialFilterExpression", Document.class));
        assertEquals(new Document("lastName", 1), indexes.get("active_last_names").get("key", Document.class));
        assertFalse(indexes.get("by_name_age").containsKey("unique"));
    }

    @Test
    void ensureIndexesIsIdempotent() {
        Repository<Member, ObjectId> members = members("twice");
        members.ensureIndexes();
        Map<String, Document> first = listed("twice");

        members.ensureIndexes();

        assertEquals(first, listed("twice"));
        assertEquals(List.of(), members.checkIndexes());
    }

    @Test
    void aUniqueIndexRefusesADuplicateAndNamesTheIndex() {
        Repository<Member, ObjectId> members = members("unique");
        members.ensureIndexes();
        members.insert(member("ann@example.com", "annie"));

        DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class,
                () -> members.insert(member("ann@example.com", "other")));

        assertEquals("email_1", duplicate.duplicateKey().indexName());
        assertTrue(duplicate.getMessage().contains("email_1"), duplicate.getMessage());
        assertEquals(1, raw.getCollection("unique").countDocuments());
    }

    @Test
    void aUniqueSparseIndexIgnoresDocumentsWithoutTheField() {
        Repository<Member, ObjectId> members = members("sparse");
        members.ensureIndexes();
        members.insert(member("a@example.com", null));
        members.insert(member("b@example.com", null));
        members.insert(member("c@example.com", "cee"));

        DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class,
                () -> members.insert(member("d@example.com", "cee")));

        assertEquals("nickname_1", duplicate.duplicateKey().indexName());
        assertEquals(3, raw.getCollection("sparse").countDocuments());
    }

    @Test
    void checkIndexesReportsMissingThenNothingThenAnExtraIndex() {
        Repository<Member, ObjectId> members = members("checked");

        List<IndexDifference> before = members.checkIndexes();
        assertEquals(DECLARED, before.stream().map(IndexDifference::name).toList());
        assertTrue(before.stream().allMatch(difference -> difference.kind() == IndexDifference.Kind.MISSING));

        members.ensureIndexes();
        assertEquals(List.of(), members.checkIndexes());

        raw.getCollection("checked").createIndex(Indexes.ascending("age"));
        List<IndexDifference> after = members.checkIndexes();
        assertEquals(1, after.size(), after.toString());
        assertEquals(IndexDifference.Kind.EXTRA, after.get(0).kind());
        assertEquals("age_1", after.get(0).name());
        assertEquals("{age: 1}", after.get(0).detail(IndexDifference.KEYS).existing());
    }

    @Test
    void aChangedIndexIsReportedAndEnsureIndexesCreatesNothing() {
        Repository<Member, ObjectId> members = members("changed");
        raw.getCollection("changed").createIndex(Indexes.ascending("email"), new IndexOptions().name("email_1"));

        List<IndexDifference> differences = members.checkIndexes();
        IndexDifference email = differences.stream().filter(difference -> difference.name().equals("email_1"))
                .findFirst().orElseThrow();
        assertEquals(IndexDifference.Kind.CHANGED, email.kind());
        assertEquals(List.of(new IndexDifference.Detail(IndexDifference.UNIQUE, "true", "false")), email.details());
        assertEquals(DECLARED.size() - 1, differences.stream()
                .filter(difference -> difference.kind() == IndexDifference.Kind.MISSING).count());

        IndexConflictException conflict = assertThrows(IndexConflictException.class, members::ensureIndexes);

        assertEquals(List.of(email), conflict.conflicts());
        assertEquals(List.of("_id_", "email_1"), List.copyOf(listed("changed").keySet()));
    }
}
