package io.databridge.odm.api.error;

import java.io.Serial;

/**
 * An entity holds a value that cannot be stored: a map key with {@code .}, a cycle, a null entity in a batch, a decimal
 * that decimal128 cannot hold. Raised while entities are extracted, before anything is sent, so nothing was written.
 */
public final class InvalidEntityException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final int position;
    private final String path;
    private final String expected;
    private final String found;

    /**
     * Creates the error.
     *
     * @param entityType the entity type being stored
     * @param position the entity's position in its batch (0 for a single entity)
     * @param path the field path inside the entity, e.g. {@code attributes["a.b"]}; empty for the entity itself
     * @param expected what a storable value looks like
     * @param found what the entity held
     */
    public InvalidEntityException(Class<?> entityType, int position, String path, String expected, String found) {
        super("Cannot store " + entityType.getName() + " at position " + position
                + (path.isEmpty() ? "" : ", field " + path) + ": expected " + expected + "; found " + found);
        this.entityType = entityType;
        this.position = position;
        this.path = path;
        this.expected = expected;
        this.found = found;
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
     * @return the position, 0 for a single entity
     */
    public int position() {
        return position;
    }

    /**
     * Returns the field path.
     *
     * @return the path, empty for the entity itself
     */
    public String path() {
        return path;
    }

    /**
     * Returns what was expected.
     *
     * @return a description of a storable value
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns what was found.
     *
     * @return a description of the offending value
     */
    public String found() {
        return found;
    }
}
