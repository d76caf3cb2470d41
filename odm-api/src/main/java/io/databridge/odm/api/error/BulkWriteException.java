package io.databridge.odm.api.error;

import io.databridge.odm.api.result.WriteReport;
import java.io.Serial;
import java.util.List;

/**
 * A bulk write did not write every document. The {@link #report()} says, per position, what was written, what failed
 * and why, what was never attempted and what is in doubt; {@link #ids()} holds the id of every position (generated ids
 * included), so the caller can retry exactly the positions that need it with the same ids.
 */
public final class BulkWriteException extends OdmException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Class<?> entityType;
    private final String collection;
    private final transient WriteReport report;
    private final transient List<?> ids;
    private final transient List<?> entities;

    /**
     * Creates the error.
     *
     * @param entityType the entity type being stored
     * @param collection the collection written to
     * @param report what happened per position
     * @param ids the id of every position
     * @param entities every entity, with generated ids filled in
     */
    public BulkWriteException(Class<?> entityType, String collection, WriteReport report, List<?> ids,
            List<?> entities) {
        super("Bulk insert of " + entityType.getName() + " into '" + collection + "' incomplete: " + report.describe());
        this.entityType = entityType;
        this.collection = collection;
        this.report = report;
        this.ids = List.copyOf(ids);
        this.entities = List.copyOf(entities);
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
     * Returns the collection.
     *
     * @return the collection name
     */
    public String collection() {
        return collection;
    }

    /**
     * Returns what happened per position.
     *
     * @return the report
     */
    public WriteReport report() {
        return report;
    }

    /**
     * Returns the id of every position, in batch order.
     *
     * @return the ids, of the repository's id type
     */
    public List<?> ids() {
        return ids;
    }

    /**
     * Returns every entity of the batch, with generated ids filled in, in batch order.
     *
     * @return the entities
     */
    public List<?> entities() {
        return entities;
    }
}
