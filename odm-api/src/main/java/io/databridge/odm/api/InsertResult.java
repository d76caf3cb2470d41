package io.databridge.odm.api;

import java.util.List;

/**
 * A bulk insert in which every document was written.
 *
 * @param ids the id of every entity, in the order given
 * @param entities every entity as stored, in the order given (copies where an id was generated for a record)
 * @param <T> the entity type
 * @param <ID> the id type
 */
public record InsertResult<T, ID>(List<ID> ids, List<T> entities) {

    /**
     * Creates the result.
     *
     * @param ids the ids; copied
     * @param entities the entities, as many as ids; copied
     */
    public InsertResult {
        ids = List.copyOf(ids);
        entities = List.copyOf(entities);
        if (ids.size() != entities.size()) {
            throw new IllegalArgumentException(ids.size() + " ids for " + entities.size() + " entities");
        }
    }

    /**
     * Returns the number of documents written.
     *
     * @return the batch size
     */
    public int insertedCount() {
        return ids.size();
    }
}
