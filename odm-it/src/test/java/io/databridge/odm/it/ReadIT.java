package io.databridge.odm.it;

import static io.databridge.odm.api.query.Filter.and;
import static io.databridge.odm.api.query.Filter.elemMatch;
import static io.databridge.odm.api.query.Filter.eq;
import static io.databridge.odm.api.query.Filter.exists;
import static io.databridge.odm.api.query.Filter.gt;
import static io.databridge.odm.api.query.Filter.gte;
import static io.databridge.odm.api.query.Filter.in;
import static io.databridge.odm.api.query.Filter.lt;
import static io.databridge.odm.api.query.Filter.ne;
import static io.databridge.odm.api.query.Filter.nin;
import static io.databridge.odm.api.query.Filter.not;
import static io.databridge.odm.api.query.Filter.or;
import static io.databridge.odm.api.query.Filter.regex;
import static io.databridge.odm.api.query.Filter.size;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.InvalidQueryException;
import io.databridge.odm.api.error.StoredDocumentException;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.query.Sort;
import io.databridge.odm.api.query.StoredType;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Account;
import io.databridge.odm.it.domain.Address;
import io.databridge.odm.it.domain.Event;
import io.databridge.odm.it.domain.Everything;
import io.databridge.odm.it.domain.OrderId;
import io.databridge.odm.it.domain.Person;
import io.databridge.odm.it.domain.Status;
import io.databridge.odm.it.support.TestMongo;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads back what was written, queries with the typed language, and refuses documents that do not fit. */
class ReadIT {

    private static Odm odm;
    private static MongoDatabase raw;
    private static Repository<Everything, ObjectId> everything;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(ReadIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        raw = mongo.client().getDatabase(database);
        everything = odm.repository(Everything.class, ObjectId.class);
        everything.insertAll(IntStream.range(0, 20).mapToObj(ReadIT::sample).toList());
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    static Everything sample(int i) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", i);
        counts.put("b", i * 2);
        return new Everything(new ObjectId(String.format("65a1b2c3d4e5f607182930%02x", i)), "name " + i, i,
                9_000_000_000L + i, i / 4.0, 1.5f, i % 2 == 0, (short) -i, (byte) i, (char) ('a' + i), i, (long) -i,
                -0.0, i % 3 == 0, i % 2 == 0 ? Status.PAID : Status.OPEN, new BigDecimal("12.3" + i),
                Instant.ofEpochMilli(1_000_000L * i), LocalDate.of(2024, 1, 1 + i),
                LocalDateTime.of(2026, 11, 25, 10, i), new UUID(i, i), new byte[] {(byte) i},
                List.of("t" + i, "common"), new LinkedHashSet<>(List.of(i, i + 1)), counts,
                new Address(i + " Main St", i < 10 ? "Springfield" : "Shelbyville", "1234" + i),
                List.of(new Address("x", "Ogdenville", "0" + i)), Optional.of("nick" + i), Optional.empty(),
                new OrderId("A-" + i), null, Map.of("g", List.of("g" + i)),
                new ObjectId(String.format("75a1b2c3d4e5f607182930%02x", i)));
    }

    @Test
    void readsBackEqualRecordsOfEveryType() {
        Everything expected = sample(7);

        Everything found = everything.findById(expected.id()).orElseThrow();

        assertEquals(expected.name(), found.name());
        assertEquals(expected.counts(), found.counts());
        assertEquals(expected.numbers(), found.numbers());
        assertEquals(expected.previous(), found.previous());
        assertEquals(expected.nickname(), found.nickname());
        assertEquals(Optional.empty(), found.noNickname());
        assertArrayEquals(expected.payload(), found.payload());
        Everything withSharedPayload = new Everything(found.id(), found.name(), found.count(), found.big(),
                found.ratio(), found.small(), found.flag(), found.shortValue(), found.byteValue(), found.letter(),
                found.boxedInt(), found.boxedLong(), found.boxedDouble(), found.boxedFlag(), found.status(),
                found.price(), found.createdAt(), found.day(), found.localTime(), found.uuid(), expected.payload(),
                found.tags(), found.numbers(), found.counts(), found.address(), found.previous(), found.nickname(),
                found.noNickname(), found.orderId(), found.missing(), found.groups(), found.reference());
        assertEquals(expected, withSharedPayload, "every field equal (the byte[] compared separately)");
    }

    @Test
    void readsClassesAndIdLessTypesBack() {
        Person person = new Person(null, "Grace", 85, List.of("grace@example.org"));
        ObjectId id = odm.repository(Person.class, ObjectId.class, "people").insert(person).id();
        Repository<Event, ObjectId> events = odm.repository(Event.class, ObjectId.class, "eventsRead");
        ObjectId eventId = events.insert(new Event("created", Instant.ofEpochMilli(5))).id();

        Person found = odm.repository(Person.class, ObjectId.class, "people").findById(id).orElseThrow();

        assertEquals(person.toString(), found.toString());
        assertEquals(new Event("created", Instant.ofEpochMilli(5)), events.findById(eventId).orElseThrow());
        assertEquals(Optional.empty(), events.findById(new ObjectId()));
    }

