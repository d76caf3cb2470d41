package io.databridge.odm.api.error;

import io.databridge.odm.api.index.IndexDifference;
import java.io.Serial;
import java.util.List;

/**
 * A declared index differs from an existing index with its name or its keys, so
 * {@link io.databridge.odm.api.Repository#ensureIndexes()} cannot create it: the server would refuse, and nothing
 * ever drops an index on its own. Raised before anything is created: no index was created. Drop or rename the existing
 * index (a migration's job), or change the declaration.
 */
public final class IndexConflictException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String collection;
    private final transient List<IndexDifference> conflicts;

    /**
     * Creates the error.
     *
     * @param entityType the entity type whose indexes were ensured
     * @param collection the collection
     * @param conflicts the {@link IndexDifference.Kind#CHANGED} differences, at least one
     */
    public IndexConflictException(Class<?> entityType, String collection, List<IndexDifference> conflicts) {
        super(message(entityType, collection, conflicts));
        this.entityType = entityType;
        this.collection = collection;
        this.conflicts = List.copyOf(conflicts);
    }

    private static String message(Class<?> entityType, String collection, List<IndexDifference> conflicts) {
        StringBuilder text = new StringBuilder("Cannot ensure the indexes of ").append(entityType.getName())
                .append(" in '").append(collection).append("': ").append(conflicts.size())
                .append(conflicts.size() == 1 ? " declared index differs" : " declared indexes differ")
                .append(" from an existing index with the same name or keys; nothing was created (drop or rename the"
                        + " existing index, or change the declaration)");
        for (IndexDifference conflict : conflicts) {
            text.append(System.lineSeparator()).append("  - ").append(conflict.describe());
        }
        return text.toString();
    }

    /**
     * Returns the entity type.
     *
     * @return the type whose indexes were ensured
     */
    public Class<?> entityType() {
        return entityType;
    }

    /**
     * Returns the collection.
     *
     * @return the collection name
     */
    public String collection() {
        return collection;
    }

    /**
     * Returns the conflicts.
     *
     * @return the changed indexes, at least one
     */
    public List<IndexDifference> conflicts() {
        return conflicts;
    }
}
