package io.databridge.archfixtures.codec;

import io.databridge.archfixtures.mapping.Mapper;
import org.bson.BsonDocument;

/** Breaks the module directions, and only them: the codec may use the api, not the mapping. */
public final class EncoderThatMaps {

    private final Mapper mapper = new Mapper();
    private final Encoder encoder = new Encoder();

    /** An encoder. */
    public EncoderThatMaps() {}

    /**
     * Maps and encodes an entity.
     *
     * @param entity the entity
     * @return the document
     */
    public BsonDocument encode(Object entity) {
        return encoder.encode(mapper.extract(entity));
    }
}
