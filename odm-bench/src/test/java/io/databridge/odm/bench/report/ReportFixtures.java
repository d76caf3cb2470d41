package io.databridge.odm.bench.report;

import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.run.Result;
import io.databridge.odm.bench.stats.Summary;
import java.util.List;

/** Small result sets for the report tests. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    /** insert/user at N=10 and 1000 for hand-codec and morphia (morphia 2x and 1.5x slower). */
    static List<Result> twoContestants() {
        return List.of(
                result("hand-codec", 10, 0.1, 0.12),
                result("morphia", 10, 0.2, 0.25),
                result("hand-codec", 1000, 2.0, 2.2),
                result("morphia", 1000, 3.0, 3.5));
    }

    static Result result(String contestant, int n, double median, double p90) {
        return result("insert", contestant, n, median, p90);
    }

    static Result result(String workload, String contestant, int n, double median, double p90) {
        return new Result(workload, DocumentKind.USER, contestant, n, new Summary(median, p90, 21));
    }

    /**
     * insert/user for four contestants at N=10 and 100, then mixed-bulk/user at N=100 only, for the two of them that
     * take part in it (data-bridge 2x faster than morphia there).
     */
    static List<Result> partialWriteWorkload() {
        return List.of(
                result("floor-rawbson", 10, 0.05, 0.06),
                result("hand-codec", 10, 0.1, 0.1),
                result("morphia", 10, 0.2, 0.2),
                result("data-bridge", 10, 0.1, 0.1),
                result("floor-rawbson", 100, 0.5, 0.6),
                result("hand-codec", 100, 1.0, 1.0),
                result("morphia", 100, 2.0, 2.0),
                result("data-bridge", 100, 1.0, 1.0),
                result("mixed-bulk", "morphia", 100, 40.0, 44.0),
                result("mixed-bulk", "data-bridge", 100, 20.0, 21.0));
    }
}
