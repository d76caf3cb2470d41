package io.databridge.odm.codec;

import io.databridge.odm.api.value.ArrayValue;
import io.databridge.odm.api.value.BinaryValue;
import io.databridge.odm.api.value.BooleanValue;
import io.databridge.odm.api.value.DateTimeValue;
import io.databridge.odm.api.value.DecimalValue;
import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.DoubleValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.api.value.Int32Value;
import io.databridge.odm.api.value.Int64Value;
import io.databridge.odm.api.value.NullValue;
import io.databridge.odm.api.value.ObjectIdValue;
import io.databridge.odm.api.value.OpaqueValue;
import io.databridge.odm.api.value.StringValue;
import io.databridge.odm.api.value.UuidValue;
import java.util.Arrays;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** The reference: the same values written by the BSON library's own codec, as the driver writes them. */
final class DriverBytes {

    private DriverBytes() {
    }

    /** Converts a value tree to the BSON library's tree, value for value. */
    static BsonValue toBson(ExtractedValue value) {
        return switch (value) {
            case StringValue string -> new BsonString(string.value());
            case Int32Value int32 -> new BsonInt32(int32.value());
            case Int64Value int64 -> new BsonInt64(int64.value());
            case DoubleValue number -> new BsonDouble(number.value());
            case BooleanValue bool -> BsonBoolean.valueOf(bool.value());
            case ObjectIdValue objectId -> new BsonObjectId(new ObjectId(objectId.toBytes()));
            case DateTimeValue date -> new BsonDateTime(date.epochMillis());
            case DecimalValue decimal -> new BsonDecimal128(new Decimal128(decimal.value()));
            case NullValue ignored -> BsonNull.VALUE;
            case UuidValue uuid -> new BsonBinary(uuid.value());
            case BinaryValue binary -> new BsonBinary(binary.subtype(), binary.toByteArray());
            case ArrayValue array -> new BsonArray(array.asList().stream().map(DriverBytes::toBson).toList());
            case DocumentValue document -> toBson(document);
            case OpaqueValue opaque -> throw new IllegalArgumentException("no library form for " + opaque);
        };
    }

    static BsonDocument toBson(DocumentValue document) {
        BsonDocument bson = new BsonDocument();
        document.forEach((name, value) -> bson.append(name, toBson(value)));
        return bson;
    }

    /** Encodes with {@link BsonDocumentCodec} over a {@link BsonBinaryWriter}, as the driver does. */
    static byte[] encode(BsonDocument document) {
        BasicOutputBuffer buffer = new BasicOutputBuffer();
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            new BsonDocumentCodec().encode(writer, document, EncoderContext.builder().build());
        }
        return Arrays.copyOf(buffer.getInternalBuffer(), buffer.getPosition());
    }

    static byte[] encode(DocumentValue document) {
        return encode(toBson(document));
    }
}
