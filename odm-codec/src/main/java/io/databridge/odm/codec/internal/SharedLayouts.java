package io.databridge.odm.codec.internal;

import io.databridge.odm.api.value.FieldNames;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field layouts that the decoders of one batch decoder have met, shared across threads and batches, so documents
 * of one shape carry one {@link FieldNames} instance however many threads decode them; readers that cache work per
 * layout instance (the mapping's slot maps) then hit their cache on every document. Bounded: once
 * {@link #CAPACITY} layouts are known (documents with data-dependent keys, such as stored maps), new layouts are
 * returned without being kept. Thread-safe.
 */
public final class SharedLayouts {

    /** How many distinct layouts are kept. */
    public static final int CAPACITY = 4_096;

    private final ConcurrentHashMap<FieldNames, FieldNames> known = new ConcurrentHashMap<>();

    /** Creates an empty set of layouts. */
    public SharedLayouts() {
        // filled as documents are decoded
    }

    /**
     * Returns the known layout equal to this one, remembering it if it is new and there is room.
     *
     * @param layout a layout just read
     * @return the shared instance with the same names, or {@code layout} itself
     */
    public FieldNames intern(FieldNames layout) {
        FieldNames shared = known.get(layout);
        if (shared != null) {
            return shared;
        }
        if (known.size() >= CAPACITY) {
            return layout;
        }
        shared = known.putIfAbsent(layout, layout);
        return shared != null ? shared : layout;
    }
}
