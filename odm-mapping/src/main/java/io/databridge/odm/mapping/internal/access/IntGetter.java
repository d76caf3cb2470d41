package io.databridge.odm.mapping.internal.access;

/** Reads a {@code int} component or field of an object, without boxing. */
@FunctionalInterface
public interface IntGetter {

    /**
     * Reads the value.
     *
     * @param owner the object to read from, never {@code null}
     * @return the value
     */
    int get(Object owner);
}
