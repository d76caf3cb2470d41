package io.databridge.odm.bench.handcodec;

import io.databridge.odm.bench.data.Address;
import io.databridge.odm.bench.data.Rich;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** A hand-written {@link Codec} for {@link Rich}, with its nested address inline; stateless and thread-safe. */
public final class RichCodec implements Codec<Rich> {

    /** Creates the codec. */
    public RichCodec() {
        // stateless
    }

    @Override
    public void encode(BsonWriter writer, Rich rich, EncoderContext context) {
        writer.writeStartDocument();
        writer.writeObjectId("_id", rich.id());
        writer.writeString("name", rich.name());
        Address address = rich.address();
        writer.writeStartDocument("address");
        writer.writeString("street", address.street());
        writer.writeString("city", address.city());
        writer.writeString("zip", address.zip());
        writer.writeEndDocument();
        writer.writeStartArray("tags");
        for (String tag : rich.tags()) {
            writer.writeString(tag);
        }
        writer.writeEndArray();
        writer.writeStartDocument("counts");
        for (Map.Entry<String, Integer> count : rich.counts().entrySet()) {
            writer.writeInt32(count.getKey(), count.getValue());
        }
        writer.writeEndDocument();
        writer.writeDateTime("createdAt", rich.createdAt().toEpochMilli());
        writer.writeDecimal128("price", new Decimal128(rich.price()));
        writer.writeEndDocument();
    }

    @Override
    public Rich decode(BsonReader reader, DecoderContext context) {
        ObjectId id = null;
        String name = null;
        Address address = null;
        List<String> tags = List.of();
        Map<String, Integer> counts = Map.of();
        Instant createdAt = null;
        BigDecimal price = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> id = reader.readObjectId();
                case "name" -> name = reader.readString();
                case "address" -> address = readAddress(reader);
                case "tags" -> tags = readTags(reader);
                case "counts" -> counts = readCounts(reader);
                case "createdAt" -> createdAt = Instant.ofEpochMilli(reader.readDateTime());
                case "price" -> price = reader.readDecimal128().bigDecimalValue();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new Rich(id, name, address, tags, counts, createdAt, price);
    }

    @Override
    public Class<Rich> getEncoderClass() {
        return Rich.class;
    }

    private static Address readAddress(BsonReader reader) {
        String street = null;
        String city = null;
        String zip = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "street" -> street = reader.readString();
                case "city" -> city = reader.readString();
                case "zip" -> zip = reader.readString();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new Address(street, city, zip);
    }

    private static List<String> readTags(BsonReader reader) {
        var tags = new ArrayList<String>(3);
        reader.readStartArray();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            tags.add(reader.readString());
        }
        reader.readEndArray();
        return tags;
    }

    private static Map<String, Integer> readCounts(BsonReader reader) {
        var counts = new LinkedHashMap<String, Integer>(4);
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            counts.put(reader.readName(), reader.readInt32());
        }
        reader.readEndDocument();
        return counts;
    }
}
