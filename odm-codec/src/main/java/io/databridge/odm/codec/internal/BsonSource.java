package io.databridge.odm.codec.internal;

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
import io.databridge.odm.api.value.OpaqueValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads BSON documents into value trees, checking every length, terminator and type byte, and refusing invalid UTF-8
 * in names and strings (the JDK would replace it with U+FFFD silently). Field names are matched as bytes against the
 * layouts of the documents read before, so a batch of documents of one shape shares one {@link FieldNames} and
 * allocates no name strings. Keeps no reference to the bytes it read. Not thread-safe: one per thread; it may be kept
 * across batches, so that its recent layouts save the next batch's first document a lookup.
 */
public final class BsonSource {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BIG_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle BIG_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);
    private static final int MAX_DEPTH = 200;
    private static final int LAYOUTS_PER_DEPTH = 4;
    private static final int INITIAL_ELEMENTS = 8;

    private final FieldNames[][] recent = new FieldNames[8][LAYOUTS_PER_DEPTH];
    private final @Nullable SharedLayouts shared;
    private ExtractedValue[][] arrays = new ExtractedValue[4][];
    private static final byte[] NO_BYTES = new byte[0];

    private byte[] bytes = NO_BYTES;
    private int limit;

    /** Creates a source whose layouts are its own. */
    public BsonSource() {
        this.shared = null;
    }

    /**
     * Creates a source that takes new layouts from, and adds them to, layouts shared with other sources.
     *
     * @param shared the shared layouts
     */
    public BsonSource(SharedLayouts shared) {
        this.shared = shared;
    }

    /**
     * Reads one document.
     *
     * @param source the bytes
     * @param offset where the document starts
     * @param length how many bytes it has
     * @return the document
     * @throws DecodingFailure if the bytes are not one valid BSON document
     */
    public DocumentValue document(byte[] source, int offset, int length) {
        this.bytes = source;
        this.limit = offset + length;
        if (length < 5 || offset < 0 || offset + length > source.length) {
            throw new DecodingFailure("a document of at least 5 bytes within the buffer; got " + length + " bytes");
        }
        try {
            int declared = (int) INT.get(bytes, offset);
            if (declared != length) {
                throw new DecodingFailure("document length " + declared + " does not match the " + length
                        + " bytes given");
            }
            return readDocument(offset, 0);
        } finally {
            this.bytes = NO_BYTES;
        }
    }

    private DocumentValue readDocument(int start, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DecodingFailure("nesting deeper than " + MAX_DEPTH + " levels");
        }
        int length = lengthAt(start, 5, "document");
        int end = start + length - 1;
        if (bytes[end] != 0) {
            throw new DecodingFailure("a document that ends with a zero byte");
        }
        if (depth < recent.length) {
            for (FieldNames candidate : recent[depth]) {
                if (candidate == null) {
                    break;
                }
                DocumentValue read = readAs(candidate, start + 4, end, depth);
                if (read != null) {
                    return read;
                }
            }
        }
        return readNewLayout(start + 4, end, depth);
    }

    /**
     * Reads the elements in one pass if their names are those of a known layout, in order; null (having read part of
     * the document for nothing) as soon as a name differs or the count does not match.
     */
    private @Nullable DocumentValue readAs(FieldNames layout, int at, int end, int depth) {
        int count = layout.size();
        ExtractedValue[] slots = new ExtractedValue[count];
        for (int i = 0; i < count; i++) {
            if (at >= end) {
                return null;
            }
            int type = bytes[at] & 0xff;
            int nameLength = layout.utf8(i).length;
            if (!nameMatches(layout.terminatedUtf8(i), nameLength, at + 1, end)) {
                return null;
            }
            at += nameLength + 2;
            try {
                int valueEnd = valueEnd(type, at, end);
                slots[i] = value(type, at, valueEnd, depth);
                at = valueEnd;
            } catch (DecodingFailure failure) {
                throw failure.at(layout.name(i));
            }
        }
        return at == end ? DocumentValue.adopt(layout, slots) : null;
    }

    /** Reads a document whose names match no recent layout, and remembers its layout. */
    private DocumentValue readNewLayout(int at, int end, int depth) {
        String[] names = new String[INITIAL_ELEMENTS];
        ExtractedValue[] slots = new ExtractedValue[INITIAL_ELEMENTS];
        int count = 0;
        while (at < end) {
            int type = bytes[at] & 0xff;
            int nameEnd = nul(at + 1, end);
            String name = utf8(at + 1, nameEnd - at - 1, "field name");
            at = nameEnd + 1;
            if (count == slots.length) {
                names = Arrays.copyOf(names, count * 2);
                slots = Arrays.copyOf(slots, count * 2);
            }
            names[count] = name;
            try {
                int valueEnd = valueEnd(type, at, end);
                slots[count++] = value(type, at, valueEnd, depth);
                at = valueEnd;
            } catch (DecodingFailure failure) {
                throw failure.at(name);
            }
        }
        FieldNames layout;
        try {
            layout = FieldNames.of(Arrays.copyOf(names, count));
        } catch (IllegalArgumentException repeated) {
            throw new DecodingFailure("distinct field names: " + repeated.getMessage());
        }
        if (shared != null) {
            layout = shared.intern(layout);
        }
        remember(layout, depth);
        return DocumentValue.adopt(layout, count == slots.length ? slots : Arrays.copyOf(slots, count));
    }

    private ArrayValue readArray(int start, int depth) {
        int length = lengthAt(start, 5, "array");
        int end = start + length - 1;
        if (bytes[end] != 0) {
            throw new DecodingFailure("an array that ends with a zero byte");
        }
        ExtractedValue[] elements = arrayScratch(depth);
        int count = 0;
        int at = start + 4;
        while (at < end) {
            int type = bytes[at] & 0xff;
            at = nul(at + 1, end) + 1;
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
                arrays[depth] = elements;
            }
            try {
                int valueEnd = valueEnd(type, at, end);
                elements[count] = value(type, at, valueEnd, depth);
                at = valueEnd;
            } catch (DecodingFailure failure) {
                throw failure.at("[" + count + "]");
            }
            count++;
        }
        ExtractedValue[] exact = Arrays.copyOf(elements, count);
        Arrays.fill(elements, 0, count, null);
        return ArrayValue.adopt(exact);
    }

    /** The buffer the array being read at this depth collects its elements in, so only the exact copy is new. */
    private ExtractedValue[] arrayScratch(int depth) {
        if (depth >= arrays.length) {
            arrays = Arrays.copyOf(arrays, Math.max(depth + 1, arrays.length * 2));
        }
        ExtractedValue[] scratch = arrays[depth];
        if (scratch == null) {
            scratch = new ExtractedValue[INITIAL_ELEMENTS];
            arrays[depth] = scratch;
        }
        return scratch;
    }

    private ExtractedValue value(int type, int at, int valueEnd, int depth) {
        return switch (type) {
            case 0x01 -> new DoubleValue(Double.longBitsToDouble((long) LONG.get(bytes, at)));
            case 0x02 -> new StringValue(utf8(at + 4, valueEnd - at - 5, "string"));
            case 0x03 -> readDocument(at, depth + 1);
            case 0x04 -> readArray(at, depth + 1);
            case 0x05 -> binary(at, valueEnd);
            case 0x07 -> new ObjectIdValue((int) BIG_INT.get(bytes, at), (long) BIG_LONG.get(bytes, at + 4));
            case 0x08 -> bool(bytes[at]);
            case 0x09 -> new DateTimeValue((long) LONG.get(bytes, at));
            case 0x0A -> NullValue.INSTANCE;
            case 0x10 -> Int32Value.of((int) INT.get(bytes, at));
            case 0x12 -> new Int64Value((long) LONG.get(bytes, at));
            case 0x13 -> decimal(at);
            default -> OpaqueValue.of(type, Arrays.copyOfRange(bytes, at, valueEnd));
        };
    }

    private static BooleanValue bool(byte value) {
        if (value == 0) {
            return BooleanValue.FALSE;
        }
        if (value == 1) {
            return BooleanValue.TRUE;
        }
        throw new DecodingFailure("a boolean byte of 0 or 1; got " + value);
    }

    private ExtractedValue binary(int at, int valueEnd) {
        int subtype = bytes[at + 4];
        int length = valueEnd - at - 5;
        if (subtype == 4 && length == 16) {
            return new UuidValue(new UUID((long) BIG_LONG.get(bytes, at + 5), (long) BIG_LONG.get(bytes, at + 13)));
        }
        if (subtype == 2 || subtype == 3 || subtype == 4) {
            return OpaqueValue.of(0x05, Arrays.copyOfRange(bytes, at, valueEnd));
        }
        return BinaryValue.of((byte) subtype, Arrays.copyOfRange(bytes, at + 5, valueEnd));
    }

    private ExtractedValue decimal(int at) {
        long low = (long) LONG.get(bytes, at);
        long high = (long) LONG.get(bytes, at + 8);
        return Decimal128Bits.read(high, low, () -> OpaqueValue.of(0x13, Arrays.copyOfRange(bytes, at, at + 16)));
    }

    /** The end of a value of a type starting at {@code at}, checked to lie before {@code end}. */
    private int valueEnd(int type, int at, int end) {
        int size = switch (type) {
            case 0x01, 0x09, 0x11, 0x12 -> 8;
            case 0x02, 0x0D, 0x0E -> 4 + stringLength(at, end);
            case 0x03, 0x04 -> lengthAt(at, 5, type == 0x03 ? "document" : "array");
            case 0x05 -> 5 + nonNegative(at, "binary");
            case 0x06, 0x0A, 0x7F, 0xFF -> 0;
            case 0x07 -> 12;
            case 0x08 -> 1;
            case 0x0B -> regexLength(at, end);
            case 0x0C -> 4 + stringLength(at, end) + 12;
            case 0x0F -> lengthAt(at, 14, "code with scope");
            case 0x10 -> 4;
            case 0x13 -> 16;
            default -> throw new DecodingFailure("a BSON element type; got 0x" + Integer.toHexString(type));
        };
        if (at + size > end || at + size < at) {
            throw new DecodingFailure("a value that fits in its document (" + size + " bytes from offset " + at
                    + " run past the end)");
        }
        return at + size;
    }

    private int stringLength(int at, int end) {
        int length = nonNegative(at, "string");
        if (length < 1 || at + 4 + length > end) {
            throw new DecodingFailure("a string length between 1 and the rest of the document; got " + length);
        }
        if (bytes[at + 4 + length - 1] != 0) {
            throw new DecodingFailure("a string that ends with a zero byte");
        }
        return length;
    }

    private int regexLength(int at, int end) {
        int pattern = nul(at, end);
        return nul(pattern + 1, end) + 1 - at;
    }

    private int lengthAt(int at, int minimum, String what) {
        if (at + 4 > limit) {
            throw new DecodingFailure("a " + what + " length within the buffer");
        }
        int length = (int) INT.get(bytes, at);
        if (length < minimum || at + length > limit) {
            throw new DecodingFailure("a " + what + " length between " + minimum + " and the rest of the buffer; got "
                    + length);
        }
        return length;
    }

    private int nonNegative(int at, String what) {
        if (at + 4 > limit) {
            throw new DecodingFailure("a " + what + " length within the buffer");
        }
        int length = (int) INT.get(bytes, at);
        if (length < 0) {
            throw new DecodingFailure("a non-negative " + what + " length; got " + length);
        }
        return length;
    }

    private int nul(int at, int end) {
        for (int i = at; i < end; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        throw new DecodingFailure("a name that ends with a zero byte before its document ends");
    }

    /**
     * Decodes UTF-8 strictly: ASCII (the common case) through the JDK's fast path, anything else through a decoder
     * that reports malformed input instead of replacing it.
     */
    private String utf8(int at, int length, String what) {
        int all = 0;
        for (int i = at; i < at + length; i++) {
            all |= bytes[i];
        }
        if (all >= 0) {
            return new String(bytes, at, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, at, length)).toString();
        } catch (CharacterCodingException invalid) {
            throw new DecodingFailure("a " + what + " of valid UTF-8; got invalid bytes (" + invalid.getMessage()
                    + ")");
        }
    }

    /**
     * Whether the name at {@code at} equals a layout's name, terminator included: whole little-endian words compared
     * against the layout's zero-padded form, the last one masked to the bytes that belong to the name.
     */
    private boolean nameMatches(byte[] terminated, int nameLength, int at, int end) {
        int total = nameLength + 1;
        if (at + total > end) {
            return false;
        }
        int i = 0;
        for (; i + Long.BYTES <= total; i += Long.BYTES) {
            if ((long) LONG.get(bytes, at + i) != (long) LONG.get(terminated, i)) {
                return false;
            }
        }
        int rest = total - i;
        if (rest == 0) {
            return true;
        }
        if (at + i + Long.BYTES <= bytes.length) {
            long mask = (1L << (rest * Byte.SIZE)) - 1;
            return ((long) LONG.get(bytes, at + i) & mask) == (long) LONG.get(terminated, i);
        }
        return Arrays.equals(bytes, at + i, at + total, terminated, i, total);
    }

    private void remember(FieldNames layout, int depth) {
        if (depth < recent.length) {
            FieldNames[] slots = recent[depth];
            System.arraycopy(slots, 0, slots, 1, slots.length - 1);
            slots[0] = layout;
        }
    }
}
