package io.databridge.odm.codec;

import io.databridge.odm.api.error.DocumentTooLargeException;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.codec.internal.BsonSink;
import io.databridge.odm.codec.internal.EncodingFailure;
import io.databridge.odm.codec.internal.SizeBounds;
import io.databridge.odm.codec.internal.SizeHistory;
import io.databridge.odm.codec.internal.ValueWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Encodes documents to BSON on the calling thread.
 *
 * <p>Laws: the bytes of a document are exactly those the MongoDB driver's codecs write for the same values in the same
 * order (UUIDs in the standard representation); {@code RawBsonDocument} over them decodes to the same values. The one
 * refusal: a string with an unpaired surrogate, which the driver would write as invalid UTF-8 that reads back
 * altered. A batch is written into one array allocated once, at the size learned from earlier batches of the same
 * layout; capacity is checked once per document against its bound, never per byte. Thread-safe.
 */
public final class DocumentEncoder {

    /** The server's default maximum document size: 16 MiB. */
    public static final int MAX_DOCUMENT_SIZE = 16 * 1024 * 1024;

    private final SizeHistory history = new SizeHistory();

    /** Creates an encoder. */
    public DocumentEncoder() {
        // the size history starts empty
    }

    /**
     * Encodes one document.
     *
     * @param document the document
     * @return its bytes, in an array of exactly its size
     * @throws UnencodableValueException if a string holds an unpaired surrogate (position 0)
     */
    public byte[] encode(DocumentValue document) {
        BsonSink sink = new BsonSink((int) Math.min(Integer.MAX_VALUE - 16L, SizeBounds.document(document)));
        write(sink, document, 0);
        return Arrays.copyOf(sink.buffer(), sink.position());
    }

    private static void write(BsonSink sink, DocumentValue document, int position) {
        try {
            ValueWriter.writeDocument(sink, document);
        } catch (EncodingFailure failure) {
            throw new UnencodableValueException(position, failure.path(), failure.expected(), failure.found());
        }
    }

    /**
     * Encodes a range of documents, back to back in one array.
     *
     * @param documents the documents
     * @param from first position, inclusive
     * @param to end, exclusive
     * @return the encoded range
     * @throws UnencodableValueException for the first document holding a string with an unpaired surrogate, with its
     *                                   position in {@code documents}
     */
    public EncodedBatch encode(List<DocumentValue> documents, int from, int to) {
        Objects.checkFromToIndex(from, to, documents.size());
        long[] bounds = new long[documents.size()];
        for (int i = from; i < to; i++) {
            bounds[i] = SizeBounds.document(documents.get(i));
        }
        return encode(documents, from, to, bounds);
    }

    /**
     * Encodes a range of documents whose size bounds are known (from {@link #checkedSizeBounds}), back to back in one
     * array allocated once: at the size learned from earlier batches of the same layout, growing only if this batch
     * is unusually large.
     *
     * @param documents the documents
     * @param from first position, inclusive
     * @param to end, exclusive
     * @param sizeBounds a bound of each document's size, indexed like {@code documents}
     * @return the encoded range
     * @throws UnencodableValueException for the first document holding a string with an unpaired surrogate
     */
    public EncodedBatch encode(List<DocumentValue> documents, int from, int to, long[] sizeBounds) {
        Objects.checkFromToIndex(from, to, documents.size());
        if (from == to) {
            return new EncodedBatch(new byte[][] {new byte[0]}, new int[][] {new int[1]});
        }
        long bound = 0;
        for (int i = from; i < to; i++) {
            bound += sizeBounds[i];
        }
        FieldNames layout = documents.get(from).names();
        BsonSink sink = new BsonSink((int) Math.min(Integer.MAX_VALUE - 16L,
                history.capacityFor(layout, to - from, bound)));
        int[] offsets = new int[to - from + 1];
        for (int i = from; i < to; i++) {
            sink.ensureCapacity(sizeBounds[i]);
            write(sink, documents.get(i), i);
            offsets[i - from + 1] = sink.position();
        }
        history.record(layout, to - from, sink.position());
        return new EncodedBatch(new byte[][] {sink.buffer()}, new int[][] {offsets});
    }

    /**
     * Starts a batch that is encoded one document at a time, as documents are extracted.
     *
     * @param expectedDocuments how many documents the batch will probably hold
     * @return a writer for the batch
     */
    public BatchWriter newBatch(int expectedDocuments) {
        return new BatchWriter(history, expectedDocuments);
    }

    /**
     * Bounds a document's encoded size cheaply: exact but for strings, counted at 3 bytes per character.
     *
     * @param document the document
     * @return bytes, at least the exact size
     */
    public long sizeBound(DocumentValue document) {
        return SizeBounds.document(document);
    }

    /**
     * Computes a document's exact encoded size, scanning its strings; for the rare document whose bound exceeds a
     * limit.
     *
     * @param document the document
     * @return bytes
     */
    public long exactSize(DocumentValue document) {
        return SizeBounds.exact(document);
    }

    /**
     * Bounds the encoded size of every document and refuses a batch with a document larger than a limit, before
     * anything of it is written anywhere. Only a document whose bound exceeds the limit has its exact size computed.
     *
     * @param documents the documents
     * @param limit the largest size accepted, in bytes
     * @param entityType the entity type, named in the error
     * @return an upper bound of each document's size, in batch order, for planning batches and buffers
     * @throws DocumentTooLargeException for the first document over the limit; nothing was written
     */
    public long[] checkedSizeBounds(List<DocumentValue> documents, long limit, Class<?> entityType) {
        long[] bounds = new long[documents.size()];
        int position = 0;
        for (DocumentValue document : documents) {
            long bound = SizeBounds.document(document);
            if (bound > limit) {
                long exact = SizeBounds.exact(document);
                if (exact > limit) {
                    throw new DocumentTooLargeException(entityType, position, exact, limit);
                }
                bound = exact;
            }
            bounds[position++] = bound;
        }
        return bounds;
    }
}
