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
 * The mappers of the built-in scalar types. Each knows its Java type, its one stored form, and the stored forms it
 * reads back: its own, plus lossless widening (int32 into {@code long} or {@code double}). Anything else, including a
 * narrowing that would lose information (a double 1.5 into an {@code int}, an int64 into an {@code int}), is refused.
 *
 * <p>Time values: BSON dates hold milliseconds. An {@link Instant} or {@link LocalDateTime} with a finer part is refused
 * (the default, so no precision is lost silently) or truncated, as {@link Extraction#truncateTemporals()} says.
 * {@link LocalDate} is stored as midnight UTC and {@link LocalDateTime} as if it were UTC, as the driver's codecs do.
 */
public enum Scalars implements ValueMapper {

    /** {@link String}. */
    STRING(String.class, "string for String") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new StringValue((String) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof StringValue string) {
                return string.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Integer}, stored as int32. */
    INT32(Integer.class, "int32 for int") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return Int32Value.of((Integer) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof Int32Value int32) {
                return int32.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Short}, stored as int32. */
    SHORT(Short.class, "int32 between -32768 and 32767 for short") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return Int32Value.of((Short) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof Int32Value int32 && int32.value() == (short) int32.value()) {
                return (short) int32.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Byte}, stored as int32. */
    BYTE(Byte.class, "int32 between -128 and 127 for byte") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return Int32Value.of((Byte) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof Int32Value int32 && int32.value() == (byte) int32.value()) {
                return (byte) int32.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Long}; reads int32 too. */
    INT64(Long.class, "int64 or int32 for long") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new Int64Value((Long) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof Int64Value int64) {
                return int64.value();
            }
            if (value instanceof Int32Value int32) {
                return (long) int32.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Double}; reads int32 too. */
    DOUBLE(Double.class, "double or int32 for double") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new DoubleValue((Double) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DoubleValue number) {
                return number.value();
            }
            if (value instanceof Int32Value int32) {
                return (double) int32.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Float}, stored as a double (exactly); reads doubles a float holds exactly. */
    FLOAT(Float.class, "a double a float holds exactly, for float") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new DoubleValue((Float) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DoubleValue number && ((double) (float) number.value() == number.value()
                    || Double.isNaN(number.value()))) {
                return (float) number.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Boolean}. */
    BOOLEAN(Boolean.class, "boolean for boolean") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return BooleanValue.of((Boolean) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof BooleanValue bool) {
                return bool.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Character}, stored as a one-character string. */
    CHAR(Character.class, "a one-character string for char") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new StringValue(String.valueOf((char) (Character) value));
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof StringValue string && string.value().length() == 1) {
                return string.value().charAt(0);
            }
            throw mismatch(value);
        }
    },
    /** {@link BigDecimal}, stored as decimal128. */
    DECIMAL(BigDecimal.class, "decimal128 for BigDecimal") {
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

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DecimalValue decimal) {
                return decimal.value();
            }
            throw mismatch(value);
        }
    },
    /** {@link Instant}, stored as a date. */
    INSTANT(Instant.class, "date for Instant") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            Instant instant = (Instant) value;
            return new DateTimeValue(epochMillis(instant.getEpochSecond(), instant.getNano(), value, extraction));
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DateTimeValue date) {
                return Instant.ofEpochMilli(date.epochMillis());
            }
            throw mismatch(value);
        }
    },
    /** {@link LocalDate}, stored as a date at midnight UTC. */
    LOCAL_DATE(LocalDate.class, "date at midnight UTC for LocalDate") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new DateTimeValue(epochMillis(((LocalDate) value).toEpochDay() * 86_400L, 0, value, extraction));
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DateTimeValue date && Math.floorMod(date.epochMillis(), 86_400_000L) == 0) {
                return LocalDate.ofEpochDay(Math.floorDiv(date.epochMillis(), 86_400_000L));
            }
            throw mismatch(value);
        }
    },
    /** {@link LocalDateTime}, stored as a date read as UTC. */
    LOCAL_DATE_TIME(LocalDateTime.class, "date for LocalDateTime") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            LocalDateTime dateTime = (LocalDateTime) value;
            return new DateTimeValue(
                    epochMillis(dateTime.toEpochSecond(ZoneOffset.UTC), dateTime.getNano(), value, extraction));
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof DateTimeValue date) {
                return LocalDateTime.ofInstant(Instant.ofEpochMilli(date.epochMillis()), ZoneOffset.UTC);
            }
            throw mismatch(value);
        }
    },
    /** {@link UUID}, stored as standard binary (subtype 4). */
    UUID_VALUE(UUID.class, "binary subtype 4 for UUID") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return new UuidValue((UUID) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof UuidValue uuid) {
                return uuid.value();
            }
            throw mismatch(value);
        }
    },
    /** {@code byte[]}, copied into generic binary. */
    BYTES(byte[].class, "binary for byte[]") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return BinaryValue.copyOf((byte[]) value);
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof BinaryValue binary) {
                return binary.toByteArray();
            }
            throw mismatch(value);
        }
    },
    /** {@link ObjectIdValue}, stored as itself. */
    OBJECT_ID(ObjectIdValue.class, "objectId for ObjectIdValue") {
        @Override
        public ExtractedValue toValue(Object value, Extraction extraction) {
            return (ObjectIdValue) value;
        }

        @Override
        public Object fromValue(ExtractedValue value) {
            if (value instanceof ObjectIdValue objectId) {
                return objectId;
            }
            throw mismatch(value);
        }
    };

    private static final long MAX_SECONDS = Long.MAX_VALUE / 1000 - 1;

    private final Class<?> javaType;
    private final String expected;

    Scalars(Class<?> javaType, String expected) {
        this.javaType = javaType;
        this.expected = expected;
    }

    @Override
    public Class<?> javaType() {
        return javaType;
    }

    @Override
    public abstract Object fromValue(ExtractedValue value);

    /**
     * Says what this scalar reads, for error messages.
     *
     * @return e.g. {@code int32 for int}
     */
    public String expected() {
        return expected;
    }

    ExtractionFailure mismatch(ExtractedValue found) {
        return Found.mismatch(expected, found);
    }

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
