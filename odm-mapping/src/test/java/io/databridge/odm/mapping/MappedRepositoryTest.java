package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.databridge.odm.api.BulkInsertFailure;
import io.databridge.odm.api.InsertOptions;
import io.databridge.odm.api.InsertResult;
import io.databridge.odm.api.Inserted;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.DuplicateKey;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.mapping.config.MappingConfiguration;
import io.vavr.control.Either;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The repository engine over a scripted store: ids, copies, and how reports become results or errors. */
class MappedRepositoryTest {

    private final AtomicInteger counter = new AtomicInteger();
    private final ScriptedStore store = new ScriptedStore();
    private final MappingOdm odm = new MappingOdm(store, MappingContext.create(MappingConfiguration.builder()
            .objectIdGenerator(() -> new ObjectIdValue(1, counter.incrementAndGet())).build()));

    record Account(ObjectIdValue id, String owner) {
    }

    record Note(String text) {
    }

    record Code(String id) {
    }

    record AccountId(ObjectIdValue value) {
    }

    record Wrapped(AccountId id, String owner) {
    }

    static final class Mutable {
        private ObjectIdValue id;
        private final String name;

        Mutable(ObjectIdValue id, String name) {
            this.id = id;
            this.name = name;
        }

        ObjectIdValue id() {
            return id;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class Frozen {
        private final ObjectIdValue id;

        Frozen(ObjectIdValue id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return String.valueOf(id);
        }
    }

    @Test
    void insertAllGeneratesMissingIdsAndReturnsCopiesOfRecords() {
        Account preset = new Account(new ObjectIdValue(9, 9), "bob");
        Account fresh = new Account(null, "ann");

        InsertResult<Account, ObjectIdValue> result = odm.repository(Account.class, ObjectIdValue.class)
                .insertAll(List.of(fresh, preset));

        ObjectIdValue generated = new ObjectIdValue(1, 1);
        assertEquals(List.of(generated, preset.id()), result.ids());
        assertEquals(new Account(generated, "ann"), result.entities().get(0));
        assertSame(preset, result.entities().get(1));
        InsertRequest request = store.requests().get(0);
        assertEquals("account", request.collection());
        assertTrue(request.ordered());
        assertEquals(generated, request.documents().document(0).get("_id"));
    }

    @Test
    void assignsGeneratedIdsToMutableClassesInPlaceAndThroughValueObjects() {
        Mutable mutable = new Mutable(null, "m");

        Inserted<Mutable, ObjectIdValue> inserted = odm.repository(Mutable.class, ObjectIdValue.class)
                .insert(mutable);
        Inserted<Wrapped, AccountId> wrapped = odm.repository(Wrapped.class, AccountId.class)
                .insert(new Wrapped(null, "w"));

        assertSame(mutable, inserted.entity());
        assertEquals(inserted.id(), mutable.id());
        assertEquals(new AccountId(new ObjectIdValue(1, 2)), wrapped.id());
        assertEquals(wrapped.id(), wrapped.entity().id());
    }

    @Test
    void refusesToGenerateAnIdItCannotAssignBeforeAnythingIsSent() {
        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Frozen.class, ObjectIdValue.class).insert(new Frozen(null)));

        assertTrue(failure.found().contains("is final"), failure.found());
        assertTrue(store.requests().isEmpty());
    }

    @Test
    void typesWithoutAnIdGetGeneratedObjectIds() {
        InsertResult<Note, ObjectIdValue> result = odm.repository(Note.class, ObjectIdValue.class, "notes")
                .insertAll(List.of(new Note("a")));

        assertEquals(new ObjectIdValue(1, 1), result.ids().get(0));
    }

    @Test
    void checksTheIdTypeWhenTheRepositoryIsCreated() {
        IllegalArgumentException declared = assertThrows(IllegalArgumentException.class,
                () -> odm.repository(Code.class, Long.class));
        IllegalArgumentException generated = assertThrows(IllegalArgumentException.class,
                () -> odm.repository(Note.class, String.class));

        assertTrue(declared.getMessage().contains("java.lang.String"), declared.getMessage());
        assertTrue(generated.getMessage().contains("no id of its own"), generated.getMessage());
    }

    @Test
    void refusesInvalidCollectionNames() {
        for (String name : List.of("", "a$b", "system.users", "nul\0")) {
            assertThrows(IllegalArgumentException.class, () -> odm.repository(Code.class, String.class, name));
        }
    }

