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
}
