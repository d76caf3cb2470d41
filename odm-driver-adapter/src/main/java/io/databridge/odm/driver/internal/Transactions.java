package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.store.StoreSession;
import java.util.function.Function;

/**
 * Runs a transaction on the driver's {@link ClientSession#withTransaction}, so the driver's rules apply: the whole
 * work is retried on {@code TransientTransactionError}, the commit on {@code UnknownTransactionCommitResult}, for up
 * to 120 seconds. The mapping core wraps driver failures in {@link StoreException}s; inside the work, one whose cause
 * carries either label is unwrapped so that the driver sees the label and retries.
 */
final class Transactions {

    private Transactions() {
    }

    static <R> R run(MongoClient client, Function<StoreSession, R> work, OperationOptions options) {
        try (ClientSession session = client.startSession()) {
            MongoSession handle = new MongoSession(session);
            return session.withTransaction(() -> {
                try {
                    return work.apply(handle);
                } catch (StoreException failure) {
                    if (failure.getCause() instanceof MongoException cause
                            && (cause.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                            || cause.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL))) {
                        throw cause;
                    }
                    throw failure;
                }
            }, transactionOptions(options));
        } catch (MongoException failure) {
            throw DriverErrors.storeException("transaction", failure);
        }
    }

    private static TransactionOptions transactionOptions(OperationOptions options) {
        TransactionOptions.Builder builder = TransactionOptions.builder();
        if (options.writeConcern() != null) {
            builder.writeConcern(DriverOptions.writeConcern(options.writeConcern()));
        }
        if (options.readConcern() != null) {
            builder.readConcern(DriverOptions.readConcern(options.readConcern()));
        }
        if (options.readPreference() != null) {
            builder.readPreference(DriverOptions.readPreference(options.readPreference()));
        }
        return builder.build();
    }
}
