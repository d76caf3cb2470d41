package io.databridge.archfixtures.driver;

import io.databridge.archfixtures.mapping.internal.Reflector;

/**
 * Breaks the rule on internal packages, and only that rule: the driver adapter may use the mapping, but not the
 * mapping's internals.
 */
public final class StoreUsingMappingInternals {

    private final Reflector reflector = new Reflector();

    /** A store. */
    public StoreUsingMappingInternals() {}

    /**
     * Describes an entity with the mapping's internal helper.
     *
     * @param entity the entity
     * @return the description
     */
    public String describe(Object entity) {
        return reflector.describe(entity);
    }
}
