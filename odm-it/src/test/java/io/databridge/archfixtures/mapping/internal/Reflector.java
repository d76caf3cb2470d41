package io.databridge.archfixtures.mapping.internal;

/** The mapping's internal helper: its own module may use it, no other may. */
public final class Reflector {

    /** A reflector. */
    public Reflector() {}

    /**
     * Describes an object.
     *
     * @param entity the object
     * @return its class name
     */
    public String describe(Object entity) {
        return entity.getClass().getName();
    }
}
