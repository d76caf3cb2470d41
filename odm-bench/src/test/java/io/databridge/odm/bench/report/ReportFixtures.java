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
        return new Result("insert", DocumentKind.USER, contestant, n, new Summary(median, p90, 21));
    }
}
