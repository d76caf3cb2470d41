package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.bulk.BulkWriteError;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.DuplicateKey;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Translates the driver's exceptions and errors into the api's, at the edge; nothing of the driver passes. */
final class DriverErrors {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("index: (\\S+) dup key: (\\{.*})", Pattern.DOTALL);

    private DriverErrors() {
    }

    /**
     * Translates one refused document.
     *
     * @param error the driver's error
     * @param offset the position of the driver call's first document in the caller's batch
     * @return the error at the caller's position, with the index and key of a duplicate
     */
    static WriteError writeError(BulkWriteError error, int offset) {
        DuplicateKey duplicate = null;
        if (error.getCode() == WriteError.DUPLICATE_KEY_CODE) {
            Matcher matcher = DUPLICATE_KEY.matcher(error.getMessage());
            duplicate = matcher.find() ? new DuplicateKey(matcher.group(1), matcher.group(2))
                    : new DuplicateKey("?", "?");
        }
        return new WriteError(offset + error.getIndex(), error.getCode(), error.getMessage(), duplicate);
    }

    /**
     * Tells whether a failure happened before the command could reach the server, so nothing was written.
     *
     * @param failure the driver's exception
     * @return {@code true} for server selection timeouts, failed connects and authentication failures
     */
    static boolean beforeSending(MongoException failure) {
        return failure instanceof MongoTimeoutException || failure instanceof MongoSocketOpenException
                || failure instanceof MongoSecurityException;
    }

    static Interruption interruption(MongoException failure) {
        return new Interruption(describe(failure), failure.getErrorLabels(), failure);
    }

    static StoreException storeException(String operation, MongoException failure) {
        return new StoreException(operation + " failed: " + describe(failure), failure.getErrorLabels(), failure);
    }

    private static String describe(MongoException failure) {
        return failure.getClass().getSimpleName() + " (code " + failure.getCode() + "): " + failure.getMessage();
    }
}
