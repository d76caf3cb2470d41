package io.databridge.odm.driver.internal;

import com.mongodb.client.ClientSession;
import io.databridge.odm.api.store.StoreSession;

/**
 * The driver's session of one transaction, as the port's opaque handle.
 *
 * @param session the driver's session
 */
record MongoSession(ClientSession session) implements StoreSession {

    @Override
    public boolean active() {
        return session.hasActiveTransaction();
    }
}
