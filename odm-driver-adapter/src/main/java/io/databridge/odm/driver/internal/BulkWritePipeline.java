package io.databridge.odm.driver.internal;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.InvalidEntityException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.Interruption;
import io.databridge.odm.api.result.WriteError;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.store.WriteRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.DocumentEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.codec.UnencodableValueException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.jspecify.annotations.Nullable;

/**
 * One bulk write of mixed operations. Every document (inserts and replacements) is encoded first, in parallel when
 * the batch is large, and checked against the server's size limit, so nothing is sent if one is too large; filters and
 * update documents are small and encoded serially. The driver's {@code bulkWrite} then sends them, splitting into
 * wire batches itself, and its outcome becomes the report: errors at their positions, later positions of an ordered
 * bulk not attempted, a lost connection leaving every position unknown. Must-match operations are settled by
 * {@link MatchCheck}.
 */
final class BulkWritePipeline {

    private final MongoCollection<RawBsonDocument> collection;
    private final @Nullable ClientSession session;
    private final BatchEncoder encoder;
    private final WriteRequest request;
    private final ServerLimits limits;

    BulkWritePipeline(MongoCollection<RawBsonDocument> collection, @Nullable ClientSession session,
            BatchEncoder encoder, WriteRequest request, ServerLimits limits) {
        this.collection = collection;
        this.session = session;
        this.encoder = encoder;
        this.request = request;
        this.limits = limits;
    }

    BulkWriteReport run() {
        if (!collection.getWriteConcern().isAcknowledged()) {
            throw new StoreException("Bulk write of " + request.entityType().getName() + " into '"
                    + request.collection() + "' refused before anything was sent: the client's write concern is "
                    + "unacknowledged, so no outcome could be reported; use an acknowledged write concern");
        }
        List<WriteOperation> operations = request.operations();
        int size = operations.size();
        RawBsonDocument[] documents = encodeDocuments(operations);
        DocumentEncoder serial = encoder.serial();
        List<WriteModel<RawBsonDocument>> models = new ArrayList<>(size);
        for (int position = 0; position < size; position++) {
            models.add(model(operations.get(position), documents[position], serial));
        }
        WriteReport.Builder report = WriteReport.builder(size);
        BulkWriteOptions options = new BulkWriteOptions().ordered(request.ordered());
        BulkWriteResult result;
        BitSet failed = new BitSet(size);
        try {
            result = session == null ? collection.bulkWrite(models, options)
                    : collection.bulkWrite(session, models, options);
        } catch (MongoBulkWriteException refused) {
            result = refused.getWriteResult();
            int firstError = size;
            for (var error : refused.getWriteErrors()) {
                WriteError translated = DriverErrors.writeError(error, 0);
                report.failed(translated);
                failed.set(translated.position());
                firstError = Math.min(firstError, translated.position());
            }
            if (request.ordered() && firstError < size) {
                report.notAttempted(firstError + 1, size);
                failed.set(firstError + 1, size);
            }
            if (refused.getWriteConcernError() != null) {
                report.interruptedBy(new Interruption("written but not acknowledged: write concern error "
                        + refused.getWriteConcernError().getCode() + ": "
                        + refused.getWriteConcernError().getMessage(), refused.getErrorLabels(), refused));
            }
        } catch (MongoException failure) {
            boolean beforeSending = DriverErrors.beforeSending(failure);
            if (beforeSending) {
                report.notAttempted(0, size);
            } else {
                report.unknown(0, size);
            }
            report.interruptedBy(DriverErrors.interruption(failure));
            if (beforeSending) {
                throw new StoreException("Bulk write of " + request.entityType().getName() + " into '"
                        + request.collection() + "' failed before anything was sent: " + failure.getMessage(),
                        failure.getErrorLabels(), failure);
            }
            return new BulkWriteReport(report.build(), 0, 0, 0, 0, Map.of(), List.of());
        }
        Map<Integer, ExtractedValue> upserted = new HashMap<>();
        for (BulkWriteUpsert upsert : result.getUpserts()) {
            upserted.put(upsert.getIndex(), BsonValues.toExtracted(upsert.getId()));
        }
        MatchCheck check = new MatchCheck(collection, session, operations, documents, failed, result,
                upserted.keySet());
        List<Integer> unmatched = check.unmatched();
        check.unknown().forEach(position -> report.unknown(position, position + 1));
        MongoException readFailure = check.readFailure();
        if (readFailure != null) {
            report.interruptedBy(new Interruption("written, but whether the versioned operations matched could not "
                    + "be read back: " + readFailure.getMessage(), readFailure.getErrorLabels(), readFailure));
        }
        return new BulkWriteReport(report.build(), result.getInsertedCount(), result.getMatchedCount(),
                result.getModifiedCount(), result.getDeletedCount(), upserted, unmatched);
    }

