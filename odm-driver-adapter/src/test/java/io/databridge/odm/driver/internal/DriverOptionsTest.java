package io.databridge.odm.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The port's options become exactly the driver's. */
class DriverOptionsTest {

    @Test
    void writeConcernsTranslateWithJournalAndTimeout() {
        assertEquals(WriteConcern.MAJORITY, DriverOptions.writeConcern(
                io.databridge.odm.api.options.WriteConcern.MAJORITY));
        assertEquals(new WriteConcern(2).withJournal(true).withWTimeout(1500, TimeUnit.MILLISECONDS),
                DriverOptions.writeConcern(io.databridge.odm.api.options.WriteConcern.members(2).journaled()
                        .within(Duration.ofMillis(1500))));
        assertEquals(WriteConcern.UNACKNOWLEDGED, DriverOptions.writeConcern(
                io.databridge.odm.api.options.WriteConcern.UNACKNOWLEDGED));
    }

    @Test
    void everyReadConcernAndPreferenceHasItsDriverValue() {
        assertEquals(ReadConcern.MAJORITY, DriverOptions.readConcern(
                io.databridge.odm.api.options.ReadConcern.MAJORITY));
        assertEquals(ReadConcern.SNAPSHOT, DriverOptions.readConcern(
                io.databridge.odm.api.options.ReadConcern.SNAPSHOT));
        assertEquals(ReadPreference.secondaryPreferred(), DriverOptions.readPreference(
                io.databridge.odm.api.options.ReadPreference.SECONDARY_PREFERRED));
        for (var concern : io.databridge.odm.api.options.ReadConcern.values()) {
            assertEquals(concern.name(), DriverOptions.readConcern(concern).getLevel().name());
        }
        assertEquals(5, io.databridge.odm.api.options.ReadPreference.values().length);
        assertEquals(ReadPreference.nearest(), DriverOptions.readPreference(
                io.databridge.odm.api.options.ReadPreference.NEAREST));
    }

    @Test
    void aSessionOfAnotherStoreIsRefused() {
        StoreSession foreign = () -> true;
        assertThrows(IllegalArgumentException.class,
                () -> DriverOptions.session(new StoreContext(OperationOptions.INHERIT, foreign)));
        assertEquals(null, DriverOptions.session(StoreContext.DEFAULT));
    }
}
