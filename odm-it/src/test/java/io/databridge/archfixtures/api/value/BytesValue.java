package io.databridge.archfixtures.api.value;

/** A value that is a final class: allowed. */
public final class BytesValue implements ExtractedValue {

    private final byte[] bytes;

    /**
     * A value holding a copy of the bytes.
     *
     * @param bytes the bytes
     */
    public BytesValue(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * The number of bytes.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    @Override
    public String typeName() {
        return "binary";
    }
}
