package io.databridge.odm.api.value;

/**
 * A 64-bit signed integer.
 *
 * @param value the value
 */
public record Int64Value(long value) implements ExtractedValue {

    @Override
    public String typeName() {
        return "int64";
    }
}
