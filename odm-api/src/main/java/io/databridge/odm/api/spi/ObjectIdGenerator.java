package io.databridge.odm.api.spi;

import io.databridge.odm.api.value.ObjectIdValue;

/**
 * Makes new ObjectIds for entities stored without an id. Generation happens client-side, when an entity is extracted,
 * so the id is known before anything is written and a retry writes the same id again.
 *
 * <p>Implementations are thread-safe and never return the same id twice within a process.
 */
@FunctionalInterface
public interface ObjectIdGenerator {

    /**
     * Makes a new ObjectId.
     *
     * @return a new id, never {@code null}
     */
    ObjectIdValue next();
}
