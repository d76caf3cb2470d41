package io.databridge.odm.codec.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The worker threads of a batch encoder or decoder: a fixed pool of daemon threads named
 * {@code databridge-<role>-<pool>-<thread>}, started on first use and stopped by {@link #close()}, after which it
 * refuses work. Thread-safe.
 */
public final class LazyWorkers implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String role;
    private final int threads;
    private final Object lock = new Object();
    private @Nullable ExecutorService pool;
    private boolean closed;

    /**
     * Describes a pool; no thread starts yet.
     *
     * @param role what the threads do, in their names and errors: {@code "encoder"}, {@code "decoder"}
     * @param threads how many, at least 1
     */
    public LazyWorkers(String role, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a pool needs at least one thread: " + threads);
        }
        this.role = role;
        this.threads = threads;
    }

    /**
     * Returns the pool, starting it on the first call.
     *
     * @return the executor
     * @throws IllegalStateException once closed
     */
    public ExecutorService get() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the batch " + role + " is closed");
            }
            if (pool == null) {
                int number = POOLS.incrementAndGet();
                AtomicInteger count = new AtomicInteger();
                pool = Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, "databridge-" + role + "-" + number + "-"
                            + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return pool;
        }
    }

    /**
     * Waits for a part of a batch and rethrows its failure as thrown, not wrapped.
     *
     * @param part the part run on a worker
     * @param <T> its result type
     * @return its result
     */
    public static <T> T join(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Stops the threads once their tasks are done. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (pool != null) {
                pool.shutdown();
            }
        }
    }
}
