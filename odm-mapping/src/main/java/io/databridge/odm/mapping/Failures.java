package io.databridge.odm.mapping;

import io.databridge.odm.api.error.DuplicateKeyException;
import io.databridge.odm.api.error.OdmException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;

/** Turns the report of a single write that was not done into the exception the caller gets. */
final class Failures {

    private Failures() {
    }

    /**
     * The exception of an incomplete single write.
     *
     * @param entityType the entity type
     * @param collection the collection
     * @param operation the operation's name, e.g. {@code updateOne}
     * @param report its report (one position)
     * @return a {@link DuplicateKeyException} for a duplicate key, else a {@link StoreException} that says whether the
     *         write may have happened
     */
    static OdmException of(Class<?> entityType, String collection, String operation, WriteReport report) {
        String what = operation + " of " + entityType.getName() + " in '" + collection + "'";
        Interruption interruption = report.interruption().orElse(null);
        if (!report.errors().isEmpty()) {
            WriteError error = report.errors().get(0);
            if (error.duplicateKey() != null) {
                return new DuplicateKeyException(entityType, collection, error.duplicateKey(), error.message());
            }
            return new StoreException(what + " was refused by the server: " + error.describe());
        }
        if (interruption != null) {
            return new StoreException(what + " was interrupted; it may or may not have been applied: "
                    + interruption.message(), interruption.errorLabels(), interruption.cause());
        }
        return new StoreException(what + " was not done: " + report.describe());
    }
}
