package io.databridge.odm.codec.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The element names of arrays ("0", "1", ...), encoded once for the first indexes, zero-terminated and padded for
 * {@link BsonSink#putHeader(int, byte[], int)}; encoded on demand after.
 */
final class ArrayKeys {

    private static final int CACHED = 1024;
    private static final byte[][] KEYS = new byte[CACHED][];

    static {
        for (int i = 0; i < CACHED; i++) {
            byte[] digits = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
            KEYS[i] = Arrays.copyOf(digits, (digits.length + 1 + 7) & ~7);
        }
    }

    private ArrayKeys() {
    }

    /** Writes the header of element {@code index}. */
    static void putHeader(BsonSink sink, int type, int index) {
        if (index < CACHED) {
            sink.putHeader(type, KEYS[index], length(index));
        } else {
            sink.putHeader(type, Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The number of digits of {@code index}, the length of its key. */
    static int length(int index) {
        if (index < 10) {
            return 1;
        }
        if (index < 100) {
            return 2;
        }
        if (index < 1000) {
            return 3;
        }
        return Integer.toString(index).length();
    }
}
