package io.databridge.odm.api.value;

/** An explicit null: written for {@code null} list elements and map values (entity fields that are null are omitted). */
public enum NullValue implements ExtractedValue {
    /** The only null value. */
    INSTANCE;

    @Override
    public String typeName() {
        return "null";
    }
}
