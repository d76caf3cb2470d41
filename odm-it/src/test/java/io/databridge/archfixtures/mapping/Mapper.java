package io.databridge.archfixtures.mapping;

import io.databridge.archfixtures.api.value.ExtractedValue;
import io.databridge.archfixtures.api.value.TextValue;
import io.databridge.archfixtures.mapping.internal.Reflector;

/** A well-formed mapper: the api, its own internals and the JDK. */
public final class Mapper {

    private final Reflector reflector = new Reflector();

    /** A mapper. */
    public Mapper() {}

    /**
     * Extracts an entity.
     *
     * @param entity the entity
     * @return its value
     */
    public ExtractedValue extract(Object entity) {
        return new TextValue(reflector.describe(entity));
    }
}
