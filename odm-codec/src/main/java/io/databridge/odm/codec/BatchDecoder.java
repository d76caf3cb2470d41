package io.databridge.odm.codec;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.codec.internal.LazyWorkers;
import io.databridge.odm.codec.internal.SharedLayouts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Decodes a batch of documents and turns each into a result (an entity, typically), in parallel across cores once
 * the batch's bytes reach {@link DecodingSettings#parallelThresholdBytes()}: one contiguous chunk per thread, the
 * caller taking the first, results in input order. Each thread decodes and materializes its own documents, so both
 * halves of the read path run in parallel. Documents of one shape share one field layout instance across threads and
 * batches; each thread keeps one document decoder, whose recent layouts let a small batch (a {@code findById})
 * skip the layout lookup. Thread-safe; the pool's daemon threads start on first use and stop with
 * {@link #close()}.
 */
public final class BatchDecoder implements AutoCloseable {

    private final DecodingSettings settings;
    private final SharedLayouts layouts = new SharedLayouts();
    private final ThreadLocal<DocumentDecoder> decoders = ThreadLocal.withInitial(() -> new DocumentDecoder(layouts));
    private final LazyWorkers workers;

    /**
     * Creates a decoder.
     *
     * @param settings threshold and parallelism
     */
    public BatchDecoder(DecodingSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.workers = new LazyWorkers("decoder", Math.max(1, settings.parallelism() - 1));
    }

    /**
     * Decodes documents and maps each decoded document.
     *
     * @param documents where the documents lie
     * @param result turns a decoded document (and its position) into a result; must be thread-safe
     * @param <R> the result type
     * @return the results, in input order
     * @throws MalformedDocumentException for the first malformed document, with its position (of the first chunk
     *         that fails)
     * @throws RuntimeException whatever {@code result} throws
     */
    public <R> List<R> decode(List<BsonBytes> documents, PositionedFunction<R> result) {
        int count = documents.size();
        int threads = threadsFor(documents);
        Object[] results = new Object[count];
        if (threads < 2) {
            decodeRange(documents, 0, count, result, results);
        } else {
            ExecutorService pool = workers.get();
            int chunk = (count + threads - 1) / threads;
            List<CompletableFuture<Void>> others = new ArrayList<>(threads - 1);
            for (int t = 1; t < threads; t++) {
                int start = t * chunk;
                int end = Math.min(count, start + chunk);
                others.add(CompletableFuture.runAsync(() -> decodeRange(documents, start, end, result, results), pool));
            }
            decodeRange(documents, 0, Math.min(count, chunk), result, results);
            for (CompletableFuture<Void> other : others) {
                LazyWorkers.join(other);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> typed = (List<R>) Arrays.asList(results);
        return typed;
    }

    /**
     * How many threads share a batch: one below the byte threshold, then one more per threshold-sized share, at most
     * the parallelism and never more than the documents.
     */
    private int threadsFor(List<BsonBytes> documents) {
        long bytes = 0;
        for (BsonBytes document : documents) {
            bytes += document.length();
        }
        if (bytes < settings.parallelThresholdBytes()) {
            return 1;
        }
        long share = Math.max(1, settings.parallelThresholdBytes() / settings.parallelism());
        return (int) Math.min(Math.min(settings.parallelism(), documents.size()), Math.max(1, bytes / share));
    }

    private <R> void decodeRange(List<BsonBytes> documents, int from, int to, PositionedFunction<R> result,
            Object[] results) {
        DocumentDecoder decoder = decoders.get();
        for (int i = from; i < to; i++) {
            BsonBytes bytes = documents.get(i);
            DocumentValue document;
            try {
                document = decoder.decode(bytes.array(), bytes.offset(), bytes.length());
            } catch (MalformedDocumentException malformed) {
                throw malformed.inBatchAt(i);
            }
            results[i] = result.apply(i, document);
        }
    }

    /** Stops the pool's threads; small batches still decode, large ones are refused. Idempotent. */
    @Override
    public void close() {
        workers.close();
    }

    /**
     * Turns a decoded document into a result.
     *
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface PositionedFunction<R> {

        /**
         * Maps a document.
         *
         * @param position its position in the batch
         * @param document the decoded document
         * @return the result
         */
        R apply(int position, DocumentValue document);
    }
}
