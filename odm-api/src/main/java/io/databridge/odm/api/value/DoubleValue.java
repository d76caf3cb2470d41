package io.databridge.odm.api.value;

/**
 * A 64-bit IEEE 754 floating point number (also what {@code float} is stored as, widened exactly).
 *
 * <p>Equality follows {@link Double#compare}: {@code NaN} equals {@code NaN}, {@code 0.0} differs from {@code -0.0}.
 *
 * @param value the value
 */
public record DoubleValue(double value) implements ExtractedValue {

    @Override
    public String typeName() {
        return "double";
    }
}
