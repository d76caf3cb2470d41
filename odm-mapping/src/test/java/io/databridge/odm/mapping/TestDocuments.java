package io.databridge.odm.mapping;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.StringValue;

/** Builds the stored documents the mapping tests read and expect. */
final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * A document from alternating names and values: {@code document("_id", string("a"), "n", Int32Value.of(1))}.
     *
     * @param namesAndValues each name (a {@code String}) followed by its value (an {@code ExtractedValue})
     * @return the document, fields in the order given
     */
    static DocumentValue document(Object... namesAndValues) {
        String[] names = new String[namesAndValues.length / 2];
        ExtractedValue[] values = new ExtractedValue[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = (String) namesAndValues[2 * i];
            values[i] = (ExtractedValue) namesAndValues[2 * i + 1];
        }
        return DocumentValue.of(FieldNames.of(names), values);
    }

    /**
     * A stored string.
     *
     * @param value its content
     * @return the value
     */
    static StringValue string(String value) {
        return new StringValue(value);
    }
}
