package io.databridge.odm.api.value;

/**
 * A 32-bit signed integer (also what {@code byte} and {@code short} are stored as).
 *
 * @param value the value
 */
public record Int32Value(int value) implements ExtractedValue {

    private static final int CACHE_LOW = -128;
    private static final int CACHE_HIGH = 1023;
    private static final Int32Value[] CACHE = new Int32Value[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Int32Value(i + CACHE_LOW);
        }
    }

    /**
     * Returns an instance for the value, shared for small values (-128 to 1023) so that counters, ages and
     * quantities allocate nothing.
     *
     * @param value the value
     * @return an instance holding {@code value}
     */
    public static Int32Value of(int value) {
        return value >= CACHE_LOW && value <= CACHE_HIGH ? CACHE[value - CACHE_LOW] : new Int32Value(value);
    }

    @Override
    public String typeName() {
        return "int32";
    }
}
