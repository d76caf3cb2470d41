package io.databridge.odm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.databridge.odm.api.Odm;
import io.databridge.odm.api.Repository;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.driver.MongoOdm;
import io.databridge.odm.it.domain.Counter;
import io.databridge.odm.it.support.StoredDocuments;
import io.databridge.odm.it.support.TestMongo;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transactions: refused up front by a server that cannot run them (the embedded one), committed or rolled back for
 * real on a replica set (when {@code DATABRIDGE_MONGODB_URI} names one).
 */
class TransactionIT {

    private static TestMongo mongo;
    private static Odm odm;
    private static StoredDocuments stored;

    @BeforeAll
    static void connect() {
        mongo = TestMongo.server();
        String database = mongo.freshDatabase(TransactionIT.class);
        odm = MongoOdm.connect(mongo.connectionString(), database);
        stored = new StoredDocuments(mongo.client().getDatabase(database));
    }

    @AfterAll
    static void close() {
        odm.close();
    }

    @Test
    void theEmbeddedServerRefusesATransactionBeforeTheWorkRuns() {
        assumeTrue(mongo.isEmbedded(), "only the embedded server is known to be standalone");
        AtomicBoolean ran = new AtomicBoolean();
        StoreException refused = assertThrows(StoreException.class, () -> odm.inTransaction(tx -> {
            ran.set(true);
            return null;
        }));
        assertTrue(refused.getMessage().contains("replica set"), refused.getMessage());
        assertFalse(ran.get());
    }

    @Test
    void aReplicaSetCommitsTheWorkOrRollsItBack() {
        assumeFalse(mongo.isEmbedded(), "needs a replica set: set " + TestMongo.URI_VARIABLE);
        Repository<Counter, String> counters = odm.repository(Counter.class, String.class, "tx-counters");
        counters.save(new Counter("seed", 0, 0));
        odm.inTransaction(tx -> tx.bind(counters).save(new Counter("committed", 1, 0)));
        assertThrows(IllegalStateException.class, () -> odm.inTransaction(tx -> {
            tx.bind(counters).save(new Counter("rolled-back", 1, 0));
            throw new IllegalStateException("abort");
        }));
        assertEquals(2, stored.count("tx-counters"));
    }
}
