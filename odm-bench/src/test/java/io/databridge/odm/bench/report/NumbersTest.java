package io.databridge.odm.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void millisKeepsThreeSignificantDigits() {
        assertEquals("0.102", Numbers.millis(0.1023));
        assertEquals("0.0123", Numbers.millis(0.01234));
        assertEquals("2.00", Numbers.millis(2));
        assertEquals("20.5", Numbers.millis(20.46));
        assertEquals("123", Numbers.millis(123.4));
        assertEquals("1230", Numbers.millis(1234));
    }

    @Test
    void ratiosAndSizes() {
        assertEquals("1.58\u00d7", Numbers.ratio(1.5789));
        assertEquals("10,000", Numbers.size(10_000));
    }
}
