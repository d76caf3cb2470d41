package io.databridge.odm.api.value;

import java.util.Arrays;
import java.util.Objects;

/**
 * Binary data with a BSON binary subtype ({@code byte[]} is stored with the generic subtype 0).
 *
 * <p>The bytes are copied in and never handed out mutable, so a value stays the snapshot it was taken as even if the
 * entity's array changes afterwards.
 */
public final class BinaryValue implements ExtractedValue {

    /** The generic binary subtype, used for {@code byte[]}. */
    public static final byte GENERIC = 0;

    private final byte subtype;
    private final byte[] bytes;

    private BinaryValue(byte subtype, byte[] bytes) {
        this.subtype = subtype;
        this.bytes = bytes;
    }

    /**
     * Copies bytes into a binary value of the generic subtype.
     *
     * @param bytes the data, must not be {@code null}; copied
     * @return the value
     */
    public static BinaryValue copyOf(byte[] bytes) {
        return of(GENERIC, bytes);
    }

    /**
     * Copies bytes into a binary value of a subtype.
     *
     * @param subtype the BSON binary subtype; the old binary subtype 2 and the UUID subtypes 3 and 4 are refused
     *                (UUIDs are {@link UuidValue})
     * @param bytes the data, must not be {@code null}; copied
     * @return the value
     * @throws IllegalArgumentException for subtype 2, 3 or 4
     */
    public static BinaryValue of(byte subtype, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (subtype == 2 || subtype == 3 || subtype == 4) {
            throw new IllegalArgumentException("binary subtype " + subtype + " is not written as plain binary data");
        }
        return new BinaryValue(subtype, bytes.clone());
    }

    /**
     * Returns the subtype.
     *
     * @return the BSON binary subtype
     */
    public byte subtype() {
        return subtype;
    }

    /**
     * Returns the number of bytes.
     *
     * @return the length
     */
    public int length() {
        return bytes.length;
    }

    /**
     * Returns a copy of the bytes.
     *
     * @return a new array
     */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /**
     * Copies the bytes into an array, for writers that place them without an intermediate copy.
     *
     * @param target the array to write into, must not be {@code null}
     * @param offset where the first byte goes
     * @throws IndexOutOfBoundsException if {@link #length()} bytes do not fit from {@code offset}
     */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    @Override
    public String typeName() {
        return "binary";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BinaryValue that && subtype == that.subtype && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * subtype + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BinaryValue[subtype=" + subtype + ", length=" + bytes.length + "]";
    }
}
