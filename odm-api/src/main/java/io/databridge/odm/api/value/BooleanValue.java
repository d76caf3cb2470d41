package io.databridge.odm.api.value;

/**
 * A boolean.
 *
 * @param value the value
 */
public record BooleanValue(boolean value) implements ExtractedValue {

    /** The shared {@code true}. */
    public static final BooleanValue TRUE = new BooleanValue(true);
    /** The shared {@code false}. */
    public static final BooleanValue FALSE = new BooleanValue(false);

    /**
     * Returns the shared instance for a boolean; allocates nothing.
     *
     * @param value the value
     * @return {@link #TRUE} or {@link #FALSE}
     */
    public static BooleanValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public String typeName() {
        return "boolean";
    }
}
