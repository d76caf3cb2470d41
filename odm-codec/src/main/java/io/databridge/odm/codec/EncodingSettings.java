package io.databridge.odm.codec;

/**
 * When and how a batch is encoded in parallel.
 *
 * @param parallelThreshold the smallest batch encoded in parallel; smaller batches stay on the calling thread, which
 *                          is never slower for them
 * @param parallelism how many threads share a parallel batch, the caller included; 1 disables parallel encoding
 */
public record EncodingSettings(int parallelThreshold, int parallelism) {

    /**
     * The threshold measured with JMH ({@code ParallelEncodeBenchmark}) on 2 cores: a parked worker's wake-up costs
     * about 25-35 µs, so two threads lose below a few hundred documents (0.06x at 10, 0.4-0.6x at 100) and win from
     * 1,000 (1.3-1.4x; 1.5-1.65x at 4,000).
     */
    public static final int MEASURED_THRESHOLD = 1_000;

    /**
     * Validates the settings.
     *
     * @param parallelThreshold at least 2
     * @param parallelism at least 1
     */
    public EncodingSettings {
        if (parallelThreshold < 2) {
            throw new IllegalArgumentException("parallelThreshold must be at least 2: " + parallelThreshold);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
        }
    }

    /**
     * The defaults: the measured threshold, and one thread per available processor but one, which is left to the
     * driver's I/O and, when client and server share a machine, the server. On 2 cores that makes encoding serial:
     * there, a second encoding thread takes its core from the server the insert is waiting for.
     *
     * @return the default settings
     */
    public static EncodingSettings defaults() {
        return new EncodingSettings(MEASURED_THRESHOLD, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    /**
     * Settings that never encode in parallel.
     *
     * @return serial settings
     */
    public static EncodingSettings serial() {
        return new EncodingSettings(Integer.MAX_VALUE, 1);
    }
}
