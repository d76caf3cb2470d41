package io.databridge.odm.mapping.internal.access;

/** Reads a {@code long} component or field of an object, without boxing. */
@FunctionalInterface
public interface LongGetter {

    /**
     * Reads the value.
     *
     * @param owner the object to read from, never {@code null}
     * @return the value
     */
    long get(Object owner);
}
