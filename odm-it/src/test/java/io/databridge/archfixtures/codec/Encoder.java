package io.databridge.archfixtures.codec;

import io.databridge.archfixtures.api.value.ExtractedValue;
import org.bson.BsonDocument;
import org.bson.BsonString;

/** A well-formed encoder: the api and BSON. */
public final class Encoder {

    /** An encoder. */
    public Encoder() {}

    /**
     * Encodes a value.
     *
     * @param value the value
     * @return a document holding the value's type name
     */
    public BsonDocument encode(ExtractedValue value) {
        return new BsonDocument("type", new BsonString(value.typeName()));
    }
}
