package io.databridge.odm.driver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import io.databridge.odm.api.result.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Driver errors become the api's: positions shifted to the caller's batch, duplicate keys parsed. */
class DriverErrorsTest {

    @Test
    void parsesTheIndexAndKeyOfADuplicateAndShiftsThePosition() {
        BulkWriteError error = new BulkWriteError(11000, "E11000 duplicate key error collection: db.tags index: "
                + "code_1_region_1 dup key: { code: \"a.b\", region: 3 }", new BsonDocument(), 17);

        WriteError translated = DriverErrors.writeError(error, 2_000);

        assertEquals(2_017, translated.position());
        assertEquals("code_1_region_1", translated.duplicateKey().indexName());
        assertEquals("{ code: \"a.b\", region: 3 }", translated.duplicateKey().key());
    }

    @Test
    void keepsOtherErrorsAsTheyAre() {
        WriteError translated = DriverErrors.writeError(
                new BulkWriteError(121, "Document failed validation", new BsonDocument(), 0), 5);

        assertEquals(121, translated.code());
        assertNull(translated.duplicateKey());
    }

    @Test
    void knowsWhichFailuresHappenBeforeAnythingIsSent() {
        ServerAddress address = new ServerAddress("localhost", 1);

        assertTrue(DriverErrors.beforeSending(new MongoTimeoutException("no server")));
        assertTrue(DriverErrors.beforeSending(new MongoSocketOpenException("refused", address)));
        assertFalse(DriverErrors.beforeSending(new MongoSocketReadException("closed", address)));
    }
}
