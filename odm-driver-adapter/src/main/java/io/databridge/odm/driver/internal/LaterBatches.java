package io.databridge.odm.driver.internal;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.BatchEncoder;
import io.databridge.odm.codec.EncodedBatch;
import io.databridge.odm.codec.UnencodableValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Encodes the wire batches after the first, in order, on one background thread, while the caller's thread has the
 * earlier batches on the wire: the encoding hides behind the round trips, and the caller never waits for a hand-off
 * to send. One wake-up per insert, not one per batch. Each batch's value trees are released once it is encoded.
 */
final class LaterBatches {

    private final List<BatchPlan.Range> ranges;
    private final List<CompletableFuture<EncodedBatch>> encoded;
    private volatile boolean stopped;

    private LaterBatches(List<BatchPlan.Range> ranges) {
        this.ranges = ranges;
        this.encoded = new ArrayList<>(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            encoded.add(new CompletableFuture<>());
        }
    }

    /**
     * Starts encoding.
     *
     * @param documents the batch's documents by position; the trees of later batches, released as they are encoded
     * @param sizeBounds their size bounds by position
     * @param ranges the later wire batches, in order
     * @param encoder the encoder
     * @param executor where the background thread comes from
     * @return the batches being encoded
     */
    static LaterBatches start(DocumentValue[] documents, long[] sizeBounds, List<BatchPlan.Range> ranges,
            BatchEncoder encoder, Executor executor) {
        LaterBatches later = new LaterBatches(ranges);
        List<DocumentValue> view = Arrays.asList(documents);
        executor.execute(() -> later.encodeAll(view, documents, sizeBounds, encoder));
        return later;
    }

    private void encodeAll(List<DocumentValue> view, DocumentValue[] documents, long[] sizeBounds,
            BatchEncoder encoder) {
        for (int i = 0; i < ranges.size(); i++) {
            CompletableFuture<EncodedBatch> batch = encoded.get(i);
            if (stopped) {
                batch.cancel(false);
                continue;
            }
            BatchPlan.Range range = ranges.get(i);
            try {
                batch.complete(encoder.encode(view, range.from(), range.to(), sizeBounds));
            } catch (RuntimeException | Error failure) {
                batch.completeExceptionally(failure);
            } finally {
                Arrays.fill(documents, range.from(), range.to(), null);
            }
        }
    }

    /**
     * Returns the later batches.
     *
     * @return their ranges, in order
     */
    List<BatchPlan.Range> ranges() {
        return ranges;
    }

    /**
     * Waits for a batch's bytes.
     *
     * @param index the batch's index among the later batches
     * @return its bytes
     * @throws UnencodableValueException if a value of the batch was refused
     */
    EncodedBatch await(int index) {
        try {
            return encoded.get(index).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        } catch (CancellationException cancelled) {
            throw new IllegalStateException("batch " + index + " was not encoded: the insert stopped", cancelled);
        }
    }

    /** Stops encoding batches not yet started; idempotent. */
    void stop() {
        stopped = true;
    }
}
