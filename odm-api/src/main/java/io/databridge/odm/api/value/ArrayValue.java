package io.databridge.odm.api.value;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An ordered list of values (what {@code List}, {@code Set} and other collections are stored as).
 *
 * <p>Elements are never Java {@code null}: a null element is {@link NullValue#INSTANCE}. Immutable and thread-safe.
 */
public final class ArrayValue implements ExtractedValue {

    private static final ExtractedValue[] NO_ELEMENTS = {};
    private static final ArrayValue EMPTY = new ArrayValue(NO_ELEMENTS);

    private final ExtractedValue[] elements;

    private ArrayValue(ExtractedValue[] elements) {
        this.elements = elements;
    }

    /**
     * Returns the empty array.
     *
     * @return the shared empty array value
     */
    public static ArrayValue empty() {
        return EMPTY;
    }

    /**
     * Creates an array from elements, copying them.
     *
     * @param elements the elements in order, none {@code null}
     * @return the array value
     * @throws NullPointerException if an element is {@code null}
     */
    public static ArrayValue of(ExtractedValue... elements) {
        return adopt(elements.clone());
    }

    /**
     * Creates an array from a list, copying it.
     *
     * @param elements the elements in order, none {@code null}
     * @return the array value
     * @throws NullPointerException if an element is {@code null}
     */
    public static ArrayValue of(List<? extends ExtractedValue> elements) {
        return adopt(elements.toArray(ExtractedValue[]::new));
    }

    /**
     * Creates an array that takes ownership of {@code elements} without copying: the caller hands the array over and
     * must neither keep nor change it afterwards. Meant for mapping code that fills a fresh array per value.
     *
     * @param elements a fresh array of elements, none {@code null}
     * @return the array value
     * @throws NullPointerException if an element is {@code null}
     */
    public static ArrayValue adopt(ExtractedValue[] elements) {
        if (elements.length == 0) {
            return EMPTY;
        }
        for (ExtractedValue element : elements) {
            Objects.requireNonNull(element, "array element (use NullValue.INSTANCE for null)");
        }
        return new ArrayValue(elements);
    }

    /**
     * Returns the number of elements.
     *
     * @return the size
     */
    public int size() {
        return elements.length;
    }

    /**
     * Returns an element.
     *
     * @param index from 0 to {@code size() - 1}
     * @return the element, never {@code null}
     */
    public ExtractedValue get(int index) {
        return elements[index];
    }

    /**
     * Returns the elements as an unmodifiable list view.
     *
     * @return the elements in order
     */
    public List<ExtractedValue> asList() {
        return Collections.unmodifiableList(Arrays.asList(elements));
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrayValue that && Arrays.equals(elements, that.elements);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
        return Arrays.toString(elements);
    }
}
