package io.databridge.odm.api.value;

import java.time.Instant;

/**
 * A point in time with millisecond precision, counted from the Unix epoch in UTC (what {@link Instant},
 * {@link java.time.LocalDate} and {@link java.time.LocalDateTime} are stored as).
 *
 * @param epochMillis milliseconds since 1970-01-01T00:00:00Z, negative before it
 */
public record DateTimeValue(long epochMillis) implements ExtractedValue {

    /**
     * Returns the instant this value names.
     *
     * @return the instant, never {@code null}
     */
    public Instant toInstant() {
        return Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public String typeName() {
        return "date";
    }
}
