package io.databridge.odm.mapping.internal.access;

/** Reads a {@code boolean} component or field of an object, without boxing. */
@FunctionalInterface
public interface BooleanGetter {

    /**
     * Reads the value.
     *
     * @param owner the object to read from, never {@code null}
     * @return the value
     */
    boolean get(Object owner);
}
