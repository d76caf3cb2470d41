package io.databridge.odm.bench.contestant.driver;

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
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;

/**
 * {@code floor-rawbson}: zero mapping. The records are encoded to {@link RawBsonDocument}s with the hand codecs
 * while the batch is prepared (untimed); the timed call only hands the finished bytes to {@code insertMany}.
 * Its stored documents are the reference of the correctness gate.
 */
public final class FloorRawBsonContestant implements Contestant {

    /** This contestant's name. */
    public static final String NAME = "floor-rawbson";

    private MongoDatabase database;

    /** Creates the contestant; {@link #setUp} connects it. */
    public FloorRawBsonContestant() {
        // set up later
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void setUp(BenchTarget target) {
        database = target.database();
    }

    @Override
    public EntityBatch users(List<User> users) {
        return batch("floor_rawbson_user", users, new UserCodec());
    }

    @Override
    public EntityBatch rich(List<Rich> items) {
        return batch("floor_rawbson_rich", items, new RichCodec());
    }

    private <T> EntityBatch batch(String name, List<T> records, Codec<T> codec) {
        var collection = database.getCollection(name, RawBsonDocument.class);
        List<RawBsonDocument> documents = records.stream().map(r -> new RawBsonDocument(r, codec)).toList();
        return EntityBatch.of(name, documents.size(), () -> collection.insertMany(documents),
                () -> collection.find().into(new ArrayList<>()).size(),
                id -> collection.find(Filters.eq("_id", id)).first() != null);
    }
}
