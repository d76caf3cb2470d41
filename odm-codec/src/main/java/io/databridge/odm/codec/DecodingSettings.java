package io.databridge.odm.codec;

/**
 * When a batch of documents is decoded and materialized in parallel.
 *
 * @param parallelThreshold the smallest batch decoded in parallel; smaller batches stay on the calling thread
 * @param parallelism how many threads share a parallel batch, the caller included; 1 disables parallel decoding
 */
public record DecodingSettings(int parallelThreshold, int parallelism) {

    /** The threshold measured with JMH ({@code DecodeBenchmark}) on 2 cores. */
    public static final int MEASURED_THRESHOLD = 1_000;

    /**
     * Validates the settings.
     *
     * @param parallelThreshold at least 2
     * @param parallelism at least 1
     */
    public DecodingSettings {
        if (parallelThreshold < 2 || parallelism < 1) {
            throw new IllegalArgumentException("invalid decoding settings: " + parallelThreshold + ", " + parallelism);
        }
    }

    /**
     * The defaults: the measured threshold, one thread per processor (a find's reply has arrived by the time it is
     * decoded, so the server no longer needs a core).
     *
     * @return the defaults
     */
    public static DecodingSettings defaults() {
        return new DecodingSettings(MEASURED_THRESHOLD, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Settings that never decode in parallel.
     *
     * @return serial settings
     */
    public static DecodingSettings serial() {
        return new DecodingSettings(Integer.MAX_VALUE, 1);
    }
}
