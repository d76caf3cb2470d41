package io.databridge.odm.bench.run;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.data.User;
import io.databridge.odm.bench.stats.Summary;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.bson.types.ObjectId;

/**
 * Single-document reads: each contestant's collection holds the same 1,000 "user" documents; in each round every
 * contestant (rotating start) looks up the same {@value #LOOKUPS_PER_ROUND} ids, one call each, and every call's time
 * is kept. Reports the median and p90 per contestant in microseconds: a round trip's latency, which on these VMs
 * measures the machine as much as the mapper, so compare within one run.
 */
public final class FindByIdLatency {

    private static final int DOCUMENTS = 1_000;
    private static final int LOOKUPS_PER_ROUND = 50;

    private final MongoDatabase database;
    private final List<Contestant> contestants;
    private final PrintStream progress;

    /**
     * Creates the probe.
     *
     * @param database the benchmark database
     * @param contestants the line-up, set up
     * @param progress where progress goes
     */
    public FindByIdLatency(MongoDatabase database, List<Contestant> contestants, PrintStream progress) {
        this.database = database;
        this.contestants = List.copyOf(contestants);
        this.progress = progress;
    }

    /**
     * Measures.
     *
     * @param warmupRounds rounds discarded
     * @param rounds rounds kept
     * @return the markdown table
     */
    public String run(int warmupRounds, int rounds) {
        DataGenerator data = new DataGenerator(DataGenerator.DEFAULT_SEED);
        List<User> users = data.users(DOCUMENTS);
        List<EntityBatch> batches = new ArrayList<>();
        for (Contestant contestant : contestants) {
            EntityBatch batch = contestant.prepare(DocumentKind.USER, data, DOCUMENTS);
            database.getCollection(batch.collection()).drop();
            database.createCollection(batch.collection());
            batch.insert();
            batches.add(batch);
        }
        Random random = new Random(7);
        List<List<Long>> times = new ArrayList<>();
        contestants.forEach(contestant -> times.add(new ArrayList<>()));
        for (int round = 0; round < warmupRounds + rounds; round++) {
            List<ObjectId> ids = new ArrayList<>();
            for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
                ids.add(users.get(random.nextInt(DOCUMENTS)).id());
            }
            for (int turn = 0; turn < batches.size(); turn++) {
                int which = (round + turn) % batches.size();
                for (ObjectId id : ids) {
                    long start = System.nanoTime();
                    boolean found = batches.get(which).findById(id);
                    long elapsed = System.nanoTime() - start;
                    if (!found) {
                        throw new IllegalStateException(contestants.get(which).name() + " did not find " + id);
                    }
                    if (round >= warmupRounds) {
                        times.get(which).add(elapsed);
                    }
                }
            }
            progress.printf(Locale.ROOT, "[findById] round %d/%d%n", round + 1, warmupRounds + rounds);
        }
        batches.forEach(batch -> database.getCollection(batch.collection()).drop());
        StringBuilder table = new StringBuilder("\n### findById: microseconds per call (")
                .append(rounds * LOOKUPS_PER_ROUND).append(" calls each)\n\n| contestant | p50 | p90 |\n|---|---:|---:|\n");
        for (int i = 0; i < contestants.size(); i++) {
            double[] micros = times.get(i).stream().mapToDouble(nanos -> nanos / 1_000.0).toArray();
            Summary summary = Summary.of(micros);
            table.append(String.format(Locale.ROOT, "| `%s` | %.0f | %.0f |%n", contestants.get(i).name(),
                    summary.median(), summary.p90()));
        }
        return table.toString();
    }
}
