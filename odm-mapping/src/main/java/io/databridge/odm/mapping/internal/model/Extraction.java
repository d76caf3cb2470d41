package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.spi.ObjectIdGenerator;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.mapping.config.TemporalPrecision;
import java.util.Arrays;

/**
 * The state of one extraction call (one entity or one batch), on one thread: the settings it runs under, whether the
 * current entity received a generated id, and the objects being extracted along the current path of a recursive type
 * (to detect cycles). Not thread-safe; never shared.
 */
public final class Extraction {

    /** Deepest nesting of documents and arrays the server stores. */
    public static final int MAX_DEPTH = 100;

    private final ObjectIdGenerator idGenerator;
    private final boolean truncateTemporals;
    private boolean idGenerated;
    private Object[] path = new Object[8];
    private int depth;

    /**
     * Starts an extraction.
     *
     * @param idGenerator where generated ids come from
     * @param temporalPrecision what to do with sub-millisecond time values
     */
    public Extraction(ObjectIdGenerator idGenerator, TemporalPrecision temporalPrecision) {
        this.idGenerator = idGenerator;
        this.truncateTemporals = temporalPrecision == TemporalPrecision.TRUNCATE_TO_MILLIS;
    }

    /**
     * Makes a new id for the current entity and remembers that it did.
     *
     * @return the id
     */
    public ObjectIdValue generateId() {
        idGenerated = true;
        return idGenerator.next();
    }

    /**
     * Tells whether the entity extracted last received a generated id, and resets the flag for the next one.
     *
     * @return {@code true} if {@link #generateId()} was called since the last call
     */
    public boolean takeIdGenerated() {
        boolean generated = idGenerated;
        idGenerated = false;
        return generated;
    }

    /**
     * Tells whether sub-millisecond time values are truncated rather than refused.
     *
     * @return {@code true} to truncate
     */
    public boolean truncateTemporals() {
        return truncateTemporals;
    }

    /**
     * Enters an object of a recursive type: fails if it is already being extracted further up (a cycle) or if the
     * nesting is deeper than the server stores.
     *
     * @param value the object about to be extracted
     * @throws ExtractionFailure on a cycle or excessive depth
     */
    public void enter(Object value) {
        for (int i = 0; i < depth; i++) {
            if (path[i] == value) {
                throw new ExtractionFailure("an acyclic object graph",
                        "a reference back to an enclosing " + value.getClass().getName() + " (a cycle)");
            }
        }
        if (depth == MAX_DEPTH) {
            throw new ExtractionFailure("at most " + MAX_DEPTH + " levels of nested documents",
                    "a deeper nesting of " + value.getClass().getName());
        }
        if (depth == path.length) {
            path = Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = value;
    }

    /** Leaves the object entered last. */
    public void exit() {
        path[--depth] = null;
    }
}