    @Test
    void filtersWithEveryOperatorKind() {
        assertEquals(10, everything.find(eq("status", Status.PAID)).size());
        assertEquals(List.of(3), names(everything.find(eq("orderId", new OrderId("A-3")))));
        assertEquals(List.of(18, 19), names(everything.find(gte("count", 18))));
        assertEquals(List.of(0, 1), names(everything.find(lt("createdAt", Instant.ofEpochMilli(2_000_000)))));
        assertEquals(List.of(4, 5), names(everything.find(in("name", "name 4", "name 5", "nobody"))));
        assertEquals(18, everything.find(nin("count", List.of(1, 2))).size());
        assertEquals(List.of(2), names(everything.find(and(eq("flag", true), eq("address.city", "Springfield"),
                gt("price", new BigDecimal("12.31")), lt("price", new BigDecimal("12.33"))))));
        assertEquals(List.of(0, 19), names(everything.find(or(eq("count", 0), eq("count", 19)))));
        assertEquals(19, everything.find(not(eq("count", 3))).size());
        assertEquals(20, everything.find(eq("tags", "common")).size(), "an element of an array field");
        assertEquals(List.of(6), names(everything.find(eq("tags", List.of("t6", "common")))));
        assertEquals(20, everything.find(size("tags", 2)).size());
        assertEquals(List.of(11), names(everything.find(elemMatch("previous", eq("zip", "011")))));
        assertEquals(List.of(1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19),
                names(everything.find(regex("name", "^NAME 1", "i"))));
        assertEquals(List.of(9), names(everything.find(eq("counts.b", 18))));
        assertEquals(20, everything.find(exists("missing", false)).size());
        assertEquals(20, everything.find(Filter.type("big", StoredType.INT64)).size());
        assertEquals(List.of(5), names(everything.find(eq("previous.zip", "05"))));
        assertEquals(19, everything.find(ne("day", LocalDate.of(2024, 1, 1))).size());
        assertEquals(List.of(3), names(everything.find(eq("uuid", new UUID(3, 3)))));
    }

    @Test
    void sortsSkipsLimitsCountsAndStreams() {
        List<Everything> page = everything.query().where(eq("status", Status.OPEN))
                .sort(Sort.descending("count")).skip(1).limit(3).list();

        assertEquals(List.of(17, 15, 13), page.stream().map(Everything::count).toList());
        assertEquals(10, everything.query().where(eq("status", Status.OPEN)).count());
        assertTrue(everything.query().where(eq("count", 19)).exists());
        assertFalse(everything.query().where(eq("count", 99)).exists());
        assertEquals(Optional.of(0), everything.query().sort(Sort.ascending("name")).first().map(Everything::count));
        try (Stream<Everything> stream = everything.query().sort(Sort.ascending("count")).batchSize(3).stream()) {
            assertEquals(IntStream.range(0, 20).boxed().toList(), stream.map(Everything::count).toList());
        }
        assertEquals(List.of(Status.OPEN, Status.PAID), everything.query().distinct("status", Status.class).stream()
                .sorted().toList());
    }

    /** Counts its materializations, to show how much of a streamed result exists at once. */
    record Counted(ObjectId id, int n) {

        static final AtomicInteger BUILT = new AtomicInteger();

        Counted {
            BUILT.incrementAndGet();
        }
    }

    @Test
    void aStreamMaterializesOneServerBatchAtATime() {
        Repository<Counted, ObjectId> counted = odm.repository(Counted.class, ObjectId.class, "counted");
        counted.insertAll(IntStream.range(0, 5_000).mapToObj(i -> new Counted(new ObjectId(), i)).toList());
        Counted.BUILT.set(0);
        int batch = 100;
        int taken = 0;

        try (Stream<Counted> stream = counted.query().sort(Sort.ascending("n")).batchSize(batch).stream()) {
            Iterator<Counted> results = stream.iterator();
            while (results.hasNext()) {
                assertEquals(taken, results.next().n());
                taken++;
                int ahead = Counted.BUILT.get() - taken;
                assertTrue(ahead >= 0 && ahead < batch, ahead + " results built ahead after " + taken + " taken");
            }
        }

        assertEquals(5_000, taken);
        assertEquals(5_000, Counted.BUILT.get());
    }

    record NameAndCity(String name, Address address) {
    }

    @Test
    void projectsIntoAnotherTypeOnTheServer() {
        List<NameAndCity> projected = everything.query().where(eq("count", 4)).project(NameAndCity.class).list();

        assertEquals(List.of(new NameAndCity("name 4", sample(4).address())), projected);
    }

