package io.databridge.odm.bench.run;

import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.EntityBatch;
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
 * every contestant that takes part (untimed), warms up, passes the {@link CorrectnessGate} (for the workloads that
 * have one), then measures in interleaved, rotating rounds ({@link RoundRobin}). Single-threaded; contestants must
 * already be set up against the same target, and stay owned by the caller.
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
     * Runs every combination. A workload runs, at each kind and size, the contestants it {@linkplain Workload#prepare
     * prepares} a batch for, and is skipped there if none; the correctness gate checks the batches the workload
     * {@linkplain Workload#gated gates}.
     *
     * @param workloads the workloads
     * @param kinds the document kinds
     * @return one result per workload, kind, taking-part contestant and size, in run order
     * @throws IllegalStateException if a correctness check fails
     */
    public List<Result> run(List<? extends Workload<?>> workloads, List<DocumentKind> kinds) {
        var gate = new CorrectnessGate(target.database(), referenceContestant(), data);
        var results = new ArrayList<Result>();
        for (DocumentKind kind : kinds) {
            for (Workload<?> workload : workloads) {
                for (int n : plan.sizes()) {
                    results.addAll(runOne(workload, kind, n, gate));
                }
            }
        }
        return results;
    }

    private <B> List<Result> runOne(Workload<B> workload, DocumentKind kind, int n, CorrectnessGate gate) {
        String label = String.format(Locale.ROOT, "[%s %s N=%d]", workload.name(), kind.label(), n);
        var entries = new ArrayList<Entry<B>>();
        for (Contestant contestant : contestants) {
            workload.prepare(contestant, kind, data, n).ifPresent(batch -> entries.add(new Entry<>(contestant, batch)));
        }
        if (entries.isEmpty()) {
            progress.println(label + " skipped: no contestant takes part at this document kind and size");
            return List.of();
        }
        if (entries.size() < contestants.size()) {
            progress.println(label + " " + entries.size() + " of " + contestants.size() + " contestants take part: "
                    + String.join(", ", entries.stream().map(Entry::name).toList()));
        }
        var rounds = new RoundRobin<>(workload, target.database(), entries, plan.repetitions(n), label, progress);
        rounds.warmUp(plan.warmupRounds(n), plan.warmupTime(n));
        List<Entry<EntityBatch>> gated = new ArrayList<>();
        for (Entry<B> entry : entries) {
            workload.gated(entry.batch()).ifPresent(batch -> gated.add(new Entry<>(entry.contestant(), batch)));
        }
        if (!gated.isEmpty()) {
            gate.check(kind, n, gated);
            progress.println(label + " correctness gate passed: " + gated.size()
                    + " contestants store the floor's documents");
        }
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
