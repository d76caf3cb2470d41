package io.databridge.odm.bench.run;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * How much to run at each batch size.
 *
 * <p>Defaults: {@link #repetitions} per sample 50/20/5/1 for N up to 10/100/1,000/larger; 21 measured rounds
 * for N up to 10,000 and 15 above; warm-up rounds enough for every contestant to handle about 20,000 documents,
 * at least 2 (so N = 10,000 and 50,000 get 2), continued until at least {@value #WARMUP_SECONDS} s have passed,
 * because the server JVM's JIT warms up slowly on 2 cores. The first size also warms each contestant's
 * per-operation code, which runs once per call rather than once per document: at least
 * {@value #WARMUP_OPERATIONS} operations (HotSpot compiles a method with C2 after about 5,000 calls; before that a
 * mapper's own per-call code runs profiled C1 code while the driver code every contestant shares is already
 * compiled), capped at {@value #WARMUP_OPERATION_DOCUMENTS} documents. So N = 10 first gets 200 rounds. Explicit
 * round counts replace the defaults at every size, and an explicit warm-up count also drops the time minimum.
 *
 * @param sizes the batch sizes, in run order
 * @param rounds measured rounds at every size, or empty for the defaults
 * @param warmups warm-up rounds at every size, or empty for the defaults
 */
public record Plan(List<Integer> sizes, OptionalInt rounds, OptionalInt warmups) {

    private static final int WARMUP_DOCUMENTS = 20_000;
    private static final int WARMUP_OPERATIONS = 10_000;
    private static final int WARMUP_OPERATION_DOCUMENTS = 200_000;
    private static final int MIN_WARMUP_ROUNDS = 2;
    private static final int WARMUP_SECONDS = 10;
    private static final int SERVER_WARMUP_SECONDS = 45;
    private static final int QUICK_SERVER_WARMUP_SECONDS = 3;

    /** Copies the sizes and checks that every count is positive (warm-ups may be zero). */
    public Plan {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n <= 0)) {
            throw new IllegalArgumentException("sizes must be positive and non-empty: " + sizes);
        }
        if (rounds.isPresent() && rounds.getAsInt() <= 0) {
            throw new IllegalArgumentException("rounds must be positive: " + rounds.getAsInt());
        }
        if (warmups.isPresent() && warmups.getAsInt() < 0) {
            throw new IllegalArgumentException("warm-up rounds must not be negative: " + warmups.getAsInt());
        }
    }

    /**
     * The repetitions averaged into one sample.
     *
     * @param n the batch size
     * @return 50, 20, 5 or 1
     */
    public int repetitions(int n) {
        if (n <= 10) {
            return 50;
        }
        if (n <= 100) {
            return 20;
        }
        return n <= 1_000 ? 5 : 1;
    }

    /**
     * The measured rounds, i.e. samples per contestant.
     *
     * @param n the batch size
     * @return the round count
     */
    public int measuredRounds(int n) {
        return rounds.orElse(n <= 10_000 ? 21 : 15);
    }

    /**
     * The warm-up rounds, whose samples are discarded.
     *
     * @param n the batch size
     * @return the round count
     */
    public int warmupRounds(int n) {
        long perRound = (long) repetitions(n) * n;
        long rounds = Math.max(MIN_WARMUP_ROUNDS, ceilDiv(WARMUP_DOCUMENTS, perRound));
        if (n == sizes.get(0)) {
            long operations = Math.min(WARMUP_OPERATIONS, WARMUP_OPERATION_DOCUMENTS / n);
            rounds = Math.max(rounds, ceilDiv(operations, repetitions(n)));
        }
        return warmups.orElse((int) rounds);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /**
     * The least time warm-up rounds go on for, beyond {@link #warmupRounds}.
     *
     * @param n the batch size
     * @return {@value #WARMUP_SECONDS} s, or zero if the warm-up rounds were given explicitly
     */
    public Duration warmupTime(int n) {
        return warmups.isPresent() ? Duration.ZERO : Duration.ofSeconds(WARMUP_SECONDS);
    }

    /**
     * How long the server is exercised before anything is measured: its JVM compiles its insert path slowly, and a
     * cold server made a 1,000-document insert take 3-4 times its warm time for the first tens of seconds.
     *
     * @return {@value #SERVER_WARMUP_SECONDS} s, or {@value #QUICK_SERVER_WARMUP_SECONDS} s if the warm-up rounds were
     *         given explicitly (smoke runs)
     */
    public Duration serverWarmupTime() {
        return Duration.ofSeconds(warmups.isPresent() ? QUICK_SERVER_WARMUP_SECONDS : SERVER_WARMUP_SECONDS);
    }
}
