package io.databridge.odm.codec;

import java.util.Objects;

/**
 * Where one encoded document lies: a shared array, an offset and a length (what a driver's raw document wraps).
 *
 * @param array the buffer, not copied
 * @param offset where the document starts
 * @param length its length in bytes
 */
public record BsonBytes(byte[] array, int offset, int length) {

    /**
     * Checks the range.
     *
     * @param array the buffer
     * @param offset the start
     * @param length the length
     */
    public BsonBytes {
        Objects.checkFromIndexSize(offset, length, array.length);
    }
}
