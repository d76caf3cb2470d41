package io.databridge.odm.codec;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.internal.LazyWorkers;
import io.databridge.odm.codec.internal.SizeBounds;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Encodes batches, in parallel once a batch reaches {@link EncodingSettings#parallelThreshold()}: the batch is cut into
 * one contiguous chunk per thread, the calling thread encodes the first chunk while pool threads encode the others,
 * and the result keeps the input order. Below the threshold, or with a parallelism of 1, it is exactly the serial
 * {@link DocumentEncoder}.
 *
 * <p>The pool's threads are daemons, started on first use and stopped by {@link #close()}. Thread-safe.
 */
public final class BatchEncoder implements AutoCloseable {

    private final DocumentEncoder encoder = new DocumentEncoder();
    private final EncodingSettings settings;
    private final LazyWorkers workers;

    /**
     * Creates an encoder.
     *
     * @param settings threshold and parallelism
     */
    public BatchEncoder(EncodingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.workers = new LazyWorkers("encoder", Math.max(1, settings.parallelism() - 1));
    }

    /**
     * Returns the serial encoder underneath.
     *
     * @return the encoder
     */
    public DocumentEncoder serial() {
        return encoder;
    }

    /**
     * Encodes a range of documents, in parallel if it is large enough.
     *
     * @param documents the documents
     * @param from first position, inclusive
     * @param to end, exclusive
     * @return the encoded documents, in input order
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
     * Encodes a range of documents whose size bounds are known, in parallel if it is large enough.
     *
     * @param documents the documents
     * @param from first position, inclusive
     * @param to end, exclusive
     * @param sizeBounds a bound of each document's size, indexed like {@code documents}
     * @return the encoded documents, in input order
     * @throws UnencodableValueException for the first document holding a string with an unpaired surrogate
     */
    public EncodedBatch encode(List<DocumentValue> documents, int from, int to, long[] sizeBounds) {
        Objects.checkFromToIndex(from, to, documents.size());
        int count = to - from;
        int threads = Math.min(settings.parallelism(), Math.max(1, count / Math.max(1, settings.parallelThreshold()
                / settings.parallelism())));
        if (count < settings.parallelThreshold() || threads < 2) {
            return encoder.encode(documents, from, to, sizeBounds);
        }
        ExecutorService pool = workers.get();
        int chunk = (count + threads - 1) / threads;
        List<CompletableFuture<EncodedBatch>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            int start = from + t * chunk;
            int end = Math.min(to, start + chunk);
            others.add(CompletableFuture.supplyAsync(() -> encoder.encode(documents, start, end, sizeBounds), pool));
        }
        EncodedBatch first = encoder.encode(documents, from, Math.min(to, from + chunk), sizeBounds);
        EncodedBatch[] parts = new EncodedBatch[threads];
        parts[0] = first;
        for (int t = 1; t < threads; t++) {
            parts[t] = LazyWorkers.join(others.get(t - 1));
        }
        return EncodedBatch.concat(parts);
    }

    /** Stops the pool's threads; small batches still encode, large ones are refused. Idempotent. */
    @Override
    public void close() {
        workers.close();
    }
}
