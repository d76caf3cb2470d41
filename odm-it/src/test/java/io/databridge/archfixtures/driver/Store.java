package io.databridge.archfixtures.driver;

import com.mongodb.client.MongoCollection;
import io.databridge.archfixtures.api.Port;
import io.databridge.archfixtures.api.value.ExtractedValue;
import io.databridge.archfixtures.api.value.TextValue;
import io.databridge.archfixtures.codec.Encoder;
import io.databridge.archfixtures.driver.internal.Pipeline;
import io.databridge.archfixtures.mapping.Mapper;
import io.vavr.control.Option;
import org.bson.BsonDocument;

/** A well-formed adapter: implements the api's port with mapping, codec, the driver and its own internals. */
public final class Store implements Port {

    private final Mapper mapper = new Mapper();
    private final Encoder encoder = new Encoder();
    private final Pipeline pipeline;

    /**
     * A store writing to a collection.
     *
     * @param collection the collection
     */
    public Store(MongoCollection<BsonDocument> collection) {
        this.pipeline = new Pipeline(collection);
    }

    /**
     * Maps, encodes and inserts an entity.
     *
     * @param entity the entity
     */
    public void save(Object entity) {
        pipeline.insert(encoder.encode(mapper.extract(entity)));
    }

    @Override
    public Option<ExtractedValue> read(String key) {
        return Option.of(new TextValue(key));
    }
}
