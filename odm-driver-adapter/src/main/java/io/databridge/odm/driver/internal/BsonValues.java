package io.databridge.odm.driver.internal;

import io.databridge.odm.api.value.DocumentValue;
import io.databridge.odm.api.value.ExtractedValue;
import io.databridge.odm.codec.BsonBytes;
import io.databridge.odm.codec.DocumentDecoder;
import io.databridge.odm.codec.DocumentEncoder;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * Conversions between the driver's BSON values and the port's value trees for the few values the driver hands over
 * outside raw documents (distinct values, upserted ids), and for rare reads off the hot path.
 */
final class BsonValues {

    private BsonValues() {
    }

    /**
     * Converts one driver value, by the codec's decoder (so the value reads exactly as it would inside a document).
     *
     * @param value the driver's value
     * @return the value tree
     */
    static ExtractedValue toExtracted(BsonValue value) {
        BsonBytes bytes = bytesOf(new RawBsonDocument(new BsonDocument("v", value), new BsonDocumentCodec()));
        DocumentValue wrapper = new DocumentDecoder().decode(bytes.array(), bytes.offset(), bytes.length());
        return Objects.requireNonNull(wrapper.get("v"));
    }

    /**
     * Encodes a document with the codec (off the hot path: a fresh encoder).
     *
     * @param document the document
     * @return its bytes
     */
    static byte[] encode(DocumentValue document) {
        return new DocumentEncoder().encode(document);
    }

    /**
     * Returns where a raw document's bytes lie, without copying them.
     *
     * @param document the raw document
     * @return its bytes
     */
    static BsonBytes bytesOf(RawBsonDocument document) {
        ByteBuffer buffer = document.getByteBuffer().asNIO();
        return new BsonBytes(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
    }
}
