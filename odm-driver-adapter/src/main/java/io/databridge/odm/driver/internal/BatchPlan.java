package io.databridge.odm.driver.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a batch into wire batches: each at most the server's documents per command and about a target number of
 * bytes, so the next one can be encoded while the previous one is on the wire. A single document larger than the
 * byte target gets a wire batch of its own.
 */
final class BatchPlan {

    private BatchPlan() {
    }

    /**
     * Plans wire batches.
     *
     * @param sizeBounds an upper bound of each document's encoded size
     * @param maxCount the most documents per wire batch
     * @param targetBytes the byte size to stop adding documents at
     * @return consecutive {@code [from, to)} ranges covering every position
     */
    static List<Range> of(long[] sizeBounds, int maxCount, long targetBytes) {
        return of(sizeBounds, 0, sizeBounds.length, maxCount, targetBytes);
    }

    /**
     * Plans wire batches over part of a batch.
     *
     * @param sizeBounds an upper bound of each document's encoded size, indexed by position
     * @param start the first position to plan, inclusive
     * @param end the end, exclusive
     * @param maxCount the most documents per wire batch
     * @param targetBytes the byte size to stop adding documents at
     * @return consecutive {@code [from, to)} ranges covering {@code [start, end)}
     */
    static List<Range> of(long[] sizeBounds, int start, int end, int maxCount, long targetBytes) {
        List<Range> ranges = new ArrayList<>();
        int from = start;
        long bytes = 0;
        for (int i = start; i < end; i++) {
            if (i > from && (i - from == maxCount || bytes + sizeBounds[i] > targetBytes)) {
                ranges.add(new Range(from, i));
                from = i;
                bytes = 0;
            }
            bytes += sizeBounds[i];
        }
        if (from < end) {
            ranges.add(new Range(from, end));
        }
        return ranges;
    }

    /**
     * Consecutive positions.
     *
     * @param from first, inclusive
     * @param to end, exclusive
     */
    record Range(int from, int to) {
        int count() {
            return to - from;
        }
    }
}
