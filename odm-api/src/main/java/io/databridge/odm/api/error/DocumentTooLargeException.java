package io.databridge.odm.api.error;

import java.io.Serial;

/**
 * An entity's document exceeds the server's maximum document size (16 MiB). Detected before anything is sent, so
 * nothing of its batch was written.
 */
public final class DocumentTooLargeException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final int position;
    private final long size;
    private final long limit;

    /**
     * Creates the error.
     *
     * @param entityType the entity type being stored
     * @param position the entity's position in its batch
     * @param size the document's size in bytes (or a lower bound of it)
     * @param limit the largest size the server accepts
     */
    public DocumentTooLargeException(Class<?> entityType, int position, long size, long limit) {
        super("Cannot store " + entityType.getName() + " at position " + position + ": its document has " + size
                + " bytes; expected at most " + limit + " bytes (the server's maximum document size)");
        this.entityType = entityType;
        this.position = position;
        this.size = size;
        this.limit = limit;
    }

    /**
     * Returns the entity type.
     *
     * @return the type being stored
     */
    public Class<?> entityType() {
        return entityType;
    }

    /**
     * Returns the entity's position in its batch.
     *
     * @return the position
     */
    public int position() {
        return position;
    }

    /**
     * Returns the document's size.
     *
     * @return bytes
     */
    public long size() {
        return size;
    }

    /**
     * Returns the limit.
     *
     * @return bytes
     */
    public long limit() {
        return limit;
    }
}
