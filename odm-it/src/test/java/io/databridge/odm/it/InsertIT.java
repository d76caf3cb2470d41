package io.databridge.odm.it;

import static io.databridge.odm.it.support.StoredDocuments.assertSameDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Inserted;
import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Account;
import io.databridge.odm.it.domain.Address;
import io.databridge.odm.it.domain.Event;
import io.databridge.odm.it.domain.Everything;
import io.databridge.odm.it.domain.OrderId;
import io.databridge.odm.it.domain.Person;
import io.databridge.odm.it.domain.Status;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inserts records and classes of every supported type and reads them back with the raw driver. */
class InsertIT {

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(InsertIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    @Test
    void storesEveryTypeAsTheExpectedDocument() {
        ObjectId id = new ObjectId("65a1b2c3d4e5f60718293a4b");
        ObjectId reference = new ObjectId("65a1b2c3d4e5f60718293a4c");
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", 2);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("x", List.of("x1", "x2"));
        groups.put("empty", List.of());
        Everything everything = new Everything(id, "Zoë 🚀", 42, 9_000_000_000L, 0.25, 1.5f, true, (short) -7,
                (byte) 8, 'q', 7, -3L, -0.0, false, Status.PAID, new BigDecimal("1234.5600"),
                Instant.parse("1969-12-31T23:59:59.999Z"), LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2026, 11, 25, 10, 30, 15, 123_000_000),
                UUID.fromString("00112233-4455-6677-8899-aabbccddeeff"), new byte[] {1, 2, 3},
                List.of("red", "green"), new LinkedHashSet<>(List.of(3, 1, 2)), counts,
                new Address("1 Main St", "Springfield", "12345"),
                List.of(new Address("2 Side St", "Shelbyville", "54321")), Optional.of("Z"), Optional.empty(),
                new OrderId("A-17"), null, groups, reference);

        Repository<Everything, ObjectId> repository = odm.repository(Everything.class, ObjectId.class);
        Inserted<Everything, ObjectId> inserted = repository.insert(everything);

        assertEquals(id, inserted.id());
        assertSame(everything, inserted.entity());
        List<BsonDocument> documents = stored.all("everything");
        assertEquals(1, documents.size());
        assertSameDocument("""
                {"_id": {"$oid": "65a1b2c3d4e5f60718293a4b"}, "name": "Zoë 🚀", "count": {"$numberInt": "42"},
                 "big": {"$numberLong": "9000000000"}, "ratio": {"$numberDouble": "0.25"},
                 "small": {"$numberDouble": "1.5"}, "flag": true, "shortValue": {"$numberInt": "-7"},
                 "byteValue": {"$numberInt": "8"}, "letter": "q", "boxedInt": {"$numberInt": "7"},
                 "boxedLong": {"$numberLong": "-3"}, "boxedDouble": {"$numberDouble": "-0.0"}, "boxedFlag": false,
                 "status": "PAID", "price": {"$numberDecimal": "1234.5600"},
                 "createdAt": {"$date": {"$numberLong": "-1"}},
                 "day": {"$date": {"$numberLong": "1709164800000"}},
                 "localTime": {"$date": {"$numberLong": "1795602615123"}},
                 "uuid": {"$binary": {"base64": "ABEiM0RVZneImaq7zN3u/w==", "subType": "04"}},
                 "payload": {"$binary": {"base64": "AQID", "subType": "00"}},
                 "tags": ["red", "green"],
                 "numbers": [{"$numberInt": "3"}, {"$numberInt": "1"}, {"$numberInt": "2"}],
                 "counts": {"a": {"$numberInt": "1"}, "b": {"$numberInt": "2"}},
                 "address": {"street": "1 Main St", "city": "Springfield", "zip": "12345"},
                 "previous": [{"street": "2 Side St", "city": "Shelbyville", "zip": "54321"}],
                 "nickname": "Z", "orderId": "A-17",
                 "groups": {"x": ["x1", "x2"], "empty": []},
                 "reference": {"$oid": "65a1b2c3d4e5f60718293a4c"}}
                """, documents.get(0));
    }

    @Test
    void storesClassesWithSuperclassFieldsFirstAndAssignsGeneratedIdsInPlace() {
        Person person = new Person(null, "Ada", 36, List.of("ada@example.org"));

        Inserted<Person, ObjectId> inserted = odm.repository(Person.class, ObjectId.class).insert(person);

        assertNotNull(inserted.id());
        assertSame(person, inserted.entity());
        assertEquals(inserted.id(), person.id());
        assertSameDocument("""
                {"_id": {"$oid": "%s"}, "displayName": "Ada", "age": {"$numberInt": "36"},
                 "emails": ["ada@example.org"]}
                """.formatted(inserted.id().toHexString()), stored.all("person").get(0));
    }

    @Test
    void returnsCopiesOfRecordsWithGeneratedIds() {
        Account first = new Account(null, "ann", 100);
        Account second = new Account(new ObjectId("65a1b2c3d4e5f60718293a4d"), "bob", 200);

        InsertResult<Account, ObjectId> result = odm.repository(Account.class, ObjectId.class)
                .insertAll(List.of(first, second));

        assertEquals(2, result.insertedCount());
        ObjectId generated = result.ids().get(0);
        assertNotNull(generated);
        assertEquals(new Account(generated, "ann", 100), result.entities().get(0));
        assertNull(first.id());
        assertSame(second, result.entities().get(1));
        assertEquals(second.id(), result.ids().get(1));
        List<BsonDocument> documents = stored.all("account");
        assertEquals(generated, documents.get(0).getObjectId("_id").getValue());
        assertEquals(second.id(), documents.get(1).getObjectId("_id").getValue());
    }

    @Test
    void generatesTheIdOfTypesWithoutOne() {
        Repository<Event, ObjectId> events = odm.repository(Event.class, ObjectId.class, "events");
        Instant at = Instant.parse("2026-11-25T10:00:00Z");

        InsertResult<Event, ObjectId> result = events.insertAll(List.of(new Event("created", at),
                new Event("paid", at)));

        List<BsonDocument> documents = stored.all("events");
        assertEquals(2, documents.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(result.ids().get(i), documents.get(i).getObjectId("_id").getValue());
        }
        assertSameDocument("""
                {"_id": {"$oid": "%s"}, "kind": "paid", "at": {"$date": {"$numberLong": "1795600800000"}}}
                """.formatted(result.ids().get(1).toHexString()), documents.get(1));
    }

    @Test
    void anEmptyBatchWritesNothingAndSucceeds() {
        InsertResult<Account, ObjectId> result = odm.repository(Account.class, ObjectId.class, "empty")
                .insertAll(List.of());

        assertEquals(0, result.insertedCount());
        assertEquals(0, stored.count("empty"));
    }
}