    /**
     * Encodes every insert and replacement document, checking sizes, before anything is sent.
     *
     * @return the raw document of each position, {@code null} for updates and deletes
     */
    private RawBsonDocument[] encodeDocuments(List<WriteOperation> operations) {
        List<DocumentValue> documents = new ArrayList<>(operations.size());
        int[] positions = new int[operations.size()];
        for (int position = 0; position < operations.size(); position++) {
            DocumentValue document = switch (operations.get(position)) {
                case WriteOperation.Insert insert -> insert.document();
                case WriteOperation.Replace replace -> replace.replacement();
                default -> null;
            };
            if (document != null) {
                positions[documents.size()] = position;
                documents.add(document);
            }
        }
        EncodedBatch encoded;
        try {
            encoded = encoder.encode(documents, 0, documents.size());
        } catch (UnencodableValueException refused) {
            throw new InvalidEntityException(request.entityType(), positions[refused.position()],
                    refused.path(), refused.expected(), refused.found());
        }
        RawBsonDocument[] raw = new RawBsonDocument[operations.size()];
        encoded.forEach((index, bytes, offset, length) -> {
            int position = positions[index];
            if (length > limits.maxDocumentSize()) {
                throw new DocumentTooLargeException(request.entityType(), position, length, limits.maxDocumentSize());
            }
            raw[position] = new RawBsonDocument(bytes, offset, length);
        });
        return raw;
    }

    private static WriteModel<RawBsonDocument> model(WriteOperation operation, @Nullable RawBsonDocument document,
            DocumentEncoder serial) {
        return switch (operation) {
            case WriteOperation.Insert insert -> new InsertOneModel<>(java.util.Objects.requireNonNull(document));
            case WriteOperation.Replace replace -> new ReplaceOneModel<>(raw(replace.filter(), serial),
                    java.util.Objects.requireNonNull(document), new ReplaceOptions().upsert(replace.upsert()));
            case WriteOperation.Update update -> {
                UpdateOptions options = new UpdateOptions().upsert(update.upsert());
                if (!update.arrayFilters().isEmpty()) {
                    List<BsonDocument> arrayFilters = new ArrayList<>(update.arrayFilters().size());
                    update.arrayFilters().forEach(filter -> arrayFilters.add(raw(filter, serial)));
                    options.arrayFilters(arrayFilters);
                }
                yield update.multi()
                        ? new UpdateManyModel<>(raw(update.filter(), serial), raw(update.update(), serial), options)
                        : new UpdateOneModel<>(raw(update.filter(), serial), raw(update.update(), serial), options);
            }
            case WriteOperation.Delete delete -> delete.multi() ? new DeleteManyModel<>(raw(delete.filter(), serial))
                    : new DeleteOneModel<>(raw(delete.filter(), serial));
        };
    }

    private static RawBsonDocument raw(DocumentValue document, DocumentEncoder serial) {
        return new RawBsonDocument(serial.encode(document));
    }
}
