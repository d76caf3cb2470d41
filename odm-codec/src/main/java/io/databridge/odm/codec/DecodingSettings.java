package io.databridge.odm.codec;

/**
 * When a batch of documents is decoded and materialized in parallel. The threshold is in bytes of BSON, not in
 * documents, because the work grows with the documents' size: on 2 cores the measured break-even
 * ({@code ParallelDecodeBenchmark}) was about 1,500 flat 131-byte documents but 400 nested 270-byte ones.
 *
 * @param parallelThresholdBytes the smallest batch, in bytes, decoded in parallel; smaller batches stay on the calling
 *                               thread
 * @param parallelism how many threads share a parallel batch, the caller included; 1 disables parallel decoding
 */
public record DecodingSettings(int parallelThresholdBytes, int parallelism) {

    /**
     * The threshold measured on 2 cores: 256 KiB, about 2,000 flat or 1,000 nested documents. Below it, waking a
     * worker (30-40 µs on this machine, more when the server's process still holds the other core) costs more than
     * it saves.
     */
    public static final int MEASURED_THRESHOLD_BYTES = 256 * 1024;

    /**
     * Validates the settings.
     *
     * @param parallelThresholdBytes at least 1
     * @param parallelism at least 1
     */
    public DecodingSettings {
        if (parallelThresholdBytes < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid decoding settings: " + parallelThresholdBytes + " bytes, "
                    + parallelism + " threads");
        }
    }

    /**
     * The defaults: the measured threshold, one thread per processor (a find's reply has arrived by the time it is
     * decoded, so the server no longer needs a core).
     *
     * @return the defaults
     */
    public static DecodingSettings defaults() {
        return new DecodingSettings(MEASURED_THRESHOLD_BYTES, Runtime.getRuntime().availableProcessors());
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
