package io.databridge.odm.api;

import java.util.Objects;

/**
 * One inserted entity.
 *
 * @param id the stored id: the entity's own, or the one generated for it
 * @param entity the entity as stored: for a record whose id was generated, a copy holding that id (records stay
 *               immutable); otherwise the entity itself
 * @param <T> the entity type
 * @param <ID> the id type
 */
public record Inserted<T, ID>(ID id, T entity) {

    /**
     * Creates the result.
     *
     * @param id the id, must not be {@code null}
     * @param entity the entity, must not be {@code null}
     */
    public Inserted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
    }
}
