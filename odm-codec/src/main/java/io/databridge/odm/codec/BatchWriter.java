package io.databridge.odm.codec;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.codec.internal.BsonSink;
import io.databridge.odm.codec.internal.EncodingFailure;
import io.databridge.odm.codec.internal.SizeBounds;
import io.databridge.odm.codec.internal.SizeHistory;
import io.databridge.odm.codec.internal.ValueWriter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Encodes documents one at a time into one growing batch, so that each document can be encoded right after it is
 * extracted, while its value tree is still in the CPU cache, and no size bound has to be computed first.
 *
 * <p>The buffer starts at the size learned from earlier batches of the same layout. A document is written
 * optimistically: if it runs out of room (the array's own bounds check says so, at no cost on the normal path), the
 * buffer grows to fit the document's bound and the document is written again. Not thread-safe; one per batch.
 */
public final class BatchWriter {

    private final SizeHistory history;
    private final int expectedDocuments;
    private @Nullable BsonSink sink;
    private int[] offsets;
    private int count;
    private @Nullable FieldNames layout;
    private boolean finished;

    BatchWriter(SizeHistory history, int expectedDocuments) {
        this.history = history;
        this.expectedDocuments = Math.max(1, expectedDocuments);
        this.offsets = new int[this.expectedDocuments + 1];
    }

    /** Sizes the buffer from the first document: its layout's learned average, else its own bound. */
    private BsonSink sinkFor(DocumentValue first) {
        FieldNames firstLayout = first.names();
        layout = firstLayout;
        long bound = SizeBounds.document(first) * expectedDocuments;
        return new BsonSink((int) Math.min(Integer.MAX_VALUE - 16L,
                history.capacityFor(firstLayout, expectedDocuments, bound)));
    }

    /**
     * Encodes a document at the end of the batch.
     *
     * @param document the document
     * @param position its position in the caller's batch, for errors
     * @return its encoded size in bytes
     * @throws UnencodableValueException if it holds a string with an unpaired surrogate; the batch is unchanged
     */
    public int add(DocumentValue document, int position) {
        if (finished) {
            throw new IllegalStateException("the batch is finished");
        }
        BsonSink sink = this.sink;
        if (sink == null) {
            sink = sinkFor(document);
            this.sink = sink;
        }
        int start = sink.position();
        try {
            ValueWriter.writeDocument(sink, document);
        } catch (IndexOutOfBoundsException outOfRoom) {
            sink.reset(start);
            sink.ensureCapacity(SizeBounds.document(document));
            write(sink, document, position, start);
        } catch (EncodingFailure refused) {
            sink.reset(start);
            throw new UnencodableValueException(position, refused.path(), refused.expected(), refused.found());
        }
        if (count + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[++count] = sink.position();
        return sink.position() - start;
    }

    private static void write(BsonSink sink, DocumentValue document, int position, int start) {
        try {
            ValueWriter.writeDocument(sink, document);
        } catch (EncodingFailure refused) {
            sink.reset(start);
            throw new UnencodableValueException(position, refused.path(), refused.expected(), refused.found());
        }
    }

    /**
     * Returns the number of documents written.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the bytes written so far.
     *
     * @return the batch's encoded size
     */
    public int bytes() {
        return sink == null ? 0 : sink.position();
    }

    /**
     * Ends the batch and records its average size for the next batches of its layout.
     *
     * @return the encoded documents, in the order added
     */
    public EncodedBatch finish() {
        finished = true;
        BsonSink written = sink;
        if (written == null) {
            return new EncodedBatch(new byte[][] {new byte[0]}, new int[][] {new int[1]});
        }
        if (layout != null) {
            history.record(layout, count, written.position());
        }
        return new EncodedBatch(new byte[][] {written.buffer()}, new int[][] {Arrays.copyOf(offsets, count + 1)});
    }
}
