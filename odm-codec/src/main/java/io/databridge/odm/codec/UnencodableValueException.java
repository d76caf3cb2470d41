package io.databridge.odm.codec;

import java.io.Serial;

/**
 * A value the encoder refuses to write because it would not read back the same: today only a string that is not
 * valid UTF-16 (an unpaired surrogate), which the BSON library would write as invalid UTF-8 and every reader would
 * decode as U+FFFD. Carries the position in the batch and the field path; cheap to throw (no stack trace).
 */
public final class UnencodableValueException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String path;
    private final String expected;
    private final String found;

    UnencodableValueException(int position, String path, String expected, String found) {
        super(null, null, false, false);
        this.position = position;
        this.path = path;
        this.expected = expected;
        this.found = found;
    }

    /**
     * Returns the document's position in the batch being encoded.
     *
     * @return the position
     */
    public int position() {
        return position;
    }

    /**
     * Returns the field path inside the document, e.g. {@code lines[2].name}.
     *
     * @return the path
     */
    public String path() {
        return path;
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
     * @return the offending value's description
     */
    public String found() {
        return found;
    }

    @Override
    public String getMessage() {
        return "position " + position + ", field " + path + ": expected " + expected + "; found " + found;
    }
}
