package io.databridge.archfixtures.api.value;

/** A value that is an enum: allowed. */
public enum NullValue implements ExtractedValue {
    /** The one null. */
    INSTANCE;

    @Override
    public String typeName() {
        return "null";
    }
}
