package io.databridge.odm.driver.internal;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.codec.UnencodableValueException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.bson.RawBsonDocument;

/**
 * One insert, batch by batch: the caller's thread encodes wire batch k+1 while a writer thread has batch k on the
 * wire, so encoding hides behind the server's work. Ordered inserts keep one batch in flight and stop at the first
 * failure; unordered inserts keep up to {@code maxInFlight} batches in flight on separate connections and go on past
 * refused documents. A lost connection stops both: batches in flight become unknown, later ones not attempted.
 *
 * <p>A single wire batch is encoded and sent on the caller's thread, with no hand-off. A value the encoder refuses
 * (a string that is not valid UTF-16) in the first batch fails the insert with nothing written; in a later batch,
 * earlier batches may already be written, so it fails its position in the report and its batch is not sent.
 */
final class InsertPipeline {

    /** The server's error code for a bad value, used for a value refused on the client. */
    private static final int BAD_VALUE = 2;

    private final MongoCollection<RawBsonDocument> collection;
    private final BatchEncoder encoder;
    private final ExecutorService writers;
    private final int maxInFlight;
    private final InsertRequest request;
    private final List<BatchPlan.Range> batches;
    private final WriteReport.Builder report;
    private final InsertManyOptions options;
    private boolean reachedServer;

    InsertPipeline(MongoCollection<RawBsonDocument> collection, BatchEncoder encoder, ExecutorService writers,
            int maxInFlight, InsertRequest request, List<BatchPlan.Range> batches) {
        this.collection = collection;
        this.encoder = encoder;
        this.writers = writers;
        this.maxInFlight = request.ordered() ? 1 : maxInFlight;
        this.request = request;
        this.batches = batches;
        this.report = WriteReport.builder(request.documents().size());
        this.options = new InsertManyOptions().ordered(request.ordered());
    }

    WriteReport run() {
        if (batches.size() == 1) {
            BatchPlan.Range only = batches.get(0);
            apply(only, send(only, encodeFirst(only)));
        } else {
            pipeline();
        }
        WriteReport done = report.build();
        Interruption interruption = done.interruption().orElse(null);
        if (!reachedServer && interruption != null) {
            throw new StoreException("Insert of " + request.entityType().getName() + " into '" + request.collection()
                    + "' failed before anything was sent: " + interruption.message(), interruption.errorLabels(),
                    interruption.cause());
        }
        return done;
    }

    private void pipeline() {
        Deque<Pending> inFlight = new ArrayDeque<>(maxInFlight);
        boolean goOn = true;
        for (int next = 0; next < batches.size() && goOn; next++) {
            BatchPlan.Range range = batches.get(next);
            EncodedBatch encoded = null;
            UnencodableValueException refused = null;
            if (next == 0) {
                encoded = encodeFirst(range);
            } else {
                try {
                    encoded = encoder.encode(request.documents(), range.from(), range.to());
                } catch (UnencodableValueException failure) {
                    refused = failure;
                }
            }
            while (inFlight.size() >= maxInFlight && goOn) {
                goOn = complete(inFlight.poll());
            }
            if (!goOn) {
                report.notAttempted(range.from(), request.documents().size());
            } else if (refused != null) {
                recordRefused(range, refused);
                goOn = !request.ordered();
                if (!goOn) {
                    report.notAttempted(range.to(), request.documents().size());
                }
            } else {
                EncodedBatch ready = encoded;
                inFlight.add(new Pending(range, writers.submit(() -> send(range, ready))));
            }
        }
        while (!inFlight.isEmpty()) {
            complete(inFlight.poll());
        }
    }

    private boolean complete(Pending pending) {
        return apply(pending.range(), await(pending));
    }

    private boolean apply(BatchPlan.Range range, SendOutcome outcome) {
        reachedServer |= outcome.reachedServer();
        return outcome.applyTo(range, request.ordered(), report);
    }

    /** Encodes the first batch: nothing is written yet, so a refused value fails the whole insert. */
    private EncodedBatch encodeFirst(BatchPlan.Range range) {
        try {
            return encoder.encode(request.documents(), range.from(), range.to());
        } catch (UnencodableValueException refused) {
            throw new InvalidEntityException(request.entityType(), refused.position(), refused.path(),
                    refused.expected(), refused.found());
        }
    }

    /**
     * Records a value the encoder refused in a later batch, when earlier batches may already be written: it fails its
     * position, and the rest of its batch is not sent.
     */
    private void recordRefused(BatchPlan.Range range, UnencodableValueException refused) {
        report.failed(new WriteError(refused.position(), BAD_VALUE, "refused before sending, field " + refused.path()
                + ": expected " + refused.expected() + "; found " + refused.found(), null));
        report.notAttempted(range.from(), refused.position());
        report.notAttempted(refused.position() + 1, range.to());
    }

    private SendOutcome send(BatchPlan.Range range, EncodedBatch encoded) {
        List<RawBsonDocument> documents = new ArrayList<>(range.count());
        encoded.forEach((position, bytes, offset, length) -> documents.add(new RawBsonDocument(bytes, offset, length)));
        try {
            collection.insertMany(documents, options);
            return new SendOutcome.Written();
        } catch (MongoBulkWriteException refused) {
            List<WriteError> errors = refused.getWriteErrors().stream()
                    .map(error -> DriverErrors.writeError(error, range.from())).toList();
            Interruption writeConcern = refused.getWriteConcernError() == null ? null
                    : new Interruption("written but not acknowledged: write concern error "
                            + refused.getWriteConcernError().getCode() + ": "
                            + refused.getWriteConcernError().getMessage(), refused.getErrorLabels(), refused);
            return new SendOutcome.Refused(errors, writeConcern);
        } catch (MongoException failure) {
            return new SendOutcome.Interrupted(failure, DriverErrors.beforeSending(failure));
        }
    }

    private SendOutcome await(Pending pending) {
        try {
            return pending.outcome().get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while inserting " + request.entityType().getName() + " into '"
                    + request.collection() + "'; documents in flight may or may not have been written", Set.of(),
                    interrupted);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("insert batch failed", cause);
        }
    }

    private record Pending(BatchPlan.Range range, Future<SendOutcome> outcome) {
    }

    /**
     * Checks the port's precondition: every document holds its {@code _id} first.
     *
     * @param documents the documents
     */
    static void requireIdsFirst(List<DocumentValue> documents) {
        int position = 0;
        for (DocumentValue document : documents) {
            if (document.slotCount() == 0 || document.slot(0) == null || !"_id".equals(document.names().name(0))) {
                throw new IllegalArgumentException("document at position " + position + " lacks its _id in first "
                        + "position; the mapping core always puts it there");
            }
            position++;
        }
    }
}
