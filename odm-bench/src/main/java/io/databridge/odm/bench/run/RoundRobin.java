package io.databridge.odm.bench.run;

import com.mongodb.client.MongoDatabase;
import io.databridge.odm.bench.workload.Workload;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Runs rounds of one workload over a fixed line-up at one batch size. In round {@code r} the contestants take
 * turns starting with the {@code r}-th (modulo their count); each turn yields one sample, the mean time of
 * {@code repetitions} timed operations, in ms.
 *
 * @param <B> the workload's batch type
 */
final class RoundRobin<B> {

    private final Workload<B> workload;
    private final MongoDatabase database;
    private final List<Entry<B>> entries;
    private final int repetitions;
    private final String label;
    private final PrintStream progress;

    RoundRobin(Workload<B> workload, MongoDatabase database, List<Entry<B>> entries, int repetitions, String label,
            PrintStream progress) {
        this.workload = workload;
        this.database = database;
        this.entries = List.copyOf(entries);
        this.repetitions = repetitions;
        this.label = label;
        this.progress = progress;
    }

    /**
     * Runs measured rounds, printing one progress line per round.
     *
     * @param rounds how many
     * @return {@code samples[i][r]}: the sample of entry {@code i} in round {@code r}, in ms
     */
    double[][] measure(int rounds) {
        var samples = new double[entries.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            var line = new StringBuilder(String.format(Locale.ROOT, "%s round %d/%d:", label, round + 1, rounds));
            for (int turn = 0; turn < entries.size(); turn++) {
                int i = (round + turn) % entries.size();
                samples[i][round] = sample(entries.get(i));
                line.append(String.format(Locale.ROOT, " %s %.3f", entries.get(i).name(), samples[i][round]));
            }
            progress.println(line.append(" ms"));
        }
        return samples;
    }

    /**
     * Runs rounds whose samples are discarded, until both minimums are met.
     *
     * @param minRounds the least number of rounds
     * @param minTime the least time
     */
    void warmUp(int minRounds, Duration minTime) {
        long start = System.nanoTime();
        int round = 0;
        while (round < minRounds || System.nanoTime() - start < minTime.toNanos()) {
            for (int turn = 0; turn < entries.size(); turn++) {
                sample(entries.get((round + turn) % entries.size()));
            }
            round++;
        }
        progress.printf(Locale.ROOT, "%s warm-up: %d rounds x %d repetitions in %.1f s%n", label, round, repetitions,
                (System.nanoTime() - start) / 1e9);
    }

    private double sample(Entry<B> entry) {
        long total = 0;
        for (int repetition = 0; repetition < repetitions; repetition++) {
            workload.before(entry.batch(), database);
            long start = System.nanoTime();
            long result = workload.run(entry.batch());
            total += System.nanoTime() - start;
            workload.after(entry.batch(), database, result);
        }
        return total / 1e6 / repetitions;
    }
}
