package io.databridge.odm.bench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats shared by the reports; locale-independent. */
final class Numbers {

    private static final MathContext THREE_DIGITS = new MathContext(3);

    private Numbers() {
    }

    /** Milliseconds to three significant digits, e.g. {@code 0.102}, {@code 1.67}, {@code 20.5}, {@code 123}. */
    static String millis(double value) {
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        int integerDigits = rounded.precision() - rounded.scale();
        return rounded.setScale(Math.max(0, 3 - integerDigits), RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A ratio with two decimals and a times sign, e.g. {@code 1.58×}. */
    static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f\u00d7", value);
    }

    /** A batch size with thousands separators, e.g. {@code 10,000}. */
    static String size(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
