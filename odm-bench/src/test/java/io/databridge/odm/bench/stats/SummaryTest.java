package io.databridge.odm.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void oddCountTakesTheMiddleSampleAndNearestRankP90() {
        double[] samples = {9, 1, 8, 2, 7, 3, 6, 4, 5, 10, 11};
        var summary = Summary.of(samples);
        assertEquals(6, summary.median());
        assertEquals(10, summary.p90()); // ceil(0.9 * 11) = 10th smallest
        assertEquals(11, summary.samples());
        assertEquals(9, samples[0], "input untouched");
    }

    @Test
    void evenCountAveragesTheTwoMiddleSamples() {
        var summary = Summary.of(new double[] {4, 1, 3, 2});
        assertEquals(2.5, summary.median());
        assertEquals(4, summary.p90());
    }

    @Test
    void oneSampleIsItsOwnMedianAndP90() {
        var summary = Summary.of(new double[] {0.25});
        assertEquals(0.25, summary.median());
        assertEquals(0.25, summary.p90());
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0]));
    }
}
