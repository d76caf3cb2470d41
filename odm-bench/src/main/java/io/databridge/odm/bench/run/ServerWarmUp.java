package io.databridge.odm.bench.run;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.handcodec.RichCodec;
import io.databridge.odm.bench.handcodec.UserCodec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.bson.RawBsonDocument;

/**
 * Exercises the server before any contestant is measured: create a collection, insert pre-encoded documents of both
 * kinds in batches of 10 to 10,000, count, drop, over and over for a fixed time, so the server's JVM has compiled its
 * insert path when the first measured round starts. Client-side work is nil (the documents are encoded once), so this
 * warms the server, not any contestant.
 */
public final class ServerWarmUp {

    private static final String COLLECTION = "server_warm_up";
    private static final int[] SIZES = {10, 100, 1_000, 10_000};

    private ServerWarmUp() {
    }

    /**
     * Runs the warm-up.
     *
     * @param database the benchmark database
     * @param time how long to run
     * @param progress where to report
     */
    public static void run(MongoDatabase database, Duration time, PrintStream progress) {
        DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        UserCodec userCodec = new UserCodec();
        RichCodec richCodec = new RichCodec();
        List<RawBsonDocument> users = data.users(10_000).stream().map(u -> new RawBsonDocument(u, userCodec)).toList();
        List<RawBsonDocument> rich = data.rich(10_000).stream().map(r -> new RawBsonDocument(r, richCodec)).toList();
        MongoCollection<RawBsonDocument> collection = database.getCollection(COLLECTION, RawBsonDocument.class);
        long end = System.nanoTime() + time.toNanos();
        long documents = 0;
        for (int cycle = 0; System.nanoTime() < end; cycle++) {
            int size = SIZES[cycle % SIZES.length];
            database.createCollection(COLLECTION);
            collection.insertMany((cycle & 4) == 0 ? users.subList(0, size) : rich.subList(0, size));
            documents += collection.countDocuments();
            collection.drop();
        }
        progress.printf(Locale.ROOT, "[server] warmed up: %,d documents inserted in %d s%n", documents,
                time.toSeconds());
    }
}
