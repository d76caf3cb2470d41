package io.databridge.odm.codec.internal;

import io.databridge.odm.api.value.FieldNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The average encoded size of documents per layout, learned from the batches encoded so far, so that a batch's
 * buffer is allocated once at about its real size instead of at the (up to 3x larger) string bound. Thread-safe;
 * updates race benignly (an average is an estimate). Keeps at most {@value #MAX_LAYOUTS} layouts.
 */
public final class SizeHistory {

    private static final int MAX_LAYOUTS = 1_024;
    private static final double HEADROOM = 1.15;

    private final Map<FieldNames, Long> averages = new ConcurrentHashMap<>();

    /**
     * Estimates the bytes a batch needs.
     *
     * @param layout the layout of the batch's documents
     * @param documents how many
     * @param bound the sum of their size bounds, the most they can need
     * @return a capacity: the learned average with headroom, never above the bound
     */
    public long capacityFor(FieldNames layout, int documents, long bound) {
        Long average = averages.get(layout);
        return average == null ? bound : Math.min(bound, (long) (average * documents * HEADROOM) + 64);
    }

    /**
     * Records what a batch took.
     *
     * @param layout the layout of the batch's documents
     * @param documents how many
     * @param bytes their total encoded size
     */
    public void record(FieldNames layout, int documents, long bytes) {
        if (documents == 0) {
            return;
        }
        if (averages.size() >= MAX_LAYOUTS && !averages.containsKey(layout)) {
            averages.clear();
        }
        long average = bytes / documents;
        averages.merge(layout, average, (old, now) -> (old * 3 + now) / 4);
    }
}
