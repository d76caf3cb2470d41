package io.databridge.odm.codec.internal;

import io.databridge.odm.api.value.FieldPath;
import java.io.Serial;
import java.util.ArrayDeque;
import java.util.Deque;

/** Bytes that are not valid BSON, found while decoding; enclosing levels add their path segment on the way out. */
public final class DecodingFailure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final transient Deque<String> segments = new ArrayDeque<>();

    DecodingFailure(String problem) {
        super(null, null, false, false);
        this.problem = problem;
    }

    DecodingFailure at(String segment) {
        segments.addFirst(segment);
        return this;
    }

    /**
     * Returns where in the document the problem is.
     *
     * @return the path, empty for the document itself
     */
    public String path() {
        return FieldPath.render(segments);
    }

    /**
     * Returns what is wrong with the bytes.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