    @Test
    void findsManyIdsAtOnce() {
        List<Everything> found = everything.findAllById(List.of(sample(1).id(), sample(2).id(), new ObjectId()));

        assertEquals(List.of(1, 2), names(found));
    }

    @Test
    void checksPathsValuesAndOperatorsWhenTheQueryIsBuilt() {
        InvalidQueryException unknown = assertThrows(InvalidQueryException.class,
                () -> everything.query().where(eq("stauts", Status.PAID)));
        assertTrue(unknown.getMessage().contains("stauts") && unknown.getMessage().contains("status"),
                unknown.getMessage());
        assertThrows(InvalidQueryException.class, () -> everything.query().where(eq("count", "12")));
        assertThrows(InvalidQueryException.class, () -> everything.query().where(regex("count", "1")));
        assertThrows(InvalidQueryException.class, () -> everything.query().where(size("name", 1)));
        assertThrows(InvalidQueryException.class, () -> everything.query().where(gt("flag", true)));
        assertThrows(InvalidQueryException.class, () -> everything.query().where(eq("address.town", "x")));
        assertThrows(InvalidQueryException.class, () -> everything.query().sort(Sort.ascending("nope")));
        assertThrows(InvalidQueryException.class, () -> everything.query().distinct("count", String.class));
        assertThrows(InvalidQueryException.class, () -> everything.query().where(eq("counts", Map.of("$ne", 1))));
    }

    @Test
    void aValueIsAlwaysDataNeverAnOperator() {
        long rawMatches = raw.getCollection("everything").countDocuments(
                Filters.eq("name", new Document("$ne", null)));

        List<Everything> ours = everything.find(eq("name", "{\"$ne\": null}"));
        List<Everything> operatorLike = everything.find(eq("name", "$gt"));

        assertEquals(20, rawMatches, "the raw driver reads a value as an operator");
        assertEquals(0, ours.size());
        assertEquals(0, operatorLike.size());
    }

    @Test
    void aDocumentThatDoesNotFitIsRefusedWithCollectionIdPathAndTypes() {
        raw.getCollection("everything").insertOne(new Document("_id", new ObjectId("65a1b2c3d4e5f60718293aff"))
                .append("name", "bad").append("count", "12"));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> everything.find(eq("name", "bad")));

        assertEquals("everything", failure.collection());
        assertTrue(failure.documentId().contains("65a1b2c3d4e5f60718293aff"), failure.documentId());
        assertEquals("count", failure.path());
        assertEquals("string \"12\"", failure.found());
        assertEquals("int32 for int", failure.expected());
        raw.getCollection("everything").deleteOne(new Document("name", "bad"));
    }

    /** A value whose constructor guards an invariant: a name is required. */
    record Customer(ObjectId id, String name) {

        Customer {
            Objects.requireNonNull(name, "name");
        }
    }

    @Test
    void aConstructorThatRefusesTheStoredValuesGivesATypedErrorNotItsException() {
        Repository<Customer, ObjectId> customers = odm.repository(Customer.class, ObjectId.class, "customers");
        ObjectId id = new ObjectId("65a1b2c3d4e5f60718293abc");
        raw.getCollection("customers").insertOne(new Document("_id", id));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class, () -> customers.findById(id));

        assertEquals("customers", failure.collection());
        assertTrue(failure.documentId().contains(id.toHexString()), failure.documentId());
        assertEquals("values " + Customer.class.getName() + " can be built from", failure.expected());
        assertTrue(failure.found().contains("NullPointerException: name"), failure.found());
    }

    @Test
    void anInt32IdForAnObjectIdFieldIsRefusedWithTheIdItHas() {
        Repository<Customer, ObjectId> customers = odm.repository(Customer.class, ObjectId.class, "customers_int");
        raw.getCollection("customers_int").insertOne(new Document("_id", 42).append("name", "forty-two"));

        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> customers.query().list());

        assertEquals("customers_int", failure.collection());
        assertEquals("42", failure.documentId());
        assertEquals("id", failure.path());
        assertEquals("int32 42", failure.found());
        assertEquals("objectId for org.bson.types.ObjectId", failure.expected());
    }

    @Test
    void widensLosslesslyAndRefusesNarrowing() {
        Repository<Account, ObjectId> accounts = odm.repository(Account.class, ObjectId.class, "widening");
        raw.getCollection("widening").insertOne(new Document("_id", new ObjectId()).append("owner", "int balance")
                .append("balance", 42));
        raw.getCollection("widening").insertOne(new Document("_id", new ObjectId()).append("owner", "double balance")
                .append("balance", 1.5));

        assertEquals(42L, accounts.find(eq("owner", "int balance")).get(0).balance());
        StoredDocumentException failure = assertThrows(StoredDocumentException.class,
                () -> accounts.find(eq("owner", "double balance")));
        assertEquals("double 1.5", failure.found());
    }

    private static List<Integer> names(List<Everything> found) {
        return found.stream().map(Everything::count).sorted().toList();
    }
}
