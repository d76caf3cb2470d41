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
     * The threshold measured with JMH on 2 cores (see the README's benchmark section): below about this many documents
     * waking a worker costs more than the worker saves.
     */
    public static final int MEASURED_THRESHOLD = 4096;

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
     * The defaults: the measured threshold, and one thread per available processor.
     *
     * @return the default settings
     */
    public static EncodingSettings defaults() {
        return new EncodingSettings(MEASURED_THRESHOLD, Runtime.getRuntime().availableProcessors());
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
