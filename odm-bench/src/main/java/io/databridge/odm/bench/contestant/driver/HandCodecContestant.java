package io.databridge.odm.bench.contestant.driver;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.Rich;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.bench.handcodec.RichCodec;
import io.databridge.odm.bench.handcodec.UserCodec;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.configuration.CodecRegistries;

/**
 * {@code hand-codec}: the records themselves are the entities; the driver encodes them with the hand-written
 * codecs inside the timed {@code insertMany}.
 */
public final class HandCodecContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "hand-codec";

    private MongoDatabase database;

    /** Creates the contestant; {@link #setUp} connects it. */
    public HandCodecContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget target) {
        database = target.database().withCodecRegistry(CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new UserCodec(), new RichCodec()),
                MongoClientSettings.getDefaultCodecRegistry()));
    }

    @Override
    public EntityBatch users(List<User> users) {
        var collection = database.getCollection("hand_codec_user", User.class);
        var entities = List.copyOf(users);
        return EntityBatch.of(collection.getNamespace().getCollectionName(), entities.size(),
                () -> collection.insertMany(entities),
                () -> collection.find().into(new ArrayList<>()).stream().mapToInt(user -> user.age() >= 0 ? 1 : 1).sum(),
                id -> collection.find(Filters.eq("_id", id)).first() != null);
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        var collection = database.getCollection("hand_codec_rich", Rich.class);
        var entities = List.copyOf(items);
        return EntityBatch.of(collection.getNamespace().getCollectionName(), entities.size(),
                () -> collection.insertMany(entities),
                () -> collection.find().into(new ArrayList<>()).stream().mapToInt(rich -> rich.tags().isEmpty() ? 0 : 1)
                        .sum(),
                id -> collection.find(Filters.eq("_id", id)).first() != null);
    }
}
