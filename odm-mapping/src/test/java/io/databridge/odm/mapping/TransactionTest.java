package io.databridge.odm.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.databridge.odm.api.Repository;
import io.databridge.odm.api.Transaction;
import io.databridge.odm.api.query.Filter;
import io.databridge.odm.api.store.StoreSession;
import io.databridge.odm.api.update.Change;
import io.databridge.odm.api.update.Update;
import io.databridge.odm.mapping.config.MappingConfiguration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Transactions against a scripted store: the session reaches every operation of a bound repository, and only those. */
class TransactionTest {

    record Item(String id, int count, long version) {
    }

    private final ScriptedStore store = new ScriptedStore();
    private final MappingOdm odm = new MappingOdm(store, MappingContext.create(MappingConfiguration.builder().build()));
    private final Repository<Item, String> items = odm.repository(Item.class, String.class, "items");

    @Test
    void everyOperationOfABoundRepositoryCarriesTheSessionAndUnboundOnesDoNot() {
        String result = odm.inTransaction(tx -> {
            Repository<Item, String> bound = tx.bind(items);
            bound.save(new Item("a", 1, 0));
            bound.updateOne(Filter.eq("id", "a"), Update.of(Change.inc("count", 1)));
            bound.deleteById("b");
            bound.insert(new Item("c", 1, 0));
            bound.find(Filter.eq("id", "a"));
            items.save(new Item("outside", 1, 0));
            return "done";
        });
        assertEquals("done", result);
        StoreSession session = store.sessions().get(0);
        assertEquals(Arrays.asList(session, session, session, null), store.writes().stream()
                .map(write -> write.context().session()).toList());
        assertSame(session, store.requests().get(0).context().session());
        assertSame(session, store.finds().get(0).context().session());
    }

    @Test
    void aTransactionIsOverWhenItsWorkReturnsOrThrows() {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> odm.inTransaction(tx -> {
            kept.set(tx);
            throw new IllegalStateException("abort");
        }));
        assertEquals("abort", failure.getMessage());
        assertThrows(IllegalStateException.class, () -> kept.get().bind(items));
    }

    @Test
    void aRepositoryOfAnotherOdmCannotBeBound() {
        MappingOdm other = new MappingOdm(new ScriptedStore(), MappingContext.create(MappingConfiguration.builder()
                .build()));
        Repository<Item, String> foreign = other.repository(Item.class, String.class, "items");
        assertThrows(IllegalArgumentException.class, () -> odm.inTransaction(tx -> tx.bind(foreign)));
        assertNull(store.writes().isEmpty() ? null : store.writes().get(0));
    }
}
