package io.databridge.odm.codec.internal;

/**
 * UTF-8 encoding of the non-ASCII part of a string, code point by code point, byte for byte as the BSON library's
 * output buffers write it. An unpaired surrogate is written as its own 3-byte sequence (the library's documented
 * behaviour, JAVA-5575), so that what this codec writes equals what the driver writes for the same string.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Encodes {@code value} from {@code start} into {@code target}.
     *
     * @param value the string
     * @param start the first character to encode
     * @param target the array, with room for 3 bytes per remaining character
     * @param at where to write
     * @return the position after the last byte written
     */
    static int encode(String value, int start, byte[] target, int at) {
        int length = value.length();
        int i = start;
        while (i < length) {
            int c = Character.codePointAt(value, i);
            if (c < 0x80) {
                target[at++] = (byte) c;
            } else if (c < 0x800) {
                target[at++] = (byte) (0xc0 + (c >> 6));
                target[at++] = (byte) (0x80 + (c & 0x3f));
            } else if (c < 0x10000) {
                target[at++] = (byte) (0xe0 + (c >> 12));
                target[at++] = (byte) (0x80 + ((c >> 6) & 0x3f));
                target[at++] = (byte) (0x80 + (c & 0x3f));
            } else {
                target[at++] = (byte) (0xf0 + (c >> 18));
                target[at++] = (byte) (0x80 + ((c >> 12) & 0x3f));
                target[at++] = (byte) (0x80 + ((c >> 6) & 0x3f));
                target[at++] = (byte) (0x80 + (c & 0x3f));
            }
            i += Character.charCount(c);
        }
        return at;
    }
}
