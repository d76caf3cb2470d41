package io.databridge.odm.mapping.internal.access;

import org.jspecify.annotations.Nullable;

/** Reads a reference component or field of an object (primitives of other kinds arrive boxed). */
@FunctionalInterface
public interface ObjectGetter {

    /**
     * Reads the value.
     *
     * @param owner the object to read from, never {@code null}
     * @return the value, possibly {@code null}
     */
    @Nullable Object get(Object owner);
}
