package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.store.StoreSession;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a transaction on the driver's {@link ClientSession#withTransaction}, so the driver's rules apply: the whole
 * work is retried on {@code TransientTransactionError}, the commit on {@code UnknownTransactionCommitResult}, for up
 * to 120 seconds. The mapping core wraps driver failures in {@link StoreException}s and {@link BulkWriteException}s;
 * inside the work, one whose driver exception carries either label is unwrapped so that the driver sees the label and
 * retries. A retried work runs again from the start: a class entity whose version field an aborted attempt set keeps
 * it only if that attempt's write was reported done, so work that saves mutable entities should reload them.
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
                    throw retryable(failure.getCause(), failure);
                } catch (BulkWriteException failure) {
                    throw retryable(failure.report().interruption().map(Interruption::cause).orElse(null), failure);
                }
            }, transactionOptions(options));
        } catch (MongoException failure) {
            throw DriverErrors.storeException("transaction", failure);
        }
    }

    /** The driver's exception behind a failure when it carries a label the driver retries on, else the failure. */
    private static RuntimeException retryable(@Nullable Throwable cause, RuntimeException failure) {
        if (cause instanceof MongoException driver
                && (driver.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                || driver.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL))) {
            return driver;
        }
        return failure;
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
