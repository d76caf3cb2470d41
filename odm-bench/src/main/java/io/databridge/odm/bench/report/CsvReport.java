package io.databridge.odm.bench.report;

import io.databridge.odm.bench.run.Result;
import java.util.List;
import java.util.Locale;

/**
 * Renders results as CSV: a header, then one row per workload, document, contestant and N with the median
 * and p90 in ms (six decimals) and the number of samples. Names never contain commas or quotes.
 */
public final class CsvReport {

    /** The header line. */
    public static final String HEADER = "workload,document,contestant,n,median_ms,p90_ms,samples";

    private CsvReport() {
    }

    /**
     * Renders the CSV.
     *
     * @param results the results, in the order of the rows
     * @return CSV text with a trailing newline
     */
    public static String render(List<Result> results) {
        var out = new StringBuilder(HEADER).append('\n');
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.6f,%.6f,%d\n", r.workload(), r.document().label(),
                    r.contestant(), r.n(), r.summary().median(), r.summary().p90(), r.summary().samples()));
        }
        return out.toString();
    }
}