    @Test
    void anEmptyBatchNeverReachesTheStore() {
        InsertResult<Code, String> result = odm.repository(Code.class, String.class).insertAll(List.of());

        assertEquals(0, result.insertedCount());
        assertTrue(store.requests().isEmpty());
    }

    @Test
    void unorderedOptionsReachTheStore() {
        odm.repository(Code.class, String.class).insertAll(List.of(new Code("a")), InsertOptions.unordered());

        assertFalse(store.requests().get(0).ordered());
    }

    @Test
    void aPartialFailureComesBackAsAValueOrAsAnExceptionWithIdsAndEntities() {
        store.answer(request -> WriteReport.builder(3)
                .failed(new WriteError(1, 11000, "E11000", new DuplicateKey("_id_", "{ _id: \"b\" }")))
                .notAttempted(2, 3).build());
        Repository<Code, String> codes = odm.repository(Code.class, String.class);
        List<Code> batch = List.of(new Code("a"), new Code("b"), new Code("c"));

        Either<BulkInsertFailure<Code, String>, InsertResult<Code, String>> outcome =
                codes.tryInsertAll(batch, InsertOptions.ordered());
        BulkWriteException thrown = assertThrows(BulkWriteException.class, () -> codes.insertAll(batch));

        BulkInsertFailure<Code, String> failure = outcome.getLeft();
        assertEquals(PositionStatus.FAILED, failure.report().status(1));
        assertEquals(List.of("a", "b", "c"), failure.ids());
        assertEquals(batch, failure.entities());
        assertEquals(failure.report(), thrown.report());
        assertTrue(thrown.getMessage().contains("1 of 3 written") && thrown.getMessage().contains("_id_"),
                thrown.getMessage());
    }

    @Test
    void aSingleDuplicateIsADuplicateKeyException() {
        store.answer(request -> WriteReport.builder(1)
                .failed(new WriteError(0, 11000, "E11000 dup", new DuplicateKey("_id_", "{ _id: \"a\" }"))).build());

        DuplicateKeyException failure = assertThrows(DuplicateKeyException.class,
                () -> odm.repository(Code.class, String.class).insert(new Code("a")));

        assertEquals("_id_", failure.duplicateKey().indexName());
        assertEquals(Code.class, failure.entityType());
    }

    @Test
    void anInterruptedSingleInsertIsAStoreExceptionThatSaysTheOutcomeIsUnknown() {
        RuntimeException cause = new RuntimeException("socket closed");
        store.answer(request -> WriteReport.builder(1).unknown(0, 1)
                .interruptedBy(new Interruption("socket closed", Set.of("RetryableWriteError"), cause)).build());

        StoreException failure = assertThrows(StoreException.class,
                () -> odm.repository(Code.class, String.class).insert(new Code("a")));

        assertTrue(failure.hasErrorLabel("RetryableWriteError"));
        assertTrue(failure.getMessage().contains("may or may not have been written"));
        assertSame(cause, failure.getCause());
    }

    @Test
    void anInvalidEntityAnywhereInTheBatchFailsTheWriteBeforeTheStoreAnswers() {
        store.answer(request -> {
            throw new AssertionError("the store must not answer for a batch it could not extract");
        });
        List<Code> batch = java.util.Arrays.asList(new Code("a"), new Code("b"), null);

        InvalidEntityException failure = assertThrows(InvalidEntityException.class,
                () -> odm.repository(Code.class, String.class).insertAll(batch));

        assertEquals(2, failure.position());
        assertTrue(store.requests().isEmpty());
    }

    @Test
    void aSourceMustBeReadInOrderOnce() {
        store.answer(request -> WriteReport.allWritten(request.documents().size()));
        Repository<Code, String> codes = odm.repository(Code.class, String.class);
        var misbehaving = new ScriptedStore() {
            @Override
            public WriteReport insert(InsertRequest request) {
                request.documents().document(1);
                return WriteReport.allWritten(2);
            }
        };
        MappingOdm strict = new MappingOdm(misbehaving, odm.context());

        assertThrows(IllegalStateException.class,
                () -> strict.repository(Code.class, String.class).insertAll(List.of(new Code("a"), new Code("b"))));
        assertEquals(1, codes.insertAll(List.of(new Code("c"))).insertedCount());
    }

    @Test
    void closingTheOdmClosesItsStore() {
        odm.close();

        assertTrue(store.closed());
        assertNotSame(null, odm.context());
    }
}
