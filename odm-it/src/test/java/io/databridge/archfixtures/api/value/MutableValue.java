package io.databridge.archfixtures.api.value;

/** Breaks the rule on value types: neither a record, nor an enum, nor final, and mutable on top of it. */
public class MutableValue implements ExtractedValue {

    private String text = "";

    /**
     * Replaces the text.
     *
     * @param text the new text
     */
    public void set(String text) {
        this.text = text;
    }

    @Override
    public String typeName() {
        return text.isEmpty() ? "null" : "string";
    }
}
