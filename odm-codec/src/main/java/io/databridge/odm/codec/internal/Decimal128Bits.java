package io.databridge.odm.codec.internal;

import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.ExtractedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;
import org.bson.types.Decimal128;

/**
 * Writes a {@link BigDecimal} as IEEE 754-2008 decimal128 (BID encoding), the bytes the BSON library writes for the
 * same value. A coefficient that fits in 63 bits, the common case, is encoded directly; others go through
 * {@link Decimal128}, after the exponent is brought into range without changing the value.
 */
final class Decimal128Bits {

    private static final int EXPONENT_BIAS = 6176;
    private static final int EXPONENT_SHIFT = 49;
    private static final long SIGN_BIT = 1L << 63;
    private static final int LONG_SAFE_DIGITS = 18;
    private static final long COMBINATION_MASK = 0x6000000000000000L;
    private static final long COEFFICIENT_HIGH_MASK = 0x0001FFFFFFFFFFFFL;
    private static final long EXPONENT_MASK = 0x3FFFL;

    private Decimal128Bits() {
    }

    /**
     * Writes the 16 bytes: low 64 bits, then high 64 bits, each little-endian.
     *
     * @param sink where to write
     * @param value a value {@link DecimalValue#representable} accepts
     */
    static void write(BsonSink sink, BigDecimal value) {
        if (value.signum() == 0) {
            long exponent = Math.clamp(-(long) value.scale(), DecimalValue.MIN_EXPONENT, DecimalValue.MAX_EXPONENT);
            sink.putLong(0L);
            sink.putLong((exponent + EXPONENT_BIAS) << EXPONENT_SHIFT);
            return;
        }
        BigDecimal canonical = inRange(value);
        if (canonical.precision() <= LONG_SAFE_DIGITS) {
            long coefficient = canonical.unscaledValue().longValue();
            long high = (long) (-canonical.scale() + EXPONENT_BIAS) << EXPONENT_SHIFT;
            if (coefficient < 0) {
                high |= SIGN_BIT;
                coefficient = -coefficient;
            }
            sink.putLong(coefficient);
            sink.putLong(high);
            return;
        }
        Decimal128 decimal = new Decimal128(canonical);
        sink.putLong(decimal.getLow());
        sink.putLong(decimal.getHigh());
    }

    /**
     * Reads decimal128 bits back into a decimal value: directly when the coefficient fits in 63 bits, through
     * {@link Decimal128} otherwise.
     *
     * @param high the high 64 bits
     * @param low the low 64 bits
     * @param unmappable what to return for NaN, infinity and negative zero, which {@link BigDecimal} cannot hold
     * @return the value
     */
    static ExtractedValue read(long high, long low, Supplier<ExtractedValue> unmappable) {
        boolean ordinary = (high & COMBINATION_MASK) != COMBINATION_MASK;
        long coefficientHigh = high & COEFFICIENT_HIGH_MASK;
        if (ordinary && coefficientHigh == 0 && low >= 0) {
            if (low == 0 && high < 0) {
                return unmappable.get();
            }
            int exponent = (int) ((high >>> EXPONENT_SHIFT) & EXPONENT_MASK) - EXPONENT_BIAS;
            return new DecimalValue(BigDecimal.valueOf(high < 0 ? -low : low, -exponent));
        }
        Decimal128 decimal = Decimal128.fromIEEE754BIDEncoding(high, low);
        if (decimal.isNaN() || decimal.isInfinite()) {
            return unmappable.get();
        }
        try {
            return new DecimalValue(decimal.bigDecimalValue());
        } catch (ArithmeticException negativeZero) {
            return unmappable.get();
        }
    }

    /** Adds or drops zeros so that the exponent is in range and the coefficient has at most 34 digits. */
    private static BigDecimal inRange(BigDecimal value) {
        long exponent = -(long) value.scale();
        if (exponent > DecimalValue.MAX_EXPONENT) {
            return value.setScale(-DecimalValue.MAX_EXPONENT, RoundingMode.UNNECESSARY);
        }
        long drop = Math.max(DecimalValue.MIN_EXPONENT - exponent, value.precision() - DecimalValue.MAX_DIGITS);
        return drop > 0 ? value.setScale((int) (value.scale() - drop), RoundingMode.UNNECESSARY) : value;
    }
}
