package io.databridge.odm.mapping.internal.access;

/** Reads a {@code double} component or field of an object, without boxing. */
@FunctionalInterface
public interface DoubleGetter {

    /**
     * Reads the value.
     *
     * @param owner the object to read from, never {@code null}
     * @return the value
     */
    double get(Object owner);
}
