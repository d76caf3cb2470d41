package io.databridge.odm.driver.internal;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.DocumentSource;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.BatchWriter;
import io.databridge.odm.codec.DocumentEncoder;
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
import org.jspecify.annotations.Nullable;

/**
 * One insert, in two stages.
 *
 * <p>Stage 1, on the caller's thread, before anything is sent: every document is extracted from the source. The first
 * wire batch is encoded as it is extracted, document by document, while each value tree is still in the CPU cache;
 * later documents are kept as trees and bounded, so a document over the server's limit is refused before anything is
 * written. An entity that cannot be stored fails the insert here, with nothing written.
 *
 * <p>Stage 2: a background thread encodes the later wire batches, in order ({@link LaterBatches}), while the earlier
 * ones are on the wire, so encoding hides behind the round trips and the server's work. Ordered inserts are sent
 * from the caller's thread, one batch in flight, and stop at the first failure; unordered inserts keep up to
 * {@code maxInFlight} batches in flight on separate connections, from writer threads, and go on past refused
 * documents (in a transaction, whose session takes one command at a time, they too keep one batch in flight). A lost
 * connection stops both: batches in flight become unknown, later ones not attempted. A single wire
 * batch is encoded and sent on the caller's thread alone.
 *
 * <p>The one value refused in stage 2 is a string that is not valid UTF-16 (found only by encoding it): it fails its
 * position in the report, and its batch is not sent.
 */
final class InsertPipeline {

    /** The server's error code for a bad value, used for a value refused on the client. */
    private static final int BAD_VALUE = 2;

    private final MongoCollection<RawBsonDocument> collection;
    private final BatchEncoder encoder;
    private final ExecutorService writers;
    private final int maxInFlight;
    private final InsertRequest request;
    private final ServerLimits limits;
    private final StoreSettings settings;
    private final WriteReport.Builder report;
    private final InsertManyOptions options;
    private final @Nullable ClientSession session;
    private boolean reachedServer;

    InsertPipeline(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session, BatchEncoder encoder,
            ExecutorService writers, InsertRequest request, ServerLimits limits, StoreSettings settings) {
        this.collection = collection;
        this.session = session;
        this.encoder = encoder;
        this.writers = writers;
        this.maxInFlight = request.ordered() || session != null ? 1 : settings.maxInFlight();
        this.request = request;
        this.limits = limits;
        this.settings = settings;
        this.report = WriteReport.builder(request.documents().size());
        this.options = new InsertManyOptions().ordered(request.ordered());
    }

