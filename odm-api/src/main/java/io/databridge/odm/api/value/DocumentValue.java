package io.databridge.odm.api.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An ordered document: a {@link FieldNames} layout and one slot per name.
 *
 * <p>A slot may be empty ({@code null}): the field is absent and is not written. This lets every document of a type
 * share its type's layout while a null entity field is simply left out. An explicit stored null is
 * {@link NullValue#INSTANCE}, which is present.
 *
 * <p>Immutable and thread-safe. Two documents are equal when they hold the same present fields, in the same order,
 * with equal values.
 */
public final class DocumentValue implements ExtractedValue {

    private static final DocumentValue EMPTY = new DocumentValue(FieldNames.of(), new ExtractedValue[0]);

    private final FieldNames names;
    private final @Nullable ExtractedValue[] slots;

    private DocumentValue(FieldNames names, @Nullable ExtractedValue[] slots) {
        this.names = names;
        this.slots = slots;
    }

    /**
     * Returns the empty document.
     *
     * @return the shared empty document
     */
    public static DocumentValue empty() {
        return EMPTY;
    }

    /**
     * Creates a document, copying the slots.
     *
     * @param names the layout
     * @param slots one value per name, in layout order; {@code null} for an absent field
     * @return the document
     * @throws IllegalArgumentException if the number of slots differs from the number of names
     */
    public static DocumentValue of(FieldNames names, @Nullable ExtractedValue... slots) {
        return adopt(names, slots.clone());
    }

    /**
     * Creates a document that takes ownership of {@code slots} without copying: the caller hands the array over and
     * must neither keep nor change it afterwards. This is how the mapping core builds a document per entity without
     * a second copy.
     *
     * @param names the layout
     * @param slots a fresh array with one value per name, in layout order; {@code null} for an absent field
     * @return the document
     * @throws IllegalArgumentException if the number of slots differs from the number of names
     */
    public static DocumentValue adopt(FieldNames names, @Nullable ExtractedValue[] slots) {
        Objects.requireNonNull(names, "names");
        if (slots.length != names.size()) {
            throw new IllegalArgumentException(
                    "a document with " + names.size() + " field names needs as many slots, not " + slots.length);
        }
        return new DocumentValue(names, slots);
    }

    /**
     * Creates a document from a map, in the map's iteration order.
     *
     * @param fields names and values, none {@code null}
     * @return the document
     * @throws IllegalArgumentException if a name contains NUL
     */
    public static DocumentValue of(Map<String, ? extends ExtractedValue> fields) {
        String[] keys = fields.keySet().toArray(String[]::new);
        ExtractedValue[] values = new ExtractedValue[keys.length];
        int i = 0;
        for (ExtractedValue value : fields.values()) {
            values[i++] = Objects.requireNonNull(value, "field value (use NullValue.INSTANCE for null)");
        }
        return new DocumentValue(FieldNames.of(keys), values);
    }

    /**
     * Returns the layout, including the names of absent fields.
     *
     * @return the layout
     */
    public FieldNames names() {
        return names;
    }

    /**
     * Returns the number of slots of the layout, present or not.
     *
     * @return {@code names().size()}
     */
    public int slotCount() {
        return slots.length;
    }

    /**
     * Returns the value in a slot.
     *
     * @param position from 0 to {@code slotCount() - 1}
     * @return the value, or {@code null} if the field is absent
     */
    public @Nullable ExtractedValue slot(int position) {
        return slots[position];
    }

    /**
     * Returns the value of a field.
     *
     * @param name the field name
     * @return the value, or {@code null} if the field is absent or not in the layout
     */
    public @Nullable ExtractedValue get(String name) {
        int position = names.indexOf(name);
        return position < 0 ? null : slots[position];
    }

    /**
     * Returns the number of present fields.
     *
     * @return how many slots hold a value
     */
    public int size() {
        int present = 0;
        for (ExtractedValue value : slots) {
            if (value != null) {
                present++;
            }
        }
        return present;
    }

    /**
     * Visits the present fields in order.
     *
     * @param action receives each name and its value
     */
    public void forEach(BiConsumer<String, ExtractedValue> action) {
        for (int i = 0; i < slots.length; i++) {
            ExtractedValue value = slots[i];
            if (value != null) {
                action.accept(names.name(i), value);
            }
        }
    }

    /**
     * Returns the present fields as an insertion-ordered map (a copy).
     *
     * @return the fields in document order
     */
    public Map<String, ExtractedValue> toMap() {
        Map<String, ExtractedValue> fields = new LinkedHashMap<>();
        forEach(fields::put);
        return fields;
    }

    @Override
    public String typeName() {
        return "document";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentValue that && presentFields().equals(that.presentFields());
    }

    private List<Map.Entry<String, ExtractedValue>> presentFields() {
        return List.copyOf(toMap().entrySet());
    }

    @Override
    public int hashCode() {
        return presentFields().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{");
        forEach((name, value) -> {
            if (text.length() > 1) {
                text.append(", ");
            }
            text.append(name).append(": ").append(value);
        });
        return text.append('}').toString();
    }
}
