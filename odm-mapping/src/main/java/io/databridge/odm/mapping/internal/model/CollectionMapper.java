package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;
import java.util.Arrays;
import java.util.Collection;

/** Stores a {@code List}, {@code Set} or other collection as an array, in iteration order; null elements as null. */
public final class CollectionMapper implements ValueMapper {

    private final ValueMapper elements;

    /**
     * Creates the mapper.
     *
     * @param elements the mapper of the element type
     */
    public CollectionMapper(ValueMapper elements) {
        this.elements = elements;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        Collection<?> collection = (Collection<?>) value;
        ExtractedValue[] array = new ExtractedValue[collection.size()];
        int count = 0;
        for (Object element : collection) {
            if (count == array.length) {
                array = Arrays.copyOf(array, count * 2 + 1);
            }
            array[count] = element == null ? NullValue.INSTANCE : elementValue(element, count, extraction);
            count++;
        }
        return ArrayValue.adopt(count == array.length ? array : Arrays.copyOf(array, count));
    }

    private ExtractedValue elementValue(Object element, int index, Extraction extraction) {
        try {
            ExtractedValue stored = elements.toValue(element, extraction);
            return stored == null ? NullValue.INSTANCE : stored;
        } catch (ExtractionFailure failure) {
            throw failure.at("[" + index + "]");
        }
    }
}
