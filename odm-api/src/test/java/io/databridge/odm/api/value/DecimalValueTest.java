package io.databridge.odm.api.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which decimals decimal128 holds without rounding. */
class DecimalValueTest {

    @ParameterizedTest
    @CsvSource({
        "0, true", "0E-9000, true", "0E+9000, true", "1.5, true", "-1234.5600, true",
        "1234567890123456789012345678901234, true", "12345678901234567890123456789012345, false",
        "12345678901234567890123456789012340, true", "1E+6111, true", "1E+6112, true",
        "9999999999999999999999999999999999E+6111, true", "99999999999999999999999999999999999E+6111, false",
        "1E-6176, true", "1E-6177, false", "10E-6177, true", "123E-6177, false",
        "1.000000000000000000000000000000000000, true", "1.000000000000000000000000000000000001, false"})
    void knowsWhatDecimal128HoldsExactly(String text, boolean representable) {
        BigDecimal decimal = new BigDecimal(text);

        assertEquals(representable, DecimalValue.representable(decimal), text);
        if (representable) {
            assertEquals(decimal, new DecimalValue(decimal).value());
        } else {
            assertThrows(IllegalArgumentException.class, () -> new DecimalValue(decimal));
        }
    }
}
