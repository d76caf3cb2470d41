package io.databridge.archfixtures.api.value;

/**
 * A value that is a record: allowed.
 *
 * @param text the text
 */
public record TextValue(String text) implements ExtractedValue {

    @Override
    public String typeName() {
        return "string";
    }
}
