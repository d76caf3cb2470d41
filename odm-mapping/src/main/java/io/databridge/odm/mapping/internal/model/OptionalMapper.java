package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ExtractedValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Stores a present {@link Optional} as its content; an empty one as no value (the field is left out). */
public final class OptionalMapper implements ValueMapper {

    private final ValueMapper content;

    /**
     * Creates the mapper.
     *
     * @param content the mapper of the content type
     */
    public OptionalMapper(ValueMapper content) {
        this.content = content;
    }

    @Override
    public @Nullable ExtractedValue toValue(Object value, Extraction extraction) {
        Optional<?> optional = (Optional<?>) value;
        return optional.isPresent() ? content.toValue(optional.get(), extraction) : null;
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        return Optional.ofNullable(content.fromStored(value));
    }

    @Override
    public Object nullValue() {
        return Optional.empty();
    }

    @Override
    public Object absent() {
        return Optional.empty();
    }

    @Override
    public Class<?> javaType() {
        return Optional.class;
    }

    /**
     * Returns the mapper of the content.
     *
     * @return the content mapper
     */
    public ValueMapper content() {
        return content;
    }
}
