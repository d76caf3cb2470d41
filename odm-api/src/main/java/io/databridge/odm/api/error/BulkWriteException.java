package io.databridge.odm.api.error;

import io.databridge.odm.api.result.WriteReport;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
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
        this("Bulk insert", entityType, collection, report, ids, entities);
    }

    /**
     * Creates the error of any bulk write.
     *
     * @param operation what was run, e.g. {@code "saveAll"} or {@code "Bulk write"}
     * @param entityType the entity type being stored
     * @param collection the collection written to
     * @param report what happened per position; conflicts of versioned operations are failed positions with code
     *               {@link io.databridge.odm.api.result.WriteError#VERSION_CONFLICT_CODE}
     * @param ids the id of every position; {@code null} where an operation has none (an update by filter)
     * @param entities the entity of every position as it would be stored; {@code null} where there is none
     */
    public BulkWriteException(String operation, Class<?> entityType, String collection, WriteReport report,
            List<?> ids, List<?> entities) {
        super(operation + " of " + entityType.getName() + " into '" + collection + "' incomplete: "
                + report.describe());
        this.entityType = entityType;
        this.collection = collection;
        this.report = report;
        this.ids = Collections.unmodifiableList(new ArrayList<>(ids));
        this.entities = Collections.unmodifiableList(new ArrayList<>(entities));
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
