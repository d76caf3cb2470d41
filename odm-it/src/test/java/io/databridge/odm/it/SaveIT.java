package io.databridge.odm.it;

import static io.databridge.odm.it.support.StoredDocuments.assertSameDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.SaveResult;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.OptimisticLockException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.options.ReadConcern;
import io.databridge.odm.api.options.ReadPreference;
import io.databridge.odm.api.options.WriteConcern;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Account;
import io.databridge.odm.it.domain.Address;
import io.databridge.odm.it.domain.Counter;
import io.databridge.odm.it.domain.Customer;
import io.databridge.odm.it.domain.Ticket;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** save, saveAll and saveChanges with optimistic locking, asserted on the stored documents. */
class SaveIT {

    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        TestMongo mongo = TestMongo.server();
        String database = mongo.freshDatabase(SaveIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    private static BsonDocument only(String collection) {
        List<BsonDocument> all = stored.all(collection);
        assertEquals(1, all.size(), () -> "documents in " + collection + ": " + all);
        return all.get(0);
    }

    @Test
    void aNewEntityIsInsertedWithVersionOneAndEachSaveIncrementsIt() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-basic");
        Counter first = counters.save(new Counter("c", 0, 0));
        assertEquals(1, first.version());
        assertSameDocument("{_id: 'c', count: {$numberLong: '0'}, version: {$numberLong: '1'}}", only("counters-basic"));

        Counter second = counters.save(first.incremented());
        assertEquals(2, second.version());
        assertSameDocument("{_id: 'c', count: {$numberLong: '1'}, version: {$numberLong: '2'}}", only("counters-basic"));
    }

    @Test
    void aStaleSaveFailsNamingTypeIdAndVersionAndChangesNothing() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-stale");
        Counter loaded = counters.save(new Counter("k", 0, 0));
        Counter winner = counters.save(loaded.incremented());
        assertEquals(2, winner.version());

