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

/**
 * Upper bounds of encoded sizes, exact for everything but strings (a string counts 3 bytes per character, the most
 * UTF-8 needs per UTF-16 unit). One pass over the tree, no allocation: it sizes buffers before writing and refuses an
 * oversized document before anything is written.
 */
public final class SizeBounds {

    private SizeBounds() {
    }

    /**
     * Bounds the encoded size of a document.
     *
     * @param document the document
     * @return bytes, at least the exact size
     */
    public static long document(DocumentValue document) {
        return document(document, false);
    }

    /**
     * Computes the exact encoded size of a document, scanning strings for their UTF-8 length; for the rare document
     * whose bound exceeds a limit.
     *
     * @param document the document
     * @return the exact size in bytes
     */
    public static long exact(DocumentValue document) {
        return document(document, true);
    }

    private static long document(DocumentValue document, boolean exact) {
        long size = 5;
        FieldNames names = document.names();
        int slots = document.slotCount();
        for (int i = 0; i < slots; i++) {
            ExtractedValue value = document.slot(i);
            if (value != null) {
                size += 2 + names.utf8(i).length + value(value, exact);
            }
        }
        return size;
    }

    private static long array(ArrayValue array, boolean exact) {
        long size = 5;
        int count = array.size();
        for (int i = 0; i < count; i++) {
            size += 2 + ArrayKeys.length(i) + value(array.get(i), exact);
        }
        return size;
    }

    /** An {@code instanceof} chain, most frequent kinds first (see {@link ValueWriter}). */
    private static long value(ExtractedValue value, boolean exact) {
        if (value instanceof StringValue string) {
            return 5 + (exact ? utf8Length(string.value()) : 3L * string.value().length());
        } else if (value instanceof Int32Value) {
            return 4;
        } else if (value instanceof DocumentValue document) {
            return document(document, exact);
        } else if (value instanceof DoubleValue || value instanceof Int64Value || value instanceof DateTimeValue) {
            return 8;
        } else if (value instanceof BooleanValue) {
            return 1;
        } else if (value instanceof ObjectIdValue) {
            return 12;
        } else if (value instanceof ArrayValue array) {
            return array(array, exact);
        } else if (value instanceof DecimalValue) {
            return 16;
        } else if (value instanceof NullValue) {
            return 0;
        } else if (value instanceof UuidValue) {
            return 21;
        } else if (value instanceof BinaryValue binary) {
            return 5L + binary.length();
        } else if (value instanceof OpaqueValue opaque) {
            return opaque.length();
        }
        throw new IllegalStateException("unknown value kind " + value.getClass());
    }

    /** The number of bytes the BSON library's UTF-8 writer produces (3 for an unpaired surrogate). */
    private static long utf8Length(String value) {
        long bytes = 0;
        int length = value.length();
        for (int i = 0; i < length; ) {
            int c = Character.codePointAt(value, i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += Character.charCount(c);
        }
        return bytes;
    }
}
