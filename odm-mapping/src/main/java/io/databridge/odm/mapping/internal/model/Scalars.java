package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The mappers of the built-in scalar types. Each knows its Java types and their one stored form.
 *
 * <p>Time values: BSON dates hold milliseconds. An {@link Instant} or {@link LocalDateTime} with a finer part is refused
 * (the default, so no precision is lost silently) or truncated, as {@link Extraction#truncateTemporals()} says.
 * {@link LocalDate} is stored as midnight UTC and {@link LocalDateTime} as if it were UTC, as the driver's codecs do.
 */
public enum Scalars implements ValueMapper {

    /** {@link String}. */
    STRING {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new StringValue((String) value);
        }
    },
    /** {@link Integer}, {@link Short} and {@link Byte}, stored as int32. */
    INT32 {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return Int32Value.of(((Number) value).intValue());
        }
    },
    /** {@link Long}. */
    INT64 {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new Int64Value((Long) value);
        }
    },
    /** {@link Double} and {@link Float} (widened exactly). */
    DOUBLE {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new DoubleValue(((Number) value).doubleValue());
        }
    },
    /** {@link Boolean}. */
    BOOLEAN {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return BooleanValue.of((Boolean) value);
        }
    },
    /** {@link Character}, stored as a one-character string. */
    CHAR {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new StringValue(String.valueOf((char) (Character) value));
        }
    },
    /** {@link BigDecimal}, stored as decimal128. */
    DECIMAL {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            BigDecimal decimal = (BigDecimal) value;
            if (!DecimalValue.representable(decimal)) {
                throw new ExtractionFailure("a decimal with at most " + DecimalValue.MAX_DIGITS
                        + " significant digits and an exponent from " + DecimalValue.MIN_EXPONENT + " to "
                        + DecimalValue.MAX_EXPONENT + " (decimal128)", decimal.toString());
            }
            return new DecimalValue(decimal);
        }
    },
    /** {@link Instant}, stored as a date. */
    INSTANT {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            Instant instant = (Instant) value;
            return new DateTimeValue(epochMillis(instant.getEpochSecond(), instant.getNano(), value, extraction));
        }
    },
    /** {@link LocalDate}, stored as a date at midnight UTC. */
    LOCAL_DATE {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new DateTimeValue(epochMillis(((LocalDate) value).toEpochDay() * 86_400L, 0, value, extraction));
        }
    },
    /** {@link LocalDateTime}, stored as a date read as UTC. */
    LOCAL_DATE_TIME {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            LocalDateTime dateTime = (LocalDateTime) value;
            return new DateTimeValue(
                    epochMillis(dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano(), value, extraction));
        }
    },
    /** {@link UUID}, stored as standard binary (subtype 4). */
    UUID_VALUE {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new UuidValue((UUID) value);
        }
    },
    /** {@code byte[]}, copied into generic binary. */
    BYTES {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return BinaryValue.copyOf((byte[]) value);
        }
    },
    /** {@link ObjectIdValue}, stored as itself. */
    OBJECT_ID {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return (ObjectIdValue) value;
        }
    };

    private static final long MAX_SECONDS = Long.MAX_VALUE / 1000 - 1;

    private static long epochMillis(long seconds, int nanos, Object value, Extraction extraction) {
        if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
            throw new ExtractionFailure("a time within the range of a BSON date (about 292 million years around 1970)",
                    value.toString());
        }
        int subMillis = nanos % 1_000_000;
        if (subMillis != 0 && !extraction.truncateTemporals()) {
            throw new ExtractionFailure("a time with millisecond precision (BSON dates hold milliseconds; truncate it, "
                    + "or configure TemporalPrecision.TRUNCATE_TO_MILLIS)", value.toString());
        }
        return seconds * 1000 + nanos / 1_000_000;
    }
}
