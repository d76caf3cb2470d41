package io.databridge.odm.api.value;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A 12-byte MongoDB ObjectId, held as two numbers so that it allocates no array.
 *
 * <p>The 12 bytes, most significant first, are the 4 bytes of {@code head} followed by the 8 bytes of {@code tail}.
 * The first 4 bytes are the creation time in seconds since the epoch, which is why ObjectIds sort by creation time.
 *
 * @param head bytes 0 to 3, big-endian
 * @param tail bytes 4 to 11, big-endian
 */
public record ObjectIdValue(int head, long tail) implements ExtractedValue, Comparable<ObjectIdValue> {

    private static final HexFormat HEX = HexFormat.of();

    /**
     * Reads an ObjectId from its 24-character hexadecimal form.
     *
     * @param hex 24 hexadecimal digits, must not be {@code null}
     * @return the ObjectId
     * @throws IllegalArgumentException if {@code hex} is not 24 hexadecimal digits
     */
    public static ObjectIdValue fromHexString(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 24) {
            throw new IllegalArgumentException("an ObjectId has 24 hexadecimal digits, not " + hex.length() + ": " + hex);
        }
        return fromBytes(HEX.parseHex(hex), 0);
    }

    /**
     * Reads an ObjectId from 12 bytes.
     *
     * @param bytes the source, must not be {@code null}
     * @param offset where the 12 bytes start
     * @return the ObjectId
     * @throws IndexOutOfBoundsException if fewer than 12 bytes follow {@code offset}
     */
    public static ObjectIdValue fromBytes(byte[] bytes, int offset) {
        Objects.checkFromIndexSize(offset, 12, bytes.length);
        int head = 0;
        for (int i = 0; i < 4; i++) {
            head = (head << 8) | (bytes[offset + i] & 0xff);
        }
        long tail = 0;
        for (int i = 4; i < 12; i++) {
            tail = (tail << 8) | (bytes[offset + i] & 0xff);
        }
        return new ObjectIdValue(head, tail);
    }

    /**
     * Returns the 12 bytes, most significant first.
     *
     * @return a new array of 12 bytes
     */
    public byte[] toBytes() {
        byte[] bytes = new byte[12];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (head >>> (24 - 8 * i));
        }
        for (int i = 0; i < 8; i++) {
            bytes[4 + i] = (byte) (tail >>> (56 - 8 * i));
        }
        return bytes;
    }

    /**
     * Returns the 24-character lower-case hexadecimal form.
     *
     * @return the hexadecimal form
     */
    public String toHexString() {
        return HEX.formatHex(toBytes());
    }

    /**
     * Returns the creation time encoded in the first four bytes.
     *
     * @return seconds since the epoch
     */
    public long timestampSeconds() {
        return Integer.toUnsignedLong(head);
    }

    /** Orders as the 12 bytes compare, unsigned, which is also the order the server sorts ObjectIds in. */
    @Override
    public int compareTo(ObjectIdValue other) {
        int byHead = Integer.compareUnsigned(head, other.head);
        return byHead != 0 ? byHead : Long.compareUnsigned(tail, other.tail);
    }

    @Override
    public String typeName() {
        return "objectId";
    }

    @Override
    public String toString() {
        return "ObjectId(" + toHexString() + ")";
    }
}
