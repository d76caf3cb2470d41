package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.spi.ValueConverter;
import io.databridge.odm.api.value.ExtractedValue;

/** Stores a value through a registered {@link ValueConverter}; a converter's failure is reported with the path. */
public final class ConverterMapper implements ValueMapper {

    private final ValueConverter<Object> converter;

    /**
     * Creates the mapper.
     *
     * @param converter the converter
     */
    @SuppressWarnings("unchecked")
    public ConverterMapper(ValueConverter<?> converter) {
        this.converter = (ValueConverter<Object>) converter;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        ExtractedValue stored;
        try {
            stored = converter.toStored(value);
        } catch (RuntimeException failure) {
            throw new ExtractionFailure("a value " + converter.getClass().getName() + " converts",
                    value + " (" + failure + ")");
        }
        if (!converter.storedType().isInstance(stored)) {
            throw new ExtractionFailure("a " + Found.typeName(converter.storedType()) + " from "
                    + converter.getClass().getName(), String.valueOf(stored));
        }
        return stored;
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        if (!converter.storedType().isInstance(value)) {
            throw Found.mismatch(Found.typeName(converter.storedType()) + " for " + converter.javaType().getName(),
                    value);
        }
        try {
            return converter.fromStored(value);
        } catch (RuntimeException failure) {
            throw new ExtractionFailure("a value " + converter.getClass().getName() + " reads",
                    Found.describe(value) + " (" + failure + ")");
        }
    }

    @Override
    public Class<?> javaType() {
        return converter.javaType();
    }
}
