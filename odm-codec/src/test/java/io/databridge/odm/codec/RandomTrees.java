package io.databridge.odm.codec;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.FieldNames;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.UUID;
import java.util.Random;

/** Seeded random value trees covering every value type, for property tests against the driver's bytes. */
final class RandomTrees {

    private static final String ALPHABET = "abcXYZ09 _-éü日本🚀\uFFFF\0";

    private final Random random;

    RandomTrees(long seed) {
        this.random = new Random(seed);
    }

    DocumentValue document(int depth) {
        int size = random.nextInt(depth == 0 ? 12 : 5);
        String[] names = new String[size + 1];
        ExtractedValue[] values = new ExtractedValue[size + 1];
        names[0] = "_id";
        values[0] = new ObjectIdValue(random.nextInt(), random.nextLong());
        for (int i = 1; i <= size; i++) {
            names[i] = "f" + i + text(3).replace("\0", "");
            values[i] = random.nextInt(10) == 0 ? null : value(depth);
        }
        return DocumentValue.of(FieldNames.of(names), values);
    }

    private ExtractedValue value(int depth) {
        int kind = random.nextInt(depth < 3 ? 15 : 13);
        return switch (kind) {
            case 0 -> new StringValue(text(random.nextInt(40)));
            case 1 -> Int32Value.of(random.nextInt());
            case 2 -> new Int64Value(random.nextLong());
            case 3 -> new DoubleValue(Double.longBitsToDouble(random.nextLong()));
            case 4 -> BooleanValue.of(random.nextBoolean());
            case 5 -> new ObjectIdValue(random.nextInt(), random.nextLong());
            case 6 -> new DateTimeValue(random.nextLong(-100_000_000_000_000L, 100_000_000_000_000L));
            case 7 -> new DecimalValue(new BigDecimal(new BigInteger(random.nextInt(1, 110), random)
                    .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1)), random.nextInt(-40, 40)));
            case 8 -> NullValue.INSTANCE;
            case 9 -> new UuidValue(new UUID(random.nextLong(), random.nextLong()));
            case 10 -> BinaryValue.copyOf(bytes(random.nextInt(20)));
            case 11 -> new StringValue(text(random.nextInt(300)));
            case 12 -> Int32Value.of(random.nextInt(-200, 1200));
            case 13 -> document(depth + 1);
            default -> array(depth + 1);
        };
    }

    private ArrayValue array(int depth) {
        ExtractedValue[] elements = new ExtractedValue[random.nextInt(15)];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = value(depth);
        }
        return ArrayValue.of(elements);
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
                    random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        return text.toString();
    }

    private byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
