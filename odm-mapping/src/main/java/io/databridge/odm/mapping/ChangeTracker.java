package io.databridge.odm.mapping;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of the entities a change-tracking repository view read or saved last, by {@code _id}, so that its
 * {@code save} can send only what changed. Bounded: beyond its capacity the least recently used snapshot is dropped
 * (its entity is then saved whole). Thread-safe.
 */
final class ChangeTracker {

    /**
     * One remembered document.
     *
     * @param version its stored version (0 for an unversioned type)
     * @param document the document as stored
     */
    record Snapshot(long version, DocumentValue document) {
    }

    private final @Nullable String versionName;
    private final Map<ExtractedValue, Snapshot> snapshots;

    ChangeTracker(int capacity, @Nullable String versionName) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.versionName = versionName;
        this.snapshots = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<ExtractedValue, Snapshot> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers a document as stored (read, or just written). */
    void remember(DocumentValue document) {
        ExtractedValue id = document.get("_id");
        if (id == null) {
            return;
        }
        long version = versionName == null ? 0 : switch (document.get(versionName)) {
            case Int64Value number -> number.value();
            case Int32Value number -> number.value();
            case null, default -> -1;
        };
        synchronized (snapshots) {
            snapshots.put(id, new Snapshot(version, document));
        }
    }

    @Nullable Snapshot get(ExtractedValue id) {
        synchronized (snapshots) {
            return snapshots.get(id);
        }
    }

    void forget(ExtractedValue id) {
        synchronized (snapshots) {
            snapshots.remove(id);
        }
    }

    int size() {
        synchronized (snapshots) {
            return snapshots.size();
        }
    }
}
