package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.FieldPath;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that cannot be stored, found during extraction. Cheap to throw (no stack trace): each enclosing level adds
 * its path segment on the way out, so the happy path never builds a path. The repository turns it into an
 * {@link io.databridge.odm.api.error.InvalidEntityException}.
 */
public final class ExtractionFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String found;
    private final transient Deque<String> segments = new ArrayDeque<>();

    /**
     * Creates a failure at the innermost level.
     *
     * @param expected what a storable value looks like
     * @param found what was there
     */
    public ExtractionFailure(String expected, String found) {
        super(null, null, false, false);
        this.expected = expected;
        this.found = found;
    }

    /**
     * Adds the segment of an enclosing level.
     *
     * @param segment a property name, or an index or key in brackets
     * @return this failure
     */
    public ExtractionFailure at(String segment) {
        segments.addFirst(segment);
        return this;
    }

    /**
     * Returns the path from the entity, e.g. {@code lines[3].price}.
     *
     * @return the path, empty for the entity itself
     */
    public String path() {
        return FieldPath.render(segments);
    }

    /**
     * Returns what was expected.
     *
     * @return the description
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns what was found.
     *
     * @return the description
     */
    public String found() {
        return found;
    }

    @Override
    public String getMessage() {
        return "at '" + path() + "': expected " + expected + "; found " + found;
    }
}
