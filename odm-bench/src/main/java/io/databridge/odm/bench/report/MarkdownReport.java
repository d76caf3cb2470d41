package io.databridge.odm.bench.report;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.BiFunction;

/**
 * Renders the machine line and, per workload and document kind, two markdown tables: the median ms per
 * operation, and the ratios to the {@linkplain Baseline baseline}. A combination that did not run shows "-".
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * Renders the report.
     *
     * @param machine the machine line, printed first
     * @param tables the results, one table per workload and document kind
     * @return markdown text ending with a newline
     */
    public static String render(String machine, List<ResultTable> tables) {
        var out = new StringBuilder(machine).append("\n");
        for (ResultTable table : tables) {
            out.append("\n### ").append(table.title()).append(": median ms per operation\n\n");
            grid(out, table, (contestant, n) -> table.cell(contestant, n)
                    .map(summary -> Numbers.millis(summary.median())).orElse("-"));
            out.append("\n### ").append(table.title()).append(": ").append(table.baseline().title()).append("\n\n");
            grid(out, table, (contestant, n) -> format(table.ratio(contestant, n)));
        }
        return out.toString();
    }

    private static void grid(StringBuilder out, ResultTable table, BiFunction<String, Integer, String> cell) {
        out.append("| contestant |");
        table.sizes().forEach(n -> out.append(" N=").append(n).append(" |"));
        out.append("\n|---|");
        table.sizes().forEach(n -> out.append("---:|"));
        out.append('\n');
        for (String contestant : table.contestants()) {
            out.append("| `").append(contestant).append("` |");
            table.sizes().forEach(n -> out.append(' ').append(cell.apply(contestant, n)).append(" |"));
            out.append('\n');
        }
    }

    private static String format(OptionalDouble ratio) {
        return ratio.isPresent() ? Numbers.ratio(ratio.getAsDouble()) : "-";
    }
}
