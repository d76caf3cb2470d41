package io.databridge.odm.bench.handcodec;

import io.databridge.odm.bench.data.User;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.types.ObjectId;

/** A hand-written {@link Codec} for {@link User}; stateless and thread-safe. */
public final class UserCodec implements Codec<User> {

    /** Creates the codec. */
    public UserCodec() {
        // stateless
    }

    @Override
    public void encode(BsonWriter writer, User user, EncoderContext context) {
        writer.writeStartDocument();
        writer.writeObjectId("_id", user.id());
        writer.writeString("name", user.name());
        writer.writeString("email", user.email());
        writer.writeInt32("age", user.age());
        writer.writeString("city", user.city());
        writer.writeDouble("score", user.score());
        writer.writeBoolean("active", user.active());
        writer.writeEndDocument();
    }

    @Override
    public User decode(BsonReader reader, DecoderContext context) {
        ObjectId id = null;
        String name = null;
        String email = null;
        int age = 0;
        String city = null;
        double score = 0;
        boolean active = false;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            switch (reader.readName()) {
                case "_id" -> id = reader.readObjectId();
                case "name" -> name = reader.readString();
                case "email" -> email = reader.readString();
                case "age" -> age = reader.readInt32();
                case "city" -> city = reader.readString();
                case "score" -> score = reader.readDouble();
                case "active" -> active = reader.readBoolean();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new User(id, name, email, age, city, score, active);
    }

    @Override
    public Class<User> getEncoderClass() {
        return User.class;
    }
}
