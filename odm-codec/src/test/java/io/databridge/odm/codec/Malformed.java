package io.databridge.odm.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;

/**
 * A corpus of malformed BSON, each case derived from a valid document by one change, with the problem and path the
 * decoder must report.
 *
 * @param name what is wrong
 * @param bytes the bytes
 * @param expectedProblem a fragment of the reported problem
 * @param expectedPath the reported path
 */
record Malformed(String name, byte[] bytes, String expectedProblem, String expectedPath) {

    @Override
    public String toString() {
        return name;
    }

    static List<Malformed> corpus() {
        byte[] valid = DriverBytes.encode(new BsonDocument("_id", new BsonInt32(1))
                .append("name", new BsonString("ab"))
                .append("flag", BsonBoolean.TRUE)
                .append("inner", new BsonDocument("x", new BsonString("é"))));
        List<Malformed> corpus = new ArrayList<>();
        corpus.add(new Malformed("empty", new byte[0], "at least 5 bytes", ""));
        corpus.add(new Malformed("truncated", Arrays.copyOf(valid, valid.length - 3), "does not match", ""));
        corpus.add(new Malformed("declared too long", withInt(valid, 0, valid.length + 10), "does not match", ""));
        corpus.add(new Malformed("no terminator", with(valid, valid.length - 1, (byte) 7), "ends with a zero byte",
                ""));
        int name = indexOf(valid, "name") + 5;
        corpus.add(new Malformed("string length too long", withInt(valid, name, 500), "string length", "name"));
        corpus.add(new Malformed("string length zero", withInt(valid, name, 0), "string length", "name"));
        corpus.add(new Malformed("string without its NUL", with(valid, name + 4 + 2, (byte) 'z'),
                "ends with a zero byte", "name"));
        corpus.add(new Malformed("invalid UTF-8 in a string", with(valid, name + 4, (byte) 0xC3),
                "valid UTF-8", "name"));
        int flag = indexOf(valid, "flag") + 5;
        corpus.add(new Malformed("boolean 2", with(valid, flag, (byte) 2), "0 or 1", "flag"));
        corpus.add(new Malformed("unknown type byte", with(valid, indexOf(valid, "flag") - 1, (byte) 0x42),
                "BSON element type", "flag"));
        int inner = indexOf(valid, "inner") + 6;
        corpus.add(new Malformed("inner length too short", withInt(valid, inner, 3), "document length", "inner"));
        int x = indexOf(valid, "x\0") + 2;
        corpus.add(new Malformed("invalid UTF-8 inside a nested document", with(valid, x + 5, (byte) 0x41),
                "valid UTF-8", "inner.x"));
        corpus.add(new Malformed("invalid UTF-8 in a field name", with(valid, indexOf(valid, "name"), (byte) 0xFF),
                "valid UTF-8", ""));
        byte[] repeated = DriverBytes.encode(new BsonDocument("a", new BsonInt32(1)).append("b", new BsonInt32(2)));
        repeated[indexOf(repeated, "b\0")] = 'a';
        corpus.add(new Malformed("repeated field name", repeated, "distinct field names", ""));
        return corpus;
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static byte[] with(byte[] bytes, int at, byte value) {
        byte[] changed = bytes.clone();
        changed[at] = value;
        return changed;
    }

    private static byte[] withInt(byte[] bytes, int at, int value) {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return changed;
    }
}
