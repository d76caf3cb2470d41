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
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes value trees as BSON into a {@link BsonSink} whose capacity the caller reserved from
 * {@link SizeBounds#document}: no write below checks capacity. Field order is the document's; absent slots are
 * skipped. Stateless.
 */
public final class ValueWriter {

    private ValueWriter() {
    }

    /**
     * Writes a document.
     *
     * @param sink the sink, with at least {@code SizeBounds.document(document)} bytes free
     * @param document the document
     * @throws EncodingFailure if a string is not valid UTF-16; the sink then holds a partial document
     */
    public static void writeDocument(BsonSink sink, DocumentValue document) {
        int start = sink.skip(4);
        FieldNames names = document.names();
        int slots = document.slotCount();
        for (int i = 0; i < slots; i++) {
            ExtractedValue value = document.slot(i);
            if (value != null) {
                try {
                    writeElement(sink, names.terminatedUtf8(i), names.utf8(i).length, value);
                } catch (EncodingFailure failure) {
                    throw failure.at(names.name(i));
                }
            }
        }
        sink.putByte(0);
        sink.putIntAt(start, sink.position() - start);
    }

    private static void writeArray(BsonSink sink, ArrayValue array) {
        int start = sink.skip(4);
        int size = array.size();
        for (int i = 0; i < size; i++) {
            try {
                writeElement(sink, null, i, array.get(i));
            } catch (EncodingFailure failure) {
                throw failure.at("[" + i + "]");
            }
        }
        sink.putByte(0);
        sink.putIntAt(start, sink.position() - start);
    }

    /** Writes a field's header from its padded name, or an array element's from its index. */
    private static void header(BsonSink sink, int type, byte @Nullable [] name, int nameLengthOrIndex) {
        if (name != null) {
            sink.putHeader(type, name, nameLengthOrIndex);
        } else {
            ArrayKeys.putHeader(sink, type, nameLengthOrIndex);
        }
    }

    /**
     * Writes one element. An {@code instanceof} chain, most frequent kinds first: each test is a compare of the
     * exact class (the value classes are final), cheaper here than a pattern switch's bootstrap.
     */
    private static void writeElement(BsonSink sink, byte @Nullable [] name, int nameLengthOrIndex,
            ExtractedValue value) {
        if (value instanceof StringValue string) {
            header(sink, BsonType.STRING, name, nameLengthOrIndex);
            sink.putString(string.value());
        } else if (value instanceof Int32Value int32) {
            header(sink, BsonType.INT32, name, nameLengthOrIndex);
            sink.putInt(int32.value());
        } else if (value instanceof DocumentValue document) {
            header(sink, BsonType.DOCUMENT, name, nameLengthOrIndex);
            writeDocument(sink, document);
        } else if (value instanceof DoubleValue number) {
            header(sink, BsonType.DOUBLE, name, nameLengthOrIndex);
            sink.putLong(Double.doubleToRawLongBits(number.value()));
        } else if (value instanceof BooleanValue bool) {
            header(sink, BsonType.BOOLEAN, name, nameLengthOrIndex);
            sink.putByte(bool.value() ? 1 : 0);
        } else if (value instanceof ObjectIdValue objectId) {
            header(sink, BsonType.OBJECT_ID, name, nameLengthOrIndex);
            sink.putIntBigEndian(objectId.head());
            sink.putLongBigEndian(objectId.tail());
        } else if (value instanceof Int64Value int64) {
            header(sink, BsonType.INT64, name, nameLengthOrIndex);
            sink.putLong(int64.value());
        } else if (value instanceof DateTimeValue date) {
            header(sink, BsonType.DATE_TIME, name, nameLengthOrIndex);
            sink.putLong(date.epochMillis());
        } else if (value instanceof ArrayValue array) {
            header(sink, BsonType.ARRAY, name, nameLengthOrIndex);
            writeArray(sink, array);
        } else if (value instanceof DecimalValue decimal) {
            header(sink, BsonType.DECIMAL128, name, nameLengthOrIndex);
            Decimal128Bits.write(sink, decimal.value());
        } else if (value instanceof NullValue) {
            header(sink, BsonType.NULL, name, nameLengthOrIndex);
        } else if (value instanceof UuidValue uuid) {
            header(sink, BsonType.BINARY, name, nameLengthOrIndex);
            UUID id = uuid.value();
            sink.putInt(16);
            sink.putByte(BsonType.UUID_SUBTYPE);
            sink.putLongBigEndian(id.getMostSignificantBits());
            sink.putLongBigEndian(id.getLeastSignificantBits());
        } else if (value instanceof BinaryValue binary) {
            header(sink, BsonType.BINARY, name, nameLengthOrIndex);
            sink.putInt(binary.length());
            sink.putByte(binary.subtype());
            binary.copyTo(sink.buffer(), sink.skip(binary.length()));
        } else if (value instanceof OpaqueValue opaque) {
            header(sink, opaque.bsonType(), name, nameLengthOrIndex);
            opaque.copyTo(sink.buffer(), sink.skip(opaque.length()));
        } else {
            throw new IllegalStateException("unknown value kind " + value.getClass());
        }
    }
}
