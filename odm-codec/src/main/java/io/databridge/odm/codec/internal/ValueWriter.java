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
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.util.UUID;

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
                    writeElement(sink, names.utf8(i), value);
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
                writeElement(sink, ArrayKeys.key(i), array.get(i));
            } catch (EncodingFailure failure) {
                throw failure.at("[" + i + "]");
            }
        }
        sink.putByte(0);
        sink.putIntAt(start, sink.position() - start);
    }

    private static void writeElement(BsonSink sink, byte[] name, ExtractedValue value) {
        switch (value) {
            case StringValue string -> {
                sink.putHeader(BsonType.STRING, name);
                sink.putString(string.value());
            }
            case Int32Value int32 -> {
                sink.putHeader(BsonType.INT32, name);
                sink.putInt(int32.value());
            }
            case Int64Value int64 -> {
                sink.putHeader(BsonType.INT64, name);
                sink.putLong(int64.value());
            }
            case DoubleValue number -> {
                sink.putHeader(BsonType.DOUBLE, name);
                sink.putLong(Double.doubleToRawLongBits(number.value()));
            }
            case BooleanValue bool -> {
                sink.putHeader(BsonType.BOOLEAN, name);
                sink.putByte(bool.value() ? 1 : 0);
            }
            case ObjectIdValue objectId -> {
                sink.putHeader(BsonType.OBJECT_ID, name);
                sink.putIntBigEndian(objectId.head());
                sink.putLongBigEndian(objectId.tail());
            }
            case DateTimeValue date -> {
                sink.putHeader(BsonType.DATE_TIME, name);
                sink.putLong(date.epochMillis());
            }
            case DecimalValue decimal -> {
                sink.putHeader(BsonType.DECIMAL128, name);
                Decimal128Bits.write(sink, decimal.value());
            }
            case DocumentValue document -> {
                sink.putHeader(BsonType.DOCUMENT, name);
                writeDocument(sink, document);
            }
            case ArrayValue array -> {
                sink.putHeader(BsonType.ARRAY, name);
                writeArray(sink, array);
            }
            case NullValue ignored -> sink.putHeader(BsonType.NULL, name);
            case UuidValue uuid -> {
                sink.putHeader(BsonType.BINARY, name);
                UUID id = uuid.value();
                sink.putInt(16);
                sink.putByte(BsonType.UUID_SUBTYPE);
                sink.putLongBigEndian(id.getMostSignificantBits());
                sink.putLongBigEndian(id.getLeastSignificantBits());
            }
            case BinaryValue binary -> {
                sink.putHeader(BsonType.BINARY, name);
                sink.putInt(binary.length());
                sink.putByte(binary.subtype());
                binary.copyTo(sink.buffer(), sink.skip(binary.length()));
            }
        }
    }
}
