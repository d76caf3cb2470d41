package io.databridge.odm.bench;

import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.run.Plan;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parsed command line of {@link SideBySide}.
 *
 * @param sizes the batch sizes
 * @param rounds measured rounds at every size, or empty for the defaults
 * @param warmups warm-up rounds at every size, or empty for the defaults
 * @param documents the document kinds
 * @param contestants the contestant names, or empty for every registered one
 * @param workloads the workload names, or empty for every workload
 * @param out the output directory
 * @param help whether to print the usage and stop
 */
record Options(
        List<Integer> sizes,
        OptionalInt rounds,
        OptionalInt warmups,
        List<DocumentKind> documents,
        Optional<List<String>> contestants,
        Optional<List<String>> workloads,
        Path out,
        boolean help) {

    static final String USAGE = """
            usage: SideBySide [options]
              --sizes 10,100,...      batch sizes N (default 10,100,1000,10000,50000)
              --rounds R              measured rounds at every N (default 21 for N <= 10000, 15 above)
              --warmup W              warm-up rounds at every N (default: about 20,000 documents per
                                      contestant, at least 2 rounds and 10 s)
              --docs user,rich        document kinds (default user,rich)
              --contestants a,b,...   contestants (default all registered)
              --workloads a,b,...     workloads (default insert,find,mixed-bulk,save-all; find by id latency
                                      runs with find; mixed-bulk and save-all write versioned "user"
                                      documents at N from 100 to 10000 only, with driver-document,
                                      morphia, spring-template and data-bridge only)
              --out DIR               output directory (default odm-bench/target/bench-results)
              --quick                 smoke run: sizes 10,100, 3 rounds, 2 warm-ups (explicit options win)
              --help                  print this and exit""";

    private static final List<Integer> DEFAULT_SIZES = List.of(10, 100, 1_000, 10_000, 50_000);
    private static final List<Integer> QUICK_SIZES = List.of(10, 100);
    private static final int QUICK_ROUNDS = 3;
    private static final int QUICK_WARMUPS = 2;

    /**
     * Parses arguments; options take their value as the next argument or after {@code =}.
     *
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException describing the first bad argument
     */
    static Options parse(String[] args) {
        List<Integer> sizes = null;
        Integer rounds = null;
        Integer warmups = null;
        List<DocumentKind> documents = List.of(DocumentKind.values());
        List<String> contestants = null;
        List<String> workloads = null;
        Path out = Path.of("odm-bench", "target", "bench-results");
        boolean quick = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                value = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            switch (arg) {
                case "--quick" -> quick = true;
                case "--help", "-h" -> help = true;
                case "--sizes", "--rounds", "--warmup", "--docs", "--contestants", "--workloads", "--out" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(arg + " needs a value");
                        }
                        value = args[++i];
                    }
                    switch (arg) {
                        case "--sizes" -> sizes = list(value).stream().map(s -> positive("--sizes", s)).toList();
                        case "--rounds" -> rounds = positive(arg, value);
                        case "--warmup" -> warmups = nonNegative(arg, value);
                        case "--docs" -> documents = list(value).stream().map(DocumentKind::fromLabel).toList();
                        case "--contestants" -> contestants = list(value);
                        case "--workloads" -> workloads = list(value);
                        default -> out = Path.of(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        return new Options(
                sizes != null ? sizes : quick ? QUICK_SIZES : DEFAULT_SIZES,
                rounds != null ? OptionalInt.of(rounds) : quick ? OptionalInt.of(QUICK_ROUNDS) : OptionalInt.empty(),
                warmups != null ? OptionalInt.of(warmups) : quick ? OptionalInt.of(QUICK_WARMUPS) : OptionalInt.empty(),
                documents,
                Optional.ofNullable(contestants),
                Optional.ofNullable(workloads),
                out,
                help);
    }

    /**
     * The rounds and repetitions these options ask for.
     *
     * @return the plan
     */
    Plan plan() {
        return new Plan(sizes, rounds, warmups);
    }

    private static List<String> list(String value) {
        List<String> items = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            throw new IllegalArgumentException("empty list: '" + value + "'");
        }
        return items;
    }

    private static int positive(String option, String value) {
        int number = nonNegative(option, value);
        if (number == 0) {
            throw new IllegalArgumentException(option + " must be positive: " + value);
        }
        return number;
    }

    private static int nonNegative(String option, String value) {
        try {
            int number = Integer.parseInt(value.replace("_", ""));
            if (number < 0) {
                throw new IllegalArgumentException(option + " must not be negative: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number: '" + value + "'", e);
        }
    }
}