        Counter stale = new Counter("k", 100, loaded.version());
        OptimisticLockException conflict = assertThrows(OptimisticLockException.class, () -> counters.save(stale));
        assertTrue(conflict.getMessage().contains(Counter.class.getName()), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("\"k\""), conflict.getMessage());
        assertEquals(1, conflict.version());
        assertEquals("\"k\"", conflict.id());
        assertEquals(1, stale.version(), "the caller's entity is untouched");
        assertSameDocument("{_id: 'k', count: {$numberLong: '1'}, version: {$numberLong: '2'}}", only("counters-stale"));
    }

    @Test
    void savingANewEntityWhoseIdExistsIsAnOptimisticLockFailure() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-new-exists");
        counters.save(new Counter("dup", 5, 0));
        OptimisticLockException conflict = assertThrows(OptimisticLockException.class,
                () -> counters.save(new Counter("dup", 9, 0)));
        assertTrue(conflict.getMessage().contains("already exists"), conflict.getMessage());
        assertEquals(0, conflict.version());
        assertSameDocument("{_id: 'dup', count: {$numberLong: '5'}, version: {$numberLong: '1'}}",
                only("counters-new-exists"));
    }

    @Test
    void savingADeletedEntityIsAConflictAndDoesNotResurrectIt() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-deleted");
        Counter saved = counters.save(new Counter("gone", 1, 0));
        assertTrue(counters.deleteById("gone"));
        assertThrows(OptimisticLockException.class, () -> counters.save(saved.incremented()));
        assertEquals(0, stored.count("counters-deleted"));
    }

    @Test
    void generatedIdsAnnotatedIntegerVersionsAndNestedValuesRoundTrip() {
        Repository<Ticket, ObjectId> tickets = odm.repository(Ticket.class, ObjectId.class, "tickets-save");
        Ticket saved = tickets.save(new Ticket(null, "Leak", new Address("1 Main", "Town", "111"), List.of("a"), null,
                null));
        assertNotNull(saved.id());
        assertEquals(1, saved.revision());
        Ticket again = tickets.save(new Ticket(saved.id(), "Leak fixed", saved.address(), List.of("a", "b"), "done",
                saved.revision()));
        assertEquals(2, again.revision());
        assertEquals(again, tickets.findById(saved.id()).orElseThrow());
        assertEquals(2, only("tickets-save").getInt32("revision").getValue());
    }

    @Test
    void aClassEntityGetsItsVersionSetInPlaceAndRestoredOnConflict() {
        Repository<Customer, String> customers = odm.repository(Customer.class, String.class, "customers-save");
        Customer customer = new Customer("cu", "Ada");
        assertSame(customer, customers.save(customer));
        assertEquals(1, customer.version());
        Customer copy = customers.findById("cu").orElseThrow();
        customer.rename("Ada L.");
        customers.save(customer);
        assertEquals(2, customer.version());

        copy.rename("Stale");
        assertThrows(OptimisticLockException.class, () -> customers.save(copy));
        assertEquals(1, copy.version(), "the failed save put the version back");
        assertEquals("Ada L.", only("customers-save").getString("name").getValue());
    }

    @Test
    void unversionedSaveInsertsWithAGeneratedIdThenReplaces() {
        Repository<Account, ObjectId> accounts = odm.repository(Account.class, ObjectId.class, "accounts-save");
        Account saved = accounts.save(new Account(null, "Bo", 10));
        assertNotNull(saved.id());
        accounts.save(new Account(saved.id(), "Bo", 25));
        assertEquals(25, only("accounts-save").getInt64("balance").getValue());
    }

    @Test
    void saveAllMixesInsertsAndVersionedReplacesInOneBulkWithPerEntityResults() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-all");
        List<Counter> existing = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            existing.add(counters.save(new Counter("e" + i, i, 0)));
        }
        List<Counter> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(existing.get(i).incremented());
            batch.add(new Counter("n" + i, 0, 0));
        }
        SaveResult<Counter, String> result = counters.saveAll(batch);
        assertEquals(50, result.inserted());
        assertEquals(50, result.replaced());
        assertEquals(2, result.entities().get(0).version());
        assertEquals(1, result.entities().get(1).version());
        List<BsonDocument> documents = stored.all("counters-all");
        assertEquals(100, documents.size());
        for (BsonDocument document : documents) {
            String id = document.getString("_id").getValue();
            long version = document.getInt64("version").getValue();
            assertEquals(id.startsWith("e") ? 2 : 1, version, id);
        }
    }

    @Test
    void aStaleEntityInSaveAllFailsItsPositionOnlyAndNamesIt() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-all-stale");
        Counter a = counters.save(new Counter("a", 0, 0));
        Counter b = counters.save(new Counter("b", 0, 0));
        counters.save(new Counter("b", 50, b.version()));

        BulkWriteException failure = assertThrows(BulkWriteException.class,
                () -> counters.saveAll(List.of(a.incremented(), b.incremented(), new Counter("c", 0, 0))));
        assertEquals(PositionStatus.WRITTEN, failure.report().status(0));
        assertEquals(PositionStatus.FAILED, failure.report().status(1));
        WriteError conflict = failure.report().errors().get(0);
        assertEquals(WriteError.VERSION_CONFLICT_CODE, conflict.code());
        assertTrue(conflict.message().contains("\"b\""), conflict.message());
        assertEquals(PositionStatus.WRITTEN, failure.report().status(2), "ordered bulks go on past a conflict, "
                + "which the server does not see as an error");
        assertEquals(null, failure.entities().get(1), "no bumped copy of the stale entity is handed back");
        assertEquals(2, stored.all("counters-all-stale").stream()
                .filter(document -> document.getString("_id").getValue().equals("a")).findFirst().orElseThrow()
                .getInt64("version").getValue());
        assertEquals(3, stored.count("counters-all-stale"));
    }

    @Test
    void saveChangesSendsOnlyTheChangedPathsWithTheVersionCheck() {
        Repository<Ticket, ObjectId> tickets = odm.repository(Ticket.class, ObjectId.class, "tickets-changes");
        Ticket loaded = tickets.save(new Ticket(null, "Leak", new Address("1 Main", "Town", "111"), List.of("a"),
                "note", null));
        // someone else changes the title through an update that does not touch the version
        stored.raw("tickets-changes").updateOne(new BsonDocument("_id", new org.bson.BsonObjectId(loaded.id())),
                BsonDocument.parse("{$set: {title: 'Changed elsewhere'}}"));

        Ticket changed = new Ticket(loaded.id(), loaded.title(), new Address("1 Main", "City", "111"), List.of("a"),
                null, loaded.revision());
        Ticket saved = tickets.saveChanges(loaded, changed);
        assertEquals(2, saved.revision());
        BsonDocument document = only("tickets-changes");
        assertEquals("Changed elsewhere", document.getString("title").getValue(), "untouched paths are not sent");
        assertEquals("City", document.getDocument("address").getString("city").getValue());
        assertFalse(document.containsKey("note"), "a field that became null is unset");
        assertEquals(2, document.getInt32("revision").getValue());

        assertThrows(OptimisticLockException.class, () -> tickets.saveChanges(loaded, changed));
    }

    @Test
    void aChangeTrackingViewSavesOnlyWhatChangedSinceItReadTheEntity() {
        Repository<Ticket, ObjectId> plain = odm.repository(Ticket.class, ObjectId.class, "tickets-tracked");
        Ticket first = plain.save(new Ticket(null, "Leak", new Address("1 Main", "Town", "111"), List.of("a"), "n",
                null));
        Repository<Ticket, ObjectId> tickets = plain.withChangeTracking(100);
        Ticket loaded = tickets.findById(first.id()).orElseThrow();
        stored.raw("tickets-tracked").updateOne(new BsonDocument("_id", new org.bson.BsonObjectId(first.id())),
                BsonDocument.parse("{$set: {title: 'Changed elsewhere', legacy: 'a field the type does not know'}}"));

        Ticket saved = tickets.save(new Ticket(loaded.id(), loaded.title(), new Address("1 Main", "City", "111"),
                loaded.tags(), null, loaded.revision()));
        assertEquals(2, saved.revision());
        BsonDocument document = only("tickets-tracked");
        assertEquals("Changed elsewhere", document.getString("title").getValue(), "only changed paths are sent");
        assertEquals("a field the type does not know", document.getString("legacy").getValue());
        assertEquals("City", document.getDocument("address").getString("city").getValue());
        assertFalse(document.containsKey("note"));

        Ticket again = tickets.save(new Ticket(saved.id(), "Fixed", saved.address(), saved.tags(), null,
                saved.revision()));
        assertEquals(3, again.revision(), "the saved form is remembered for the next save");
        assertEquals("Fixed", only("tickets-tracked").getString("title").getValue());
        assertThrows(OptimisticLockException.class, () -> tickets.save(saved));

        Ticket unchanged = tickets.findById(first.id()).orElseThrow();
        plain.deleteById(first.id());
        assertThrows(OptimisticLockException.class, () -> tickets.save(unchanged),
                "a save with nothing changed still checks the stored version");
        assertEquals(0, stored.count("tickets-tracked"));
    }

    @Test
    void anInsertedClassEntityGetsVersionOneOnlyWhenItsDocumentIsWritten() {
        Repository<Customer, String> customers = odm.repository(Customer.class, String.class, "customers-insert");
        Customer first = new Customer("i", "Ida");
        customers.insert(first);
        assertEquals(1, first.version());
        Customer duplicate = new Customer("i", "Ida again");
        assertThrows(io.databridge.odm.api.error.DuplicateKeyException.class, () -> customers.insert(duplicate));
        assertEquals(0, duplicate.version(), "a document that was not written leaves the entity new");
        assertEquals(1, only("customers-insert").getInt64("version").getValue());
    }

    @Test
    void aClassEntityKeepsItsVersionWhenTheBulkFailsBeforeAnythingIsSent() {
        Repository<Customer, String> customers = odm.repository(Customer.class, String.class, "customers-too-large");
        Customer kept = customers.save(new Customer("k", "Kim"));
        kept.rename("Kim B.");
        Customer huge = new Customer("h", "x".repeat(17 * 1024 * 1024));
        assertThrows(DocumentTooLargeException.class, () -> customers.saveAll(List.of(kept, huge)));
        assertEquals(1, kept.version(), "a class entity's version changes only once its write is done");
        assertEquals(0, huge.version());
        assertEquals("Kim", only("customers-too-large").getString("name").getValue());
        assertEquals(2, customers.save(kept).version());
        kept.rename("Kim C.");
        var twice = customers.bulk().save(kept).save(kept).tryExecute(io.databridge.odm.api.InsertOptions.ordered());
        assertEquals(PositionStatus.WRITTEN, twice.status(0));
        assertEquals(3, kept.version(), "both saves were planned against version 2; the document holds version 3");
        assertEquals(3, only("customers-too-large").getInt64("version").getValue());
        assertEquals("Kim C.", only("customers-too-large").getString("name").getValue());
    }

    @Test
    void eightThreadsIncrementingOneVersionedCounterWithRetriesEndAtExactlyTheirTotal() throws Exception {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-race");
        counters.save(new Counter("race", 0, 0));
        int threads = 8;
        int perThread = 200;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        while (true) {
                            Counter current = counters.findById("race").orElseThrow();
                            try {
                                counters.save(current.incremented());
                                break;
                            } catch (OptimisticLockException stale) {
                                conflicts.incrementAndGet();
                            }
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        Counter end = counters.findById("race").orElseThrow();
        assertEquals(threads * perThread, end.count(), "conflicts retried: " + conflicts.get());
        assertEquals(threads * perThread + 1, end.version());
    }

    @Test
    void optionsApplyToAViewOfTheRepositoryAndItsOperations() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-options");
        Repository<Counter, String> majority = counters.with(OperationOptions.writeConcern(WriteConcern.MAJORITY));
        Repository<Counter, String> local = majority.with(new OperationOptions(null, ReadConcern.LOCAL,
                ReadPreference.PRIMARY));
        Counter saved = local.save(new Counter("o", 1, 0));
        assertEquals(saved, local.findById("o").orElseThrow());
        assertEquals(1, local.query().count());
        assertEquals(saved, counters.findById("o").orElseThrow());
    }

    @Test
    void anUnacknowledgedWriteConcernIsRefusedUpFront() {
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "counters-w0");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> counters.with(OperationOptions.writeConcern(WriteConcern.UNACKNOWLEDGED)));
        assertTrue(refused.getMessage().contains("versioned save"), refused.getMessage());
        assertEquals(0, stored.count("counters-w0"));
    }
}
