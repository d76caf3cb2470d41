package io.databridge.odm.mapping.internal.query;

import io.databridge.odm.mapping.internal.model.CollectionMapper;
import io.databridge.odm.mapping.internal.model.OptionalMapper;
import io.databridge.odm.mapping.internal.model.ValueMapper;

/**
 * A Java path resolved against a model.
 *
 * @param javaPath the path as written
 * @param storedPath the stored path, dot-separated
 * @param mapper the mapper of the field the path ends at (as declared)
 */
record ResolvedPath(String javaPath, String storedPath, ValueMapper mapper) {

    /** The mapper of the value the field holds, an {@code Optional} unwrapped. */
    ValueMapper valueMapper() {
        return mapper instanceof OptionalMapper optional ? optional.content() : mapper;
    }

    /** Whether the field is an array (a collection). */
    boolean array() {
        return valueMapper() instanceof CollectionMapper;
    }

    /** The mapper of one element of an array field. */
    ValueMapper elementMapper() {
        return ((CollectionMapper) valueMapper()).elements();
    }
}
