package io.databridge.odm.api.result;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server's refusal of one document.
 *
 * @param position the document's position in the caller's batch (not in the server's internal batch)
 * @param code the server's error code (11000 for a duplicate key)
 * @param message the server's message
 * @param duplicateKey the collision, for a duplicate-key error; {@code null} otherwise
 */
public record WriteError(int position, int code, String message, @Nullable DuplicateKey duplicateKey) {

    /** The server's error code for a duplicate key. */
    public static final int DUPLICATE_KEY_CODE = 11000;

    /**
     * The code of a versioned operation's conflict, found on the client (the server refused nothing: the document had
     * another version, or was gone). Negative, so no server code can be mistaken for it.
     */
    public static final int VERSION_CONFLICT_CODE = -1;

    /**
     * Creates a write error.
     *
     * @param position the position, not negative
     * @param code the error code
     * @param message the message, must not be {@code null}
     * @param duplicateKey the collision, or {@code null}
     */
    public WriteError {
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the collision of a duplicate-key error.
     *
     * @return the duplicate key, or empty for other errors
     */
    public Optional<DuplicateKey> duplicate() {
        return Optional.ofNullable(duplicateKey);
    }

    /**
     * Describes the error in one line.
     *
     * @return e.g. {@code position 3: duplicate key { _id: "A-1" } on index _id_ (E11000)}
     */
    public String describe() {
        if (duplicateKey != null) {
            return "position " + position + ": duplicate key " + duplicateKey.key() + " on index "
                    + duplicateKey.indexName() + " (code " + code + ")";
        }
        return "position " + position + ": " + message + " (code " + code + ")";
    }
}
