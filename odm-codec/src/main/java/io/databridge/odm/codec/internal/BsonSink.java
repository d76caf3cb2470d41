package io.databridge.odm.codec.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A little-endian writer over a byte array that the caller sizes in advance from a bound, so that no write checks
 * capacity: {@link #ensureCapacity} is called once per document or batch. Not thread-safe; one per encoding call.
 */
public final class BsonSink {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Spare bytes kept beyond every capacity request, for whole-word writes past the end of a value. */
    public static final int SLACK = 16;

    private byte[] buffer;
    private int position;

    /**
     * Creates a sink.
     *
     * @param initialCapacity the first buffer size in bytes
     */
    public BsonSink(int initialCapacity) {
        this.buffer = new byte[Math.max(SLACK, initialCapacity) + SLACK];
    }

    /**
     * Makes room for at least {@code bytes} more bytes, growing once if needed.
     *
     * @param bytes the bound of what will be written next
     */
    public void ensureCapacity(long bytes) {
        long needed = position + bytes + SLACK;
        if (needed > buffer.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("an encoded batch cannot exceed 2 GiB; split it");
            }
            buffer = Arrays.copyOf(buffer, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16L,
                    buffer.length * 2L)));
        }
    }

    /**
     * Returns the bytes written so far (the backing array; valid up to {@link #position()}).
     *
     * @return the array
     */
    public byte[] buffer() {
        return buffer;
    }

    /**
     * Returns the write position.
     *
     * @return the number of bytes written
     */
    public int position() {
        return position;
    }

    /**
     * Moves the write position back, to rewrite from there (after a write ran out of room).
     *
     * @param at a position not after the current one
     */
    public void reset(int at) {
        if (at < 0 || at > position) {
            throw new IllegalArgumentException("cannot reset to " + at + " from " + position);
        }
        position = at;
    }

    /**
     * Writes one byte.
     *
     * @param value the byte
     */
    public void putByte(int value) {
        buffer[position++] = (byte) value;
    }

    /**
     * Writes a little-endian int32.
     *
     * @param value the value
     */
    public void putInt(int value) {
        INT.set(buffer, position, value);
        position += 4;
    }

    /**
     * Overwrites a little-endian int32 written earlier (a length prefix).
     *
     * @param at where it starts
     * @param value the value
     */
    public void putIntAt(int at, int value) {
        INT.set(buffer, at, value);
    }

    /**
     * Writes a little-endian int64.
     *
     * @param value the value
     */
    public void putLong(long value) {
        LONG.set(buffer, position, value);
        position += 8;
    }

    /**
     * Writes a big-endian int32 (ObjectId bytes are big-endian).
     *
     * @param value the value
     */
    public void putIntBigEndian(int value) {
        INT.set(buffer, position, Integer.reverseBytes(value));
        position += 4;
    }

    /**
     * Writes a big-endian int64 (ObjectId and UUID bytes are big-endian).
     *
     * @param value the value
     */
    public void putLongBigEndian(long value) {
        LONG.set(buffer, position, Long.reverseBytes(value));
        position += 8;
    }

    /**
     * Writes an element header: the type byte, then the name and its NUL terminator, copied in 64-bit words from the
     * name's padded form. The words may write up to 7 zero bytes past the terminator, which later writes overwrite;
     * {@link #SLACK} bytes of spare capacity keep that inside the array.
     *
     * @param type the BSON type byte
     * @param terminatedName the name's UTF-8 bytes, a zero byte, zero padding to a multiple of 8
     * @param nameLength the length of the name's UTF-8 bytes, without the terminator
     */
    public void putHeader(int type, byte[] terminatedName, int nameLength) {
        byte[] target = buffer;
        int at = position;
        target[at] = (byte) type;
        for (int word = 0; word < terminatedName.length; word += 8) {
            LONG.set(target, at + 1 + word, (long) LONG.get(terminatedName, word));
        }
        position = at + 2 + nameLength;
    }

    /**
     * Writes an element header for a name given as plain UTF-8 bytes (array indexes, one-off names).
     *
     * @param type the BSON type byte
     * @param name the name's UTF-8 bytes, free of NUL
     */
    public void putHeader(int type, byte[] name) {
        byte[] target = buffer;
        int at = position;
        target[at++] = (byte) type;
        int length = name.length;
        for (int i = 0; i < length; i++) {
            target[at + i] = name[i];
        }
        at += length;
        target[at++] = 0;
        position = at;
    }

    /**
     * Writes raw bytes.
     *
     * @param bytes the bytes
     */
    public void putBytes(byte[] bytes) {
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /**
     * Skips bytes that {@link #putBytesFrom} callers fill directly.
     *
     * @param length how many bytes
     * @return where the skipped range starts
     */
    public int skip(int length) {
        int at = position;
        position += length;
        return at;
    }

    /**
     * Writes a BSON string: int32 length (bytes + 1), UTF-8 bytes, NUL, byte for byte as the BSON library writes a
     * valid string: ASCII characters byte by byte, the rest code point by code point from the first non-ASCII one.
     *
     * @param value the string
     */
    public void putString(String value) {
        int lengthAt = position;
        int at = lengthAt + 4;
        byte[] target = buffer;
        int length = value.length();
        int i = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                break;
            }
            target[at + i] = (byte) c;
        }
        at = i == length ? at + length : Utf8.encode(value, i, target, at + i);
        target[at++] = 0;
        INT.set(target, lengthAt, at - lengthAt - 4);
        position = at;
    }
}
