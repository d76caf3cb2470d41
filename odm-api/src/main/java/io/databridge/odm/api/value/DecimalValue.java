package io.databridge.odm.api.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact decimal, stored as IEEE 754-2008 decimal128: at most 34 significant digits, exponent from -6176 to 6111.
 *
 * <p>The constructor refuses a number that decimal128 cannot hold exactly, so a value that exists can always be
 * written without rounding. Equality is {@link BigDecimal#equals} (scale matters: {@code 1.0} is not {@code 1.00}),
 * which decimal128 preserves.
 *
 * @param value the number, never {@code null}, always representable
 */
public record DecimalValue(BigDecimal value) implements ExtractedValue {

    /** Largest number of significant digits decimal128 holds. */
    public static final int MAX_DIGITS = 34;
    /** Largest exponent (the negated {@link BigDecimal#scale()}) decimal128 holds. */
    public static final int MAX_EXPONENT = 6111;
    /** Smallest exponent decimal128 holds. */
    public static final int MIN_EXPONENT = -6176;

    /**
     * Creates a decimal value.
     *
     * @param value the number, must not be {@code null}
     * @throws IllegalArgumentException if decimal128 cannot hold it exactly (see {@link #representable})
     */
    public DecimalValue {
        Objects.requireNonNull(value, "value");
        if (!representable(value)) {
            throw new IllegalArgumentException("not representable as decimal128 without rounding: " + value);
        }
    }

    /**
     * Tells whether decimal128 holds a number exactly. It may change the representation but never the value: a
     * coefficient gains zeros to lower a too-large exponent, and loses trailing zeros to raise a too-small exponent or
     * to fit in 34 digits. A number that would need a non-zero digit dropped is not representable.
     *
     * @param value the number, must not be {@code null}
     * @return {@code true} if it can be stored without rounding
     */
    public static boolean representable(BigDecimal value) {
        if (value.signum() == 0) {
            return true;
        }
        long exponent = -(long) value.scale();
        int digits = value.precision();
        if (exponent > MAX_EXPONENT) {
            return digits + (exponent - MAX_EXPONENT) <= MAX_DIGITS;
        }
        if (exponent >= MIN_EXPONENT && digits <= MAX_DIGITS) {
            return true;
        }
        int trailingZeros = digits - value.stripTrailingZeros().precision();
        long toDrop = Math.max(MIN_EXPONENT - exponent, digits - MAX_DIGITS);
        return toDrop <= trailingZeros && exponent + toDrop <= MAX_EXPONENT;
    }

    @Override
    public String typeName() {
        return "decimal128";
    }
}
