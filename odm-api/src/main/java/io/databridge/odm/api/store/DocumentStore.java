package io.databridge.odm.api.store;

import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import java.util.List;

/**
 * Where documents are stored: the port the mapping core writes through.
 *
 * <p>Implementations are thread-safe. Per-document failures of a write (a duplicate key, for example) are expected
 * outcomes and come back in the {@link WriteReport}; exceptions are reserved for a request that cannot start at all.
 */
public interface DocumentStore extends AutoCloseable {

    /**
     * Inserts a batch of documents.
     *
     * <p>Laws: every document is extracted before anything is sent (so an invalid entity, anywhere in the batch,
     * means nothing was written); a document is written at most once; the report accounts for every position;
     * positions after the first failure of an ordered insert are
     * {@link io.databridge.odm.api.result.PositionStatus#NOT_ATTEMPTED}; a document that exceeds the store's size
     * limit is refused before anything of the batch is written.
     *
     * @param request the batch
     * @return what happened per position
     * @throws io.databridge.odm.api.error.InvalidEntityException if the source refuses an entity; nothing was
     *                                                            written
     * @throws DocumentTooLargeException if a document exceeds the store's maximum size; nothing was written
     * @throws StoreException if the store cannot be reached before anything was sent
     * @throws IllegalArgumentException if a document lacks its {@code _id} in first position
     */
    WriteReport insert(InsertRequest request);

    /**
     * Reads every matching document into results. Documents are decoded and read in parallel above a measured batch
     * size; the results keep the server's order.
     *
     * @param request the find
     * @param reader turns each document into a result
     * @param <R> the result type
     * @return the results
     * @throws io.databridge.odm.api.error.StoredDocumentException if a document is malformed or does not fit
     * @throws StoreException if the database failed
     */
    <R> List<R> find(FindRequest request, RowReader<R> reader);

    /**
     * Reads matching documents one server batch at a time.
     *
     * @param request the find
     * @param reader turns each document into a result
     * @param <R> the result type
     * @return an open cursor; the caller closes it
     */
    <R> Cursor<R> stream(FindRequest request, RowReader<R> reader);

    /**
     * Counts matching documents.
     *
     * @param request the find (its filter, skip and limit count; sort and projection are ignored)
     * @return the count
     */
    long count(FindRequest request);

    /**
     * Returns the distinct values of a stored field among matching documents.
     *
     * @param collection the collection
     * @param storedPath the stored path, dot-separated
     * @param filter the filter document
     * @return the distinct values
     */
    List<ExtractedValue> distinct(String collection, String storedPath, DocumentValue filter);

    /** Releases connections and threads. Idempotent. */
    @Override
    void close();
}
