package io.databridge.odm.api;

import java.util.List;

/**
 * A {@code saveAll} in which every entity was stored.
 *
 * @param ids the id of every entity, in the order given
 * @param entities every entity as stored, in the order given: with its next version (copies for records) and any
 *                 generated id
 * @param inserted how many were new and inserted
 * @param replaced how many were stored before and replaced
 * @param <T> the entity type
 * @param <ID> the id type
 */
public record SaveResult<T, ID>(List<ID> ids, List<T> entities, int inserted, int replaced) {

    /**
     * Copies and checks.
     *
     * @param ids the ids; copied
     * @param entities as many entities as ids; copied
     * @param inserted not negative
     * @param replaced not negative; with {@code inserted}, the number of entities
     */
    public SaveResult {
        ids = List.copyOf(ids);
        entities = List.copyOf(entities);
        if (ids.size() != entities.size() || inserted < 0 || replaced < 0 || inserted + replaced != ids.size()) {
            throw new IllegalArgumentException(ids.size() + " ids, " + entities.size() + " entities, " + inserted
                    + " inserted and " + replaced + " replaced do not add up");
        }
    }
}
