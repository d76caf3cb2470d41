package io.databridge.odm.mapping.config;

/**
 * What to do with an {@link java.time.Instant} or {@link java.time.LocalDateTime} finer than a millisecond, which a
 * BSON date cannot hold.
 */
public enum TemporalPrecision {
    /** Refuse it with an error naming the field (the default: no precision is lost without the user knowing). */
    REJECT_SUB_MILLIS,
    /** Drop the sub-millisecond part, as the MongoDB driver's own codecs do. */
    TRUNCATE_TO_MILLIS
}
