package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.mapping.internal.access.ObjectGetter;

/**
 * The version of an entity type for optimistic locking: where it is stored, how to read it and how to set the next
 * one. Stored versions start at 1; a {@code null} or 0 version marks an entity never stored.
 *
 * @param javaName the component or field name
 * @param storedName the stored field name
 * @param javaType {@code long}, {@code Long}, {@code int} or {@code Integer}
 * @param getter reads the version (boxed)
 * @param assigner sets it: a copy for records, the field for classes
 */
public record VersionModel(String javaName, String storedName, Class<?> javaType, ObjectGetter getter,
        IdAssigner assigner) {

    /**
     * Reads an entity's version.
     *
     * @param entity the entity
     * @return its version; 0 when {@code null}
     */
    public long current(Object entity) {
        Object version = getter.get(entity);
        return version == null ? 0 : ((Number) version).longValue();
    }

    /**
     * Returns the entity holding another version.
     *
     * @param entity the entity
     * @param version the version to hold
     * @return a copy (record) or the same entity with its field set (class)
     * @throws ArithmeticException if an {@code int} version would overflow
     */
    public Object withVersion(Object entity, long version) {
        boolean narrow = javaType == int.class || javaType == Integer.class;
        return assigner.withId(entity, narrow ? (Object) Math.toIntExact(version) : (Object) version);
    }

    /**
     * Returns a version as stored: int32 for {@code int} versions, int64 for {@code long} ones.
     *
     * @param version the version
     * @return the stored value
     */
    public ExtractedValue stored(long version) {
        boolean narrow = javaType == int.class || javaType == Integer.class;
        return narrow ? Int32Value.of(Math.toIntExact(version)) : new Int64Value(version);
    }
}
