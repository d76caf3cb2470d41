package io.databridge.odm.codec.internal;

import io.databridge.odm.api.value.FieldPath;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value the writer refuses, found while writing; each enclosing level adds its path segment on the way out, so the
 * happy path never builds a path. No stack trace.
 */
public final class EncodingFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String found;
    private final transient Deque<String> segments = new ArrayDeque<>();

    EncodingFailure(String expected, String found) {
        super(null, null, false, false);
        this.expected = expected;
        this.found = found;
    }

    EncodingFailure at(String segment) {
        segments.addFirst(segment);
        return this;
    }

    /**
     * Returns the path from the document, e.g. {@code lines[2].name}.
     *
     * @return the path
     */
    public String path() {
        return FieldPath.render(segments);
    }

    /**
     * Returns what a writable value looks like.
     *
     * @return the expectation
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
}
