package io.databridge.odm.driver.internal;

/**
 * How the driver store cuts and overlaps writes.
 *
 * @param maxBatchDocuments the most documents per wire batch (further capped by the server's maxWriteBatchSize)
 * @param targetBatchBytes the encoded size at which a wire batch is closed, so encoding overlaps the wire
 * @param maxInFlight how many wire batches of an unordered insert may be on the wire at once, each on its own
 *                    connection
 */
public record StoreSettings(int maxBatchDocuments, long targetBatchBytes, int maxInFlight) {

    /**
     * Validates the settings.
     *
     * @param maxBatchDocuments at least 1
     * @param targetBatchBytes at least 1
     * @param maxInFlight at least 1
     */
    public StoreSettings {
        if (maxBatchDocuments < 1 || targetBatchBytes < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("store settings must be positive: " + maxBatchDocuments + ", "
                    + targetBatchBytes + ", " + maxInFlight);
        }
    }

    /**
     * The defaults: up to 100,000 documents or 4 MiB per wire batch, two unordered batches in flight (measured on the
     * embedded server: a third brings nothing on 2 cores).
     *
     * @return the defaults
     */
    public static StoreSettings defaults() {
        return new StoreSettings(100_000, 4L * 1024 * 1024, 2);
    }
}
