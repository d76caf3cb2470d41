package io.databridge.odm.mapping.internal.model;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.NullValue;
import java.util.Map;

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

    /**
     * Creates the mapper.
     *
     * @param values the mapper of the value type
     */
    public MapMapper(ValueMapper values) {
        this.values = values;
    }

    @Override
    public ExtractedValue toValue(Object value, Extraction extraction) {
        Map<?, ?> map = (Map<?, ?>) value;
        String[] keys = new String[map.size()];
        ExtractedValue[] slots = new ExtractedValue[keys.length];
        int count = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (count == keys.length) {
                throw new ExtractionFailure("a map that does not change while it is stored", "a map that grew");
            }
            String key = checkedKey(entry.getKey());
            keys[count] = key;
            slots[count] = entry.getValue() == null ? NullValue.INSTANCE : entryValue(key, entry.getValue(), extraction);
            count++;
        }
        if (count != keys.length) {
            throw new ExtractionFailure("a map that does not change while it is stored", "a map that shrank");
        }
        return DocumentValue.adopt(FieldNames.of(keys), slots);
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
}
