package io.databridge.odm.api.value;

import java.util.Arrays;
import java.util.Objects;

/**
 * A stored BSON value of a kind the mapping does not map to a Java type (a regular expression, a timestamp, JavaScript
 * code, a min or max key, a legacy binary subtype, a decimal128 NaN, infinity or negative zero), kept as its BSON type
 * byte and value bytes so that reading and writing it back changes nothing. Only reads produce it.
 */
public final class OpaqueValue implements ExtractedValue {

    private final int bsonType;
    private final byte[] bytes;

    private OpaqueValue(int bsonType, byte[] bytes) {
        this.bsonType = bsonType;
        this.bytes = bytes;
    }

    /**
     * Copies a value.
     *
     * @param bsonType the BSON element type byte
     * @param bytes the value's bytes as they follow the element name; copied
     * @return the value
     */
    public static OpaqueValue of(int bsonType, byte[] bytes) {
        return new OpaqueValue(bsonType, Objects.requireNonNull(bytes, "bytes").clone());
    }

    /**
     * Returns the BSON element type byte.
     *
     * @return the type, e.g. 0x0B for a regular expression
     */
    public int bsonType() {
        return bsonType;
    }

    /**
     * Returns a copy of the value's bytes.
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /**
     * Returns the number of value bytes.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Copies the value's bytes into an array.
     *
     * @param target the array
     * @param offset where the first byte goes
     */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    @Override
    public String typeName() {
        return switch (bsonType) {
            case 0x05 -> "binary (legacy subtype)";
            case 0x06 -> "undefined";
            case 0x0B -> "regex";
            case 0x0C -> "dbPointer";
            case 0x0D -> "javascript";
            case 0x0E -> "symbol";
            case 0x0F -> "javascriptWithScope";
            case 0x11 -> "timestamp";
            case 0x13 -> "decimal128 (NaN, infinity or -0)";
            case 0x7F -> "maxKey";
            case 0xFF -> "minKey";
            default -> "BSON type 0x" + Integer.toHexString(bsonType);
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpaqueValue that && bsonType == that.bsonType && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * bsonType + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "OpaqueValue[" + typeName() + ", " + bytes.length + " bytes]";
    }
}
