package io.databridge.odm.api.result;

import io.databridge.odm.api.value.ExtractedValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of a bulk write of mixed operations: per position (done, failed, not attempted, unknown) and in totals.
 *
 * <p>{@link #unmatched()} lists, exactly, the operations that were required to match a document (versioned replaces
 * and deletes) and matched none: conflicts, which {@link #positions()} counts as done because the server refused
 * nothing. Immutable.
 *
 * @param positions what happened per position, as for inserts
 * @param inserted documents inserted (not counting upserts)
 * @param matched documents matched by replaces and updates
 * @param modified documents changed by replaces and updates
 * @param deleted documents deleted
 * @param upserted the {@code _id} each upserting operation inserted, by position; copied
 * @param unmatched the positions of must-match operations that matched nothing, ascending; copied
 */
public record BulkWriteReport(WriteReport positions, long inserted, long matched, long modified, long deleted,
        Map<Integer, ExtractedValue> upserted, List<Integer> unmatched) {

    /**
     * Validates and copies.
     *
     * @param positions not null
     * @param inserted not negative
     * @param matched not negative
     * @param modified not negative
     * @param deleted not negative
     * @param upserted not null
     * @param unmatched not null
     */
    public BulkWriteReport {
        Objects.requireNonNull(positions, "positions");
        if (inserted < 0 || matched < 0 || modified < 0 || deleted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        upserted = Map.copyOf(new TreeMap<>(upserted));
        unmatched = unmatched.stream().sorted().toList();
    }

    /**
     * Tells whether every operation was done and every must-match operation matched.
     *
     * @return {@code true} if nothing failed, was skipped, is in doubt or conflicted
     */
    public boolean isComplete() {
        return positions.isComplete() && unmatched.isEmpty();
    }
}
