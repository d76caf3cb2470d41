package io.databridge.odm.bench.stats;

import java.util.Arrays;

/**
 * The summary of one contestant's samples at one batch size.
 *
 * @param median the median sample (the mean of the two middle ones for an even count)
 * @param p90 the 90th percentile by nearest rank: the {@code ceil(0.9 n)}-th smallest sample
 * @param samples how many samples there were
 */
public record Summary(double median, double p90, int samples) {

    /**
     * Summarizes samples.
     *
     * @param samples at least one sample; not modified
     * @return the summary
     * @throws IllegalArgumentException if there are no samples
     */
    public static Summary of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
        return new Summary(median, p90, n);
    }
}
