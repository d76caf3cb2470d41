package io.databridge.odm.api.error;

import java.io.Serial;

/**
 * A query, sort or projection does not fit the entity type: an unknown field path (the message lists the known
 * fields), a value of the wrong type for the field, or an operator the field's type does not support. Raised when the
 * query is built, before anything is sent.
 */
public final class InvalidQueryException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String path;

    /**
     * Creates the error.
     *
     * @param entityType the entity type queried
     * @param path the field path as written in the query
     * @param problem what is wrong and what would be accepted
     */
    public InvalidQueryException(Class<?> entityType, String path, String problem) {
        super("Invalid query on " + entityType.getName() + (path.isEmpty() ? "" : ", path '" + path + "'") + ": "
                + problem);
        this.entityType = entityType;
        this.path = path;
    }

    /**
     * Returns the entity type.
     *
     * @return the type queried
     */
    public Class<?> entityType() {
        return entityType;
    }

    /**
     * Returns the path.
     *
     * @return the path as written
     */
    public String path() {
        return path;
    }
}
