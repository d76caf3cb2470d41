package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;

/**
 * Stores a single-component record (a value object such as {@code record OrderId(String value)}) as the value of its
 * component, not as a document.
 */
public final class ValueObjectMapper implements ValueMapper {

    private final PropertyModel component;

    /**
     * Creates the mapper.
     *
     * @param component the record's only component
     */
    public ValueObjectMapper(PropertyModel component) {
        this.component = component;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        ExtractedValue stored = component.extract(value, extraction);
        return stored == null ? NullValue.INSTANCE : stored;
    }
}
