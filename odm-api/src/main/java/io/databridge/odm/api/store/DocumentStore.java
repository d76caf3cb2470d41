package io.databridge.odm.api.store;

import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.error.StoreException;
import io.databridge.odm.api.options.OperationOptions;
import io.databridge.odm.api.result.BulkWriteReport;
import io.databridge.odm.api.result.WriteReport;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
     * @param context options and transaction
     * @return the distinct values
     */
    List<ExtractedValue> distinct(String collection, String storedPath, DocumentValue filter, StoreContext context);

    /**
     * Runs a bulk write of mixed operations.
     *
     * <p>Laws: every document is encoded and checked against the size limit before anything is sent (a document too
     * large means nothing was written); the report accounts for every position; after a failure in an ordered request
     * the later positions are {@link io.databridge.odm.api.result.PositionStatus#NOT_ATTEMPTED}; a must-match
     * operation that matched nothing is listed in {@link BulkWriteReport#unmatched()} exactly, never reported done,
     * and one that did match is never listed (a store that cannot tell from the server's counts must find out, for
     * example by reading the documents back); an interrupted request leaves the positions in flight unknown.
     *
     * @param request the operations
     * @return what happened per position and in totals
     * @throws DocumentTooLargeException if a document exceeds the store's maximum size; nothing was written
     * @throws StoreException if the store cannot be reached before anything was sent
     */
    BulkWriteReport write(WriteRequest request);

    /**
     * Atomically finds the first matching document and updates, replaces or deletes it.
     *
     * @param request what to find and change
     * @param reader turns the returned document into a result
     * @param <R> the result type
     * @return the document before or after the change, or empty if none matched (and none was upserted, or the
     *         document before an upsert was asked for)
     * @throws io.databridge.odm.api.error.DuplicateKeyException never; a duplicate key is a
     *                                                           {@link StoreException} with the server's code
     * @throws StoreException if the database refused or failed
     */
    <R> Optional<R> findOneAndModify(FindAndModifyRequest request, RowReader<R> reader);

    /**
     * Runs work in one transaction, committing when it returns and aborting when it throws. The store may run the
     * work more than once, on transient transaction errors, as the driver's transaction rules say; the work must pass
     * the session to every operation in it (in the {@link StoreContext}).
     *
     * @param work the transaction's operations
     * @param options write concern, read concern and read preference of the transaction
     * @param <R> the result type
     * @return what the work returned, once committed
     * @throws StoreException if the store does not support transactions (checked before the work runs), or the
     *                        commit failed
     */
    <R> R inTransaction(Function<StoreSession, R> work, OperationOptions options);

    /**
     * Creates indexes in one request; the collection is created if it does not exist.
     *
     * <p>Laws: an empty list sends nothing; an index that exists with the same name, keys and options is left as it
     * is; nothing is ever dropped or changed; an index that conflicts with an existing one (same name or keys, other
     * options) fails the request. A store that cannot honour an option creates the index anyway and says so in its
     * documentation (the embedded test server records every option but enforces only uniqueness).
     *
     * @param collection the collection
     * @param indexes the indexes, in stored terms
     * @param context write concern and transaction
     * @throws StoreException if the database refused (a conflicting index, existing documents that break a new
     *                        unique index) or failed
     */
    void createIndexes(String collection, List<StoredIndex> indexes, StoreContext context);

    /**
     * Lists the indexes of a collection, the {@code _id_} index included, in the server's order.
     *
     * @param collection the collection
     * @param context read preference and transaction
     * @return the indexes; empty if the collection does not exist
     * @throws StoreException if the database failed
     */
    List<StoredIndex> listIndexes(String collection, StoreContext context);

    /** Releases connections and threads. Idempotent. */
    @Override
    void close();
}
