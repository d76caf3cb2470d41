package io.databridge.odm.driver.internal;

import com.mongodb.MongoException;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one wire batch's {@code insertMany} came back with, applied to the report on the caller's thread. */
sealed interface SendOutcome {

    /**
     * Records the outcome of the batch {@code range} in the report.
     *
     * @param range the batch's positions
     * @param ordered whether the insert stops at the first failure
     * @param report the report being built
     * @return {@code true} if the pipeline may go on with later batches
     */
    boolean applyTo(BatchPlan.Range range, boolean ordered, WriteReport.Builder report);

    /**
     * Tells whether the batch reached the server (or may have).
     *
     * @return {@code false} only if it certainly did not
     */
    boolean reachedServer();

    /** Every document was written. */
    record Written() implements SendOutcome {
        @Override
        public boolean applyTo(BatchPlan.Range range, boolean ordered, WriteReport.Builder report) {
            return true;
        }

        @Override
        public boolean reachedServer() {
            return true;
        }
    }

    /**
     * The server refused some documents (errors already at batch positions), or wrote them without acknowledging the
     * write concern.
     *
     * @param errors the refused documents, in position order
     * @param writeConcernProblem the write concern error, if the server reported one
     */
    record Refused(List<WriteError> errors, @Nullable Interruption writeConcernProblem) implements SendOutcome {
        @Override
        public boolean applyTo(BatchPlan.Range range, boolean ordered, WriteReport.Builder report) {
            errors.forEach(report::failed);
            if (writeConcernProblem != null) {
                report.interruptedBy(writeConcernProblem);
            }
            if (ordered && !errors.isEmpty()) {
                report.notAttempted(errors.get(0).position() + 1, range.to());
                return false;
            }
            return true;
        }

        @Override
        public boolean reachedServer() {
            return true;
        }
    }

    /**
     * The driver failed: before sending (nothing written) or after (the batch's fate is unknown).
     *
     * @param failure the driver's exception
     * @param beforeSending whether it certainly never reached the server
     */
    record Interrupted(MongoException failure, boolean beforeSending) implements SendOutcome {
        @Override
        public boolean applyTo(BatchPlan.Range range, boolean ordered, WriteReport.Builder report) {
            if (beforeSending) {
                report.notAttempted(range.from(), range.to());
            } else {
                report.unknown(range.from(), range.to());
            }
            report.interruptedBy(DriverErrors.interruption(failure));
            return false;
        }

        @Override
        public boolean reachedServer() {
            return !beforeSending;
        }
    }
}
