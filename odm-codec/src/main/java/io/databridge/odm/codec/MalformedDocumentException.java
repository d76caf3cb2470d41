package io.databridge.odm.codec;

import java.io.Serial;

/**
 * Bytes that are not a valid BSON document: a length that does not fit, a missing terminator, an unknown type byte,
 * invalid UTF-8, a boolean other than 0 or 1, a repeated field name. Carries where in the document and what is wrong,
 * and, from a {@link BatchDecoder}, the document's position in the batch; the caller adds the collection and document
 * id. Cheap to throw (no stack trace).
 */
public final class MalformedDocumentException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final int position;

    MalformedDocumentException(String path, String problem) {
        this(path, problem, -1);
    }

    private MalformedDocumentException(String path, String problem, int position) {
        super("malformed BSON" + (position < 0 ? "" : " in document " + position + " of the batch")
                + (path.isEmpty() ? "" : " at " + path) + ": expected " + problem, null, false, false);
        this.path = path;
        this.problem = problem;
        this.position = position;
    }

    /** The same failure, of the document at a position in a batch. */
    MalformedDocumentException inBatchAt(int batchPosition) {
        return new MalformedDocumentException(path, problem, batchPosition);
    }

    /**
     * Returns the malformed document's position in its batch.
     *
     * @return from 0, or -1 when it was decoded alone
     */
    public int position() {
        return position;
    }

    /**
     * Returns where in the document the problem is.
     *
     * @return the field path, empty for the document itself
     */
    public String path() {
        return path;
    }

    /**
     * Returns what the bytes should have been.
     *
     * @return the expectation, with what was found
     */
    public String problem() {
        return problem;
    }
}
