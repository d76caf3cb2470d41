package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;
import org.jspecify.annotations.Nullable;

/**
 * Turns one Java value of a known type into its stored value. Built once per declared type; holds no per-call state.
 */
public sealed interface ValueMapper
        permits Scalars, EnumMapper, CollectionMapper, MapMapper, OptionalMapper, EmbeddedMapper, ValueObjectMapper,
                ConverterMapper {

    /**
     * Extracts a value.
     *
     * @param value a non-null value of the mapper's type
     * @param extraction the current call's state
     * @return the stored value, or {@code null} for "no value" (an empty {@code Optional})
     * @throws ExtractionFailure if the value cannot be stored
     */
    @Nullable ExtractedValue toValue(Object value, Extraction extraction);

    /**
     * Returns the Java type this mapper maps (the wrapper for a primitive), to check query values against.
     *
     * @return the type
     */
    Class<?> javaType();

    /**
     * Reads a stored value back into the mapper's Java type.
     *
     * @param value a stored value, never {@link io.databridge.odm.api.value.NullValue} (callers map a stored null
     *              with {@link #nullValue()})
     * @return the Java value
     * @throws ExtractionFailure if the stored value does not fit the Java type
     */
    Object fromValue(ExtractedValue value);

    /**
     * The Java value of a stored null.
     *
     * @return {@code null}, or an empty {@code Optional}
     */
    default @Nullable Object nullValue() {
        return null;
    }

    /**
     * The Java value of a field that is not stored at all.
     *
     * @return {@code null}; an empty collection, map or {@code Optional}
     */
    default @Nullable Object absent() {
        return null;
    }

    /**
     * Reads a stored value that may be a null.
     *
     * @param value a stored value
     * @return the Java value
     */
    default @Nullable Object fromStored(ExtractedValue value) {
        return value == NullValue.INSTANCE ? nullValue() : fromValue(value);
    }
}
