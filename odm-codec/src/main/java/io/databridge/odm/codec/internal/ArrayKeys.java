package io.databridge.odm.codec.internal;

import java.nio.charset.StandardCharsets;

/** The element names of arrays ("0", "1", ...), encoded once for the first indexes and on demand after. */
final class ArrayKeys {

    private static final int CACHED = 1024;
    private static final byte[][] KEYS = new byte[CACHED][];

    static {
        for (int i = 0; i < CACHED; i++) {
            KEYS[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private ArrayKeys() {
    }

    static byte[] key(int index) {
        return index < CACHED ? KEYS[index] : Integer.toString(index).getBytes(StandardCharsets.US_ASCII);
    }

    /** The number of digits of {@code index}, the length of its key. */
    static int length(int index) {
        if (index < 10) {
            return 1;
        }
        if (index < 100) {
            return 2;
        }
        if (index < CACHED) {
            return index < 1000 ? 3 : 4;
        }
        return Integer.toString(index).length();
    }
}
