package io.databridge.odm.driver.internal;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Translates the port's options into the driver's and applies them to a collection; unset options inherit. */
final class DriverOptions {

    private DriverOptions() {
    }

    /**
     * The collection with a context's options applied. Inside a transaction, read and write concerns are the
     * transaction's (the server refuses them per operation), so only the read preference applies.
     */
    static <T> MongoCollection<T> apply(MongoCollection<T> collection, StoreContext context) {
        OperationOptions options = context.options();
        MongoCollection<T> configured = collection;
        boolean inTransaction = context.session() != null;
        if (options.writeConcern() != null && !inTransaction) {
            configured = configured.withWriteConcern(writeConcern(options.writeConcern()));
        }
        if (options.readConcern() != null && !inTransaction) {
            configured = configured.withReadConcern(readConcern(options.readConcern()));
        }
        if (options.readPreference() != null) {
            configured = configured.withReadPreference(readPreference(options.readPreference()));
        }
        return configured;
    }

    /** The driver's session behind a context, or {@code null} outside a transaction. */
    static @Nullable ClientSession session(StoreContext context) {
        StoreSession session = context.session();
        if (session == null) {
            return null;
        }
        if (!(session instanceof MongoSession mongo)) {
            throw new IllegalArgumentException("a session of another store: " + session);
        }
        return mongo.session();
    }

    static WriteConcern writeConcern(io.databridge.odm.api.options.WriteConcern concern) {
        WriteConcern driver = concern.majority() ? WriteConcern.MAJORITY
                : new WriteConcern(java.util.Objects.requireNonNull(concern.w()));
        if (concern.journal() != null) {
            driver = driver.withJournal(concern.journal());
        }
        if (concern.timeout() != null) {
            driver = driver.withWTimeout(concern.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }
        return driver;
    }

    static ReadConcern readConcern(io.databridge.odm.api.options.ReadConcern concern) {
        return switch (concern) {
            case LOCAL -> ReadConcern.LOCAL;
            case AVAILABLE -> ReadConcern.AVAILABLE;
            case MAJORITY -> ReadConcern.MAJORITY;
            case LINEARIZABLE -> ReadConcern.LINEARIZABLE;
            case SNAPSHOT -> ReadConcern.SNAPSHOT;
        };
    }

    static ReadPreference readPreference(io.databridge.odm.api.options.ReadPreference preference) {
        return switch (preference) {
            case PRIMARY -> ReadPreference.primary();
            case PRIMARY_PREFERRED -> ReadPreference.primaryPreferred();
            case SECONDARY -> ReadPreference.secondary();
            case SECONDARY_PREFERRED -> ReadPreference.secondaryPreferred();
            case NEAREST -> ReadPreference.nearest();
        };
    }
}
