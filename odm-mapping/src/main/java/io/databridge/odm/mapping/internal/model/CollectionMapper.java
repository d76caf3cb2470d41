package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.NullValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Stores a {@code List}, {@code Set} or other collection as an array, in iteration order; null elements as null. */
public final class CollectionMapper implements ValueMapper {

    private final ValueMapper elements;
    private final ContainerShape shape;

    /**
     * Creates the mapper.
     *
     * @param elements the mapper of the element type
     * @param shape what a read collection is made into
     */
    public CollectionMapper(ValueMapper elements, ContainerShape shape) {
        this.elements = elements;
        this.shape = shape;
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        if (!(value instanceof ArrayValue array)) {
            throw Found.mismatch("an array for a " + shape.name().toLowerCase(Locale.ROOT), value);
        }
        Object[] read = new Object[array.size()];
        for (int i = 0; i < read.length; i++) {
            try {
                read[i] = elements.fromStored(array.get(i));
            } catch (ExtractionFailure failure) {
                throw failure.at("[" + i + "]");
            }
            if (read[i] == null && shape == ContainerShape.SORTED_SET) {
                throw new ExtractionFailure("elements that are not null (a SortedSet cannot hold null)", "null")
                        .at("[" + i + "]");
            }
        }
        return shape.collection(read);
    }

    @Override
    public Object absent() {
        return shape.collection(new Object[0]);
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

    @Override
    public Class<?> javaType() {
        return Collection.class;
    }

    /**
     * Returns the mapper of the elements.
     *
     * @return the element mapper
     */
    public ValueMapper elements() {
        return elements;
    }
}
