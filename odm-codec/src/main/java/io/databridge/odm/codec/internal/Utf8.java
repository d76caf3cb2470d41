package io.databridge.odm.codec.internal;

/**
 * UTF-8 encoding of the non-ASCII part of a string, code point by code point, byte for byte as the BSON library's
 * output buffers write valid strings.
 *
 * <p>A string with an unpaired surrogate is refused. The BSON library would write the surrogate as a 3-byte sequence
 * that is not valid UTF-8 (JAVA-5575), and every reader, the driver's included, decodes it as U+FFFD: the string
 * would silently come back altered. Such strings come from cutting a string inside a surrogate pair (an emoji).
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
     * @throws EncodingFailure if the string holds an unpaired surrogate
     */
    static int encode(String value, int start, byte[] target, int at) {
        int length = value.length();
        int i = start;
        while (i < length) {
            int c = Character.codePointAt(value, i);
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                throw new EncodingFailure("a string of valid UTF-16 (every surrogate in a pair)",
                        "an unpaired surrogate U+" + "%04X".formatted(c)
                                + " at index " + i + " of a string of length " + length);
            }
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