    WriteReport run() {
        Staged staged = stage();
        if (staged.later().isEmpty()) {
            apply(staged.first(), send(staged.first(), staged.firstBytes()));
        } else {
            pipeline(staged);
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

    /** The outcome of stage 1: the first wire batch encoded, the later documents extracted and planned. */
    private record Staged(BatchPlan.Range first, EncodedBatch firstBytes, DocumentValue[] laterDocuments,
            long[] laterBounds, List<BatchPlan.Range> later) {
    }

    private int batchCount() {
        return Math.min(limits.maxWriteBatchSize(), settings.maxBatchDocuments());
    }

    private Staged stage() {
        DocumentSource source = request.documents();
        int size = source.size();
        DocumentEncoder serial = encoder.serial();
        BatchWriter first = serial.newBatch(Math.min(size, batchCount()));
        int firstEnd = size;
        DocumentValue[] later = null;
        long[] bounds = null;
        for (int position = 0; position < size; position++) {
            DocumentValue document = requireIdFirst(source.document(position), position);
            if (later == null) {
                addToFirst(first, document, position);
                boolean full = first.count() == batchCount() || first.bytes() >= settings.targetBatchBytes();
                if (full && position + 1 < size) {
                    firstEnd = position + 1;
                    later = new DocumentValue[size];
                    bounds = new long[size];
                }
            } else {
                later[position] = document;
                bounds[position] = checkedBound(serial, document, position);
            }
        }
        BatchPlan.Range firstRange = new BatchPlan.Range(0, Math.max(firstEnd, 1));
        if (later == null) {
            return new Staged(firstRange, first.finish(), new DocumentValue[0], new long[0], List.of());
        }
        return new Staged(firstRange, first.finish(), later, bounds,
                BatchPlan.of(bounds, firstEnd, size, batchCount(), settings.targetBatchBytes()));
    }

    /** The port's precondition, which the mapping core always meets: {@code _id} is the first, present field. */
    private static DocumentValue requireIdFirst(DocumentValue document, int position) {
        if (document.slotCount() == 0 || document.slot(0) == null || !"_id".equals(document.names().name(0))) {
            throw new IllegalArgumentException("document at position " + position + " lacks its _id in first position");
        }
        return document;
    }

    private void addToFirst(BatchWriter first, DocumentValue document, int position) {
        int encodedSize;
        try {
            encodedSize = first.add(document, position);
        } catch (UnencodableValueException refused) {
            throw new InvalidEntityException(request.entityType(), refused.position(), refused.path(),
                    refused.expected(), refused.found());
        }
        if (encodedSize > limits.maxDocumentSize()) {
            throw new DocumentTooLargeException(request.entityType(), position, encodedSize,
                    limits.maxDocumentSize());
        }
    }

    private long checkedBound(DocumentEncoder serial, DocumentValue document, int position) {
        long bound = serial.sizeBound(document);
        if (bound <= limits.maxDocumentSize()) {
            return bound;
        }
        long exact = serial.exactSize(document);
        if (exact > limits.maxDocumentSize()) {
            throw new DocumentTooLargeException(request.entityType(), position, exact, limits.maxDocumentSize());
        }
        return exact;
    }

    private void pipeline(Staged staged) {
        LaterBatches later = LaterBatches.start(staged.laterDocuments(), staged.laterBounds(), staged.later(),
                encoder, writers);
        try {
            if (maxInFlight == 1) {
                oneInFlight(staged, later);
            } else {
                severalInFlight(staged, later);
            }
        } finally {
            later.stop();
        }
    }

    /** Ordered inserts: the caller's thread sends every batch itself, each as soon as the previous one is answered. */
    private void oneInFlight(Staged staged, LaterBatches later) {
        boolean goOn = apply(staged.first(), send(staged.first(), staged.firstBytes()));
        int total = request.documents().size();
        for (int next = 0; next < later.ranges().size(); next++) {
            BatchPlan.Range range = later.ranges().get(next);
            if (!goOn) {
                report.notAttempted(range.from(), total);
                return;
            }
            try {
                goOn = apply(range, send(range, later.await(next)));
            } catch (UnencodableValueException refused) {
                recordRefused(range, refused);
                goOn = !request.ordered();
            }
        }
    }

    /** Unordered inserts: up to {@code maxInFlight} batches on the wire at once, from writer threads. */
    private void severalInFlight(Staged staged, LaterBatches later) {
        Deque<Pending> inFlight = new ArrayDeque<>(maxInFlight);
        inFlight.add(submit(staged.first(), staged.firstBytes()));
        boolean goOn = true;
        for (int next = 0; next < later.ranges().size() && goOn; next++) {
            BatchPlan.Range range = later.ranges().get(next);
            EncodedBatch encoded = null;
            UnencodableValueException refused = null;
            try {
                encoded = later.await(next);
            } catch (UnencodableValueException failure) {
                refused = failure;
            }
            while (inFlight.size() >= maxInFlight && goOn) {
                goOn = complete(inFlight.poll());
            }
            if (!goOn) {
                report.notAttempted(range.from(), request.documents().size());
            } else if (refused != null) {
                recordRefused(range, refused);
            } else {
                inFlight.add(submit(range, encoded));
            }
        }
        while (!inFlight.isEmpty()) {
            complete(inFlight.poll());
        }
    }

    private Pending submit(BatchPlan.Range range, EncodedBatch encoded) {
        return new Pending(range, writers.submit(() -> send(range, encoded)));
    }

    private boolean complete(Pending pending) {
        return apply(pending.range(), await(pending));
    }

    private boolean apply(BatchPlan.Range range, SendOutcome outcome) {
        reachedServer |= outcome.reachedServer();
        return outcome.applyTo(range, request.ordered(), report);
    }

    /** A later batch's value was refused after earlier batches may have been written: fail it, skip its batch. */
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
            if (session == null) {
                collection.insertMany(documents, options);
            } else {
                collection.insertMany(session, documents, options);
            }
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
}
