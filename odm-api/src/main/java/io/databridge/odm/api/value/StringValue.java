package io.databridge.odm.api.value;

import java.util.Objects;

/**
 * A UTF-8 string (also what enums, by name, and {@code char} are stored as).
 *
 * @param value the string, never {@code null}
 */
public record StringValue(String value) implements ExtractedValue {

    /**
     * Creates a string value.
     *
     * @param value the string, must not be {@code null}
     */
    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
        return "string";
    }
}
