package io.databridge.odm.api;

import io.databridge.odm.api.result.PositionStatus;
import io.databridge.odm.api.result.WriteReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a bulk write did, per position and in totals.
 *
 * <p>A position is done ({@link PositionStatus#WRITTEN}), failed (with its error; a versioned conflict is an error
 * with {@link io.databridge.odm.api.result.WriteError#VERSION_CONFLICT_CODE}), not attempted, or unknown (in flight
 * when the connection was lost). Immutable.
 *
 * @param report the outcome per position
 * @param inserted documents inserted by inserts and saves
 * @param matched documents matched by replaces and updates
 * @param modified documents changed by replaces and updates
 * @param deleted documents deleted
 * @param insertedIds the id of each insert and save that inserted, by position
 * @param upsertedIds the id of each document an upsert inserted, by position
 * @param entities the entity as stored at each insert, save and replace position that was done (next version,
 *                 generated id); {@code null} at other positions, so no copy with a new version escapes a failure
 * @param <T> the entity type
 * @param <ID> the id type
 */
public record BulkResult<T, ID>(WriteReport report, long inserted, long matched, long modified, long deleted,
        Map<Integer, ID> insertedIds, Map<Integer, ID> upsertedIds, List<T> entities) {

    /**
     * Copies.
     *
     * @param report not null
     * @param inserted not negative
     * @param matched not negative
     * @param modified not negative
     * @param deleted not negative
     * @param insertedIds copied
     * @param upsertedIds copied
     * @param entities copied; may hold nulls
     */
    public BulkResult {
        Objects.requireNonNull(report, "report");
        insertedIds = Collections.unmodifiableMap(new TreeMap<>(insertedIds));
        upsertedIds = Collections.unmodifiableMap(new TreeMap<>(upsertedIds));
        entities = Collections.unmodifiableList(new ArrayList<>(entities));
    }

    /**
     * Tells whether every operation was done.
     *
     * @return {@code true} if nothing failed, conflicted, was skipped or is in doubt
     */
    public boolean isComplete() {
        return report.isComplete();
    }

    /**
     * Returns what happened to one operation.
     *
     * @param position from 0 to the number of operations - 1
     * @return its status
     */
    public PositionStatus status(int position) {
        return report.status(position);
    }

    /**
     * Returns the entity as stored by an insert, save or replace.
     *
     * @param position the operation's position
     * @return the entity with its next version, or empty for other operations
     */
    public Optional<T> stored(int position) {
        return Optional.ofNullable(entities.get(position));
    }
}
