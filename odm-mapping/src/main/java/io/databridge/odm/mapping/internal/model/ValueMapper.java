package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
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
}
