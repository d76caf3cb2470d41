package io.databridge.odm.api;

import io.databridge.odm.api.error.BulkWriteException;
import io.databridge.odm.api.result.WriteReport;
import java.util.List;
import java.util.Objects;

/**
 * A bulk insert that did not write every document, as a value.
 *
 * @param entityType the entity type
 * @param collection the collection written to
 * @param report what happened per position
 * @param ids the id of every position, generated ones included, so a retry can reuse them
 * @param entities every entity with its id filled in, in batch order
 * @param <T> the entity type
 * @param <ID> the id type
 */
public record BulkInsertFailure<T, ID>(Class<T> entityType, String collection, WriteReport report, List<ID> ids,
        List<T> entities) {

    /**
     * Creates the failure.
     *
     * @param entityType the entity type, must not be {@code null}
     * @param collection the collection, must not be {@code null}
     * @param report the report, must not be {@code null}
     * @param ids the ids; copied
     * @param entities the entities; copied
     */
    public BulkInsertFailure {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(report, "report");
        ids = List.copyOf(ids);
        entities = List.copyOf(entities);
    }

    /**
     * Turns the failure into the exception {@link Repository#insertAll} throws.
     *
     * @return the exception, carrying this failure's report, ids and entities
     */
    public BulkWriteException toException() {
        return new BulkWriteException(entityType, collection, report, ids, entities);
    }
}
