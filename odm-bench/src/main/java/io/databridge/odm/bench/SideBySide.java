package io.databridge.odm.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import io.databridge.odm.bench.contestant.BenchTarget;
import io.databridge.odm.bench.contestant.Contestant;
import io.databridge.odm.bench.contestant.ContestantRegistry;
import io.databridge.odm.bench.data.DataGenerator;
import io.databridge.odm.bench.report.MachineInfo;
import io.databridge.odm.bench.report.MarkdownReport;
import io.databridge.odm.bench.report.ReportFiles;
import io.databridge.odm.bench.report.ResultTable;
import io.databridge.odm.bench.run.BenchRunner;
import io.databridge.odm.bench.run.Result;
import io.databridge.odm.bench.run.ServerWarmUp;
import io.databridge.odm.bench.server.ServerProcess;
import io.databridge.odm.bench.run.FindByIdLatency;
import io.databridge.odm.bench.workload.FindWorkload;
import io.databridge.odm.bench.workload.InsertWorkload;
import io.databridge.odm.bench.workload.MixedBulkWorkload;
import io.databridge.odm.bench.workload.SaveAllWorkload;
import io.databridge.odm.bench.workload.Workload;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side benchmark's command line: starts the embedded server in a child JVM, sets up the chosen
 * contestants on one shared client, runs every workload, document kind and batch size, prints the machine line
 * and the markdown tables to stdout (progress goes to stderr), and writes {@code report.md},
 * {@code results.csv} and the speedup charts to the output directory. Exit status 0 on success, 1 if the run
 * fails (including a failed correctness check), 2 for a bad command line. See {@link Options#USAGE}.
 */
public final class SideBySide {

    private static final String DATABASE = "bench";
    private static final Duration SERVER_START_TIMEOUT = Duration.ofSeconds(60);
    private static final List<Workload<?>> WORKLOADS = List.of(new InsertWorkload(), new FindWorkload(),
            new MixedBulkWorkload(), new SaveAllWorkload());

    private SideBySide() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see {@link Options#USAGE}
     */
    public static void main(String[] args) {
        Options options;
        List<Contestant> contestants;
        List<Workload<?>> workloads;
        try {
            options = Options.parse(args);
            workloads = workloads(options);
            var registry = ContestantRegistry.standard();
            contestants = options.contestants().orElseGet(registry::names).stream().map(registry::create).toList();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        try {
            run(options, workloads, contestants);
        } catch (IOException | RuntimeException e) {
            System.err.println("side-by-side failed:");
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * The workloads the options select, in the standard order.
     *
     * @param options the command line
     * @return every workload if none were named, else the named ones
     * @throws IllegalArgumentException naming the known workloads if a name is unknown
     */
    static List<Workload<?>> workloads(Options options) {
        if (options.workloads().isEmpty()) {
            return WORKLOADS;
        }
        List<String> known = WORKLOADS.stream().map(Workload::name).toList();
        for (String name : options.workloads().get()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown workload '" + name + "'; known: " + known);
            }
        }
        return WORKLOADS.stream().filter(workload -> options.workloads().get().contains(workload.name())).toList();
    }

    private static void run(Options options, List<Workload<?>> workloads, List<Contestant> contestants)
            throws IOException {
        long start = System.nanoTime();
        try (var server = ServerProcess.start(SERVER_START_TIMEOUT);
                var client = MongoClients.create(MongoClientSettings.builder()
                        .applyConnectionString(new ConnectionString(server.connectionString()))
                        .applicationName("odm-bench")
                        .build())) {
            System.err.printf(Locale.ROOT, "[server] mongo-java-server pid %d at %s%n", server.pid(),
                    server.connectionString());
            var target = new BenchTarget(server.connectionString(), client, DATABASE);
            target.database().drop();
            ServerWarmUp.run(target.database(), options.plan().serverWarmupTime(), System.err);
            List<Result> results;
            String latency;
            try {
                contestants.forEach(contestant -> contestant.setUp(target));
                results = new BenchRunner(target, contestants, options.plan(),
                        new DataGenerator(DataGenerator.DEFAULT_SEED), System.err)
                        .run(workloads, options.documents());
                boolean quick = options.plan().warmups().isPresent();
                latency = workloads.stream().anyMatch(FindWorkload.class::isInstance)
                        ? new FindByIdLatency(target.database(), contestants, System.err)
                                .run(quick ? 1 : 100, quick ? 3 : 40)
                        : "";
            } finally {
                contestants.forEach(Contestant::close);
            }
            String report = MarkdownReport.render(MachineInfo.detect().line(), ResultTable.of(results)) + latency;
            System.out.print(report);
            System.out.flush();
            List<Path> files = ReportFiles.write(options.out(), report, results);
            System.err.printf(Locale.ROOT, "[done] %.1f s; wrote %s%n", (System.nanoTime() - start) / 1e9, files);
        }
    }
}
