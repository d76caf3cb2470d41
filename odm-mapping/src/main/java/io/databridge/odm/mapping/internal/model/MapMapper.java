package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.NullValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@code Map<String, V>} as an embedded document, in iteration order; null values as null.
 *
 * <p>Keys become field names, so a key is refused if it is null, contains {@code .} or NUL, or starts with
 * {@code $}: the server would read such a name as a path or an operator, never as data.
 */
public final class MapMapper implements ValueMapper {

    private static final String KEY_RULE =
            "a map key that is not null, contains no '.' and no NUL character, and does not start with '$'";

    private final ValueMapper values;
    private volatile @Nullable FieldNames lastLayout;

    private final ContainerShape shape;

    /**
     * Creates the mapper.
     *
     * @param values the mapper of the value type
     * @param shape what a read map is made into
     */
    public MapMapper(ValueMapper values, ContainerShape shape) {
        this.values = values;
        this.shape = shape;
    }

    @Override
    public Object fromValue(ExtractedValue value) {
        if (!(value instanceof DocumentValue document)) {
            throw Found.mismatch("a document for a map", value);
        }
        LinkedHashMap<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < document.slotCount(); i++) {
            ExtractedValue stored = document.slot(i);
            if (stored != null) {
                String key = document.names().name(i);
                try {
                    entries.put(key, values.fromStored(stored));
                } catch (ExtractionFailure failure) {
                    throw failure.at("[\"" + key + "\"]");
                }
            }
        }
        return shape.map(entries);
    }

    @Override
    public Object absent() {
        return shape.map(new LinkedHashMap<>());
    }

    /**
     * Maps often repeat their keys from one entity to the next; the layout of the previous map is reused when the keys
     * are the same, in the same order, which skips validating and encoding the names again.
     */
    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        Map<?, ?> map = (Map<?, ?>) value;
        int size = map.size();
        FieldNames previous = lastLayout;
        boolean reuse = previous != null && previous.size() == size;
        String[] keys = new String[size];
        ExtractedValue[] slots = new ExtractedValue[size];
        int count = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (count == size) {
                throw new ExtractionFailure("a map that does not change while it is stored", "a map that grew");
            }
            Object key = entry.getKey();
            String text;
            if (reuse && previous.name(count).equals(key)) {
                text = previous.name(count);
            } else {
                reuse = false;
                text = checkedKey(key);
            }
            keys[count] = text;
            Object content = entry.getValue();
            slots[count] = content == null ? NullValue.INSTANCE : entryValue(text, content, extraction);
            count++;
        }
        if (count != size) {
            throw new ExtractionFailure("a map that does not change while it is stored", "a map that shrank");
        }
        if (reuse) {
            return DocumentValue.adopt(previous, slots);
        }
        FieldNames layout = FieldNames.of(keys);
        lastLayout = layout;
        return DocumentValue.adopt(layout, slots);
    }

    private static String checkedKey(Object key) {
        if (!(key instanceof String text)) {
            throw new ExtractionFailure(KEY_RULE, key == null ? "a null key" : "a key of " + key.getClass().getName());
        }
        if (text.indexOf('.') >= 0 || text.indexOf('\0') >= 0 || text.startsWith("$")) {
            throw new ExtractionFailure(KEY_RULE, "the key \"" + text.replace("\0", "\\0") + "\"");
        }
        return text;
    }

    private ExtractedValue entryValue(String key, Object value, Extraction extraction) {
        try {
            ExtractedValue stored = values.toValue(value, extraction);
            return stored == null ? NullValue.INSTANCE : stored;
        } catch (ExtractionFailure failure) {
            throw failure.at("[\"" + key + "\"]");
        }
    }

    @Override
    public Class<?> javaType() {
        return Map.class;
    }

    /**
     * Returns the mapper of the values.
     *
     * @return the value mapper
     */
    public ValueMapper values() {
        return values;
    }
}
