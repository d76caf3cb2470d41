package io.databridge.odm.bench.report;

import io.databridge.odm.bench.data.DocumentKind;
import io.databridge.odm.bench.run.Result;
import io.databridge.odm.bench.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The results of one workload and document kind, as a grid of contestants (rows, in run order) by batch
 * sizes (columns, in run order). Immutable.
 */
public final class ResultTable {

    private final String workload;
    private final DocumentKind document;
    private final List<String> contestants;
    private final List<Integer> sizes;
    private final Map<String, Summary> cells;

    private ResultTable(String workload, DocumentKind document, List<Result> results) {
        this.workload = workload;
        this.document = document;
        this.contestants = results.stream().map(Result::contestant).distinct().toList();
        this.sizes = results.stream().map(Result::n).distinct().toList();
        var byKey = new LinkedHashMap<String, Summary>();
        results.forEach(r -> byKey.put(key(r.contestant(), r.n()), r.summary()));
        this.cells = Map.copyOf(byKey);
    }

    /**
     * Groups results by workload and document kind, keeping run order.
     *
     * @param results the results
     * @return one table per workload and document kind
     */
    public static List<ResultTable> of(List<Result> results) {
        var groups = new LinkedHashMap<String, List<Result>>();
        results.forEach(r -> groups.computeIfAbsent(r.workload() + " " + r.document(), k -> new ArrayList<>()).add(r));
        return groups.values().stream()
                .map(group -> new ResultTable(group.getFirst().workload(), group.getFirst().document(), group))
                .toList();
    }

    /** @return the workload name */
    public String workload() {
        return workload;
    }

    /** @return the document kind */
    public DocumentKind document() {
        return document;
    }

    /** @return e.g. {@code "insert user"} */
    public String title() {
        return workload + " " + document.label();
    }

    /** @return the contestants, in run order */
    public List<String> contestants() {
        return contestants;
    }

    /** @return the batch sizes, in run order */
    public List<Integer> sizes() {
        return sizes;
    }

    /** @return the contestant ratios are taken against */
    public Baseline baseline() {
        return Baseline.of(contestants);
    }

    /**
     * One cell.
     *
     * @param contestant a contestant name
     * @param n a batch size
     * @return the summary, if that combination ran
     */
    public Optional<Summary> cell(String contestant, int n) {
        return Optional.ofNullable(cells.get(key(contestant, n)));
    }

    /**
     * The ratio of a contestant's median to the {@linkplain #baseline() baseline's} at one size.
     *
     * @param contestant a contestant name
     * @param n a batch size
     * @return {@code contestant median / baseline median}, if both ran
     */
    public OptionalDouble ratio(String contestant, int n) {
        Optional<Summary> base = cell(baseline().contestant(), n);
        Optional<Summary> own = cell(contestant, n);
        return base.isPresent() && own.isPresent() && base.get().median() > 0
                ? OptionalDouble.of(own.get().median() / base.get().median())
                : OptionalDouble.empty();
    }

    private static String key(String contestant, int n) {
        return contestant + "@" + n;
    }
}
