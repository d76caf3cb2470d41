package io.databridge.odm.bench.run;

import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.driver.FloorRawBsonContestant;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.stats.Summary;
import io.databridge.odm.bench.workload.Workload;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the side-by-side benchmark: for each document kind, workload and batch size, converts the data for
 * every contestant (untimed), warms up, passes the {@link CorrectnessGate}, then measures in interleaved,
 * rotating rounds ({@link RoundRobin}). Single-threaded; contestants must already be set up against the same
 * target, and stay owned by the caller.
 */
public final class BenchRunner {

    private final BenchTarget target;
    private final List<Contestant> contestants;
    private final Plan plan;
    private final DataGenerator data;
    private final PrintStream progress;

    /**
     * Creates a runner.
     *
     * @param target the server and database
     * @param contestants the set-up contestants, in report order
     * @param plan rounds and repetitions per size
     * @param data the data generator
     * @param progress where progress lines go (stderr)
     */
    public BenchRunner(BenchTarget target, List<Contestant> contestants, Plan plan, DataGenerator data,
            PrintStream progress) {
        this.target = target;
        this.contestants = List.copyOf(contestants);
        this.plan = plan;
        this.data = data;
        this.progress = progress;
    }

    /**
     * Runs every combination.
     *
     * @param workloads the workloads
     * @param kinds the document kinds
     * @return one result per workload, kind, contestant and size, in run order
     * @throws IllegalStateException if a correctness check fails
     */
    public List<Result> run(List<Workload> workloads, List<DocumentKind> kinds) {
        var gate = new CorrectnessGate(target.database(), referenceContestant(), data);
        var results = new ArrayList<Result>();
        for (DocumentKind kind : kinds) {
            for (Workload workload : workloads) {
                for (int n : plan.sizes()) {
                    results.addAll(runOne(workload, kind, n, gate));
                }
            }
        }
        return results;
    }

    private List<Result> runOne(Workload workload, DocumentKind kind, int n, CorrectnessGate gate) {
        String label = String.format(Locale.ROOT, "[%s %s N=%d]", workload.name(), kind.label(), n);
        List<Entry> entries = contestants.stream().map(c -> new Entry(c, c.prepare(kind, data, n))).toList();
        var rounds = new RoundRobin(workload, target.database(), entries, plan.repetitions(n), label, progress);
        rounds.warmUp(plan.warmupRounds(n), plan.warmupTime(n));
        gate.check(kind, n, entries);
        progress.println(label + " correctness gate passed: " + entries.size()
                + " contestants store the floor's documents");
        double[][] samples = rounds.measure(plan.measuredRounds(n));
        var results = new ArrayList<Result>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            results.add(new Result(workload.name(), kind, entries.get(i).name(), n, Summary.of(samples[i])));
        }
        return results;
    }

    private Contestant referenceContestant() {
        var reference = new FloorRawBsonContestant();
        reference.setUp(target);
        return reference;
    }
}
