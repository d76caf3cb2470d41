package io.databridge.odm.bench.jmh;

import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.store.Cursor;
import io.databridge.odm.api.store.DocumentStore;
import io.databridge.odm.api.store.FindAndModifyRequest;
import io.databridge.odm.api.store.FindRequest;
import io.databridge.odm.api.store.InsertRequest;
import io.databridge.odm.api.store.RowReader;
import io.databridge.odm.api.store.StoreContext;
import io.databridge.odm.api.store.StoreSession;
import io.databridge.odm.api.store.StoredIndex;
import io.databridge.odm.api.store.WriteOperation;
import io.databridge.odm.api.store.WriteRequest;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.DocumentEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.codec.EncodingSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A store that does the client side of a bulk write and nothing else, for measuring it without a server: every insert
 * and replacement document is encoded as one batch (in parallel above the codec's threshold, as the driver adapter
 * does), every filter and operator document serially, and every operation is reported done. Only {@link #write} is
 * supported.
 */
final class EncodingOnlyStore implements DocumentStore {

    private final BatchEncoder encoder = new BatchEncoder(EncodingSettings.defaults());
    private long sink;

    @Override
    public BulkWriteReport write(WriteRequest request) {
        List<DocumentValue> documents = new ArrayList<>(request.operations().size());
        DocumentEncoder serial = encoder.serial();
        long inserted = 0;
        long matched = 0;
        long deleted = 0;
        for (WriteOperation operation : request.operations()) {
            switch (operation) {
                case WriteOperation.Insert insert -> {
                    documents.add(insert.document());
                    inserted++;
                }
                case WriteOperation.Replace replace -> {
                    documents.add(replace.replacement());
                    sink += serial.encode(replace.filter()).length;
                    matched++;
                }
                case WriteOperation.Update update -> {
                    sink += serial.encode(update.filter()).length + serial.encode(update.update()).length;
                    matched++;
                }
                case WriteOperation.Delete delete -> {
                    sink += serial.encode(delete.filter()).length;
                    deleted++;
                }
            }
        }
        EncodedBatch encoded = encoder.encode(documents, 0, documents.size());
        sink += encoded.size();
        return new BulkWriteReport(WriteReport.allWritten(request.operations().size()), inserted, matched, matched,
                deleted, Map.of(), List.of());
    }

    /** The bytes encoded so far, so no encoding is dead code. */
    long sink() {
        return sink;
    }

    @Override
    public WriteReport insert(InsertRequest request) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public <R> List<R> find(FindRequest request, RowReader<R> reader) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public <R> Cursor<R> stream(FindRequest request, RowReader<R> reader) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public long count(FindRequest request) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public List<ExtractedValue> distinct(String collection, String storedPath, DocumentValue filter,
            StoreContext context) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public <R> Optional<R> findOneAndModify(FindAndModifyRequest request, RowReader<R> reader) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public <R> R inTransaction(Function<StoreSession, R> work, OperationOptions options) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public void createIndexes(String collection, List<StoredIndex> indexes, StoreContext context) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public List<StoredIndex> listIndexes(String collection, StoreContext context) {
        throw new UnsupportedOperationException("writes only");
    }

    @Override
    public void close() {
        encoder.close();
    }
}
